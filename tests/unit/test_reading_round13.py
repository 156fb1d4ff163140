"""Round 13 reading rules (issue 12): minting kept to the asker or the owner, said as a subject ("we, as owner,
top up the supply", "solo noi ne creiamo") or after the verb ("li assegno solo io"); the clitic "ne" is no
French negation without its pas/plus; listing a holder's tokens is enumeration; taking back what has not vested
is revocation (unmet by the vesting template, so the reading stops); a token denied moving and granted resale
stops as ambiguous; a fractional year counts months. Inputs written for these tests, not taken from the bench
sets."""

from __future__ import annotations

import pytest

from agents.generation import numbers, requirements
from agents.generation.roles import checksum
from agents.generation.spec_parser import parse
from tests.unit.reading import accounted, option_readings


@pytest.mark.parametrize("prompt", [
    "ERC-20 Farol (FRL), 1000 tokens at launch. We, as the owner, top up the supply each quarter.",
    "Token Faro (FRO), si parte da zero e solo noi come proprietari ne creiamo di nuovi.",
    "Badge ERC-1155 «Torre Verde»: li assegno solo io come proprietario.",
    "Token Fanal (FNL), 500 fichas; solo nosotros creamos más fichas.",
    "Token Leuchtturm (LTT), 500 Stück; nur wir als Eigentümer erstellen neue Token.",
])
def test_minting_kept_to_the_asker_or_the_owner_asks_for_mintable(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("mintable") == (True, "pending")


def test_a_token_made_without_an_agent_asks_for_nothing() -> None:
    assert "mintable" not in option_readings(parse("We create a token called Farol, symbol FRL, 1000 supply."))


@pytest.mark.parametrize("prompt", [
    "NFT collection Harbor Deeds (HBD); we must be able to list every deed a given buyer holds from the contract.",
    "Collection NFT Actes du Port (ADP) : on veut lister tous les actes qu'un client possède.",
])
def test_listing_a_holders_tokens_asks_for_enumerable(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("enumerable") == (True, "pending")


@pytest.mark.parametrize("prompt", [
    "Vesting for 0x1111111111111111111111111111111111111111 over 3 years; if she quits we need to reclaim the "
    "unvested tokens.",
    "Vesting für 0x1111111111111111111111111111111111111111, 2 Jahre linear; wir wollen die noch nicht gevesteten "
    "Token zurückfordern können.",
    "Vesting pour 0x1111111111111111111111111111111111111111 sur 2 ans ; en cas de départ on doit récupérer les "
    "jetons non acquis.",
])
def test_taking_back_unvested_tokens_is_revocation_and_stops(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.family == "vesting"
    assert {r.key: r.status.value for r in requirements.problems(spec)}.get("revocable") == "unmet"


@pytest.mark.parametrize("prompt", [
    "Tickets NFT «Gradinata» (GRD): they can never be transferred, but members leaving must be able to resell theirs.",
    "Biglietti NFT «Curva Sud» (CVS): non possono essere trasferiti, ma chi lascia il club deve poter rivenderli.",
])
def test_a_token_denied_moving_and_granted_resale_stops(prompt: str) -> None:
    value, status = option_readings(parse(prompt)).get("soulbound", (None, ""))
    assert status == "ambiguous"


@pytest.mark.parametrize("prompt", [
    "Membership passes ERC-1155 Vale Pass: they can't be transferred or sold; only I can mint.",
    "Guild badges that can't be sold or moved (soulbound NFTs), called Vale Guild, symbol VLG.",
])
def test_a_list_of_denied_transfer_verbs_stays_soulbound(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("soulbound") == (True, "pending")


@pytest.mark.parametrize(("text", "seconds"), [
    ("um ano e meio", 18 * 2592000), ("1.5 years", 18 * 2592000), ("two and a half years", 30 * 2592000),
    ("two years", 2 * 31536000),
])
def test_a_fractional_year_counts_months(text: str, seconds: int) -> None:
    assert numbers.find_durations(text)[0].seconds == seconds


B1, B2, B3 = ("0x" + c * 40 for c in "123")


@pytest.mark.parametrize("prompt", [
    f"Escrow for a used piano. Our shop wallet {B1} pays in; the tuner at {B2} receives it once the piano is "
    f"delivered. If they disagree, the notary decides: {B3}.",
    f"Séquestre pour un piano : la chorale paiera depuis {B1} ; l'accordeur recevra les fonds sur {B2}. "
    f"En cas de litige, c'est le notaire qui tranche : {B3}.",
    f"Treuhand (Escrow) für ein Klavier: der Verein zahlt von {B1} ein; der Stimmer erhält es auf {B2}. "
    f"Im Streitfall entscheidet der Notar: {B3}.",
])
def test_escrow_parties_named_by_what_they_do(prompt: str) -> None:
    addresses = parse(prompt).addresses
    assert [addresses.get(role) for role in ("buyer", "seller", "arbiter")] == [checksum(a) for a in (B1, B2, B3)]


@pytest.mark.parametrize("prompt", [
    f"Ein TimelockController, Wartezeit zwei Tage. Vorschlagen darf {B1} (Vorstand); ausführen darf nur {B2}.",
    f"Un TimelockController, ritardo di due giorni: può proporre solo {B1} e può eseguire solo {B2}.",
    f"TimelockController : délai minimum de deux jours, proposeur {B1}, exécuteur {B2}.",
])
def test_timelock_roles_named_by_the_act_or_the_role_word(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.family == "timelock"
    assert checksum(B1) in spec.addresses.get("proposers", "") and checksum(B2) in spec.addresses.get("executors", "")
    assert spec.options.get("delay_seconds") == 2 * 86400


def test_an_aside_after_a_listed_address_keeps_the_list() -> None:
    spec = parse(f"TimelockController, delay 1 day. Proposers: {B1} (our lead) and {B2} (the governor); executor {B3}.")
    assert spec.addresses.get("proposers") == f"{checksum(B1)},{checksum(B2)}"
