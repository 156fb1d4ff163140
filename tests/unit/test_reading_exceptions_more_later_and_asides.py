""""Nobody except the workshop can mint" in six languages keeps the ability to one hand, "mint 30k now and more later"
asks for minting, a learner's "the coop mint the tokens" names who mints, and a comma inside a role's aside ("the
minter (our treasurer, Ana) is 0x..") cuts nothing (issue 12: blind sets GI to GL, whose silent misreads these were,
and a refusal left from the last session). Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from tests.unit.reading import accounted

A = "0x1111111111111111111111111111111111111111"
B = "0x2222222222222222222222222222222222222222"


@pytest.mark.parametrize("prompt", [
    "NFT collection Kiln Marks (KILN), at most 250 pieces; nobody except the workshop can mint.",
    "Collection NFT « Marques de Four » (MDF), 250 pièces maximum, personne d'autre que la coopérative ne peut frapper.",
    "Colección NFT Marcas (MRC), máximo 250, nadie salvo la cooperativa puede acuñar.",
    "NFT-Sammlung Brennmarken (BRM), höchstens 250 Stück, niemand außer der Genossenschaft darf prägen.",
    "Coleção NFT Marcas (MRCS), no máximo 250, ninguém além da cooperativa pode cunhar.",
    "Collezione NFT Marchi (MRCH), massimo 250 pezzi, nessuno tranne la cooperativa può coniare.",
])
def test_nobody_but_one_hand_keeps_the_ability(prompt: str) -> None:
    spec = accounted(prompt)
    assert "mintable" in spec.features and "mintable" not in spec.disabled


def test_nobody_but_one_hand_does_not_reach_a_later_denial() -> None:
    spec = accounted("Token Ledger Hours (LGH), 80k supply; nobody except the owner can mint and nobody can pause.")
    assert "mintable" in spec.features and "pausable" in spec.disabled


@pytest.mark.parametrize("prompt", [
    "A token for the harvest fair, Quince Coupons (QNC). We will mint 12k now for the fair and more later as needed.",
    "Quince Coupons (QNC): 12k at launch, then more over time.",
    "Token Membrillo (MBR), acuñamos 12 mil ahora y más adelante.",
    "Jeton Coing (CNG), 12 000 émis au lancement et d'autres plus tard.",
    "Token Quitte (QTT), 12.000 jetzt und später mehr.",
    "Gettone Mela Cotogna (MCT), 12.000 subito e altri in seguito.",
])
def test_a_first_amount_then_more_later_asks_for_minting(prompt: str) -> None:
    spec = accounted(prompt)
    assert "mintable" in spec.features and spec.initial_supply == "12000"


def test_more_said_later_about_something_else_is_no_minting() -> None:
    assert "mintable" not in accounted("Token Quince (QNC), 12k now. I will explain the fair more later.").features


def test_a_learners_unbent_verb_names_who_mints() -> None:
    spec = accounted("we make jars and want one ERC1155 for all of them, name \"Jar Shelf\", uri "
                     "https://jars.example/api/{id}. The guild mint the tokens, owners can burn.")
    assert {"mintable", "burnable"} <= set(spec.features)


def test_a_comma_inside_a_roles_aside_cuts_nothing() -> None:
    spec = accounted(f"Token Shift Hours (SHH), 20 000 at start, roles please: the admin is {A} and the minter (our "
                     f"treasurer, Ana) is {B}, she mints when shifts are logged.")
    assert spec.addresses["admin"] == A and spec.addresses["minter"] == B
