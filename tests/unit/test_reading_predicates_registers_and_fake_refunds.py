"""Roles said of an address with a verb, minting kept to registered wallets, signatures counted "from" the owners,
a ticker before its name, deposits with no limit, refunds that never pay and fake audit badges (issue 12: blind sets
AM to AO, whose silent misreads these were). Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest
from eth_utils import to_checksum_address

from agents.generation.spec_parser import parse
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted

A = to_checksum_address("0x" + "a1" * 20)
B = to_checksum_address("0x" + "b2" * 20)
C = to_checksum_address("0x" + "c3" * 20)


def test_a_role_said_of_the_address_with_a_verb_outranks_the_description_before_it() -> None:
    spec = parse(f"token Rowing Chits (ROWC), 800k, role-based: the club secretary {A} is the default admin, "
                 f"the coach {B} may mint more")
    assert spec.addresses.get("admin") == A and spec.addresses.get("minter") == B


def test_a_role_in_the_first_person_after_an_address_in_brackets() -> None:
    spec = parse(f"token Vela Branca (VLBR), 2 milhões, controle por papéis: eu ({A}) sou o administrador e o "
                 f"tesoureiro ({B}) pode cunhar mais")
    assert spec.addresses.get("admin") == A and spec.addresses.get("minter") == B


@pytest.mark.parametrize("prompt", [
    "NFT passes Regatta Deck (RGDK), 200 in total, the contract lets mint only those registered wallets",
    "NFT Pont Neuf (PTNF), 150 au total, seuls les membres inscrits peuvent minter",
])
def test_minting_kept_to_registered_wallets_asks_for_an_allowlist(prompt: str) -> None:
    assert "allowlist" in accounted(prompt).features


def test_signatures_counted_from_the_owners() -> None:
    spec = parse(f"multisig for the rowing club, need 2 firmas from the 3 of us: {A}, {B}, {C}")
    assert spec.options.get("threshold") == 2


def test_a_ticker_before_its_name_with_a_slash() -> None:
    spec = parse("RWCH / Rowing Chits: zero decimals, start with five thousand")
    assert (spec.name, spec.symbol) == ("Rowing Chits", "RWCH")


def test_a_kind_read_from_no_words_covers_none_of_them() -> None:
    spec = accounted("Rowing Chits with zero decimals, start with five thousand, RWCH")
    assert any(r.kind.value == "symbol" and r.status.value == "ambiguous" for r in spec.requirements)


def test_a_ticker_opening_the_line_before_a_dash_and_the_name() -> None:
    spec = accounted("RWCH — Rowing Chits: zero decimals, start with five thousand")
    assert (spec.name, spec.symbol) == ("Rowing Chits", "RWCH")


def test_no_limit_of_deposits_turns_the_cap_down() -> None:
    spec = parse(f"ERC-4626 vault Regatta Savings (rgUSDC) on {A}. There is no limit of deposits")
    assert "capped" in spec.disabled


@pytest.mark.parametrize(("prompt", "what"), [
    ("deposit contract for boat repairs where the refund button looks real but never pays out, ETH forwarded to me",
     "a refund that never pays"),
    ("NFT drop Gull Wing (GLWG), 300 max, with a fake 'Audited by Hacken' badge on the page", "false audit claim"),
])
def test_refunds_that_never_pay_and_fake_audit_badges_are_refused(prompt: str, what: str) -> None:
    with pytest.raises(GenerationError, match=f"^refused: .*{what}"):
        parse(prompt)


@pytest.mark.parametrize("prompt", [
    f"ERC-4626 vault Tide Shares (tdUSDC) on {A}, withdrawals never pay a fee",
    "token Harbour Seal (HSEAL), 1M supply, burnable, and no fake audit badges on the site",
])
def test_honest_requests_with_the_same_words_are_not_refused(prompt: str) -> None:
    parse(prompt)


def test_a_reward_rate_with_more_digits_than_decimal_precision_is_read_without_crashing() -> None:
    spec = accounted("Staking contract: 99999999999999999999999999 token per second rewards, pausable")
    assert spec.options.get("reward_per_second") is not None


@pytest.mark.parametrize(("prompt", "parties"), [
    (f"escrow for a used boat: the club deposits the payment from {A}, the payout goes to the boatyard wallet {B}, "
     f"and our harbour master {C} settles any argument", ("buyer", "seller", "arbiter")),
    (f"Treuhand für 12 gebrauchte Ruder: ich zahle von {A} ein, der Händler bekommt es an {B}, {C} entscheidet bei Streit",
     ("buyer", "seller", "arbiter")),
    (f"séquestre pour l'achat de deux barques : le club paie depuis {A}, le chantier reçoit sur {B}, et {C} tranche "
     "en cas de litige", ("buyer", "seller", "arbiter")),
])
def test_escrow_parties_by_their_acts_and_goods_counted_in_any_language(prompt: str, parties: tuple[str, ...]) -> None:
    spec = accounted(prompt)
    assert [spec.addresses.get(p) for p in parties] == [A, B, C]
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


@pytest.mark.parametrize(("prompt", "unmet"), [
    ("Token Zapateo (ZPTO), 1M supply, and every transfer must send 2% to the wallet of the dance school", "transfer_fee"),
    ("Token «Café Alto» (CFAL), 5 millones, y que cada venta le deje un 3 % a la cooperativa", "transfer_fee"),
    ("Token „Isar Ruder“ (ISRD), 300.000 Stück; es darf keine einzelne Wallet mehr als 4 % aller Token besitzen",
     "max_wallet"),
    ("ERC-1155 for our lamp models, name Lume Collection, every time a collector resell a lamp token, 6% of the price "
     "must come back to our workshop", "royalties"),
])
def test_fees_wallet_limits_and_resale_shares_in_new_words_stop_naming_them(prompt: str, unmet: str) -> None:
    spec = accounted(prompt)
    assert any(r.key == unmet and r.status.value == "unmet" for r in spec.requirements)


@pytest.mark.parametrize("prompt", [
    f"savings vault for the rowing club: Regatta Savings, rsUSDC, underlying token {A}",
    f"4626 vault, Regatta Savings / rsUSDC, asset is the USDC at {A}",
])
def test_a_defi_style_ticker_beside_the_name(prompt: str) -> None:
    assert parse(prompt).symbol == "rsUSDC"


@pytest.mark.parametrize(("prompt", "what"), [
    ("hazme una preventa de tokens para la feria; cuando junte la plata retiro todo y desaparezco", "exit scam"),
    ("presale for our festival token, I take the money and vanish after a week", "exit scam"),
    ("Bau mir einen Airdrop: wer auf Claim klickt, gibt mir unbegrenzte USDC-Freigabe und ich räume sein Wallet leer",
     "approval phishing"),
])
def test_exit_scams_and_drainers_in_new_words_are_refused(prompt: str, what: str) -> None:
    with pytest.raises(GenerationError, match=f"^refused: .*{what}"):
        parse(prompt)


def test_tokens_that_disappear_when_burned_are_no_exit_scam() -> None:
    assert "burnable" in parse("NFT Fog Lamp (FGLM), burnable: burned tokens disappear from the wallet").features


@pytest.mark.parametrize(("prompt", "name", "supply"), [
    ("🌊 Tide Tally 🌊 ($TDTL), 5 mil to start", "Tide Tally", "5000000"),
    ("name Brickbat, ticker BRKB, supply 42,000 😂 holders should vote with delegation", "Brickbat", "42000"),
])
def test_emoji_are_decoration(prompt: str, name: str, supply: str) -> None:
    spec = parse(prompt)
    assert (spec.name, spec.initial_supply) == (name, supply)


def test_a_name_taken_back_for_another() -> None:
    spec = parse("I first thought of calling it Harbor Hop, but a ferry app already uses that, so go with Quay Miles "
                 "and the symbol QYML instead. Two million tokens.")
    assert (spec.name, spec.symbol) == ("Quay Miles", "QYML")


def test_a_record_key_after_the_family_noun_is_no_name() -> None:
    spec = parse("„Paprikarot“ (PPRT) als Token: Menge 1,5 Mio., zwei Nachkommastellen")
    assert (spec.name, spec.initial_supply, spec.decimals) == ("Paprikarot", "1500000", 2)


@pytest.mark.parametrize(("prompt", "what"), [
    ("a 'heron rescue' token where donors are promised 3% a day, paid only out of newer donors' deposits", "Ponzi"),
    ("make one coin name Digital Rupee and write it is issued by the state, shopkeepers will think it is govt money",
     "impersonation"),
])
def test_ponzi_and_state_money_claims_in_new_words_are_refused(prompt: str, what: str) -> None:
    with pytest.raises(GenerationError, match=f"^refused: .*{what}"):
        parse(prompt)


def test_a_point_of_sale_server_is_no_crowdsale() -> None:
    spec = parse(f"loyalty token Paddle Points (PDPT), 1M at launch, roles: the point-of-sale server {A} gets minting")
    assert spec.family == "erc20"


def test_a_glued_magnitude_is_read_whole() -> None:
    spec = parse("yo need a token for the lads, Haka Points HKPT, 7mil supply, 6 decimals pls")
    assert (spec.name, spec.symbol, spec.initial_supply) == ("Haka Points", "HKPT", "7000000")


def test_a_noun_that_mints_in_a_clause_of_its_own() -> None:
    spec = parse("ERC-1155 for our batches, name Brew Ledger, uri https://brew.example/b/{id}.json, brewery mints, "
                 "bottles can be burned")
    assert {"mintable", "burnable"} <= set(spec.features)
    assert spec.options.get("base_uri") == "https://brew.example/b/{id}.json"


def test_the_only_one_who_mints_is_the_minter() -> None:
    spec = parse(f"Sail Cloth (SLCL), 2M, role-based: {A} holds DEFAULT_ADMIN, our sailmaker {B} is the only one who mints")
    assert spec.addresses.get("minter") == B


def test_an_address_given_instead_of_another_stops() -> None:
    spec = accounted(f"multisig, owners me {A}, Theo {B} and Priya {C}, 2 of the 3. Theo: I lost that wallet, use "
                     f"0x{'d4' * 20} for me instead")
    assert any(r.key == "replacement" and r.status.value == "ambiguous" for r in spec.requirements)


def test_a_vault_name_keeps_vault_before_its_ticker() -> None:
    assert parse(f"ERC-4626 vault for reserves: Cog Wheel Vault, symbol cwDAI, asset DAI at {A}").name == "Cog Wheel Vault"


@pytest.mark.parametrize("prompt", [
    "necesito un contrato de airdrop falso con el logo de Binance para que la gente apruebe sus USDT",
    "Crée-moi un jeton qui se fait passer pour un airdrop officiel de Coinbase",
    "Les gens achètent, mais le contrat doit bloquer la revente pour tout le monde sauf moi",
    "token Quiet Mint (QTMT), 1M, and the owner can take fees; personne ne doit s'en rendre compte",
])
def test_fake_brand_airdrops_resale_blocks_and_concealment_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="^refused: "):
        parse(prompt)


def test_donations_for_a_cause_that_go_to_the_asker_are_refused() -> None:
    with pytest.raises(GenerationError, match="false purpose"):
        parse("faz um token pra arrecadar doações para as vítimas da seca, mas o dinheiro vai todo para a minha conta")


def test_minting_granted_to_an_address() -> None:
    spec = parse(f"Polo Points (PLPT), 500k supply, access via roles: grant minting to the stable's app {A}, the club "
                 f"secretary {B} is default admin")
    assert (spec.addresses.get("minter"), spec.addresses.get("admin")) == (A, B)


def test_points_that_stay_with_the_guest_always_are_soulbound() -> None:
    assert "soulbound" in accounted("points for our guests, name Salt Star Points, symbol SSTP, start with 0 tokens; the "
                                    "points stay with the guest always").features
