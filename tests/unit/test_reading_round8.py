"""Round 8 reading rules (issue 12): values end at their line, cell or list item; names lose their quotes
in every script; fractions of magnitudes in words; corrections replace the earlier value; records read key
by key; negation lists reach every feature; decimals phrasings; and the net of feature-bearing stems.
Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agents.generation.numbers import find_amounts
from agents.generation.spec_parser import parse


@pytest.mark.parametrize("text, language, value", [
    ("eine Dreiviertelmillion Token", "de", 750_000),
    ("eine Viertelmillion Stück", "de", 250_000),
    ("zweieinhalb Millionen Stück", "de", 2_500_000),
    ("three quarters of a million", "en", 750_000),
    ("un quart de million", "fr", 250_000),
    ("medio millón", "es", 500_000),
    ("tre quarti di milione", "it", 750_000),
    ("três quartos de milhão", "pt", 750_000),
])
def test_fractions_of_magnitudes_in_words(text: str, language: str, value: int) -> None:
    assert [a.value for a in find_amounts(text, decimal_comma=language != "en", language=language)] == [Decimal(value)]


@pytest.mark.parametrize("prompt, name", [
    ("1) Kind: ERC20\n2) Name: Copper Kettle\n3) Ticker: CPKT\n4) Supply: 900", "Copper Kettle"),
    ("- name: Salt Marsh\n- symbol: SLTM\n- supply: 10k\n- kind: erc20", "Salt Marsh"),
    ("| name | Grey Heron |\n| symbol | GRHN |\n| standard | ERC-20 |\n| supply | 5000 |", "Grey Heron"),
])
def test_a_name_ends_at_its_line_or_list_item(prompt: str, name: str) -> None:
    assert parse(prompt).name == name


@pytest.mark.parametrize("prompt, name", [
    ("Token ERC-20 «Lune Rousse», symbole LNRS, 1000 unités", "Lune Rousse"),
    ("ERC20-Token „Alter Hafen“ mit Kürzel ALHF und 5000 Stück", "Alter Hafen"),
    ("Un token ERC-20 ‚Pietra Viva‘, simbolo PTVV, 800 pezzi", "Pietra Viva"),
    ("ERC20 token 「Kumo Gate」 with symbol KMGT and 300 supply", "Kumo Gate"),
])
def test_names_lose_quotes_of_every_script(prompt: str, name: str) -> None:
    assert parse(prompt).name == name


@pytest.mark.parametrize("prompt, name, symbol", [
    ("ERC20 named Oak Leaf, symbol OAK, no wait, symbol OAKL, 1000 supply", "Oak Leaf", "OAKL"),
    ("Token ERC20 llamado Roble, o mejor, llamado Encina, símbolo ENC, 500 unidades", "Encina", "ENC"),
    ("Jeton ERC20 nommé Brume, symbole BRM, non pardon, le symbole c'est BRUM, 800 jetons", "Brume", "BRUM"),
    ("Token ERC20 chiamato Vento, simbolo VNT, anzi simbolo VNTO, 900 pezzi", "Vento", "VNTO"),
])
def test_a_correction_replaces_the_earlier_value(prompt: str, name: str, symbol: str) -> None:
    spec = parse(prompt)
    assert (spec.name, spec.symbol) == (name, symbol)
    assert all(r.status.value != "ambiguous" for r in spec.requirements)


def test_a_record_answer_decides_its_own_key() -> None:
    spec = parse("tipo: erc20\nnome: Garoa\nsimbolo: GRA\nqueimavel: nao\npermit: sim\nfornecimento: 100")
    assert "permit" in spec.features and "burnable" in spec.disabled


@pytest.mark.parametrize("prompt, off", [
    ("ERC20 Token «Kiesel» (KSL), 1000 Stück. Verbrennen ja, pausieren hingegen nicht.", {"pausable"}),
    ("Token ERC20 Pedra (PDR), 1000 unidades: nem pausável nem queimável.", {"pausable", "burnable"}),
    ("Jeton ERC20 Galet (GLT), 1000 unités, ni pausable ni brûlable.", {"pausable", "burnable"}),
    ("ERC20 Pebble (PBB), 1000 supply, neither pausable nor burnable.", {"pausable", "burnable"}),
    ("ERC20-Token Kiesel (KSL), 1000 Stück, weder pausierbar noch verbrennbar.", {"pausable", "burnable"}),
    ("Token ERC20 Sasso (SSO), 1000 pezzi, né pausabile né bruciabile.", {"pausable", "burnable"}),
    ("Jeton ERC20 Galet (GLT), 1000 unités, aucune émission supplémentaire.", {"mintable"}),
    ("Token ERC20 Sasso (SSO), 1000 pezzi, pausabile no.", {"pausable"}),
])
def test_negations_reach_every_feature_of_their_list(prompt: str, off: set[str]) -> None:
    spec = parse(prompt)
    assert off <= set(spec.disabled) and not off & set(spec.features)


@pytest.mark.parametrize("prompt", [
    "erc20 Quartz / QRTZ / 10k / 4dp",
    "Jeton ERC20 Quartz (QRTZ), 10 000 unités, 4 chiffres après la virgule",
    "ERC20-Token Quarz (QRTZ), 10.000 Stück, 4 Nachkommastellen",
    "Token ERC20 Quarzo (QRTZ), 10.000 pezzi, 4 cifre decimali",
    "Token ERC20 Quartzo (QRTZ), 10.000 unidades, 4 casas decimais",
])
def test_decimals_phrasings_in_six_languages(prompt: str) -> None:
    assert parse(prompt).decimals == 4


@pytest.mark.parametrize("prompt, feature", [
    ("ERC20 Kettle (KTL), 1000 supply, with an emergency stop", "pausable"),
    ("ERC20 Kettle (KTL), 1000 supply, add a stop function", "pausable"),
    ("ERC-721 collection Lantern (LNT) with enumeration of all tokens", "enumerable"),
    ("Colección ERC-721 Farol (FRL), la URI base debe poder ser actualizada", "updatable_uri"),
    ("ERC-1155 Sammlung Laterne, die URI muss später geändert werden können", "updatable_uri"),
    ("Jeton ERC20 Galet (GLT), 1000 unités, le propriétaire peut en créer de nouveaux", "mintable"),
])
def test_feature_phrasings(prompt: str, feature: str) -> None:
    assert feature in parse(prompt).features


def test_voting_at_once_is_a_zero_voting_delay() -> None:
    spec = parse("Un governor chiamato Consiglio che usa il token 0x75aC5982EeA34a4bAED248dbf8d24d345f4BFA15, "
                 "quorum 10%, si vota subito, la votazione dura 5 giorni")
    assert spec.options["voting_delay_seconds"] == 0


@pytest.mark.parametrize("prompt, word", [
    ("ERC20 Kettle (KTL), 1000 supply; the owner gets a freezing lever for incidents", "freezing"),
    ("Jeton ERC20 Galet (GLT), 1000 unités, on peut le suspendre en cas de souci", "suspendre"),
    ("ERC20-Token Kiesel (KSL), 1000 Stück, der Besitzer kann alles einfrieren", "einfrieren"),
    ("ERC20 Kettle (KTL), 1000 supply, and take snapshots of balances", "snapshots"),
])
def test_an_unplaced_feature_stem_stops(prompt: str, word: str) -> None:
    spec = parse(prompt)
    stops = [r for r in spec.requirements if r.status.value == "ambiguous"]
    assert stops, f"{word!r} deployed silently"
