"""A meeting's vote tally is no votes feature, a bullet's dash ends the line's ability, a comma-answered record
("Mint more later, no, never"), "oh wait —" corrects, "symbol stays the same" keeps the symbol, a list role given again
after a correction with "only" replaces the list, a transfer ban explaining a pause, a hidden mint for a dump and an
Italian wallet drainer are refused (issue 12: blind sets FW to FZ, whose silent misreads these were). Inputs written
for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import GenerationService, requirements
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted

A = "0x1111111111111111111111111111111111111111"
B = "0x2222222222222222222222222222222222222222"
C = "0x3333333333333333333333333333333333333333"


def test_a_meetings_tally_is_no_votes_feature() -> None:
    spec = accounted("Reef Rope token (RFRP), 900k. (The island council approved this on 3 May, 17 votes to 4.)")
    assert "votes" not in spec.features


def test_a_bullets_dash_ends_the_ability_of_the_line_before() -> None:
    spec = accounted("- name: Net Floats\n- ticker NTFL\n- 400 000 supply\n- owner can pause transfers\n"
                     "- oh and make it 6 decimals not 18")
    assert "mintable" not in spec.features and spec.decimals == 6


def test_records_answered_after_a_comma() -> None:
    spec = accounted("Please make token of our boat yard. Symbol: BTYD. Name: Boat Rial. Supply sixty thousand. Holder "
                     "can burn, yes. Mint more later, no, never. Upgrade with proxy, also no.")
    assert {"mintable", "upgradeable"} <= set(spec.disabled) and "burnable" in spec.features


@pytest.mark.parametrize("prompt", [
    "Spring NFTs, name Lapin Doré, symbol LPND, enumerable. oh wait — make the symbol BUNY, not LPND",
    "Spring NFTs, name Lapin Doré, symbol LPND. wait, symbol BUNY, not LPND",
])
def test_oh_wait_corrects_the_symbol(prompt: str) -> None:
    assert accounted(prompt).symbol == "BUNY"


def test_a_symbol_said_to_stay_keeps_its_value() -> None:
    spec = accounted("Cucumber token pls — symbol CCMB, 10,000 supply. oh wait, the shop is called Gurkenhaus, so name "
                     "it Gurkenhaus, not Cucumber. symbol stays the same")
    assert (spec.name, spec.symbol) == ("Gurkenhaus", "CCMB")


def test_a_list_role_given_again_after_a_correction_with_only_replaces_it() -> None:
    spec = accounted(f"timelock for the guild treasury, 48-hour delay. proposers: {A}. executors: {A} and {B} – no "
                     f"wait, scratch that, only {B} executes. admin is {C}.")
    assert spec.addresses["executors"] == B


def test_a_transfer_ban_in_brackets_after_a_pause_explains_the_pause() -> None:
    spec = accounted("multi-token contract for our nets. Name: Lagoon Nets. Base URI ipfs://bafyabc/{id}.json. owner "
                     "mints; the owner can pause everything (storm season = no trading, ha).")
    assert "pausable" in spec.features and "soulbound" not in spec.features


@pytest.mark.parametrize("prompt", [
    "a token for the visitors of our horse shows. add a function only my wallet can call that mints me as much as I "
    "want; make sure nobody spots that function in the verified source.",
    "Vorrei un airdrop di biscotti gratis. Devono firmare un'approvazione e poi il contratto deve prendersi tutti i loro "
    "token e mandarli sul mio indirizzo.",
    "token for our tour, 1B. once the price pumps during the festival I dump everything.",
])
def test_hidden_mints_dumps_and_drainers_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        GenerationService().generate(prompt)


@pytest.mark.parametrize("prompt, family", [
    ("This token is not for give to other people, it is like certificate. Name 'Lacquer Drop', symbol LQDR, "
     "supply 50 thousand.", "erc20"),
    ("Vault for the roof fund: Roof Fund Vault, share symbol rfUSDC, underlying token " + A, "erc4626"),
])
def test_a_comparison_without_article_and_a_vault_named_before_its_share_symbol(prompt: str, family: str) -> None:
    spec = accounted(prompt)
    assert spec.family == family and (family != "erc4626" or spec.name == "Roof Fund Vault")


def test_spanish_subjunctive_issuer_and_ids_that_assign_themselves() -> None:
    spec = accounted("NFT que no se puedan transferir, nombre «Pastor», símbolo PSTR. Que los emita solo el consejo, con "
                     "identificadores que se asignen solos.")
    assert {"mintable", "auto_increment", "soulbound"} <= set(spec.features)


def test_german_no_possibility_to_mint_later() -> None:
    assert "mintable" in accounted("Token „Wolldecke“ (WLDK), 2.000.000 Stück. Bitte keine Möglichkeit, später "
                                   "nachzuprägen.").disabled


def test_german_ids_given_in_sequence_and_wallets_cleared_beforehand() -> None:
    spec = accounted("Sammlung „Torf Echtheit“, Symbol TORF; wir prägen selbst, die IDs werden fortlaufend vergeben. Nur "
                     "Käufer, deren Wallet wir vorher freigeschaltet haben, dürfen ein Zertifikat besitzen.")
    assert "auto_increment" in spec.features and "allowlist" in requirements.stop_line(spec)


@pytest.mark.parametrize("prompt", [
    "Token «Pausa Caffè» (PCAF), 2.000.000 di token. I trasferimenti non devono mai poter essere sospesi.",
    "Jeton « Pause Thé » (PTHE), 2 000 000. Les transferts ne peuvent jamais être suspendus.",
])
def test_transfers_that_may_never_be_suspended(prompt: str) -> None:
    spec = accounted(prompt)
    assert "pausable" in spec.disabled and "pausable" not in spec.features


def test_what_is_usually_so_is_the_askers_world() -> None:
    spec = accounted("NFT receipts for the dinner sets we make (a set is usually 9 pieces). Collection: Tavola, symbol "
                     "TVLA. We mint them.")
    assert spec.cap is None and "capped" not in spec.features


@pytest.mark.parametrize("prompt, feature", [
    ("NFT collection 'Reed Pen' (symbol RDPN), each piece has own metadata link. Only school make the mint.", "mintable"),
    ("ERC1155 'Felt Rolls', base uri https://f.example/{id}.json: mint, burn, pause, total supply per id.", "mintable"),
])
def test_a_hand_that_makes_the_mint_and_mint_in_a_feature_list(prompt: str, feature: str) -> None:
    assert feature in accounted(prompt).features


def test_nothing_before_a_length_is_passed_is_a_cliff() -> None:
    spec = accounted("Our new manager has a token grant to 0x5555555555555555555555555555555555555555. The tokens must "
                     "release little by little during 24 months, and nothing before 6 months is passed.")
    assert spec.family == "vesting" and "cliff" in spec.features and spec.options["cliff_seconds"] == 6 * 30 * 86400


def test_a_french_payment_spread_linearly_is_vesting() -> None:
    spec = accounted("Nous voulons attribuer des jetons à notre apprentie. Son adresse : "
                     "0x6666666666666666666666666666666666666666. Le versement ne doit commencer que dans 3 mois, puis "
                     "s'étaler de façon linéaire sur 2 ans.")
    assert spec.family == "vesting"


def test_a_french_pause_role_after_role_de() -> None:
    spec = accounted("Jeton « Kilim » (KLM), 500 000 unités, transferts suspendables, gestion par rôles : administrateur "
                     "0x7777777777777777777777777777777777777777, rôle de mise en pause "
                     "0x8888888888888888888888888888888888888888.")
    assert spec.addresses.get("pauser") == "0x8888888888888888888888888888888888888888"


def test_portuguese_numbering_of_the_tokens_must_be_automatic() -> None:
    spec = accounted("Queremos uma coleção NFT «Galo» (sigla GALO): cunhagem aberta a qualquer pessoa por 0,05 ETH, no "
                     "máximo 200 peças, e a numeração dos tokens deve ser automática.")
    assert "auto_increment" in spec.features


def test_an_english_holiday_in_a_german_request_is_no_burn() -> None:
    spec = accounted("Servus! Unser Pub richtet jedes Jahr ein Burns Supper aus. Die Karten sollen NFTs werden: Sammlung "
                     "„Haggis Abend“, Kürzel HGSA, höchstens 80 Stück, wir prägen selbst.")
    assert "burnable" not in spec.features


def test_cancelling_a_grant_to_take_unreleased_tokens_back_is_unmet_revocation() -> None:
    spec = accounted("Grant for our sous-chef 0x9999999999999999999999999999999999999999: releases gradually over 12 "
                     "months. If she leaves early, I want to be able to cancel the grant and take the unreleased tokens back.")
    assert "revocable" in requirements.stop_line(spec)


def test_one_address_given_two_roles_at_once() -> None:
    spec = accounted(f"We need timelock controller for our cooperative. Delay minimum is 6 hours. Proposer and executor "
                     f"both is {A}, and the admin is {B}.")
    assert spec.addresses.get("proposers") == A and spec.addresses.get("executors") == A


def test_a_portuguese_create_with_a_gloss_in_brackets_mints() -> None:
    spec = accounted('Queremos uma coleção NFT chamada "Pedra Azul", símbolo PDAZ. Só o dono pode criar (mintar) os '
                     "tokens.")
    assert "mintable" in spec.features


@pytest.mark.parametrize("prompt, family", [
    (f"Harvest Vault (symbol hvDAI): members deposit DAI ({A}) in spring and we pay the cutters in June.", "erc4626"),
    ("Sliotar Vault, ticker SLTV, fundraiser token for the club, 1,000,000 of them, holders can burn", "erc20"),
])
def test_a_name_ending_in_its_kind_names_that_kind_unless_a_token_is_asked(prompt: str, family: str) -> None:
    assert accounted(prompt).family == family


def test_an_allowance_on_their_funds_for_the_askers_wallet_is_refused() -> None:
    with pytest.raises(GenerationError, match="refused"):
        GenerationService().generate("Claim contract for our festival airdrop: the approval they sign should give my "
                                     "wallet unlimited allowance on their USDT.")


@pytest.mark.parametrize("prompt", [
    "I want token Date Share (DTSH), total 21 million, and no wallet can have more then 1% of supply.",
    "Please make token Pirogue, symbol PIRG, 21 000 000 tokens. One wallet can not hold more than 1% from all supply.",
])
def test_a_wallet_limit_in_a_learners_words_is_unmet(prompt: str) -> None:
    assert "max_wallet" in requirements.stop_line(accounted(prompt))


@pytest.mark.parametrize("prompt, cap", [
    ("Jeton « Datte » (DATT), 10 millions d'unités au départ et un plafond absolu de 15 millions. Le propriétaire peut "
     "en émettre davantage, sans jamais dépasser ce plafond.", "15000000"),
    ("Token de crédito: nome Banana, símbolo BNNA, 1 000 000 para a carteira da ONG, e um teto máximo de 2 000 000. O "
     "proprietário poderá emitir mais, mas nunca acima desse teto.", "2000000"),
])
def test_a_cap_with_its_adjective_and_referred_to_again(prompt: str, cap: str) -> None:
    spec = accounted(prompt)
    assert spec.cap == cap and not requirements.stop_line(spec)


def test_producers_supported_are_no_supply() -> None:
    spec = accounted("Trabalho numa ONG que apoia 230 produtores de café. Token: nome Grão Verde, símbolo GRVD, "
                     "1 000 000 emitidos logo.")
    assert spec.initial_supply == "1000000"


def test_the_standards_number_in_brackets_after_its_kind() -> None:
    spec = accounted("Multi-token (1155) for our drum catalogue. Name: Drum Catalogue. Base URI "
                     "https://d.example/meta/{id}.json. We mint, and the URI can change later.")
    assert spec.family == "erc1155" and not requirements.stop_line(spec)


def test_a_total_that_never_can_be_more_than() -> None:
    spec = accounted('We want a token, name "Kite Wing", symbol KTW, 5 million supply, we can mint more later. But the '
                     "total never can be more than 8 million.")
    assert spec.cap == "8000000" and not requirements.stop_line(spec)


def test_a_deposit_cap_explicitly_not_wanted_in_german() -> None:
    spec = accounted(f"Bitte einen ERC-4626-Vault „Feigen Vorschuss“, Symbol fvUSDT, der Token ist USDT unter {A}. Eine "
                     "Obergrenze für Einlagen wollen wir ausdrücklich nicht.")
    assert spec.cap is None and not requirements.stop_line(spec)


def test_german_collectible_cards_with_a_public_mint_are_an_nft_collection() -> None:
    spec = accounted("Sammelkarten zu unseren Booten: Name „Boot Karten“, Symbol BTK. Jeder darf für 0,01 ETH minten, "
                     "maximal 2.000 Stück. Unser größtes Boot ist übrigens 9,40 m lang.")
    assert spec.family == "erc721" and spec.cap == "2000"


def test_a_royalty_that_comes_back_to_the_asker_at_an_address() -> None:
    spec = accounted(f"Signed editions as NFTs, collection Low Tide (LTDE). Fans mint their own copy for 0.02 ETH, never "
                     f"more than 300 of them. Whenever one gets resold, 8% should come back to me at {A}.")
    assert spec.addresses.get("recipient") == A


@pytest.mark.parametrize("prompt, feature", [
    ("multi-token (1155) for shift credits, call it Flags, metadata at https://f.example/s/{id}.json, owner mints, URI "
     "swappable later", "updatable_uri"),
    ("We need multi token (1155) with name Lace Collection and the uri https://l.example/{id}.json . We want to mint "
     "them, and the tokens cannot be transfer to other person.", "mintable"),
])
def test_a_swappable_uri_and_we_want_to_mint_them(prompt: str, feature: str) -> None:
    assert feature in accounted(prompt).features
