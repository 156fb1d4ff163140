"""Misreadings of blind sets JS to JV, read generically (issue 12): a feature taken back for its opposite, a pause
power "held", a wallet named again without its address, the rest of a cap minted later, a multi-token "like 1155",
a secret way to mint, shapes that name a family (signers who approve, a buyer and a seller), bridges over rivers,
numbers of the asker's world (sizes, equations, parts of counts, ages in an aside) and more ways to say a value.
Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import GenerationService
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted, clean

_A = "0x5A1FBBe32110a0070281478164038890585480d6"
_B = "0x7aBC88dDb25E7209105a76f87ed4CC71840732A8"
_C = "0xBBfe74B27529420613580F7651b5602f1EdD1876"
_D = "0x3355c16F4976eC939353f2C6179c33e4E34c21A7"


@pytest.mark.parametrize("prompt", [
    "NFT badges Reed Register (REED), only the studio mints. At first I wanted them non-transferable... no, actually "
    "people swap them, so leave them transferable.",
    "Collection « Carnet de Route », symbole CRTE, seul l'atelier frappe. Je pensais les rendre non transférables… "
    "non, en fait, laissez-les transférables.",
])
def test_soulbound_taken_back_for_transferable(prompt: str) -> None:
    spec = clean(prompt)
    assert "soulbound" not in spec.features and "soulbound" in spec.disabled


def test_soulbound_and_transferable_without_a_correction_stop() -> None:
    spec = accounted("NFT badges Reed Register (REED), only the studio mints. Make them soulbound and keep them "
                     "transferable.")
    assert any(r.key == "soulbound" and r.status.value == "ambiguous" for r in spec.requirements)


def test_a_pause_switch_held_at_an_address_is_the_pauser() -> None:
    spec = clean(f"Token Loom (LOOM), 10k supply, mintable, pausable, role-based. Admin {_A}, minter {_B}; our "
                 f"bookkeeper holds the pause switch at {_C}.")
    assert spec.addresses["pauser"] == _C


def test_an_address_of_someone_who_holds_a_power_is_no_recipient() -> None:
    spec = accounted(f"Token Loom (LOOM), 10k supply, pausable, role-based. Admin {_A}. Our bookkeeper holds the big "
                     f"red lever at {_C}.")
    assert any(r.field == "addresses.recipient" and r.status.value == "ambiguous" for r in spec.requirements)


def test_a_wallet_named_again_joins_a_role_list() -> None:
    spec = clean(f"Timelock, delay 2 days. Proposer: the council wallet {_A}. Executors: council wallet plus our "
                 f"clerk {_B}.")
    assert spec.addresses["executors"] == f"{_A},{_B}"


def test_a_wallet_named_again_receives_the_supply() -> None:
    spec = clean(f"Token Span (SPAN), 500k, role-based: admin is the trust multisig {_A}, minter {_B}. Send the "
                 "initial supply to the trust multisig, same one as admin.")
    assert spec.addresses["recipient"] == _A


def test_supply_sent_to_a_wallet_with_no_address_stops() -> None:
    spec = accounted("Token Span (SPAN), 500k. Send the initial supply to the committee wallet.")
    assert any(r.field == "addresses.recipient" and r.status.value == "ambiguous" for r in spec.requirements)


def test_the_rest_of_a_cap_minted_later_asks_for_minting() -> None:
    spec = clean("Token Cedar Row (CDRW), hard cap of 1 million, mint 250k now and the rest later as the trees grow.")
    assert "mintable" in spec.features and spec.cap == "1000000"


def test_a_multi_token_said_as_like_1155_keeps_its_kind() -> None:
    spec = accounted(f"One contract for all our quilt patterns, many inside it (like 1155?), name \"Quilt Patterns\". "
                     f"10% royalty on every resale to {_A}.")
    assert spec.family == "erc1155"


def test_a_secret_way_to_mint_is_refused() -> None:
    with pytest.raises(GenerationError):
        GenerationService().generate("Token Ayran, AYRN, 1M. Renounce ownership so people trust us, but keep a secret "
                                     "way to still mint more when we need money.")


@pytest.mark.parametrize("prompt,family", [
    ("Family treasury. 4 signers — me, my sister, my aunt and the notary — any 3 can approve a payment.\n"
     f"{_A}\n{_B}\n{_C}\n{_D}", "multisig"),
    (f"Deal with a tea broker. Buyer: {_A}. Seller (our estate): {_B}. Our lawyer {_C} settles any dispute. If the crates "
     "have not shipped within 30 days, the buyer gets a refund.", "escrow"),
    ("We want Harbor Vote, HVOT. 80,000 to begin. Gasless approvals (permit) please.", "erc20"),
    ("Many small glass things — cups, beads, 4 kinds for now. One contract \"Murano Bits\". Base link "
     "ipfs://bafybeimuranobits/{id}.json. Only the owner mints.", "erc1155"),
])
def test_a_shape_names_the_family(prompt: str, family: str) -> None:
    assert accounted(prompt).family == family


@pytest.mark.parametrize("prompt", [
    "Our society looks after forty covered bridges. Donor token Queen Post, symbol QPST, 100k, no minting later.",
    "Token name: Old Stone Bridge (the one over the river). Symbol OSB. 20,000 tokens, burnable.",
])
def test_a_bridge_over_a_river_is_no_bridge_contract(prompt: str) -> None:
    assert clean(prompt).family == "erc20"


@pytest.mark.parametrize("prompt", [
    "A token bridge for Tide (TIDE).",
    "Bridge contract for our token Tide (TIDE) between Ethereum and Arbitrum.",
])
def test_a_chain_bridge_is_still_refused(prompt: str) -> None:
    with pytest.raises(GenerationError):
        GenerationService().generate(prompt)


@pytest.mark.parametrize("prompt", [
    "Token Tile (TILE), 5,000 supply, 2 decimals please (not the 18).",
    "Token Tile (TILE), 5,000 supply. Our workshop's biggest panel was 4 x 3 metres.",
    "Token Tile (TILE), 5,000 supply, 0 decimals: 1 stamp = 1 free coffee.",
    "Token Tile (TILE), 5,000 supply. We are 40 members, of whom 12 in the valley.",
    "Token Tile (TILE), 5,000 supply. On est 40 membres, dont 12 dans la vallée.",
    "Token Tile (TILE), 5,000 supply. Our lamps have 24 panes (also 16 for the small ones).",
    "Token Tile (TILE), 5,000 supply. Grandfather came over in 1902 with 300 others.",
    "Token Tile (TILE), 5,000 supply. We lose about 3% a year to breakage.",
    "Token Tile (TILE), 5,000 supply. About 70% of the world's cork comes from our region.",
    "Token Tile (TILE), 5,000 supply, burnable. 12 sled dogs, 800 mi.",
    "Token Tile (TILE), 5,000 supply. My mother's tiles — we photographed all 60 of them last spring!",
])
def test_numbers_of_the_askers_world_are_explained(prompt: str) -> None:
    clean(prompt)


def test_a_share_said_once_for_two_payees_joined() -> None:
    spec = clean(f"Split the catch: skipper {_A} gets 50, the deckhands {_B} and {_C} get 20 each, and the boat fund "
                 f"{_D} gets 10. All in percent.")
    assert spec.options["percents"] == ["50", "20", "20", "10"]


def test_shares_in_comments_after_the_payees() -> None:
    spec = clean(f"payout split:\npayees:\n  - {_A}   # me, 50\n  - {_B}   # feed store, 30\n  - {_C}   # vet, 20")
    assert spec.options["percents"] == ["50", "30", "20"]


@pytest.mark.parametrize("prompt,cap", [
    (f"Vault for our savings, asset token {_A}, name 'Reserve Vault', share symbol rVLT. Deposits must stop when it "
     "reaches 300k in total.", "300000"),
    ("Jeton « Laine Grise », symbole LGRS. 100 000 jetons au départ, plafond d'un million.", "1000000"),
    ("Token Sal, símbolo SAL, 5 millones. El máximo también es 5 millones, nunca más.", "5000000"),
    ("Token: Sal Fina\nSímbolo: SALF\nEmisión inicial: 1.000.000\nMáximo absoluto: 4.000.000", "4000000"),
])
def test_a_cap_said_in_other_words(prompt: str, cap: str) -> None:
    assert clean(prompt).cap == cap


@pytest.mark.parametrize("prompt,role,address", [
    (f"Token Cellar (CLR), 1M, role-based. Neue Token prägen darf nur unser Kellermeister ({_A}), admin {_B}.",
     "minter", _A),
    (f"Token Cellar (CLR), 1M. mint->{_A}; pause->{_B}; admin->{_C}", "pauser", _B),
    (f"Token Cellar (CLR), 1M, pausable, mintable, cada permiso en manos distintas: emite {_A}, pausa {_B}, admin {_C}.",
     "minter", _A),
    (f"Token Cellar (CLR), zero supply. Minting is done only by our clerk's wallet {_A}; admin {_B}.", "minter", _A),
    (f"Token Cellar (CLR), zero supply, credits minted by {_A} only (that's the minter role); admin role to {_B}.",
     "minter", _A),
    (f"Token Cellar (CLR), 1M, mintable, roles. More can be minted only by our clerk Ana ({_A}), she gets the minter "
     f"role; admin {_B}.", "minter", _A),
    (f"Collection ERC-1155 « Paniers », la frappe passe par des rôles : administrateur {_B}, frappeur {_A}.",
     "minter", _A),
    (f"Vorrei un escrow: compratore io {_A}, venditore il laboratorio {_B}, arbitro {_C}. Rimborso se nulla arriva "
     "entro 20 giorni.", "buyer", _A),
    (f"Um café (" + _A + f") encomendou 300 bolos. Vendedor: {_B}. Árbitro: {_C}. Reembolso se não entregarmos em 5 "
     "dias.", "buyer", _A),
])
def test_a_role_said_in_other_words(prompt: str, role: str, address: str) -> None:
    assert clean(prompt).addresses[role] == address


@pytest.mark.parametrize("prompt,key,value", [
    (f"Governança para o clube, token existente {_A}. Quórum de 4%, atraso antes da votação de 2 horas, período de "
     "votação 3 dias.", "voting_delay_seconds", 7200),
    (f"Governor 'Guild Council' using the share token we already have at {_A}. Quorum 10%. A proposal opens for voting "
     "one day after it is made and stays open for a week.", "voting_delay_seconds", 86400),
    (f"Vesting for {_A}: release slowly over 24 months, but nothing at all in first 6 months.", "cliff_seconds",
     15552000),
])
def test_a_time_said_in_other_words(prompt: str, key: str, value: int) -> None:
    assert clean(prompt).options[key] == value


def test_an_age_in_an_aside_is_no_duration() -> None:
    spec = clean(f"Our young weaver Tashi (19 years, very gifted!) gets tokens at {_A}, released over 12 months.")
    assert spec.options["duration_seconds"] == 12 * 30 * 86400


def test_a_french_request_is_read_as_french() -> None:
    spec = clean(f"Je vends un lot de laine. Acheteur : {_A} ; vendeuse (moi) : {_B} ; arbitre : mon notaire, {_C}. "
                 "S'il n'y a pas de livraison sous trois semaines, l'acheteur doit pouvoir récupérer ses fonds.")
    assert spec.options["duration_seconds"] == 1814400


@pytest.mark.parametrize("prompt,feature", [
    ("Token Masa (MASA), 100k. Tiene que poder quemarse.", "burnable"),
    ("Token {\n  name: \"Filz\",\n  symbol: \"FILZ\",\n  supply: 1000\n}\nBitte mit Stimmrechten und Permit.", "votes"),
    ("ERC-1155 « Laines » : URI : https://laines.example/meta/{id}.json, qu'on doit pouvoir changer plus tard.",
     "updatable_uri"),
])
def test_a_feature_said_in_other_words(prompt: str, feature: str) -> None:
    assert feature in clean(prompt).features


@pytest.mark.parametrize("prompt", [
    "Token Jugo (JUGO), 1.500.000 total and that is all, never can be made more tokens.",
    "Token Kreuz (KRZ), 250.000 Stück. Nachträgliches Minten bitte ausschließen.",
])
def test_minting_turned_down_in_other_words(prompt: str) -> None:
    assert "mintable" in clean(prompt).disabled


def test_a_negation_ends_at_its_clause() -> None:
    spec = clean("Gettone «Picche», sigla PICC, 10.000. Non deve essere trasferibile in nessun modo, e il circolo deve "
                 "poterne coniare altri in futuro.")
    assert "mintable" in spec.features and "soulbound" in spec.features


def test_a_non_word_does_not_negate_the_feature_after_it() -> None:
    spec = clean(f"A non-transferable membership/voting token 'Grove Voice' (GVOC). Mint 500 to {_A}. Votes tracked "
                 "per block number.")
    assert "votes" in spec.features


def test_a_name_and_ticker_with_a_slash_outrank_the_org_it_is_for() -> None:
    spec = clean("Token for the Derwent Valley Growers Association (est. 1990): Apple Isle / APIS, one million.")
    assert (spec.name, spec.symbol) == ("Apple Isle", "APIS")


def test_a_price_of_goods_by_weight_is_no_mint_price() -> None:
    clean("NFT certificate for every big truffle we find, collection Tartufo Cert, symbol TRFC, only we mint, burnable. "
          "This year the price is €4,000 per kilo.")


def test_a_retirement_date_and_a_delayed_start_of_vesting() -> None:
    spec = clean(f"Unser Meister Ali geht in zwei Jahren in Rente. Seine Zuteilung geht an {_A} und wird über 3 Jahre "
                 "linear freigegeben – der Start aber erst in 2 Monaten. Eine Sperrfrist (Cliff) braucht es nicht.")
    assert spec.options["duration_seconds"] == 3 * 365 * 86400 and spec.options["delay_seconds"] == 2 * 30 * 86400
    assert "cliff" in spec.disabled


def test_the_third_party_of_an_escrow_is_the_one_left() -> None:
    spec = clean(f"We're hiring a roofer, crew of 4. Escrow please: we're the buyer, {_A}; the roofer's wallet {_B}; "
                 f"arbiter is our architect, {_C}. Refund window 60 days.")
    assert spec.addresses["seller"] == _B


def test_a_dao_token_with_token_features_is_a_token() -> None:
    spec = clean("We start a small DAO of the market vendors. Token should be called Chili, symbol CHLI, one million "
                 "supply. It needs permit, and voting power for the DAO, with the clock on timestamps.")
    assert spec.family == "erc20" and {"permit", "votes"} <= set(spec.features)


@pytest.mark.parametrize("prompt", [
    "Diploma for our masters as NFT, it can not transfer to other person. name \"Master Diploma\" symbol MDIP. owner "
    "gives them.",
    "NFT certificates, collection Bench Registry, symbol BNCR. Only the coop wallet (the owner) creates them.",
])
def test_the_owner_who_makes_them_asks_for_minting(prompt: str) -> None:
    assert "mintable" in clean(prompt).features


def test_governance_for_a_club_is_a_governor() -> None:
    spec = clean(f"Governança para o clube, token existente {_A}. Quórum de 4%, período de votação 3 dias.")
    assert spec.family == "governor"


def test_enough_signatures_said_first_and_an_italian_request_read_as_italian() -> None:
    spec = clean(f"Per il fondo del museo (la motrice del 1911 costa 38.000 euro) vogliamo un portafoglio multifirma con "
                 f"quattro custodi; bastano due firme per approvare un pagamento. Indirizzi: {_A}, {_B}, {_C}, {_D}.")
    assert spec.options["threshold"] == 2


def test_a_town_named_for_a_governor_is_no_governor() -> None:
    spec = clean("Somos una comparsa de esquila de Gobernador Gregores. Queremos un token que se llame Esquila, símbolo "
                 "ESQ, con 500.000 unidades.")
    assert (spec.family, spec.name) == ("erc20", "Esquila")
