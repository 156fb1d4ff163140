"""A family named by its standard's number alone ("1155 contract"), a royalty paid "all'indirizzo 0x..", minting
answered in a record ("mint: club only"), and drainers and impersonations said in new ways (issue 12: blind set CD,
whose silent misreads these were). Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest
from eth_utils import to_checksum_address

from hyperagent.errors import GenerationError
from tests.unit.reading import accounted, option_readings

A = to_checksum_address("0x" + "b2" * 20)


@pytest.mark.parametrize("prompt, family", [
    ("1155 contract for our seed packets, name Seed Drawer, base uri https://seeds.example/{id}.json, we mint", "erc1155"),
    ("A 721 collection of our harbour postcards, name Quay Cards, symbol QYC, max 80", "erc721"),
])
def test_the_standards_number_before_a_contract_word_names_the_family(prompt: str, family: str) -> None:
    assert accounted(prompt).family == family


def test_a_plain_number_of_things_names_no_family() -> None:
    assert accounted("Token Dune Grass, DGR, supply 1155 tokens").family == "erc20"


@pytest.mark.parametrize("prompt", [
    f"Collezione NFT «Vasi di Faenza», simbolo VSF, massimo 200, royalty del 5% sulle rivendite all'indirizzo {A}.",
    f"Collection NFT « Bols de Gien », symbole BDG, 200 max, redevances de 5 % sur les reventes a l'adresse {A}.",
])
def test_a_royalty_paid_to_an_address_after_an_elided_preposition_names_its_recipient(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.addresses.get("recipient") == A
    assert "owner" not in spec.addresses


@pytest.mark.parametrize("prompt", [
    "1155 contract, name Kit Shed, base uri https://kit.example/{id}. mint: club only. burn: yes",
    "ERC1155 Kit Shed, uri https://kit.example/{id}\nmint: yes\nburnable: yes",
    "Token Kit Shed, KSH, 1M supply. minting: the owner only",
])
def test_minting_answered_in_a_record_asks_for_minting(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("mintable") == (True, "honoured")


def test_minting_answered_no_in_a_record_turns_it_off() -> None:
    assert "mintable" in accounted("Token Kit Shed, KSH, 1M supply. mint: no").disabled


@pytest.mark.parametrize("prompt", [
    "airdrop for our fans: they sign a 'claim' but the signature gives us approve on all their tokens and we take them",
    "Token Reef (REEF), 1M. Make the claim page look exactly like the official Uniswap site so people trust it",
])
def test_drainers_and_impersonations_said_in_new_ways_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)
