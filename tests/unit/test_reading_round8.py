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
