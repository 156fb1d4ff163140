"""Feature words inside another capitalised name (a holiday, a street, a band), names with French and Portuguese
particles ("à", "au", "ao"), ids numbered automatically in new words, and deposits or supply said to have no limit
(issue 12: blind sets AZ and BA to BF, whose silent misreads these were). Inputs written for these tests, not taken
from the bench sets."""

from __future__ import annotations

import pytest
from eth_utils import to_checksum_address

from tests.unit.reading import accounted, option_readings

A = to_checksum_address("0x" + "a1" * 20)


@pytest.mark.parametrize("prompt, feature", [
    ("For Burns Night we sell 200 tickets as NFTs called Tartan Pass, symbol TRTP; guests mint at 0.02 ETH", "burnable"),
    ("Stall passes for the Mint Street night market: NFTs Lantern Row (LNRW), max 300, we hand them out", "public_mint"),
    ("Our band Pause Button Blues wants a fan token: Blues Coin, BLUC, 100k supply", "pausable"),
])
def test_a_feature_word_inside_another_capitalised_name_asks_for_nothing(prompt: str, feature: str) -> None:
    spec = accounted(prompt)
    assert feature not in spec.features
    assert feature not in option_readings(spec)


@pytest.mark.parametrize("prompt, features", [
    ("Token Hyper (HYP), 1M supply. Burnable Pausable Token please", {"burnable", "pausable"}),
    ("Make It Burnable And Pausable: token Hyper, symbol HYP, 1M", {"burnable", "pausable"}),
    ("Token Hyper (HYP), 1M supply. Burnable tokens, Pausable by the owner.", {"burnable", "pausable"}),
])
def test_feature_words_in_title_case_still_ask_for_the_feature(prompt: str, features: set[str]) -> None:
    assert features <= set(accounted(prompt).features)


@pytest.mark.parametrize("prompt, name", [
    ("- nom : Boîte à Musique\n- jeton ERC-1155, URI https://boite.example/{id}.json", "Boîte à Musique"),
    ("Token named Château au Lac, symbol CAL, 1M supply", "Château au Lac"),
    ("ERC20 Moinho ao Vento (MAV), 2 milhões", "Moinho ao Vento"),
])
def test_a_particle_between_the_capitalised_words_of_a_name_keeps_the_name_whole(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


@pytest.mark.parametrize("prompt", [
    "membership NFT Ridge Card (RDGC); the ids should be numbered automatically and the owner issues them",
    "NFT Dune Pass (DNPS), token ids get assigned in sequence, owner mints",
])
def test_ids_numbered_or_assigned_in_sequence_ask_for_auto_increment(prompt: str) -> None:
    assert "auto_increment" in accounted(prompt).features


def test_ids_assigned_by_a_person_are_no_auto_increment() -> None:
    assert "auto_increment" not in accounted("NFT Dune Pass (DNPS), the ids are assigned by the owner").features


@pytest.mark.parametrize("prompt", [
    f"ERC4626 vault Tide Reserve (tdUSDC), underlying token {A}, deposit no limit",
    f"ERC-4626 vault Tide Reserve (tdUSDC) on {A}, uncapped",
    f"vault Tide Reserve, symbol tdUSDC, asset {A}, deposits unlimited",
    f"Bóveda ERC-4626 Marea (mrUSD), activo {A}, depósitos sin tope",
])
def test_deposits_without_a_limit_are_listed_as_no_cap(prompt: str) -> None:
    spec = accounted(prompt)
    assert "capped" in spec.disabled
    assert option_readings(spec)["capped"] == (False, "honoured")


def test_a_cap_still_reads_as_a_cap() -> None:
    spec = accounted(f"vault Tide Reserve, symbol tdUSDC, asset {A}, deposits capped at 50,000")
    assert "capped" in spec.features and spec.cap == "50000"
