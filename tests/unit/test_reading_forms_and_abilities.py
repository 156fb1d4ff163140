"""Reading rules (issue 12) for forms, names a ticker spells and abilities nobody asked for: a form's dot leaders
are a label's colon, "0x.. = minter" binds, a capitalised name the ticker abbreviates is the name wherever it stands
(and a kind word inside it, "Launch Vault token", names no vault), an ordinal date is no number, "a 4626 vault" is the
standard, "our 3 clinics" is the asker's world, a value said again is the same value, "flash-mintable" is flash
minting, a public mint gives the owner no free mint, "exclusive prints" mint nothing, "mint is not needed" turns
minting down. Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation.spec_parser import parse
from tests.unit.reading import accounted

_A = "0x" + "a1" * 20
_B = "0x" + "b2" * 20


def _open(spec) -> list[str]:
    return [r.text for r in spec.requirements if r.status.value != "honoured"]


def test_a_form_with_dot_leaders_reads_as_labels() -> None:
    spec = accounted("TOKEN FORM\nToken name ....... Salt Road\nSymbol .......... SLTR\nDecimals ........ 2\n"
                     f"Initial supply .. 40,000\nMinting ......... roles; backend {_A} = minter, {_B} = admin\n")
    assert (spec.name, spec.symbol, spec.decimals, spec.initial_supply) == ("Salt Road", "SLTR", 2, "40000")
    assert spec.addresses.get("minter", "").lower() == _A and spec.addresses.get("admin", "").lower() == _B
    assert not _open(spec)


@pytest.mark.parametrize(("prompt", "name"), [
    ("Night Owl 🦉 library token, NOWL, 20k supply", "Night Owl"),
    ("Thunderbolt token for the gym, ticker $THBT, 50k", "Thunderbolt"),
    ("Launch Vault token (LVLT), 8,000 supply", "Launch Vault"),
])
def test_the_name_the_ticker_spells(prompt: str, name: str) -> None:
    spec = accounted(prompt)
    assert spec.family == "erc20" and spec.name == name and not _open(spec)


def test_an_ordinal_date_is_no_number() -> None:
    spec = accounted("token Quay Points (QYPT), 10,000 supply. Send questions by Monday 21st.")
    assert spec.initial_supply == "10000" and not _open(spec)


@pytest.mark.parametrize("prompt", [
    f"4626 vault Dune Yield (dyUSDC) over the USDC at {_A}",
    "token for our 3 dental clinics: Molar Miles, MOLR, 2 million supply",
])
def test_a_standard_number_and_the_askers_own_count_are_context(prompt: str) -> None:
    assert not _open(accounted(prompt))


def test_a_value_said_again_after_a_correction_is_the_same_value() -> None:
    spec = accounted("token Hive Gold (HVGD): 900,000 tokens, or wait, 90,000 is enough, so 90,000.")
    assert spec.initial_supply == "90000" and not _open(spec)


def test_a_misspelt_ticker_keyword() -> None:
    assert accounted("need a token 4 the garage, Gear Cash, tikcer GRCS, 5 mil supply").symbol == "GRCS"


def test_store_credit_is_a_token_not_a_storage_contract() -> None:
    assert parse("Gutter Page (GTPG) store credit for the comic shop: 2M supply").family == "erc20"


def test_flash_mintable_is_flash_minting_not_owner_minting() -> None:
    spec = accounted("token Ember Loan (EMBL), 1M supply, flash-mintable per ERC-3156")
    assert "flashmint" in spec.features and "mintable" not in spec.features


def test_a_public_mint_gives_the_owner_no_free_mint() -> None:
    spec = accounted("NFT collection Paper Cranes (PCRN), max 1,000, anyone can mint one for 0.01 ETH")
    assert spec.options["template_options"]["public_mint"] is True
    assert spec.options["template_options"]["mintable"] is False


def test_an_owner_mint_named_beside_a_public_mint_stays() -> None:
    spec = accounted("NFT collection Paper Cranes (PCRN), max 1,000, anyone can mint for 0.01 ETH and the owner "
                     "can also mint for free")
    assert spec.options["template_options"]["mintable"] is True


def test_prints_as_a_noun_mint_nothing() -> None:
    spec = accounted("token Lens Club (LENS), 1M supply, holders can burn tokens to unlock exclusive prints")
    assert "mintable" not in spec.features


def test_minting_turned_down_after_the_word() -> None:
    spec = accounted(f"token Tile Grout (TLGR), 750 thousand total, owner {_A} can pause it, mint is not needed")
    assert spec.options["template_options"]["mintable"] is False
    assert spec.addresses.get("owner", "").lower() == _A and not _open(spec)


@pytest.mark.parametrize("prompt", [
    f"Tally Credit (TLYC): 5M supply, roles, MINTER to the billing daemon {_A}, DEFAULT_ADMIN to the ops multisig {_B}",
    f"token Harbour Pass (HBPS), 2M to the treasury {_A}, and the board multisig {_B} is the default admin",
])
def test_a_multisig_named_before_an_address_describes_it(prompt: str) -> None:
    assert parse(prompt).family == "erc20"


@pytest.mark.parametrize("prompt", [f"Escrow: {_A} settles disputes; {_B} pays", f"2/3 multisig: {_A}, {_B}, 0x{'c3' * 20}"])
def test_a_kind_before_a_colon_and_its_parties_is_still_the_kind(prompt: str) -> None:
    assert parse(prompt).family in ("escrow", "multisig")


def test_people_present_at_a_meeting_are_no_threshold() -> None:
    spec = parse("Meeting notes, vol. 12 issue 4 | Present: 5 of 7 members | token Quill Points (QLPT), 300k supply")
    assert spec.family == "erc20" and spec.initial_supply == "300000"


_OWNERS4 = ", ".join("0x" + c * 40 for c in "1234")


@pytest.mark.parametrize("prompt", [
    f"shared wallet for the club fund where any 3 of our 4 trustees approve each payment: {_OWNERS4}",
    f"cartera compartida del refugio: cualquier pago lo aprueban tres de los cuatro guardas ({_OWNERS4})",
    f"Gemeinsame Kasse des Vereins: jede Zahlung braucht 3 der 4 Vorstandsunterschriften – {_OWNERS4}",
])
def test_a_shared_wallet_whose_payments_need_approvals_is_a_multisig(prompt: str) -> None:
    assert parse(prompt).family == "multisig"


def test_an_auction_company_is_a_setting_not_an_auction_contract() -> None:
    spec = parse("Token request form: 1. Company: Hilltop Cattle Auction Co. 2. Token name: Prime Cut 3. Symbol: PRCT "
                 "4. Supply: 3 million")
    assert spec.family == "erc20"
