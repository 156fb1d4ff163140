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


@pytest.mark.parametrize("prompt", [
    "I am Dana, my horse name is Storm, she is 9. We want a points token, name Stable Point, symbol STBP, 5000 points.",
    "Our boat's name is Mira. Token for the regatta: name Tide Mark, symbol TDM, 5000 supply.",
])
def test_the_name_of_the_askers_animal_or_thing_is_not_the_tokens(prompt: str) -> None:
    assert accounted(prompt).name in ("Stable Point", "Tide Mark")


def test_a_club_name_gives_way_to_the_tokens_name_given_later() -> None:
    assert accounted("Our club name is Ribble Rowers. Token: name Oar Point, symbol ORP, 8k supply").name == "Oar Point"


@pytest.mark.parametrize("prompt", [
    "Colección NFT «Botas» (BTS), los ids se numeran solos, acuñamos solo nosotros.",
    "Collezione NFT «Stivali» (STV), gli id si numerano da soli, conio solo io.",
])
def test_ids_that_number_themselves_are_auto_increment(prompt: str) -> None:
    assert "auto_increment" in accounted(prompt).features


@pytest.mark.parametrize("prompt", [
    "Token Amboss (AMB), 1 Mio. Transfers stoppen (pausieren) soll aber NICHT möglich sein.",
    "Jeton Enclume (ENC), 1M. Mettre les transferts en pause ne doit pas être possible.",
    "Token Yunque (YNQ), 1M. Pausar las transferencias no debe ser posible.",
    "Token Incudine (INC), 1M. Mettere in pausa non deve essere possibile.",
    "Token Anvil (ANV), 1M. Pausing (a freeze of all moves) must not be possible.",
])
def test_a_pause_denied_as_not_possible_after_it_is_turned_off(prompt: str) -> None:
    spec = accounted(prompt)
    assert "pausable" in spec.disabled and "pausable" not in spec.features


def test_a_denial_in_the_next_clause_after_but_is_that_clauses() -> None:
    spec = accounted("Token Anvil (ANV), 1M. Pausing should be possible for the owner, but burning must not be allowed.")
    assert "pausable" in spec.features and "burnable" in spec.disabled


@pytest.mark.parametrize("prompt, name", [
    ("Token name — Milh w Sukkar (salt and sugar in arabic). Symbol MWS. 2 millions supply.", "Milh w Sukkar"),
    ("Token name: Salz und Pfeffer, Kürzel SUP, 1 Mio.", "Salz und Pfeffer"),
    ("Odds and Ends Bin token, symbol OEB, 10k", "Odds and Ends Bin"),
])
def test_a_small_joining_word_inside_a_name_keeps_the_name_whole(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


@pytest.mark.parametrize("prompt, name", [
    ("hi! Fish on a Hook token 🎣 ticker FOAH, 500,000 supply, permit", "Fish on a Hook"),
    ("Rock of the Ages token, symbol RA, 1M", "Rock of the Ages"),
])
def test_small_words_inside_a_name_the_ticker_spells(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name
