"""A German count before a capitalised noun no contract counts ("mit 23 Näherinnen") is the asker's world, a cap's
value after a verb ("liegt bei", "ever:", "will be"), a declined "transparentem Proxy", a proxy "nicht erwünscht", and
a record "Upgrade: not need" (issue 12: blind sets FC to FF). Inputs written for these tests, not taken from the bench
sets."""

from __future__ import annotations

import pytest

from tests.unit.reading import accounted


@pytest.mark.parametrize("prompt", [
    "Wir sind eine Töpferei mit 14 Gesellinnen. Token „Tonkrug“, Kürzel TNKG, 3,6 Mio. Stück, pausierbar.",
    "Hallo! Wir haben rund 9 000 Ziegen und 40 Hirten. Wir möchten einen Token „Ziegenmilch“ (ZGML) mit 3,6 Mio. Stück.",
])
def test_a_german_count_of_the_askers_world_is_no_supply(prompt: str) -> None:
    assert accounted(prompt).initial_supply == "3600000"


@pytest.mark.parametrize("prompt", [
    "Token „Kiefer“ (KFR) mit 3,6 Millionen Anfangsbestand, vom Eigentümer prägbar.",
    "Token „Kiefer“ (KFR), 3.600.000 Treuepunkte zum Start.",
])
def test_a_german_supply_noun_after_the_number_keeps_it_the_supply(prompt: str) -> None:
    assert accounted(prompt).initial_supply == "3600000"


def test_a_german_measure_is_no_count_that_may_be_the_supply() -> None:
    spec = accounted("Unser Laden hat 4 Meter Theke. Treuepunkte als Token: Name „Theke“, Kürzel THK, 0 Nachkommastellen, "
                     "nur wir prägen neue.")
    assert spec.initial_supply is None and not any(r.status.value == "ambiguous" and r.text == "4" for r in spec.requirements)


@pytest.mark.parametrize("prompt", [
    "Token name: Lanza\nTicker: LNZ\nStart supply: 300,000\nMaximum supply ever: 900,000\nMint later: yes, by owner",
    "Token „Lanze“ (LNZ). Wir starten mit 300.000 Stück, die Höchstmenge liegt bei 900.000.",
    "Token Lance (LNZ), 300k now, max supply will be 900k, owner mints",
])
def test_a_caps_value_after_a_verb_or_ever(prompt: str) -> None:
    assert accounted(prompt).cap == "900000"


def test_an_italian_deposit_ceiling_said_with_its_nouns() -> None:
    spec = accounted("Vault ERC-4626 «Riserva Fico», simbolo rFIC, sopra l'USDC all'indirizzo "
                     "0x1111111111111111111111111111111111111111, con un tetto massimo di depositi di 250.000 USDC.")
    assert spec.cap == "250000"


def test_a_german_declined_transparent_proxy_is_transparent() -> None:
    assert accounted("Token „Fass“ (FASS), 10.000 Stück, bitte mit transparentem Proxy.").options["upgradeable"] == \
        "transparent"


@pytest.mark.parametrize("prompt", [
    "Token „Fass“ (FASS), 10.000 Stück. Ein Proxy ist nicht erwünscht.",
    "Token Barril (BRL), 10.000 unidades. Un proxy no es deseado.",
    "Token name: Cask\nSymbol: CSK\nSupply: 10 000\nUpgrade: not need, stays the same forever",
])
def test_an_unwanted_proxy_or_upgrade_is_turned_off(prompt: str) -> None:
    assert "upgradeable" in accounted(prompt).disabled
