"""Contracts described by what they do, with no word for their kind, and shares said as fractions (issue 12: the
blind sets' most common refusal was "cannot generate this request offline" for an escrow, a split or a shared
wallet described in plain words). Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest
from eth_utils import to_checksum_address

from agents.generation.shapes import fractions_as_percents
from agents.generation.spec_parser import parse
from agents.models import RequirementStatus

A, B, C, D = (to_checksum_address("0x" + c * 40) for c in "abcd")


def _stops(spec) -> list[str]:
    return [r.key for r in spec.requirements if r.status in (RequirementStatus.ambiguous, RequirementStatus.unmet)]


@pytest.mark.parametrize(("prompt", "percents"), [
    (f"Lo que cobre la panadería se reparte: la mitad para {A}, una cuarta parte para {B} y la otra cuarta parte "
     f"para {C}.", ["50", "25", "25"]),
    (f"Le chiffre d'affaires du gîte est partagé : trois quarts à {A} et un quart à {B}.", ["75", "25"]),
    (f"Gli incassi del rifugio si dividono: il sessanta per cento a {A} e il quaranta per cento a {B}.", ["60", "40"]),
    (f"Os ganhos da banca são repartidos: dois quintos para {A}, três quintos para {B}.", ["40", "60"]),
    (f"Split the stall's takings: {A} runs the place so she gets half, {B} takes 30 percent, and {C} gets "
     "whatever is left.", ["50", "30", "20"]),
])
def test_a_split_said_with_fractions_or_percent_words_is_a_splitter(prompt: str, percents: list[str]) -> None:
    spec = parse(prompt)
    assert spec.family == "splitter"
    assert spec.options["percents"] == percents
    assert _stops(spec) == []


@pytest.mark.parametrize("prompt", [
    f"I'm buying a used kayak for 1.2 ETH. I pay from {A}, the money should come to the seller at {B}, and my "
    f"neighbour {C} decides if there is a problem. If nothing is released within 10 days I get my money back.",
    f"Compro una moto usada: yo pago desde {A}, el vendedor recibe en {B} y si hay un problema decide {C}.",
    f"Nous achetons un four d'occasion : nous paierons depuis {A}, le vendeur recevra sur {B}, et en cas de litige "
    f"c'est {C} qui tranche.",
])
def test_a_payer_a_payee_and_a_judge_are_an_escrow(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.family == "escrow"
    assert (spec.addresses["buyer"], spec.addresses["seller"], spec.addresses["arbiter"]) == (A, B, C)


@pytest.mark.parametrize(("prompt", "threshold"), [
    (f"Nous sommes trois associées ; il faut que deux d'entre nous valident chaque dépense. Adresses : {A}, {B} et {C}.",
     2),
    (f"Il fondo della palestra lo gestiamo noi: {A}, {B} e {C}. Ogni spesa deve essere approvata da almeno due di noi.",
     2),
    (f"The club's kitty belongs to {A}, {B}, {C} and {D}; any payment needs approval from a simple majority of them.",
     3),
])
def test_payments_approved_by_several_of_the_listed_people_are_a_multisig(prompt: str, threshold: int) -> None:
    spec = parse(prompt)
    assert spec.family == "multisig"
    assert spec.options["threshold"] == threshold
    assert _stops(spec) == []


def test_funds_released_gradually_to_one_address_are_a_vesting_wallet() -> None:
    spec = parse(f"Please make a contract that releases the ETH I put in to my niece gradually over 3 years, with "
                 f"nothing in the first 6 months. Her wallet: {A}.")
    assert spec.family == "vesting"
    assert spec.addresses["beneficiary"] == A
    assert spec.options["duration_seconds"] == 3 * 365 * 86400


@pytest.mark.parametrize("prompt", [
    "half an hour is enough for the demo, make an ERC20 called Demi (DEMI) with 1M supply",
    f"the first half of the year we send {A} nothing",
])
def test_fractions_away_from_an_address_stay_words(prompt: str) -> None:
    assert fractions_as_percents(prompt) == prompt


def test_context_numbers_around_a_shape_are_not_values() -> None:
    spec = parse(f"We are buying a second-hand press for 4,200,000 yen (it's from about 1890). We pay from {A}, the "
                 f"seller receives at {B}, and {C} is the judge if problem happens. If nothing is released in "
                 "three weeks we take back the money.")
    assert spec.family == "escrow"
    assert spec.options["duration_seconds"] == 21 * 86400
    assert _stops(spec) == []


def test_a_count_of_donors_counts_no_payee() -> None:
    spec = parse(f"Le donazioni si dividono da sole: tre quarti a {A} e un quarto a {B}. L'anno scorso abbiamo "
                 "raccolto circa 27 ETH da 340 donatori.")
    assert spec.options["percents"] == ["75", "25"]
    assert _stops(spec) == []
