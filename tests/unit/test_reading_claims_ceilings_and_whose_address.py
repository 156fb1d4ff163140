"""False claims of who issues a token, a sale that delivers nothing, ceilings refused in new words, and an address
introduced as someone's that no word sends the supply to (issue 12: blind sets AG and AH, whose silent misreads these
were). Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest
from eth_utils import to_checksum_address

from agents.generation.spec_parser import parse
from agents.models import RequirementStatus
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted

A = to_checksum_address("0x" + "7" * 40)


@pytest.mark.parametrize(("prompt", "what"), [
    ("Mach mir einen Token „Digital Mark“ mit Symbol DMK, und den Kunden sagen wir, er sei von der Bundesbank "
     "ausgegeben", "impersonation"),
    ("token Peso Digital (PDG): a los clientes les decimos que está emitido por el Banco Central", "impersonation"),
    ("fake sneaker NFT drop: buyers pay 0.05 ETH, the page shows a mint, and all the ETH lands with me", "delivers nothing"),
    ("an NFT presale where buyers pay 0.2 ETH but they never get anything", "delivers nothing"),
])
def test_false_claims_and_sales_that_deliver_nothing_are_refused(prompt: str, what: str) -> None:
    with pytest.raises(GenerationError, match=f"^refused: .*{what}"):
        parse(prompt)


def test_a_stablecoin_backed_one_to_one_is_not_refused() -> None:
    spec = parse("stablecoin Harbor Dollar (HBRD), 1:1 backed by USDC reserves, 5M supply, mintable by the owner")
    assert spec.family == "erc20" and spec.initial_supply == "5000000"


@pytest.mark.parametrize("prompt", [
    f"ERC-4626 for our spice fund: Saffron Reserve (srUSDC), underlying USDC at {A}, no ceiling on deposits",
    f"Vault ERC-4626 «Olio Vault», simbolo olUSDC, sull'asset {A}, senza alcun limite ai depositi",
])
def test_no_ceiling_or_limit_on_deposits_turns_the_cap_down(prompt: str) -> None:
    assert "capped" in parse(prompt).disabled


@pytest.mark.parametrize(("prompt", "feature"), [
    ("belt certificates for our judo pupils as NFTs that can never change hands: Obi Grade, OBIG. the dojo mints each "
     "one", "soulbound"),
    ("belt certificates for our judo pupils as NFTs that can never change hands: Obi Grade, OBIG. the dojo mints each "
     "one", "mintable"),
    ("ERC-1155 for bell parts, name Bell Foundry, uri https://bells.example/{id}.json, owner mints, per-id supply",
     "supply_tracking"),
])
def test_features_in_plain_words(prompt: str, feature: str) -> None:
    assert feature in parse(prompt).features


def test_a_name_after_a_colon_keeps_its_verb_like_first_word() -> None:
    assert parse("new token for the bindery: Mint Margin, ticker MTMG. 300k up front").name == "Mint Margin"


def test_royalties_to_a_wallet_in_portuguese() -> None:
    spec = parse(f"coleção Noite Clara, sigla NCLR, limite de 500 NFTs, mint aberto a 0,01 ETH, 5% de royalties pra "
                 f"carteira {A}")
    assert spec.addresses["recipient"] == A


def test_a_person_s_address_with_no_word_for_what_it_does_stops() -> None:
    spec = accounted(f"token request sheet\n1) name: Press Mark\n2) symbol: PRSM\n3) amount: 2 million\n4) the shop "
                     f"manager can mint more, manager address {A}\n5) pause is not needed")
    assert any(r.status == RequirementStatus.ambiguous and A in str(r.value) for r in spec.requirements)


@pytest.mark.parametrize("prompt", [
    f"kayak club safe, four seat-holders, any three must aprove a payment: {A} 0x" + "1" * 40 + " 0x" + "2" * 40 +
    " 0x" + "3" * 40,
    "Coffre du club partagé entre les rameurs (" + A + ", 0x" + "1" * 40 + ", 0x" + "2" * 40 + ") : deux signatures "
    "suffisent pour sortir de l'argent",
    "From: Ana\nSubject: shared wallet for the mill money\nLet's set up a shared wallet where 2 of the 3 of us sign each "
    "payment; 40 tonnes of oil are at stake. Signers: " + A + ", 0x" + "1" * 40 + ", 0x" + "2" * 40,
])
def test_safes_strongboxes_and_money_at_stake_are_multisigs(prompt: str) -> None:
    assert parse(prompt).family == "multisig"


@pytest.mark.parametrize(("prompt", "family"), [
    ("Launch form\nCollection year: 2026\nToken name: Top Note\nTicker: TPNT\nDecimals: 4\nAmount at launch: 2 000 000",
     "erc20"),
    (f"digital twins of our prints as NFTs called Proof Sheet, symbol PRSH, only the studio mints; our editions are "
     f"usually 25 copies", "erc721"),
    ("Workshop notes\nAttendees: 5 of 6 builders\n- every one of the 30 bells gets a certificate NFT, collection name "
     "Bell Tower, symbol BLTW, hard limit 30, only the workshop mints", "erc721"),
])
def test_kind_words_in_passing_give_way(prompt: str, family: str) -> None:
    assert parse(prompt).family == family


@pytest.mark.parametrize(("prompt", "cap"), [
    ("Jeton « Praline » (PRLN) : 500 000 unités au départ, je peux en créer d'autres mais jamais au-delà d'un million",
     "1000000"),
    ("Minutes, board meeting\na) name: Barrel Dust, symbol BRDS\nb) 1,000,000 minted at launch\nc) we may mint more "
     "later, hard ceiling 3,000,000", "3000000"),
])
def test_ceilings_in_minutes_and_french(prompt: str, cap: str) -> None:
    assert parse(prompt).cap == cap


def test_a_form_answers_each_record_on_its_own_line() -> None:
    spec = parse("Token name: Low Tide\nTicker: LWTD\nInitial supply: 1 000 000\nMinting: owner only\nMore later?: yes, "
                 "never above 2 000 000\nPausing: out of scope - do not include\nDeployment: UUPS upgradeable proxy")
    assert "pausable" in spec.disabled and spec.options.get("upgradeable") == "uups"
    assert "mintable" in spec.features and spec.cap == "2000000"


@pytest.mark.parametrize(("prompt", "feature"), [
    ("field marks as NFTs, Field Tag (FLTG): every tag carries its own token URI, the coop mints, burn when sold",
     "mintable"),
    ("trophy NFTs for the Autumn Cup, symbol AUCP. club mints one per winner, burnable", "mintable"),
    ("des badges d'amarrage en ERC-1155 sous le nom « Quai Ouest », seul le bureau (owner) peut en émettre. Ces badges "
     "ne doivent jamais pouvoir changer de main.", "soulbound"),
    ("Please make NFT for grade diploma. Name is Nidan Menkyo, symbol NDMK, only dojo can mint, token id is automatic.",
     "auto_increment"),
])
def test_more_features_in_plain_words(prompt: str, feature: str) -> None:
    assert feature in parse(prompt).features


@pytest.mark.parametrize(("prompt", "off"), [
    ("„Packeis“ mit Kürzel PKIS, 2 Mio. Stück, Flash-Mint bitte einschalten, aber keinesfalls upgradebar", "upgradeable"),
    ("token Warp Fund (WRPF) with 1 million tokens. Flash loans: absolutely not.", "flashmint"),
    ("Token namens Häkelwerk mit dem Symbol HKLW, 1 Mio. Stück, und neue Tokens soll es nie geben.", "mintable"),
])
def test_refusals_said_strongly(prompt: str, off: str) -> None:
    assert off in parse(prompt).disabled


@pytest.mark.parametrize(("prompt", "key"), [
    ("Jeton « Sirop Doré » (SRPD), 500 000 unités, et chaque détenteur touche automatiquement une part des ventes",
     "dividends"),
    ("NFT «Palla Oro» (PLOR), 200 pezzi in tutto, possono coniare solo i giocatori della nostra lista", "allowlist"),
])
def test_unmet_asks_in_french_and_italian(prompt: str, key: str) -> None:
    assert any(r.key == key and r.status == RequirementStatus.unmet for r in accounted(prompt).requirements)


def test_all_of_the_owners_must_sign() -> None:
    spec = parse(f"Multisig for our studio, all 3 partners must sign every time: {A}, 0x" + "1" * 40 + ", 0x" + "2" * 40)
    assert spec.options["threshold"] == 3


def test_a_ticker_proposed_in_a_reply_replaces_the_first() -> None:
    spec = parse("Name Sap Run, ticker SAPR, 1M supply.\n> ticker SAPR\nSAPR is taken, how about SPRN?\nFine, SPRN it is.")
    assert spec.symbol == "SPRN"


def test_a_ticker_that_spells_a_family_noun_keeps_it_in_the_name() -> None:
    assert parse("fichas para el boliche: Ficha Roja, FCHR, 1 millón, con permit").name == "Ficha Roja"


@pytest.mark.parametrize(("prompt", "off"), [
    ("name: Ice Dip, sym ICDP, supply 5,000,000, owner pause switch yes, burn no, mint no", "mintable"),
    ("For the sponsors we need a token Rad Franken, symbol RDFR, 500'000 supply. Pausing yes, but burning we do not "
     "want.", "burnable"),
])
def test_records_and_postposed_refusals_turn_features_down(prompt: str, off: str) -> None:
    spec = parse(prompt)
    assert off in spec.disabled or any(r.key == off and r.value is False for r in spec.requirements)
    assert off not in spec.features


def test_imitating_a_central_bank_is_refused() -> None:
    with pytest.raises(GenerationError, match="impersonation"):
        parse("Crée un jeton « Franc BNS » qui imite la Banque nationale suisse, pour le vendre aux touristes comme une "
              "vraie monnaie officielle")


def test_more_hands_recipients_counts_and_names() -> None:
    assert "mintable" in parse("ERC-1155 « Bains Chauds », non transférables, c'est moi qui émets").features
    spec = parse(f"un token per gli ospiti chiamato Notte Chiara con ticker NTCH, 500 mila token, tutti sul wallet {A}")
    assert spec.addresses["recipient"] == A
    assert "supply_tracking" in parse("ERC-1155 vouchers, only the stand mints, keep a running count per voucher "
                                      "type, call it Lime Tickets").features
    assert parse("Catch of the Week NFT (CTWK) for our specials: auto-increment ids, I mint").name == "Catch of the Week"
