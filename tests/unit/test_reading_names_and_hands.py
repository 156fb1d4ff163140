"""Reading rules (issue 12) for who the request names and who acts: a name that no keyword introduces is the first
capitalised phrase opening no sentence, listed with that reason (a sentence's first word is capitalised by grammar:
"Solo dev here." names nothing); every address given to a wallet or a split is one of its owners or payees, whatever
the sentence calls the person (chair, treasurer); minting kept to one hand said with an aside ("only the museum, as
owner, mints", "solo yo, como dueña, las emito"); a negation in an earlier clause denies no later ability. Inputs
written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation.spec_parser import parse
from tests.unit.reading import accounted, option_readings

_A, _B, _C = ("0x" + "1" * 40, "0x" + "2" * 40, "0x" + "3" * 40)


@pytest.mark.parametrize(("prompt", "name"), [
    ("Solo dev here. ERC-1155 for my card game's skins, Emberfall Vault, metadata at https://x.example/{id}.json.",
     "Emberfall Vault"),
    ("Hobby project. Need an ERC-20 for the Quillmoor Reading Circle, 5000 tokens.", "Quillmoor Reading Circle"),
    ("Could you set up an ERC20 for the Brackenridge Rowing Club, 10k supply?", "Brackenridge Rowing Club"),
])
def test_a_name_no_keyword_introduces_is_the_first_mid_sentence_capitalised_phrase(prompt: str, name: str) -> None:
    spec = accounted(prompt)
    assert spec.name == name
    listed = next(r for r in spec.requirements if r.key == "name")
    assert listed.value == name and "capitalised" in (listed.reason or "")


@pytest.mark.parametrize("prompt", [
    "Quick one. ERC-20 with 5000 tokens, burnable.",
    "Hey! Make me an NFT collection, enumerable.",
])
def test_a_capitalised_sentence_opening_is_no_name(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.name in ("My Token", "My NFT")
    assert not any(r.key == "name" for r in spec.requirements)


def test_a_capitalised_phrase_at_a_line_start_is_skipped_whole() -> None:
    spec = accounted("## Plan\n**Copperfin Owls**, an NFT drop with 300 pieces max")
    assert spec.name != "Owls"


@pytest.mark.parametrize(("prompt", "family", "key"), [
    (f"Multisig for the club: chair {_A}, treasurer {_B}, secretary {_C}. Any two of the three must sign.",
     "multisig", "owners"),
    (f"Payment splitter: the founder {_A} gets 50%, our treasurer {_B} 30%, the designer {_C} 20%.", "splitter",
     "payees"),
])
def test_every_address_of_a_wallet_or_split_takes_its_one_role(prompt: str, family: str, key: str) -> None:
    spec = parse(prompt)
    assert spec.family == family
    listed = next(r for r in spec.requirements if r.key == key)
    assert [a.lower() for a in listed.value] == [_A, _B, _C]
    assert not any(r.key == "recipient" for r in spec.requirements)


@pytest.mark.parametrize("prompt", [
    "An ERC-721 called Tidewater Prints, symbol TWP: only the gallery, as owner, mints.",
    "Colección NFT Faro Norte, símbolo FNT. Solo yo, como dueña del contrato, las emito.",
    "Collezione NFT Vela Blu, simbolo VBL: solo io, come proprietario, le conio.",
    "An ERC-1155 called Lab Stamps. Stamps can't be transferred, only I (the owner) hand them out.",
])
def test_minting_kept_to_one_hand_with_an_aside_asks_for_mintable(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("mintable") == (True, "pending")


def test_a_negation_in_an_earlier_clause_denies_no_later_ability() -> None:
    options = option_readings(parse("An ERC-1155 called Lab Stamps. Stamps can't be sold, only the owner hands them out."))
    assert options.get("mintable") == (True, "pending")
    assert options.get("soulbound") == (True, "pending")


@pytest.mark.parametrize(("prompt", "symbol"), [
    ("i would like a coin for the club called Birch Owls, ten thousand of them. it needs a short name too, so BOWL",
     "BOWL"),
    ("Governor 'Birch Owls Council' with a new voting token, BOWC, and 10,000 tokens; quorum 10%.", "BOWC"),
])
def test_capitals_close_after_a_symbol_word_or_a_token_noun_are_the_symbol(prompt: str, symbol: str) -> None:
    assert accounted(prompt).symbol == symbol


@pytest.mark.parametrize(("prompt", "feature", "value"), [
    ("Token Quire (QRE), 5000 supply. I don't want any button that stops everybody's coins from moving.",
     "pausable", False),
    ("NFT «Scala Nord», sigla SCN. Non si possono trasferire.", "soulbound", True),
    ("NFT «Scala Nord», sigla SCN: le emette solo la palestra, come proprietaria.", "mintable", True),
])
def test_abilities_in_everyday_word_order(prompt: str, feature: str, value: bool) -> None:
    assert option_readings(parse(prompt)).get(feature) == (value, "pending")


@pytest.mark.parametrize(("prompt", "features"), [
    ("NFT collection Attic Letters, symbol ATLT: each letter needs its own link to its scan, and anyone should be "
     "able to see all the letters one wallet has.", {"uri_storage", "enumerable"}),
])
def test_plain_words_for_uri_storage_and_enumeration(prompt: str, features: set[str]) -> None:
    assert features <= set(parse(prompt).features)


def test_a_count_of_grandchildren_is_no_maximum_supply() -> None:
    spec = accounted("I have 9 grandchildren and want to leave them our recipes as NFTs, collection Nonna's Kitchen, "
                     "symbol NNKT.")
    assert spec.cap is None and spec.initial_supply is None


@pytest.mark.parametrize(("prompt", "feature", "value"), [
    ("kudos token: Good Serif (SERF), non-transferable, design lead (owner) mints them, starts at 0 supply", "mintable",
     True),
    ("ERC-1155 « Palette » pour nos teintes, URI https://x.example/{id}.json, nous seuls émettons", "mintable", True),
    ("Coleção NFT «Azulejo Claro» (AZCL): só a loja minta.", "mintable", True),
    ("ERC-20 Cobalt Bolt (CBBT), 21 million supply, fixed forever so no minting after launch.", "mintable", False),
    ("Pixel Pull (PXPL) credits, 750k supply w/o minting, owner can pause", "mintable", False),
])
def test_who_mints_and_who_does_not(prompt: str, feature: str, value: bool) -> None:
    assert option_readings(parse(prompt)).get(feature, (None,))[0] is value


def test_pt_own_link_and_listing_each_wallet() -> None:
    spec = parse("Coleção NFT «Azulejo Claro» (AZCL): cada peça com seu próprio link de metadados, e dá pra listar os "
                 "tokens de cada carteira.")
    assert {"uri_storage", "enumerable"} <= set(spec.features)


@pytest.mark.parametrize(("prompt", "name"), [
    ("Hello, I am designer in Munich. The name shall be Kontur with symbol KNTU, 1 million pieces.", "Kontur"),
    ("Harbour Archive NFTs (HBAR), enumerable, 5% royalties to 0x" + "7" * 40, "Harbour Archive"),
])
def test_name_forms(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


@pytest.mark.parametrize(("prompt", "decimals"), [("Night Owl $NOWL, 1M at launch, 6 dec", 6),
                                                  ("Night Owl $NOWL, 1M at launch, 18 dec, ser", 18)])
def test_dec_after_a_number_is_decimals_not_december(prompt: str, decimals: int) -> None:
    spec = accounted(prompt)
    assert next(r for r in spec.requirements if r.key == "decimals").value == decimals


@pytest.mark.parametrize(("prompt", "name"), [
    ("yo chat we're launching Like & Share ($LKSH) live: 1B supply, holders can burn", "Like & Share"),
    ("Our Ibadan builders' DAO needs a governor, Oke Builders Council, that mints its own voting token, ticker OKBC, "
     "with 5 million tokens; quorum 4%.", "Oke Builders Council"),
])
def test_names_with_an_ampersand_and_in_apposition_after_the_kind(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


@pytest.mark.parametrize(("prompt", "feature"), [
    ("make soulbound certificates for our chess club, token ids just count up, only me (owner) mints, call it Rook "
     "Certificate (RKCT)", "auto_increment"),
    ("NFT for each locker: name Locker Pass, symbol LKPS, maximum 80, id automatic", "auto_increment"),
    ("Crea un NFT «Eroi di Carta» (EDCA): ID automatici, solo lo studio conia", "auto_increment"),
    ("Fais-moi un ERC-1155 « Badges Robot » : URI https://x.example/{id}.json modifiable plus tard", "updatable_uri"),
])
def test_features_in_words_people_use(prompt: str, feature: str) -> None:
    assert option_readings(parse(prompt)).get(feature, (None,))[0] is True


def test_a_votes_token_for_our_dao_is_a_token_not_a_governor() -> None:
    spec = parse("I need an ERC-5805 voting token for our contributors' DAO: Osu Votes, ticker OSUV, 20M supply")
    assert spec.family == "erc20" and "votes" in spec.features


def test_a_wait_before_execution_is_no_asker_clock() -> None:
    spec = parse("Governor Ilu Council for the token 0x" + "4" * 40 + ": quorum 5%. Passed proposals sit in a timelock "
                 "for 12 hours before execution.")
    assert next(r for r in spec.requirements if r.key == "delay_seconds").value == 12 * 3600


def test_a_collective_is_no_collection_and_the_minter_role_after_an_address() -> None:
    spec = accounted("I run a collective of 5 wedding DJs and we pay each other in Groove Credits (GRVC). Mint 1,000,000 "
                     "to the collective wallet 0x" + "2" * 40 + " at deploy, and give our booking bot 0x" + "3" * 40 +
                     " the minter role. Total supply must never go over 3 million.")
    assert spec.family == "erc20"
    assert spec.addresses.get("minter", "").lower() == "0x" + "3" * 40
    assert (spec.initial_supply, spec.cap) == ("1000000", "3000000")
    assert not [r for r in spec.requirements if r.status.value != "honoured"]


@pytest.mark.parametrize(("prompt", "feature"), [
    ("We'd like library card NFTs called Member Card (MBRC). Numbers go up by one, and only the library (owner) issues "
     "them.", "auto_increment"),
    ("Tessere NFT «Tessera Nord» (TSNR): gli ID devono essere automatici, solo la biblioteca può coniare.",
     "auto_increment"),
    ("Token „Radbonus“ (RDBN): 1 Mio. Stück, der Owner darf nachminten.", "mintable"),
])
def test_round_r_words(prompt: str, feature: str) -> None:
    assert option_readings(parse(prompt)).get(feature, (None,))[0] is True


def test_a_library_s_volumes_are_no_maximum() -> None:
    spec = accounted("La biblioteca, con 120.000 volumi, vuole tessere NFT «Tessera Sud» con simbolo TSSD.")
    assert spec.cap is None


@pytest.mark.parametrize(("prompt", "name"), [
    ("Wine Cellar token, sym WNCL, 1,000,000 supply, permit", "Wine Cellar"),
    ("Pause for Thought (PFTH) token: 900,000 supply, no minting after launch", "Pause for Thought"),
    ("Presale for Ember Kiln Token (EMKT): 5,000 EMKT per ETH, hard cap 100 ETH", "Ember Kiln Token"),
])
def test_names_before_the_kind_and_with_a_small_word(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


def test_a_feature_word_inside_a_name_asks_for_nothing() -> None:
    assert "pausable" not in parse("Pause for Thought (PFTH) token: 900,000 supply").features


@pytest.mark.parametrize(("prompt", "feature"), [
    ("ERC-1155 room vouchers, name Bunk Days, uri https://x.example/{id}.json, I mint as owner", "mintable"),
    ("ERC-1155 « Nuits du Port », URI https://x.example/{id}.json, moi seul j'émets", "mintable"),
    ("ERC-1155-Token „Kulissen“, nur der Owner darf prägen und Kulissen dürfen verbrannt werden.", "burnable"),
])
def test_round_s_words(prompt: str, feature: str) -> None:
    assert option_readings(parse(prompt)).get(feature, (None,))[0] is True


@pytest.mark.parametrize(("prompt", "name"), [
    ("Permit Slip (PMSL) token for the scouts, 2,000 to start", "Permit Slip"),
    ("Burn Notice (BNTC) coin, 10k supply", "Burn Notice"),
])
def test_a_feature_word_opening_a_name_stays_when_the_ticker_spells_its_initials(prompt: str, name: str) -> None:
    spec = accounted(prompt)
    assert spec.name == name and not {"permit", "burnable"} & set(spec.features)


def test_a_feature_word_before_a_name_whose_ticker_does_not_fit_is_still_the_feature() -> None:
    spec = accounted("Burnable token Quill (QUIL), 500 supply")
    assert spec.name == "Quill" and "burnable" in spec.features


@pytest.mark.parametrize("prompt", [
    "club medals as NFTs: Summit Stone (SMST), max 200, the club office mints them",
    "NFT «Caderno Azul» (CDAZ) pro clube: só eu crio, no máximo 80",
])
def test_someone_named_as_the_one_who_mints_asks_for_minting(prompt: str) -> None:
    spec = accounted(prompt)
    assert any(r.key == "mintable" and r.value is True and r.status.value == "honoured" for r in spec.requirements)


@pytest.mark.parametrize("prompt", [
    "badge NFTs Gate Pass (GTPS), max 40, they can't be moved once given",
    "NFT medal Lagos Kickflip (LGKF), max 60, e no go transfer at all",
])
def test_the_token_as_the_subject_of_a_negated_move_is_soulbound(prompt: str) -> None:
    assert "soulbound" in accounted(prompt).features


def test_no_transfer_fee_is_not_soulbound() -> None:
    assert "soulbound" not in accounted("token Flat Rate (FLTR), 1M supply, it won't transfer fees anywhere").features
