"""Reading rules (issue 12) for the parties of an escrow or a timelock and for a mint price: a role word before a
comma and the address ("the Seller, 0x..") binds; a timelock address takes the act said right after it ("0x..
proposes", "0x.. may queue") before one said earlier in the sentence; a list of proposers goes on through a few words
that name no role ("0xA and our treasurer 0xB"); a timelock's one duration is its delay; an NFT's mint price asks
for a public mint; "list every piece of one collector" asks for enumeration. Inputs written for these tests, not
taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation.spec_parser import parse
from tests.unit.reading import accounted

_A = "0x" + "a1" * 20
_B = "0x" + "b2" * 20
_C = "0x" + "c3" * 20
_DAY = 86400


def _address(spec, role: str) -> str:
    return (spec.addresses.get(role) or "").lower()


def test_a_role_word_then_a_comma_binds_the_address_after_it() -> None:
    spec = accounted(f"Escrow deed between the Purchaser, {_A}, and the Vendor, {_B}. The arbiter shall be {_C}. "
                     "Refund after 20 days.")
    assert (_address(spec, "buyer"), _address(spec, "seller"), _address(spec, "arbiter")) == (_A, _B, _C)
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


@pytest.mark.parametrize("prompt", [
    f"TimelockController, 3-day delay: the finance board {_A} schedules and the bookkeeper {_B} executes.",
    f"Timelock with a 3 day delay. {_A} may queue operations; {_B} may execute them.",
    f"Un timelock de 3 jours : {_A} peut programmer les opérations, {_B} peut les exécuter.",
])
def test_a_timelock_address_takes_the_act_said_right_after_it(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.family == "timelock" and spec.options.get("delay_seconds") == 3 * _DAY
    assert _A in (spec.addresses.get("proposers") or spec.addresses.get("proposer") or "").lower()
    assert _B in (spec.addresses.get("executors") or spec.addresses.get("executor") or "").lower()
    assert _B not in (spec.addresses.get("proposers") or "").lower()


def test_a_list_of_proposers_goes_on_through_words_that_name_no_role() -> None:
    spec = accounted(f"Timelock für die Vereinskasse, 2 Tage Wartezeit. Einplanen darf nur der Kassenwart {_A} "
                     f"und unsere Vorsitzende {_B}.")
    listed = next(r for r in spec.requirements if r.key == "proposers")
    assert [a.lower() for a in listed.value] == [_A, _B]


def test_the_one_duration_of_a_timelock_is_its_delay() -> None:
    spec = accounted(f"put a timelock on the club treasury: every change waits 4 days, proposer {_A}")
    assert spec.options.get("delay_seconds") == 4 * _DAY
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


def test_a_second_duration_beside_a_stated_delay_still_stops() -> None:
    spec = accounted(f"For a course due in three weeks: a TimelockController with a minimum delay of one day, "
                     f"proposer {_A}")
    assert [r.text for r in spec.requirements if r.status.value != "honoured"] == ["three weeks"]


@pytest.mark.parametrize("prompt", [
    "NFT set 'Harbour Lights' (HBL), 300 max, fans mint their own at 0.03 ETH",
    "Colección NFT «Faros» (FRS), máximo 300, cada uno cuesta 0,03 ETH",
])
def test_a_mint_price_asks_for_a_public_mint(prompt: str) -> None:
    spec = accounted(prompt)
    assert "public_mint" in spec.features and spec.options.get("price_wei") == str(3 * 10**16)
    assert not [r for r in spec.requirements if r.status.value != "honoured"]
    assert spec.options["template_options"]["public_mint"] is True


def test_no_public_mint_turned_down_keeps_the_price_unmet() -> None:
    spec = accounted("NFT set 'Harbour Lights' (HBL), 300 max, price 0.03 ETH, no public mint")
    assert "public_mint" not in spec.features
    assert [r.key for r in spec.requirements if r.status.value != "honoured"] == ["price_wei"]


def test_listing_every_piece_of_one_collector_asks_for_enumeration() -> None:
    spec = parse("NFT 'Azulejos' (AZJ), no máximo 500, quero listar todas as peças de um colecionador")
    assert "enumerable" in spec.features


@pytest.mark.parametrize("prompt", [
    f"Baut uns ein Zeitschloss, 12 Stunden Wartezeit. Vorschlagen darf nur {_A}, ausführen darf nur {_B}.",
    f"A timelock for the lab wallet, 12 hours of delay; proposals only from {_A}, execution by {_B}.",
])
def test_proposals_made_by_a_listed_address_are_a_timelock_not_a_governor(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.family == "timelock" and spec.options.get("delay_seconds") == 12 * 3600
    assert _A in (spec.addresses.get("proposers") or spec.addresses.get("proposer") or "").lower()


def test_proposals_voted_on_still_ask_for_a_governor() -> None:
    assert parse(f"a DAO where holders of {_A} vote on proposals, with a timelock of 2 days").family == "governor"


@pytest.mark.parametrize("prompt", [
    f"I'm selling my old van for 2.3 ETH and want an escrow: buyer {_A}, seller {_B}, arbiter {_C}",
    f"Treuhand für den Verkauf meines Traktors über 6,5 ETH. Käufer: {_A}. Verkäufer: {_B}. Schiedsrichter: {_C}.",
])
def test_an_escrows_sale_price_is_its_fixed_price(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.options["template_options"]["fixed_price"] is True
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


def test_an_estimated_budget_is_no_fixed_price() -> None:
    spec = accounted(f"escrow for a borehole contractor (budget about 14 ETH): we pay from {_A}, the contractor "
                     f"{_B} gets paid, our lawyer {_C} decides disputes")
    assert spec.options["template_options"]["fixed_price"] is False
