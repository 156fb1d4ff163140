"""General reading rules (issue 12): decimals said aloud, names that hold numbers, label/value tables,
negated parameters, and the coverage guard that stops rather than guess. Real requests in, the parsed
spec and its requirement statuses asserted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agents.generation.numbers import find_amounts


@pytest.mark.parametrize("text, language, value", [
    ("eins komma fünf Millionen Stück", "de", 1_500_000),
    ("one point five million", "en", 1_500_000),
    ("un virgule cinq millions", "fr", 1_500_000),
    ("uno coma cinco millones", "es", 1_500_000),
    ("um vírgula cinco milhões", "pt", 1_500_000),
    ("uno virgola cinque milioni", "it", 1_500_000),
    ("two point two five million", "en", 2_250_000),
    ("drei Komma fünfundzwanzig Mio", "de", 3_250_000),
])
def test_decimal_mark_said_aloud(text: str, language: str, value: int) -> None:
    amounts = find_amounts(text, decimal_comma=language != "en", language=language)
    assert [a.value for a in amounts] == [Decimal(value)]
    assert amounts[0].text == text.removesuffix(" Stück")


def test_a_point_without_numbers_is_no_decimal() -> None:
    assert find_amounts("a point of view, 5 users", language="en")[0].value == 5
