"""A feature asked for and then taken back ("Actually scratch the pausing") is left out, a count in brackets ("(we
have 38 graduates this year)") never becomes the supply, "Decimals zero please" is read, "Token IDs: assigned
sequentially" asks for auto-increment, a vault's "shares called rsEURC" is its symbol, an address that "should be
allowed to mint" is the minter, and "a cat named Garamond" is no contract's name (issue 12: the silent misreads left
from blind sets GT and HW to HZ). Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import requirements
from tests.unit.reading import accounted

A = "0x3333333333333333333333333333333333333333"
B = "0x4444444444444444444444444444444444444444"


@pytest.mark.parametrize(("prompt", "kept", "dropped"), [
    ("Coin Kettle Drum (KTDR), 200k supply, mintable. Oh and make it pausable. Actually scratch the pausing, keep it lean.",
     "mintable", "pausable"),
    ("Coin Kettle Drum (KTDR), 200k supply, pausable and burnable. Hmm, ditch the burning part.", "pausable", "burnable"),
    ("Coin Kettle Drum (KTDR), 200k supply, burnable. Mintable too. Actually forget the minting.", "burnable", "mintable"),
])
def test_a_feature_taken_back_is_left_out(prompt: str, kept: str, dropped: str) -> None:
    spec = accounted(prompt)
    assert kept in spec.features and dropped not in spec.features and dropped in spec.disabled
    assert not requirements.stop_line(spec)


def test_a_feature_turned_down_then_asked_for_after_all_is_built() -> None:
    spec = accounted("Coin Kettle Drum (KTDR), 200k supply, not pausable. Actually, make it pausable after all.")
    assert "pausable" in spec.features and "pausable" not in spec.disabled


def test_a_feature_both_asked_and_refused_without_a_correction_still_stops() -> None:
    assert "pausable" in requirements.stop_line(accounted("Coin Kettle Drum (KTDR), 200k supply, pausable, not pausable."))


def test_scratch_without_the_article_turns_nothing_down() -> None:
    spec = accounted("We build our coin from scratch, pausable: Kettle Drum (KTDR), 200k supply.")
    assert "pausable" in spec.features and "pausable" not in spec.disabled


@pytest.mark.parametrize("prompt", [
    "Non-transferable token Rope Badge, symbol RPBG. The academy mints one when a rigger qualifies (we have 27 "
    "qualified riggers this spring).",
    "Soulbound token Rope Badge (RPBG), mintable by the academy (we train 27 riggers a year).",
])
def test_a_count_in_brackets_is_no_supply(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.initial_supply is None and "mintable" in spec.features


def test_a_count_of_the_askers_things_outside_brackets_still_falls_back_to_the_supply() -> None:
    assert accounted("Token Rope Badge (RPBG), we have 27 riggers, one token each").initial_supply in ("27", None)


@pytest.mark.parametrize(("prompt", "decimals"), [
    ("Token Glacier Pass (GLCP), supply 2 millions. Decimals zero please.", 0),
    ("Token Glacier Pass (GLCP), supply 2 millions, decimals set to zero.", 0),
    ("Token Paso Glaciar (PGLC), 2 millones, decimales cero.", 0),
    ("Token Glacier Pass (GLCP), 2 millions, 18 decimals no pausing.", 18),
])
def test_decimals_with_their_value_in_words_after_the_keyword(prompt: str, decimals: int) -> None:
    spec = accounted(prompt)
    assert spec.decimals == decimals and not requirements.stop_line(spec)


@pytest.mark.parametrize("prompt", [
    "NFT Harbour Lamps (HBLP), max 300, token IDs: assigned sequentially, owner mints.",
    "NFT Harbour Lamps (HBLP), max 300; the ids are given out in order, one after another; owner mints.",
    "NFT Harbour Lamps (HBLP), max 300, ids will be issued consecutively, owner mints.",
])
def test_ids_assigned_in_order_ask_for_auto_increment(prompt: str) -> None:
    assert "auto_increment" in accounted(prompt).features


def test_ids_assigned_by_a_person_ask_for_no_auto_increment() -> None:
    assert "auto_increment" not in accounted("NFT Harbour Lamps (HBLP), max 300, ids assigned by the owner, owner mints.").features


@pytest.mark.parametrize("prompt", [
    f"vault for the rowing club's savings: Oarlock Vault, shares called olUSDC, underlying USDC at {A}.",
    f"ERC-4626 vault named Oarlock Vault, the share token is named olUSDC, asset {A}.",
])
def test_a_vaults_shares_called_by_a_ticker_give_its_symbol(prompt: str) -> None:
    spec = accounted(prompt)
    assert (spec.family, spec.name, spec.symbol) == ("erc4626", "Oarlock Vault", "olUSDC")


def test_shares_called_by_a_name_are_still_the_name() -> None:
    spec = accounted("An ERC20 for our co-op, the shares called Tidewater Shares, 1000 supply.")
    assert spec.name == "Tidewater Shares"


@pytest.mark.parametrize("prompt", [
    f"Token Tar Rope (TRRP), 600k supply, cap 1M, roles. Our archivist at {A} should be allowed to mint more.",
    f"Token Tar Rope (TRRP), 600k supply, cap 1M, roles. {A} must be permitted to mint up to the cap.",
])
def test_an_address_allowed_to_mint_is_the_minter(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.addresses.get("minter") == A and "recipient" not in spec.addresses


@pytest.mark.parametrize("prompt", [
    "Our bindery has a dog named Quarto who sleeps on the press. A loyalty token would be nice: call it Spine Credit, "
    "symbol SPCR, 10k supply.",
    "We keep a parrot called Vellum in the shop. Make a token named Spine Credit (SPCR), 10k supply.",
])
def test_a_pet_named_before_the_token_is_no_name(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.name == "Spine Credit" and spec.symbol == "SPCR"


def test_a_token_named_after_an_article_is_still_the_name() -> None:
    assert accounted("We want a token named Spine Credit, symbol SPCR, 10k supply.").name == "Spine Credit"


# ---- blind sets IA to ID ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("prompt", [
    "Project: journeyman diplomas\nCollection name: Dovetail Diploma\nSymbol: DVTL\nWho mints: guild council only",
    "NFT Dovetail Diploma (DVTL). Who can mint: the workshop office.",
])
def test_a_record_naming_who_mints_asks_for_minting(prompt: str) -> None:
    assert "mintable" in accounted(prompt).features


@pytest.mark.parametrize("prompt", [
    "NFT Dovetail Diploma (DVTL), 0.02 ETH each. Who mints: anyone.",
    "NFT Dovetail Diploma (DVTL), 40 pieces. Who mints: nobody after deployment.",
])
def test_a_record_naming_nobody_or_the_public_asks_for_no_owner_minting(prompt: str) -> None:
    assert "mintable" not in accounted(prompt).features


@pytest.mark.parametrize("prompt", [
    "NFT Tidal Chart (TDCH) for our harbour maps. Number of token please increase automatically. Only we mint.",
    "Collection NFT « Cartes Marines » (CTMR) : c'est la capitaine de port qui les émet, une par carte.",
    "Colección NFT Cartas Náuticas (CRTN): es el jefe de muelle quien las acuña.",
])
def test_learners_and_cleft_minters(prompt: str) -> None:
    spec = accounted(prompt)
    assert "mintable" in spec.features or "auto_increment" in spec.features
    if "automatically" in prompt:
        assert "auto_increment" in spec.features


@pytest.mark.parametrize(("prompt", "feature"), [
    ("ERC-1155-Vertrag namens „Wellen-Abzeichen“. Der Verein soll neue Abzeichen ausgeben können.", "mintable"),
    ("ERC-1155-Vertrag namens „Wellen-Abzeichen“. Wir wollen pro Abzeichen-Typ sehen, wie viele insgesamt existieren.",
     "supply_tracking"),
    ("ERC-1155-Vertrag namens „Wellen-Abzeichen“. Die Abzeichen dürfen nicht an andere weitergegeben werden können.",
     "soulbound"),
    ("ERC1155 'Tide Cards' for our surf school; for each card type we want to see how many exist.", "supply_tracking"),
])
def test_a_german_multi_token_says_what_it_needs_in_its_own_order(prompt: str, feature: str) -> None:
    assert feature in accounted(prompt).features


def test_a_price_per_card_type_is_no_supply_tracking() -> None:
    spec = accounted("ERC1155 'Tide Cards' for our surf school; per card type, a price of 5 euros; how many we sell "
                     "is our business.")
    assert "supply_tracking" not in spec.features


@pytest.mark.parametrize("prompt", [
    "Contrato multitoken llamado Sellos del Puerto. La URI base es ipfs://bafysellos/{id}.json y el dueño tiene que "
    "poder cambiarla más adelante. Solo el puerto acuña.",
    "Collection ERC1155 « Sceaux du Port ». L'URI de base est ipfs://bafysceaux/{id}.json, et le propriétaire doit "
    "pouvoir la modifier plus tard.",
])
def test_a_uri_then_a_verb_whose_pronoun_stands_for_it_is_updatable(prompt: str) -> None:
    assert "updatable_uri" in accounted(prompt).features


@pytest.mark.parametrize("prompt", [
    "Token «Lince» (LNCE): 300.000 subito, altri li conieremo più avanti.",
    "Token «Lince» (LNCE): 300.000 subito, altri ne conieremo più avanti.",
    "Token Lince (LNCE): 300.000 ahora, acuñaremos más adelante.",
    "Jeton Lynx (LYNX) : 300 000 maintenant, nous en frapperons plus tard.",
])
def test_minting_said_in_the_future_asks_for_minting(prompt: str) -> None:
    spec = accounted(prompt)
    assert "mintable" in spec.features and not requirements.stop_line(spec)


def test_minting_in_the_future_turned_down_is_no_minting() -> None:
    spec = accounted("Token «Lince» (LNCE): 300.000 subito, non ne conieremo altri più avanti.")
    assert "mintable" not in spec.features
