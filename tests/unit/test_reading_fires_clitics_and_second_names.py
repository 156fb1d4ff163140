"""A furnace that burns is no burnable token, "li conio io" mints, a name given again after "no wait" beside its
ticker, German negations with the modal first, an emoji between two words, vault tickers with a lowercase prefix,
and more (issue 12: blind sets EA to ED, whose silent misreads these were). Inputs written for these tests, not taken
from the bench sets."""

from __future__ import annotations

import pytest

from tests.unit.reading import accounted

A = "0x" + "d4" * 20


def test_a_furnace_burning_is_no_burnable_token() -> None:
    spec = accounted("We are potters, our kiln is burning 1280 degrees all week. Token 'Glaze' (GLZ), 100 000, the "
                     "owner can make more.")
    assert "burnable" not in spec.features and "mintable" in spec.features


def test_a_name_with_a_fire_word_stays_burnable() -> None:
    assert "burnable" in accounted("The Kiln token (KLN) is burnable, 1M").features


@pytest.mark.parametrize("prompt", [
    "Collezione NFT «Violini» (sigla VLN) per i miei 40 strumenti: li conio io, massimo 40 pezzi.",
    "Colección NFT «Guitarras» (GTR): las acuño yo, máximo 40.",
])
def test_the_asker_named_after_the_verb_mints(prompt: str) -> None:
    assert "mintable" in accounted(prompt).features


def test_a_name_given_again_after_no_wait_beside_its_ticker() -> None:
    spec = accounted("we need a token for our circle. Name: Lagos Weave — no wait, that's the other group's. Ours is "
                     "Indigo Circle, symbol INDC. 500k tokens.")
    assert spec.name == "Indigo Circle" and spec.symbol == "INDC"


def test_german_negations_with_the_modal_first() -> None:
    spec = accounted("Token „Zapfen“, Kürzel ZPF, 1.000.000 Stück. Es dürfen niemals neue Token geschaffen werden, "
                     "einen Proxy wollen wir auch nicht, und verbrennen soll die Token niemand können.")
    assert {"mintable", "upgradeable", "burnable"} <= set(spec.disabled)


def test_an_emoji_between_two_words_ends_the_place_before_the_name() -> None:
    assert accounted("points token for our nursery in Omiya 🌲 Moss Points, ticker MOSP, 100k to start").name == \
        "Moss Points"


def test_a_vault_ticker_with_a_lowercase_prefix_beats_the_asset_ticker() -> None:
    spec = accounted(f"Vault, name is Hachi Fund and symbol hfJPYC, the asset is JPYC token at {A}.")
    assert spec.symbol == "hfJPYC"


def test_a_release_said_linear_with_a_copula_is_vesting_starting_later() -> None:
    spec = accounted(f"Vogliamo assegnare token all'allievo, indirizzo {A}. Il rilascio deve essere lineare su 12 mesi "
                     "e partire tra 30 giorni da oggi.")
    assert spec.family == "vesting" and spec.options.get("delay_seconds") == 30 * 24 * 3600


def test_french_tokens_that_never_change_wallet_and_only_one_creator() -> None:
    spec = accounted("Contrat ERC-1155 « Fil », métadonnées ipfs://bafyfil/{id}.json. Seule la coopérative crée des "
                     "jetons, et les jetons ne doivent jamais pouvoir changer de portefeuille.")
    assert {"mintable", "soulbound"} <= set(spec.features)


def test_we_need_to_mint_is_the_ability_but_not_with_an_amount() -> None:
    assert "mintable" in accounted("ERC-1155 'Tunes', base URI https://t.example/{id}. We need to mint, holders to "
                                   "burn.").features
    assert "mintable" not in accounted("Token Hyper HYP. We need to mint 1M tokens at launch.").features


def test_ids_with_an_apostrophe_go_automatic() -> None:
    assert "auto_increment" in accounted("NFT 'Recipe Cards' (RCC), everybody can mint for 0.01 eth, max 100, the "
                                         "id's go automatic.").features


def test_only_wallets_of_authorised_dealers_is_an_unmet_allowlist() -> None:
    spec = accounted("Collezione NFT «Basco» (simbolo BSC): lo coniamo solo noi. Devono poterli ricevere soltanto i "
                     "portafogli dei nostri rivenditori autorizzati.")
    assert any(r.key == "allowlist" and r.status.value == "unmet" for r in spec.requirements)
