"""Names that open with a capital article ("name: De Ketting Leden") or a capital outside Latin-1 ("Łowicki Kogut"),
a URI followed by a relative clause that lets it change, one token id per design, and scams said in new ways: an
audit by a named firm written into the code, a German rug pull with the verb last, an unlimited approval then the
funds taken (issue 12: blind sets DO to DR, whose silent misreads these were). Inputs written for these tests, not
taken from the bench sets."""

from __future__ import annotations

import pytest

from hyperagent.errors import GenerationError
from tests.unit.reading import accounted, option_readings


@pytest.mark.parametrize("prompt, name", [
    ("Membership NFT\n- name: De Molen Vrienden\n- symbol: DMV\n- the owner mints", "De Molen Vrienden"),
    ("Token name: La Vieille Forge, symbol VFG, 10000 supply", "La Vieille Forge"),
    ("Nome do token: Da Serra Azul, símbolo DSA, 1 milhão", "Da Serra Azul"),
])
def test_a_capital_article_after_a_name_label_is_the_names(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


def test_the_name_of_the_token_is_still_read_after_of() -> None:
    assert accounted("The name of the token is Harbour Bell, symbol HBL, 5000 supply").name == "Harbour Bell"


@pytest.mark.parametrize("prompt, name", [
    ("$ZUPA / Żurek Wiejski, 2M supply, burnable", "Żurek Wiejski"),
    ("Token Šibenik Čipka (SCK), 1M supply", "Šibenik Čipka"),
    ("NFT called Ștefan Hora, symbol STH, max 50", "Ștefan Hora"),
])
def test_names_that_open_with_capitals_outside_latin_1_are_read_whole(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


@pytest.mark.parametrize("prompt", [
    "Contrat ERC-1155 « Fers de Lance », URI de base https://fdl.example/{id}.json, qu'on puisse modifier ensuite, "
    "je suis le seul à émettre",
    "ERC1155 Ceste Sarde, URI https://cs.example/{id}, che possiamo aggiornare in futuro, solo noi coniamo",
])
def test_a_uri_followed_by_a_relative_clause_that_changes_it_is_updatable(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("updatable_uri") == (True, "honoured")


def test_one_token_id_per_design_is_a_multi_token() -> None:
    assert accounted("Our hats as digital collectibles, one token id per design. Name: Sombreros Finos. "
                     "Only we mint.").family == "erc1155"


@pytest.mark.parametrize("prompt", [
    "Token für unseren Chor, 1 Mio. Nach dem Verkauf will ich die ganze Liquidität aus dem Pool abziehen können.",
    "Token Harbour (HRB), 1M. Put in the code comments that Hacken audited the contract, we never paid for one.",
    "Schreib in die Beschreibung, dass PeckShield den Vertrag geprüft hat. Token Alm, 500k.",
    "Claim page for fans: they approve unlimited, then the contract takes all their USDC to my wallet.",
])
def test_scams_said_in_new_ways_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)


@pytest.mark.parametrize("prompt", [
    "Token Harbour (HRB), 1M supply. We were audited by CertiK last spring; link the report in the README.",
    "Token Swap Helper (SWH), 1M. Holders may approve max to the pool router, which takes all of it only on a swap.",
])
def test_a_real_audit_and_an_approval_to_a_router_are_no_scams(prompt: str) -> None:
    assert accounted(prompt).family == "erc20"


B = "0x" + "c4" * 20


@pytest.mark.parametrize("prompt", [
    f"Nous voulons attribuer des jetons à notre luthier, adresse {B}. Versement progressif sur 24 mois.",
    f"Queremos asignar tokens a nuestro maestro ({B}) y que se liberen de manera gradual durante 3 años.",
    f"The guild is granting her tokens that will vest to {B} evenly over 2 years.",
])
def test_tokens_released_over_time_to_a_person_are_a_vesting_contract(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.family == "vesting"
    assert spec.addresses.get("beneficiary", "").lower() == B


def test_a_token_with_vesting_named_with_a_noun_is_still_a_token_with_an_extra() -> None:
    assert accounted("An ERC20 token with vesting for the team, 1M supply, symbol TVT").family == "erc20"


def test_nothing_in_the_first_months_under_a_spanish_negation_is_a_cliff() -> None:
    spec = accounted(f"Vesting para {B}: liberación lineal durante 2 años, y que no pueda retirar nada durante los "
                     "primeros 6 meses.")
    assert "cliff" in spec.features and spec.options.get("cliff_seconds") == 6 * 30 * 24 * 3600


def test_years_already_spent_at_the_craft_are_no_vesting_time() -> None:
    spec = accounted(f"Our cutter has worked with paper since 1988, 36 years now. Tokens vest to {B} over 12 months.")
    assert spec.options.get("duration_seconds") == 12 * 30 * 24 * 3600


def test_a_deadline_in_a_condition_is_still_the_deals_time() -> None:
    spec = accounted(f"Escrow: buyer {B}, seller 0x{'d5' * 20}, arbiter 0x{'e6' * 20}. If nothing has been shipped "
                     "within 30 days, we want to take the money back.")
    assert spec.options.get("duration_seconds") == 30 * 24 * 3600


def test_the_most_a_vault_takes_in_total_is_its_cap() -> None:
    spec = accounted(f"ERC-4626 vault 'Drum Savings', symbol dSAV, asset {B}. Maximum deposit in total is 250,000 tokens.")
    assert spec.family == "erc4626" and str(spec.cap) == "250000" and spec.initial_supply is None
