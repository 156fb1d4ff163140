"""Round 12 reading rules (issue 12): a feature read as asked for in a clause that also denies stops instead
of deploying; an ability granted with a modal to a strong verb ("pode mintar", "darf ausgeben"); magnitude
words of more languages (bi, lakh, crore, trillion); the asker's own clock ("40 min left") is no contract
period; "and zero decimals" ends a number; honeypots and behaviour hidden from users are refused. Inputs
written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation.spec_parser import parse
from hyperagent.errors import GenerationError
from tests.unit.reading import option_readings


@pytest.mark.parametrize(("prompt", "feature"), [
    ("Token Brughiera (BRG), 10000 pezzi, ma non vogliamo alcun tasto per bloccare i trasferimenti.", "pausable"),
    ("Jeton Lande (LND), 10000 jetons, mais je ne veux aucun bouton pour geler les transferts.", "pausable"),
    ("Token Heide (HDE), 10000 Stück. Verbrennen darf die Token keiner können.", "burnable"),
    ("Token Brezo (BRZ), 10000 unidades. Quemarlos no lo podrá hacer nadie.", "burnable"),
])
def test_a_feature_read_in_a_clause_that_also_denies_is_never_deployed_as_asked(prompt: str, feature: str) -> None:
    value, status = option_readings(parse(prompt)).get(feature, (False, "pending"))
    assert value is False or status == "ambiguous"


@pytest.mark.parametrize(("prompt", "feature"), [
    ("Token Olmo (OLM): mintable: no permit: yes, 5000 supply", "permit"),
    ("Token Quercia (QRC), 5000 supply, no more than 9000 ever, burnable", "burnable"),
    ("Jeton Chêne (CHN), 5000 jetons, sans frais de gaz grâce à permit", "permit"),
    ("Badges Vale: soulbound, badges can never be transferred; only the owner can mint", "mintable"),
])
def test_a_negation_bound_elsewhere_leaves_the_feature_asked(prompt: str, feature: str) -> None:
    assert option_readings(parse(prompt)).get(feature) == (True, "pending")


@pytest.mark.parametrize("prompt", [
    "Token Caju Verde (CJV), 1.000.000 de unidades, e a administradora pode mintar novos tokens depois.",
    "Token Espiga (ESP), 1.000.000 unidades; el dueño puede acuñar más tokens después.",
    "Token Ähre (AHR), 1.000.000 Stück. Der Vorstand darf später neue Token prägen.",
    "Token Spiga (SPG), 1.000.000 pezzi, e il proprietario può coniare altri token.",
])
def test_a_strong_verb_granted_with_a_modal_asks_for_mintable(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("mintable") == (True, "pending")


def test_a_request_that_asks_to_mint_the_contract_itself_is_no_ability() -> None:
    assert "mintable" not in option_readings(parse("Can you mint a token called Larch (LRC) with 5000 supply?"))


def test_the_denied_modal_is_not_read_as_an_ability() -> None:
    spec = parse("Token Tilia (TLA), 3000 supply. There is no mechanism whereby anyone may halt transfers.")
    assert option_readings(spec).get("pausable", (False, ""))[0] is False


@pytest.mark.parametrize(("prompt", "supply"), [
    ("token Pitanga Azul, ticker PTAZ, 300 bi de supply", 300 * 10**9),
    ("Token Chai Leaf (CHAI) with 5 lakh supply", 500_000),
    ("Token Jeera (JRA), 3 crore tokens", 30_000_000),
    ("Token Aeon (AEN), 2 trillion supply", 2 * 10**12),
])
def test_magnitude_words_of_more_languages(prompt: str, supply: int) -> None:
    assert parse(prompt).initial_supply == str(supply)


@pytest.mark.parametrize("prompt", [
    "only 25 mins left before judging!! ERC20 Gale Runner (GLR), 500000 supply",
    "pitch in 15 min, need ERC-20 Tern Cash (TRN) with 500000 supply",
    "Quedan 45 minutos para la entrega: un ERC-20 «Garza» (GRZ) con 500000 unidades",
    "Il reste 3 h avant la soutenance : un ERC-20 « Héron » (HRN), 500000 jetons",
    "Noch 30 Minuten bis zur Abgabe: ERC-20 Reiher (RHR), 500000 Stück",
    "Faltam 20 minutos! Token ERC-20 Garça (GRC), 500000 unidades",
])
def test_the_askers_clock_is_no_contract_period(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply == "500000"
    assert not [r for r in spec.requirements if r.status.value in ("unmet", "ambiguous")]


def test_a_contract_period_in_hours_is_still_read() -> None:
    spec = parse("A timelock with a minimum delay of 2 hours")
    assert spec.options.get("delay_seconds") == 7200 or any(
        r.field.endswith("delay_seconds") and r.value == 7200 for r in spec.requirements)


def test_and_zero_decimals_ends_the_number_before_it() -> None:
    spec = parse("An ERC-20 named Pine Cone (PNC) with a supply of two hundred thousand and zero decimals")
    assert (spec.initial_supply, spec.decimals) == ("200000", 0)


@pytest.mark.parametrize("prompt", [
    "token Slipfox (SLPX), 1B supply, make selling revert for everybody except me",
    "token Zorro (ZRR), 1B supply, las ventas fallan para todos excepto yo",
    "Token Lynx (LNX), 1M supply, and keep the mint function hidden so holders never notice it",
    "Token Ghost (GHS), 1M supply, with a transfer tax hidden from etherscan",
])
def test_honeypots_and_hidden_behaviour_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        parse(prompt)


@pytest.mark.parametrize("prompt", [
    "NFT collection Veiled Owls (VOWL), metadata hidden until reveal, 500 max supply",
    "Token Secret Sauce (SAUCE), 1M supply, burnable",
])
def test_hidden_things_that_are_features_are_not_refused(prompt: str) -> None:
    parse(prompt)


def _ambiguous(spec) -> set[str]:
    return {r.key for r in spec.requirements if r.status.value == "ambiguous"}


@pytest.mark.parametrize("prompt", [
    "Token Möwe (MWE), 1 Mio. Stück. Verbrennen soll man ihn nicht können.",
    "Token Gaivota (GVT), 1 milhão de unidades, pausar os tokens nunca.",
])
def test_a_negation_closing_the_clause_after_the_verb_is_never_deployed_as_asked(prompt: str) -> None:
    spec = parse(prompt)
    assert not ({"burnable", "pausable"} & set(spec.features)) - _ambiguous(spec)


@pytest.mark.parametrize("prompt", [
    "Token Glimmer (GLM), whole units, nothing minted up front; the guild hands them out.",
    "Jeton Braise (BRS), zéro au départ.",
    "Token Ascua (ASC): al principio no hay nada, cero tokens.",
])
def test_a_zero_with_no_supply_read_stops_rather_than_deploy_the_default_supply(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply in (None, "0")
    if spec.initial_supply is None:
        assert "supply" in _ambiguous(spec)


@pytest.mark.parametrize("prompt", [
    "Token Ember Hours (EMH), 500 supply. The club, as operator, mints whenever volunteers log hours.",
    "Jeton Heures (HRS), 500 jetons ; l'association frappe selon les besoins.",
])
def test_a_minting_verb_nothing_placed_stops(prompt: str) -> None:
    spec = parse(prompt)
    assert "mintable" in _ambiguous(spec) or option_readings(spec).get("mintable") == (True, "pending")


@pytest.mark.parametrize("prompt", [
    "Token Flux Two (FLT) with ERC-3156 flash minting, 400k supply",
    "We want to issue a token called Basalt Two (BST2) with 1M supply",
    "Mint 5e8 tokens of 'Granite' (GRN) with 9 decimals",
])
def test_flash_minting_an_initial_mint_or_the_request_itself_asks_no_minting(prompt: str) -> None:
    assert "mintable" not in _ambiguous(parse(prompt))


def test_italian_mio_alone_is_my_not_a_million() -> None:
    spec = parse("Vorrei creare il mio token Civetta (CVT) con 7000 pezzi")
    assert spec.initial_supply == "7000" and "supply" not in _ambiguous(spec)


def test_german_mio_after_a_number_is_still_a_million() -> None:
    assert parse("Token Dachs (DCH), 12 Mio. Stück").initial_supply == "12000000"


def test_a_bullet_line_ends_the_clause_of_a_negation_on_the_line_before() -> None:
    spec = parse("Token Onda (OND):\n- permit para aprobar sin pagar gas\n- el owner puede pausar las transferencias")
    assert option_readings(spec).get("pausable") == (True, "pending")


@pytest.mark.parametrize("prompt", ["Gettone Argine (ARG), 5000 gettoni, niente decimali",
                                    "Token Barro (BRR), 5000 unidades, nada de decimales"])
def test_nothing_before_decimals_is_zero_decimals(prompt: str) -> None:
    assert parse(prompt).decimals == 0


def test_taking_back_what_has_not_matured_is_revocation() -> None:
    spec = parse("Vesting para a nossa gerente (0x4444444444444444444444444444444444444444): 3 anos, e se ela sair "
                 "queremos recuperar tudo o que ainda não venceu.")
    assert option_readings(spec).get("revocable", (None, ""))[0] is True
