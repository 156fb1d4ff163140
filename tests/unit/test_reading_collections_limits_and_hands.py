"""A stray number never caps an NFT collection, a refused limit is recorded, and minting hands, admins, dividends and
revocation said in new ways are read (issue 12: blind sets AC and AD, whose silent misreads these were). Inputs written
for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest
from eth_utils import to_checksum_address

from agents.generation.spec_parser import parse
from agents.models import RequirementStatus
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted

A, B = (to_checksum_address("0x" + c * 40) for c in "ef")


def _status(spec, key: str) -> RequirementStatus | None:
    return next((r.status for r in spec.requirements if r.key == key), None)


@pytest.mark.parametrize("prompt", [
    "Summit Log (SMLG): one NFT per peak our club has climbed, metadata URI each, only the club mints. our hut is at 2,410",
    "NFT badges for the 9 referees of our tournament, name Whistle Club, symbol WHST, only the league mints them",
    "certificates as NFTs for our cheese wheels, enumerable, only I mint them, 24 month aged mostly. name Rind Proof, RNDP",
])
def test_a_stray_number_does_not_cap_a_collection(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.family == "erc721"
    assert spec.cap is None
    assert any(r.status == RequirementStatus.ambiguous for r in spec.requirements) or "capped" not in spec.features


@pytest.mark.parametrize(("prompt", "cap"), [
    ("Tide Prints (TDPR) NFTs, there are only 120 prints, anyone mints for 0.01 ETH", "120"),
    ("Lantern Walk (LNWK) NFT tickets, 75 in total, the museum mints them", "75"),
    ("NFT « Verre Soufflé » (VRSF) : 40 exemplaires au plus, le souffleur les frappe", "40"),
    ("harbour NFT passes Quay Pass (QYPS), 220 berths max, owners mint their own at 0.05 ETH", "220"),
])
def test_a_number_that_counts_the_collection_caps_it(prompt: str, cap: str) -> None:
    assert parse(prompt).cap == cap


@pytest.mark.parametrize("prompt", [
    "club token Oar Stroke, symbol ORST, 80,000 to start, the club (owner) can mint more with no upper limit",
    "ERC-4626 vault Pot Luck (PTLK) for USDC at " + A + ", no limit for deposits",
])
def test_no_upper_limit_turns_the_cap_down(prompt: str) -> None:
    spec = parse(prompt)
    assert "capped" in spec.disabled and spec.cap is None


@pytest.mark.parametrize("prompt", [
    "ERC-1155 seed packets, name Seed Vault Lots, the nursery mints as owner, holders can burn",
    "ERC1155 for our ferry tickets, name Sound Crossing, owner is minting, no transfers",
    f"ERC-1155 course badges named Night Class Marks, only our office wallet {A} should own the contract and mint them",
])
def test_the_one_who_mints_is_read(prompt: str) -> None:
    assert "mintable" in parse(prompt).features


def test_an_address_that_holds_admin_is_the_admin() -> None:
    spec = parse(f"token Kiln Fire (KLNF), 300k supply, role-based: the studio wallet {A} can mint, the board {B} "
                 "holds admin")
    assert spec.addresses["admin"] == B
    assert spec.addresses["minter"] == A


@pytest.mark.parametrize(("prompt", "key"), [
    ("Token „Hopfenanteil“ (HPFA), zwei Millionen Stück, und jeder Inhaber bekommt jährlich seinen Anteil am Gewinn "
     "der Brauerei", "dividends"),
    (f"Tokens para mi encargada {A}, liberados de forma lineal durante 24 meses. Si se va antes, quiero poder anular "
     "lo que todavía no se haya liberado.", "revocable"),
])
def test_asks_no_template_offers_stop_in_new_words(prompt: str, key: str) -> None:
    assert _status(accounted(prompt), key) == RequirementStatus.unmet


def test_a_name_ending_in_tokens_before_its_ticker_is_the_name() -> None:
    spec = parse("Harbour Tokens, HRBT, 1.5M supply, burnable")
    assert (spec.name, spec.symbol) == ("Harbour Tokens", "HRBT")


def test_a_metadata_url_that_has_to_be_changeable_is_updatable() -> None:
    spec = parse("ERC-1155 named Stall Stamps, metadata at https://stall.example/{id}.json; the metadata URL has to be "
                 "changeable later")
    assert "updatable_uri" in spec.features


@pytest.mark.parametrize("prompt", [
    "ferry crew token: Wake Time (WKTM), 90k supply, permit. named after our lap splits at the regatta",
    "bakery loyalty token Crumb Card, symbol CRMB, supply 40,000, 0 decimals: you can't split a croissant",
])
def test_the_word_split_without_shares_names_no_splitter(prompt: str) -> None:
    assert parse(prompt).family == "erc20"


def test_each_resale_paying_a_share_is_a_royalty_to_that_address() -> None:
    spec = parse(f"NFTs called Tram Tickets, symbol TRMT, only 90 tickets, and every resale pays 6% to the museum at {A}.")
    assert "royalties" in spec.features
    assert spec.addresses["recipient"] == A


def test_the_only_one_with_a_role_holds_it() -> None:
    spec = parse(f"token Okada Credit (OKDC), 2M supply, roles: the payout engine {A} is the only one with the minter role "
                 f"while our ops lead {B} is the admin")
    assert (spec.addresses["minter"], spec.addresses["admin"]) == (A, B)


@pytest.mark.parametrize(("prompt", "cap"), [
    ("Token «Campanario» (CMPN): 1 millón al inicio, el dueño puede acuñar más pero nunca por encima de 3 millones", "3000000"),
    ("token Reef Pass (RFPS), 2M initial supply, mintable, it must never pass 5M in total", "5000000"),
])
def test_never_above_a_number_is_a_cap(prompt: str, cap: str) -> None:
    assert parse(prompt).cap == cap


@pytest.mark.parametrize(("prompt", "feature"), [
    ("NFT «Faro Norte» (FRNT): URI propia por token, quemable, y solo yo acuño", "uri_storage"),
    ("NFT « Cave à Fromages » (CVFR) : numérotation automatique, le fromager (owner) frappe", "auto_increment"),
    ("ERC-1155-Token „Brezel Bons“, nur ich präge sie, und im Notfall will ich alles anhalten können", "pausable"),
])
def test_features_said_in_other_languages(prompt: str, feature: str) -> None:
    assert feature in parse(prompt).features


def test_frozen_goods_are_no_freeze() -> None:
    spec = accounted("Ice Box (ICBX) points for our frozen dumpling orders: 200k supply, holders may burn them")
    assert not [r for r in spec.requirements if r.status == RequirementStatus.ambiguous]


def test_a_bullet_ends_the_ability_before_it() -> None:
    spec = parse("token $GLOW (Glow Finance)\n• supply: 10,000,000\n• burn: yes, holders can burn\n• pause: NO")
    assert "pausable" in spec.disabled and "burnable" in spec.features


def test_returns_paid_out_of_new_deposits_are_refused() -> None:
    with pytest.raises(GenerationError, match="Ponzi"):
        parse("a savings token that pays early members 20% a month out of new deposits")


@pytest.mark.parametrize("prompt", [
    f"Our choir's ticket money is divided: half to {A}, and the rest to {B}. We have about 60 singers.",
    f"Split the shop's crypto income: 70% to {A} and 30% to {B}. We ship around 4 000 sheep every spring.",
])
def test_estimated_counts_of_people_or_animals_are_context(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.family == "splitter"
    assert not [r for r in spec.requirements if r.status == RequirementStatus.ambiguous]


@pytest.mark.parametrize("prompt", [
    "Procès-verbal du 3 mai. Présentes : 17 membres sur 25. Résolution 4 : jeton Olivier (OLVR), 50 000 jetons, "
    "0 décimale, pas de pause",
    "fleece certificates as NFTs, enumerable, only I mint them, 21 micron wool mostly. call it Wool Mark Grade, WMGR",
    f"multisig do clube: são 4 tesoureiros e bastam 2 assinaturas - {A}, {B}, 0x" + "1" * 40 + ", 0x" + "2" * 40,
    "Gestisco un bar con 40 posti a sedere. Vorrei un token «Caffè Lungo» (CFLG) da 100 mila unità",
    "Memo: 120 films, 5 screens. Festival token Reel Credit (RLCR), 1M supply, burnable",
])
def test_minutes_measures_seats_and_headers_are_context(prompt: str) -> None:
    spec = accounted(prompt)
    assert not [r for r in spec.requirements if r.key == "number"]


def test_an_age_of_the_asker_s_world_and_a_value_taken_back_are_no_durations() -> None:
    spec = accounted("Le musée (300 ans cette année) veut un contrat timelock : délai minimal de 48 heures (et non 24 h "
                     f"comme avant). Proposant : {A}.")
    assert spec.options["delay_seconds"] == 48 * 3600
    assert not [r for r in spec.requirements if r.status != RequirementStatus.honoured and r.key != "executors"]


def test_a_wallet_checked_against_a_list_is_an_allowlist() -> None:
    spec = accounted("press badges as NFT, name Stage Pass, symbol STPS, maximum 200 pieces; the contract must check "
                     "that their wallet is in the accreditation list before they claim")
    assert _status(spec, "allowlist") == RequirementStatus.unmet
