"""Reading rules (issue 12) for amounts and the asker's world: "1m"/"2b" in lower case before a word of what a token
counts are a million and a billion (they were dropped without a word); "N to start" is the initial supply and "never
past N" its cap; opening hours ("7-1", "6am-2pm") and place labels ("Ward 12") are context; a number between the
capitalised words of a name belongs to it ("Ward 9 Thanks (W9TX)"); a capitalised phrase before "$SYM" is the name;
an Italian request is read as Italian even with English words in it. Inputs written for these tests, not taken from
the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import numbers
from agents.generation.spec_parser import detect_language, parse
from agents.generation.lexicon import fold_text
from tests.unit.reading import accounted, option_readings


@pytest.mark.parametrize(("text", "value"), [("3m total", 3_000_000), ("supply 2b tokens", 2_000_000_000),
                                             ("$FOO, 1m supply", 1_000_000), ("supply: 4m.", 4_000_000)])
def test_lower_case_magnitudes_before_a_token_word(text: str, value: int) -> None:
    assert [a.value for a in numbers.find_amounts(text)] == [value]


@pytest.mark.parametrize("text", ["a 9m sailboat", "the timelock waits 30m before"])
def test_lower_case_m_elsewhere_is_no_million(text: str) -> None:
    assert all(a.value < 1000 for a in numbers.find_amounts(text))


def test_to_start_is_the_supply_and_never_past_the_cap() -> None:
    spec = accounted("market scrip: Apple Chit, $APCH. 1.5M to start, the market (owner) can mint more but never past "
                     "6M total. stalls open 8-2 every saturday")
    assert (spec.initial_supply, spec.cap) == ("1500000", "6000000")
    assert not [r for r in spec.requirements if r.status.value in ("ambiguous", "unmet")]


def test_a_number_inside_a_name_and_a_place_label_are_not_amounts() -> None:
    spec = accounted("Bay 4 Cheers (B4CH): ten thousand to start. I work on Floor 12 of the clinic.")
    assert spec.name == "Bay 4 Cheers" and spec.initial_supply == "10000"
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


def test_a_capitalised_phrase_before_a_dollar_symbol_is_the_name() -> None:
    spec = accounted("need a coin for the cafe lol. Third Wave, $THWV, 20k total, burnable")
    assert (spec.name, spec.symbol) == ("Third Wave", "THWV")


def test_minting_more_later_asks_for_mintable_unless_denied() -> None:
    assert option_readings(parse("tokn Crumb Cash, symbl CRMC, 1e6 suply, i want to mint mor l8r"))["mintable"] == \
        (True, "pending")
    assert option_readings(parse("Token Migas (MGS), un millón, sin posibilidad de acuñar más."))["mintable"][0] is False


def test_an_italian_request_with_english_words_is_italian() -> None:
    text = fold_text("Per il reparto: token «Turno Notte» (TNNT), trecentomila unità; l'owner può coniarne altri, ma mai "
                     "oltre il milione in totale.").text
    assert detect_language(text) == "it"
    spec = accounted("Per il reparto: token «Turno Notte» (TNNT), trecentomila unità; l'owner può coniarne altri, ma mai "
                     "oltre il milione in totale.")
    assert (spec.initial_supply, spec.cap) == ("300000", "1000000")


@pytest.mark.parametrize(("prompt", "feature"), [
    ("Kindly create NFT contract, name Bed Tags, symbol BDTG. Only admin (owner) will mint, we need listing of all tags "
     "of one wallet.", "enumerable"),
    ("ERC-1155 «Tapete Verde» para pacotes, metadados em https://x.example/{id}.json, e quero ver quantos existem de cada.",
     "supply_tracking"),
    ("Crediti del circolo, «Aula Crediti» (AUCR): si parte da zero, li assegna solo il tesoriere (owner).", "mintable"),
])
def test_features_in_plain_words(prompt: str, feature: str) -> None:
    assert option_readings(parse(prompt)).get(feature) == (True, "pending")


def test_an_allowlist_said_in_french_stops() -> None:
    spec = accounted("Collection NFT « Rideau Bleu » (RDBL), 100 exemplaires maximum, et seuls les membres inscrits sur "
                     "notre liste peuvent minter.")
    assert option_readings(spec).get("allowlist") == (True, "unmet")


@pytest.mark.parametrize(("prompt", "name", "symbol"), [
    ("nft passes 4 the gym, Iron Den Pass, IRDP, only us can mint, max 500", "Iron Den Pass", "IRDP"),
    ("ERC20 / Copper Kettle / CPKT / 1M / permit / no pause", "Copper Kettle", "CPKT"),
])
def test_a_guessed_name_takes_the_ticker_beside_it(prompt: str, name: str, symbol: str) -> None:
    spec = accounted(prompt)
    assert (spec.name, spec.symbol) == (name, symbol)
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


def test_names_contraction_and_english_mil() -> None:
    spec = accounted("yo make me a coin, name's Loot Drop ticker LTDR, 5 mil supply, burnable")
    assert (spec.name, spec.symbol, spec.initial_supply) == ("Loot Drop", "LTDR", "5000000")
    assert accounted("Token Pan (PAN), 5 mil unidades, quemable.").initial_supply == "5000"
    assert [a.value for a in numbers.find_amounts("100 mil", language="es")] == [100_000]
    assert [a.value for a in numbers.find_amounts("100 mil", language="pt")] == [100_000]


@pytest.mark.parametrize(("prompt", "feature"), [
    ("Token Roadway Miles (RWML), 10M supply, and no single wallet may ever hold more than 3% of it.", "max_wallet"),
    ("Token «Miga» (MIGA), un millón, y que en cada transferencia se cobre un 1 % para la tienda.", "transfer_fee"),
    ("Token «Soldo» (SOLD), centomila unità; a ogni trasferimento il 2% deve andare alla cassa.", "transfer_fee"),
    ("Token Sleet Cup, SLTC, 1M tokens, and 3% of each transfer should land in the club's wallet", "transfer_fee"),
    ("Jeton Galet (GLT), un million, dont 1,5 % de chaque transfert part à l'association", "transfer_fee"),
    ("Token Kiesel (KSL), 1 Mio., 2 % jeder Übertragung gehen an den Verein", "transfer_fee"),
])
def test_fees_and_holding_limits_in_plain_words_stop(prompt: str, feature: str) -> None:
    assert option_readings(accounted(prompt)).get(feature) == (True, "unmet")
