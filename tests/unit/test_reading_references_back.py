"""Requests that point back at something said before: a hand named with its address and then said by a pronoun to do
another act ("La administradora es Marisol, 0x.., y ella misma es la que pausa"), two shares swapped by a correction
("reverse it") (issue 12: blind sets JC to JF and the misses left from JB). Inputs written for these tests, not taken
from the bench sets."""

from __future__ import annotations

import pytest

from tests.unit.reading import clean

A = "0x3333333333333333333333333333333333333333"
B = "0x4444444444444444444444444444444444444444"


@pytest.mark.parametrize("prompt", [
    f"Token Hyper HYP 1M, mintable, pausable, with roles. Admin is Ana {A}. She can also pause it. Minter {B}.",
    f"Jeton Lune LUN 1000, frappe possible, pausable, avec des rôles. L'administratrice est Claire, {A}, et elle peut "
    f"aussi mettre en pause. Le minteur est {B}.",
    f"Token 'Sol' SOL, 500 tokens, acuñable y pausable, con roles: la administradora es Rosa, {A}, y ella misma es la "
    f"que pausa. Quien acuña es {B}.",
])
def test_a_pronoun_gives_the_hand_before_it_another_role(prompt: str) -> None:
    spec = clean(prompt)
    assert spec.addresses["admin"] == spec.addresses["pauser"]
    assert spec.addresses["minter"] != spec.addresses["pauser"]


def test_a_pronoun_does_not_make_an_owner_a_pauser() -> None:
    spec = clean(f"Token Hyper HYP 1M, pausable, owner {A}. She can pause it when needed.")
    assert "pauser" not in spec.addresses


@pytest.mark.parametrize("correction", ["Ah sorry, reverse it.", "Wait, the other way round.", "No, al revés.",
                                        "Pardon, à l'inverse.", "Nein, umgekehrt."])
def test_two_shares_swapped_by_a_correction(correction: str) -> None:
    spec = clean(f"Split income 70/30: 70 to me {A}, 30 to my sister {B}. {correction}")
    assert spec.options["percents"] == ["30", "70"]


def test_shares_without_a_swap_keep_their_order() -> None:
    assert clean(f"Split income 70/30: 70 to me {A}, 30 to my sister {B}. Reverse charge VAT applies to us."
                 ).options["percents"] == ["70", "30"]


@pytest.mark.parametrize("pointer", ["and that's the hard cap", "- that is the maximum", ", which is the limit"])
def test_a_number_named_the_cap_by_a_pointer_back(pointer: str) -> None:
    spec = clean(f"NFT collection Broadside, symbol BRDS. A run is 250 sheets {pointer} for the collection. Owner mints.")
    assert spec.cap == "250"
