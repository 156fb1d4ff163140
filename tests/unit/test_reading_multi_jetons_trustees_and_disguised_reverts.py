"""French and other multi-token words, every trustee needed to sign, wallets the asker approved (an unmet allowlist),
"Not need upgrade", a name joined by "for" after "called", a bullet line's count that is no headcount, a Portuguese
pool emptied to the asker and a revert disguised as slippage (issue 12: blind sets FK to FN, whose silent misreads
these were). Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import GenerationService, requirements
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted

A = "0x41f784b7Ffc5dFde75A159d1A4190F8bF0EF4eb6"
B = "0x4d7f3656A5aB19ebD17259E00FE0c4f15DB1428a"


@pytest.mark.parametrize("prompt", [
    "Collection multi-jetons « Bijoux Rang » pour nos modèles, URI de base : https://b.example/{id}.json, nous frappons.",
    "Colección multi-fichas «Telares» para nuestros diseños, URI https://t.example/{id}.json, acuñamos nosotros.",
])
def test_multi_token_words_in_other_languages_are_erc1155(prompt: str) -> None:
    assert accounted(prompt).family == "erc1155"


def test_a_wallet_that_needs_both_trustees_to_sign_has_both_as_threshold() -> None:
    spec = accounted(f"The club's petty-cash wallet should need BOTH treasurers to sign any payment. Treasurers: {A} and {B}.")
    assert spec.family == "multisig" and spec.options["threshold"] == 2


def test_only_wallets_the_asker_approved_is_an_unmet_allowlist() -> None:
    spec = accounted("NFT pass 'Loom Pass' (LMP), maximum 200. Members mint it by themself, but only the wallets what "
                     "we approved before can mint.")
    assert "allowlist" in requirements.stop_line(spec)


@pytest.mark.parametrize("prompt", [
    "I want token 'Copper Kettle' symbol CPKT, 500,000 token, owner can pause it. Not need upgrade.",
    "Token 'Copper Kettle' (CPKT), 500k, no upgrades ever.",
])
def test_an_upgrade_turned_down_as_a_noun(prompt: str) -> None:
    assert "upgradeable" in accounted(prompt).disabled


def test_a_name_joined_by_for_after_called() -> None:
    assert accounted("Could I get a token called Room for Jam (RFJ) with 200k supply?").name == "Room for Jam"


def test_a_bullet_lines_count_is_no_headcount_of_the_next_line() -> None:
    spec = accounted("For the guild (12 workshops):\n- token name: Lantern\n- symbol: LNTN\n- 60,000 tokens\n"
                     "- members can delegate their votes")
    assert spec.initial_supply == "60000"


@pytest.mark.parametrize("prompt", [
    "Quero o token 'Seda Azul'. Depois preciso de uma função só minha que tire tudo da pool para a minha carteira.",
    "token for our fans, 1B supply. any sell from a wallet that isnt mine must revert, and make the revert message look "
    "like a slippage error so they blame their settings",
])
def test_a_pool_emptied_to_the_asker_or_a_disguised_revert_is_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        GenerationService().generate(prompt)


def test_withdrawing_fees_from_a_pool_is_no_rug_pull() -> None:
    assert accounted("Token Sol (SOL), 1M, the owner can withdraw all fees from the pool contract").family == "erc20"


def test_never_transferred_to_someone_else_is_soulbound() -> None:
    spec = accounted("Certificats NFT « Luth » (LTH). Seul l'atelier peut les émettre, et ils ne doivent jamais pouvoir "
                     "être transférés à quelqu'un d'autre.")
    assert "soulbound" in spec.features


@pytest.mark.parametrize("prompt", [
    "ERC-1155-Vertrag „Harfe“ mit der Basis-URI https://h.example/{id}.json. Die Werkstatt prägt, Inhaber können verbrennen.",
    "Colección NFT «Cuatro» (CTR). Los mintea solo el dueño, cada uno con su propio enlace de metadatos.",
])
def test_a_named_hand_that_mints_in_german_and_spanglish(prompt: str) -> None:
    assert "mintable" in accounted(prompt).features


def test_we_dont_want_that_it_is_upgradable() -> None:
    spec = accounted("Hello, we search to make a fidelity token 'Perle' (PRL), 100000 tokens. We don't want that it is "
                     "upgradable.")
    assert "upgradeable" in spec.disabled and not spec.options.get("upgradeable")


def test_a_role_noun_right_after_an_address_binds_it() -> None:
    spec = accounted("Un jeton « Vanille » (VNL), 1 million d'unités. Rôles : 0x1111111111111111111111111111111111111111 "
                     "administrateur, 0x2222222222222222222222222222222222222222 peut frapper de nouveaux jetons.")
    assert spec.addresses.get("admin") == "0x1111111111111111111111111111111111111111"
    assert spec.addresses.get("minter") == "0x2222222222222222222222222222222222222222"


@pytest.mark.parametrize("modal", ["would", "should be able to"])
def test_an_address_that_would_mint_is_the_minter(modal: str) -> None:
    spec = accounted(f"a token with separate roles: my brother 0x3333333333333333333333333333333333333333 {modal} mint, "
                     "and I'm the admin at 0x4444444444444444444444444444444444444444. name Agave, AGV, 100k to start")
    assert spec.addresses.get("minter") == "0x3333333333333333333333333333333333333333"


def test_a_portuguese_allows_is_no_permit() -> None:
    spec = accounted('Queremos um token chamado "Grão", símbolo GRAO, com 100.000 unidades, que permita empréstimos '
                     "relâmpago (flash loans).")
    assert "permit" not in spec.features and "flashmint" in spec.features


def test_profit_shared_to_all_token_holder_by_holding_is_unmet_dividends() -> None:
    spec = accounted("Want token Lantern Share, LNSH, 1 million. Every month the profit from our lantern selling (we also "
                     "sell at the river market) must share automatic to all token holder by how much they hold.")
    assert "dividends" in requirements.stop_line(spec)
