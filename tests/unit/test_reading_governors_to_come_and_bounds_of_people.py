"""A governor the token is made for is no governor asked for, "token de gobernanza" is a votes token, "we'd like a"
is no comparison, a parenthesis on the asker's own things holds no contract value, a maximum of people bounds no
supply (an NFT membership's "max 600 members" is its cap), a capped option with no number stops, and a name after a
kind's label keeps its verb-like first word (issue 12: blind sets EY to FB, whose silent misreads these were). Inputs
written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import requirements
from tests.unit.reading import accounted


@pytest.mark.parametrize("prompt", [
    "Voting token Larch (LRC), 2M supply, delegable votes, since we'll hook a governor up to it next year.",
    "Voting token Larch (LRC), 2M supply, delegable votes; we will plug a Governor into it eventually.",
    "Token Larch (LRC), 2M supply, with votes, to be used by an OpenZeppelin Governor.",
    "Larch token (LRC), 2M supply, voting power, compatible with a governor we add later",
])
def test_a_governor_to_come_is_no_governor_asked_for(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.family == "erc20" and "votes" in spec.features and spec.initial_supply == "2000000"


def test_a_governor_with_its_settings_is_the_contract_asked_for() -> None:
    assert accounted("A governor for the Larch token (LRC) holders, quorum 5%, we add a timelock later").family == \
        "governor"


@pytest.mark.parametrize("prompt", [
    "Token de gobernanza Alerce (ALR), 3 millones, votos delegables.",
    "Token de governança Pinho (PNH), 3 milhões.",
])
def test_a_governance_token_in_spanish_or_portuguese_is_a_votes_token(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.family == "erc20" and "votes" in spec.features and spec.initial_supply == "3000000"


def test_we_would_like_a_kind_is_no_comparison() -> None:
    spec = accounted("We'd like a multi-token contract for our diplomas, name 'Lauree', URI https://l.example/{id}.json")
    assert spec.family == "erc1155"


def test_a_comparison_still_names_no_kind() -> None:
    assert accounted("Token for our growers, like a share certificate, named Acre (ACR), 5000 supply").family == "erc20"


@pytest.mark.parametrize("prompt", [
    "For our walnut jewellery boxes (every batch has 40 pieces, around 200 € each) we want an NFT collection 'Noce', "
    "symbol NOCE, only we mint.",
    "Für unsere Wanderstöcke (jede Charge hat 40 Stück) möchten wir eine NFT-Kollektion „Stock“, Symbol STCK.",
])
def test_a_parenthesis_on_the_askers_things_holds_no_cap(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.cap is None and "capped" not in spec.features


def test_a_parenthesis_on_the_askers_things_that_says_only_is_not_dropped() -> None:
    assert "40" in requirements.stop_line(accounted("NFT collection 'Noce' (NOCE) for our walnut boxes (only 40)"))


@pytest.mark.parametrize("prompt", [
    "Soulbound course badges 'Tessera' (TSR), we mint them. The workshop is 3 days, 12 people max.",
    "Un jeton « Rame » (RAME), 50 000 unités, avec permit ; nos ateliers (10 personnes maximum) sont à Nice.",
])
def test_a_maximum_of_people_asks_for_no_capped_token(prompt: str) -> None:
    spec = accounted(prompt)
    assert "capped" not in spec.features and spec.cap is None


@pytest.mark.parametrize("prompt", [
    "Season pass NFTs 'Tide Club' (TIDE), anyone can mint for 0.05 ETH, max 400 members.",
    "NFT de socio 'Marea' (MAR), como máximo 400 socios, mint público a 0,05 ETH.",
])
def test_a_membership_collections_maximum_of_members_is_its_cap(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.cap == "400" and "capped" in spec.features


def test_a_capped_option_with_no_number_stops() -> None:
    assert "maximum supply" in requirements.stop_line(accounted("Token Birch (BRC), 1M supply, hard limit on supply"))


@pytest.mark.parametrize("prompt, name", [
    ("sweet shop token: Mint Fudge (FDGE), 200k, fixed supply", "Mint Fudge"),
    ("Mint Sorbet (SRBT) — it's the name of our ice cream van. NFT collection, only the owner mints.", "Mint Sorbet"),
])
def test_a_name_after_a_kinds_label_or_called_a_name_keeps_its_first_word(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


def test_a_name_and_ticker_given_again_after_a_correction_replace_both() -> None:
    spec = accounted("token: Apple Pie (APP)... no wait: Plum Cake (PLMC), 200k")
    assert (spec.name, spec.symbol) == ("Plum Cake", "PLMC")


def test_mint_before_a_name_elsewhere_is_still_the_verb() -> None:
    assert accounted("Mint Sunflower (SUN) tokens, 1M supply").name == "Sunflower"
