"""A quoted word explained or describing the asker's things is no name, a free public mint costs nothing, tokens
that cannot be passed on are soulbound, a proxy kind misspelt is still that kind, and more (issue 12: blind sets DS
to DV, whose silent misreads these were). Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from hyperagent.errors import GenerationError
from tests.unit.reading import accounted, option_readings

A, B, C = "0x" + "a1" * 20, "0x" + "b2" * 20, "0x" + "c3" * 20


@pytest.mark.parametrize("prompt, name", [
    ("token Bursztyn (BRSZ) - 'bursztyn' means amber in Polish. 400k supply", "Bursztyn"),
    ("NFT collection Oak & Ash for our old 'Kalevala' log saunas. Symbol OKAS. We mint them.", "Oak & Ash"),
])
def test_a_quoted_gloss_or_description_of_the_askers_things_is_no_name(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


def test_a_quoted_name_before_the_contract_noun_is_still_the_name() -> None:
    assert accounted("Please make our 'Kalevala' token, symbol KLV, 1M supply").name == "Kalevala"


def test_a_free_public_mint_costs_nothing() -> None:
    spec = accounted("NFT visitor pass 'Forge Day', symbol FGD. Anyone can mint one for free, max 500.")
    assert spec.options.get("price_wei") == "0" and "public_mint" in spec.features


def test_the_owner_minting_for_free_asks_no_public_mint() -> None:
    spec = accounted("NFT 'Forge Day', symbol FGD, max 500; the owner mints them for free to members.")
    assert "public_mint" not in spec.features and "price_wei" not in spec.options


@pytest.mark.parametrize("prompt", [
    "ERC-1155 'Session Pass', uri https://sp.example/{id}. Passes can't be passed on, we mint them.",
    "Colección NFT 'Diploma Taller', símbolo DPT. Los diplomas no se pueden pasar a otra persona; solo nosotros los emitimos.",
    "Collezione NFT 'Attestati', simbolo ATT. Gli attestati non possono essere ceduti ad altri; li coniamo solo noi.",
])
def test_tokens_that_cannot_be_passed_on_are_soulbound(prompt: str) -> None:
    assert "soulbound" in accounted(prompt).features


def test_a_misspelt_transparent_proxy_is_still_transparent() -> None:
    assert accounted("Upgradeable ERC20 with a transparant proxy, 'Walnut', symbol WLN, 1000 tokens").options.get(
        "upgradeable") == "transparent"


def test_a_supply_said_fixed_after_a_comma_turns_minting_off() -> None:
    assert "mintable" in accounted("token Cobalt Glaze / CBGL, 600k supply, fixed forever").disabled


def test_a_question_answered_no_by_a_following_sentence_turns_nothing_off() -> None:
    spec = accounted("An ERC20 'Coast' (CST) with 8 million tokens that holders can burn? No proxy please.")
    assert "burnable" in spec.features and "upgradeable" in spec.disabled


def test_a_spanish_reflexive_pause_is_the_pause_feature() -> None:
    assert "pausable" in accounted("Token 'Paja', símbolo PJA, 1000 tokens. No debe poder pausarse.").disabled


def test_who_may_pause_then_a_comma_names_the_pauser() -> None:
    spec = accounted(f"Token 'Jeep Oro', símbolo JPO, 10 millones, con roles: el administrador será {A} y quien pueda "
                     f"pausar las transferencias, {B}.")
    assert spec.addresses.get("pauser", "").lower() == B


def test_a_french_escrow_with_a_paid_party_and_a_dispute() -> None:
    spec = accounted(f"Un client paie depuis {A}, l'atelier est payé sur {B}, et notre présidente {C} tranche en cas de "
                     "litige. Si rien n'est livré au bout de 30 jours, le client récupère son argent.")
    assert spec.family == "escrow"
    assert {k: v.lower() for k, v in spec.addresses.items() if k in ("buyer", "seller", "arbiter")} == \
        {"buyer": A, "seller": B, "arbiter": C}


def test_ids_that_assign_themselves_under_a_modal_count_up() -> None:
    assert "auto_increment" in accounted("Collezione NFT «Pietre», simbolo PTR, massimo 300: gli ID devono assegnarsi "
                                         "da soli. Coniamo solo noi.").features


def test_more_issued_later_by_the_owner_is_minting() -> None:
    assert "mintable" in accounted("Un jeton « Peau », symbole PEA, 100 000 unités, que le propriétaire pourra "
                                   "compléter par de nouvelles émissions.").features


@pytest.mark.parametrize("prompt", [
    "NFT airdrop for fans: when they connect and approve, the contract takes all tokens from their wallet to my address.",
    "Airdrop 'Roda', claim page gets people to approve unlimited USDC, then I sweep their wallets at night.",
])
def test_wallets_swept_to_the_asker_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)


@pytest.mark.parametrize("prompt", [
    "Token 'Strand' (STR), 600k. Voting with delegation. Don't put it behind a proxy.",
    "Token for our co-op «Ink Credit», symbol INKC, 1,250,000. Permit please, and do NOT put it behind a proxy.",
])
def test_a_proxy_refused_with_a_pronoun_between_is_no_upgrade(prompt: str) -> None:
    spec = accounted(prompt)
    assert "upgradeable" in spec.disabled and "upgradeable" not in spec.options


def test_a_role_address_asks_for_its_ability() -> None:
    spec = accounted(f"Contrato ERC-1155 «Peças», URI https://p.example/{{id}}.json. Gestão por papéis: administrador {A}, "
                     f"quem cunha é {B}.")
    assert "mintable" in spec.features and spec.addresses.get("minter", "").lower() == B


def test_a_role_named_in_brackets_after_the_address() -> None:
    spec = accounted(f"Token «Tambor», símbolo TMB, 1 millón, tope de 2 millones. Solo puede acuñar más la cuenta {A} "
                     f"(rol de acuñador), y el administrador de roles es {B}.")
    assert spec.addresses.get("minter", "").lower() == A


@pytest.mark.parametrize("prompt", [
    "NFT collection «Pannelli», simbolo PNL: chiunque può coniare a 0,02 ETH, massimo 300 pezzi.",
])
def test_a_public_mint_in_italian_asks_no_owner_mint(prompt: str) -> None:
    spec = accounted(prompt)
    assert "public_mint" in spec.features and "mintable" not in spec.features


@pytest.mark.parametrize("prompt", [
    "Collezione NFT «Maglie», simbolo MGL. Solo noi possiamo coniare e gli ID vengono assegnati in automatico.",
    "Collection NFT « Harpes », symbole HRP. Les numéros sont attribués automatiquement.",
])
def test_ids_assigned_automatically_in_the_passive_count_up(prompt: str) -> None:
    assert "auto_increment" in accounted(prompt).features


@pytest.mark.parametrize("prompt", [
    "Coleção NFT «Xailes», símbolo XAL. Só a dona do contrato cunha, e cada peça tem o seu link.",
    "ERC1155 'Drum Parts', metadata https://dp.example/{id}. Items are minted to a workshop.",
])
def test_minting_said_by_who_mints_or_in_the_passive(prompt: str) -> None:
    assert "mintable" in accounted(prompt).features


def test_pointing_the_uri_somewhere_else_later_is_updatable() -> None:
    spec = accounted("ERC-1155 'Panels', metadata https://p.example/{id}.json. We mint, and we need a way to point the "
                     "URI somewhere else later.")
    assert option_readings(spec).get("updatable_uri") == (True, "honoured")


def test_an_arabic_article_inside_a_name() -> None:
    assert accounted(f"A Governor named Dar al-Hikma on our token {A}, quorum 4%").name == "Dar al-Hikma"


@pytest.mark.parametrize("prompt", [
    "Token 'Cork Share' (CKS), 1.000.000. Every year the profit must go automatic to everybody who hold the token, "
    "in proportion of how much they have.",
    "Token «Fuelle», símbolo FLL, 700.000, y que las ganancias se repartan solas entre los que tengan tokens.",
])
def test_profit_shared_among_holders_in_other_words_is_an_unmet_dividend(prompt: str) -> None:
    assert any(r.key == "dividends" and r.status.value == "unmet" for r in accounted(prompt).requirements)


def test_a_portuguese_correction_of_the_initial_amount() -> None:
    assert str(accounted("Token „Fole“ (FOL): 2 milhões de tokens iniciais. Ah, corrigindo: são 2,5 milhões iniciais, "
                         "não 2.").initial_supply) == "2500000"


def test_the_shops_name_is_not_the_tokens() -> None:
    spec = accounted("Our shop is literally called Mint Condition Bandoneones, so the token should be named Mint "
                     "Condition, ticker MNTC. 50k tokens.")
    assert spec.name == "Mint Condition"


def test_a_ticker_taken_back_after_actually() -> None:
    assert accounted("Points for our school: Dojo Mark, ticker DJMK... actually DOJO reads better, use DOJO. The owner "
                     "mints them.").symbol == "DOJO"


def test_a_blanket_approval_then_sweeping_their_tokens_is_refused() -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted("Airdrop 'Amber Claim': claimers sign one blanket approval, then the contract sweeps all their tokens "
                  "and NFTs over to our wallet.")
