"""Reading that blind sets KQ to KT found wanting, made generic (issue 12): scams said plainly (selling that quietly
fails for all but the asker, balances swept into the asker's wallet, a holder's tokens moved back unnoticed), a
multi-token said as "all in one contract", points that "can't be sent to anybody else", corrections ("VIH... no, mejor
VHLA", "TAÑ.. hmm better keep it ascii, TANE", "Amendement du bureau : 2 000 000 seulement"), roles in other words
("l'émetteur 0x..", "0x.. the only one allowed to mint", "a token for this, ACS at 0x.."), and numbers and names of the
asker's world ("Mille Lacs", "Vote: 8 for", "is with us 2 years now", "3 or 4 weeks"). Inputs written for these tests,
not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import GenerationService, requirements
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted, clean

_A = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
_B = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"
_C = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"
_D = "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"


@pytest.mark.parametrize("prompt", [
    "Token for visitors: Harbour Coin. They can buy it, but selling should quietly fail for every wallet except ours.",
    "Launching 'Fado Night' (FADO). After the presale one function sweeps everybody's balances into my wallet.",
    "Token 'Canal' CNL, 1 billion. If a buyer gets too rich I can move his tokens back to my wallet and he won't notice.",
])
def test_scams_said_plainly_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        GenerationService().generate(prompt)


def test_a_multi_token_said_as_one_contract_for_each_season() -> None:
    spec = clean("Race badges, all in one contract, a different badge for each season. Name it 'Lake Racers'. "
                 "We do the minting.")
    assert spec.family == "erc1155" and "mintable" in spec.features


@pytest.mark.parametrize("prompt", [
    "club points that can't be traded or sent to anybody else. name 'Ice Rep', ticker ICER. owner mints them.",
    "Token de socios «Amigos del Laúd», símbolo AMLD, 900 tokens, y que NO se puedan pasar de una persona a otra.",
])
def test_points_that_stay_with_their_holder(prompt: str) -> None:
    assert "soulbound" in clean(prompt).features


@pytest.mark.parametrize("prompt,symbol,supply", [
    ("Queremos un token «Guitarra» con símbolo GUI... no, mejor GTRA. Doscientos mil tokens.", "GTRA", "200000"),
    ("a coin called Peña Coin, simbol PEÑ.. hmm better keep it ascii, PENA. 10k coins.", "PENA", "10000"),
    ("Jeton « Rail », symbole RAIL. 900 000.\nAmendement du bureau : 600 000 seulement.", "RAIL", "600000"),
])
def test_corrections_in_other_words(prompt: str, symbol: str, supply: str) -> None:
    spec = clean(prompt)
    assert (spec.symbol, spec.initial_supply) == (symbol, supply)


@pytest.mark.parametrize("prompt,role,address", [
    (f"Jeton « Luth » (LUTH), 10 000 unités, mintable, rôles séparés : l'administrateur est {_A}, l'émetteur {_B}.",
     "minter", _B),
    (f"Cards as NFTs, name 'Card', symbol CRD. {_A} should be the admin and our officer {_B} the only one allowed to mint.",
     "minter", _B),
    (f"Members vote on the budget. We already have a token for this, ALT at {_A}. Make the voting contract, name it "
     f"Lute Council. Quorum 5%. Voting starts 1 day after a proposal and lasts one week.", "token", _A),
])
def test_roles_said_in_other_words(prompt: str, role: str, address: str) -> None:
    assert clean(prompt).addresses[role] == address


@pytest.mark.parametrize("prompt", [
    "Our club out on Mille Lacs wants a token, Perch Point, symbol PRCH, 30 thousand of them, fixed supply.",
    "Minutes of the meeting (7 of 9 present). Motion carried to create the 'Ledger Leaf' token, symbol LEAF, supply "
    "400 000. Vote: 6 for, 1 against.",
    "Token 'Storm' (STRM), 50k, pausable in storm season (usually 3 or 4 weeks).",
    "Token 'Mill Flour' (MFL), 19 000 (a thousand for each of the 19 mills), decimals 2.",
])
def test_more_of_the_asker_world(prompt: str) -> None:
    spec = accounted(prompt)
    assert not requirements.stop_line(spec), requirements.stop_line(spec)
    assert "votes" not in spec.features


def test_time_spent_with_the_asker_is_no_term() -> None:
    spec = clean(f"My apprentice Luca is with us 3 years now. I want to give him tokens that unlock slowly during 5 years, "
                 f"but the first year he gets nothing. His wallet is {_A}")
    assert spec.options["duration_seconds"] == 5 * 365 * 86400 and spec.options["cliff_seconds"] == 365 * 86400


def test_a_wish_taken_back_leaves_the_token_movable() -> None:
    spec = clean("Contrato 1155 «Noches», cada concierto un id, URI base https://noches.example/api/{id}. Acuñamos nosotros. "
                 "Ah, y que no se puedan pasar a otra persona... no, olvídalo, la reventa está bien.")
    assert "soulbound" in spec.disabled and "soulbound" not in spec.features


def test_minting_kept_to_the_buyers_someone_approved_stops() -> None:
    spec = accounted("NFT for every lot, name Lot, symbol LOT. Buyers mint it themselves at 0.05 ETH, but only importers "
                     "who we approved before can mint.")
    assert "allowlist" in requirements.stop_line(spec)


def test_an_italian_role_said_with_a_copula_after_the_address() -> None:
    spec = clean(f"Token «Prua» (PRUA), 80.000 unità, coniabile, con ruoli separati: l'amministratore è {_A}, mia figlia "
                 f"Giulia ({_B}) è quella che può coniare.")
    assert spec.addresses["minter"] == _B
