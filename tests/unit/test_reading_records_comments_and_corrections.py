"""Requests written as records, code or Markdown ("- **Name:** Quoin", "supply = 250_000  // perhaps 500_000 next
year", "~~18~~ **8**"), corrections said as they are typed ("12,5 million... no, 12 million", "2 days -> no, 1 day"),
separate hands given without the word "roles", scams said from the asker's side, and numbers of the asker's world
("1 in 8", "après 31 ans à la cave", "CHF 140,000") (issue 12: blind sets IU to IX). Inputs written for these tests,
not taken from the bench sets."""

from __future__ import annotations

import pytest

from hyperagent.errors import GenerationError
from tests.unit.reading import accounted, clean

A = "0x3333333333333333333333333333333333333333"
B = "0x4444444444444444444444444444444444444444"
C = "0x7777777777777777777777777777777777777777"
D = "0x8888888888888888888888888888888888888888"


# ---- records, code and Markdown ----------------------------------------------------------------------------------

def test_markdown_emphasis_and_a_struck_value() -> None:
    spec = clean("## Token\n- **Name:** Cobble\n- **Symbol:** CBL\n- **Decimals:** ~~18~~ **4**\n- **Supply:** 50,000\n"
                 "- **Burning:** *no*")
    assert (spec.name, spec.symbol, spec.decimals, spec.initial_supply) == ("Cobble", "CBL", 4, "50000")
    assert "burnable" in spec.disabled


def test_a_quoted_name_keeps_its_marks() -> None:
    assert clean('ERC20 called "Tick *Star*" (TKS), 10 supply').name == "Tick *Star*"


def test_comments_of_a_record_are_asides() -> None:
    spec = clean("token:\n  name: Hull Ice\n  symbol: HLI\n  supply: 2M\n# crew 19, ice class 1A, season dec-apr")
    assert spec.initial_supply == "2000000"
    spec = clean('name   = "Bellows"\nsymbol = "BLW"\nsupply = 40_000   // maybe 80_000 later, not now\nburnable = true')
    assert spec.initial_supply == "40000" and "burnable" in spec.features


def test_a_record_key_with_an_em_dash_and_a_glued_decimals() -> None:
    spec = clean("Name — Quay Light\nSymbol — QLT\nDecimals — 9\nInitial — 2 million")
    assert (spec.name, spec.symbol, spec.decimals, spec.initial_supply) == ("Quay Light", "QLT", 9, "2000000")
    assert clean("ERC20 Galley GLY 5000000 6dec permit").decimals == 6


def test_a_telegraph_opening_lists_its_values() -> None:
    spec = clean(f"Heath. HTH. 3 million. Send the lot to the treasury at {A}.")
    assert (spec.name, spec.symbol, spec.initial_supply) == ("Heath", "HTH", "3000000")


# ---- corrections said as they are typed --------------------------------------------------------------------------

@pytest.mark.parametrize("prompt, supply", [
    ("Token Bolt (BLT). Supply 12,5 million... no, 12 million round.", "12000000"),
    ("Olá, queria um token chamado Pena, símbolo PEN, 75 mil tokens... não, desculpe, 80 mil. Tem de poder ser pausado.",
     "80000"),
    ("Token Rib (RIB). Supply... we said 100k at dinner but my cousin says more, so 1.5M.", "1500000"),
])
def test_a_value_taken_back_as_it_is_typed(prompt: str, supply: str) -> None:
    assert clean(prompt).initial_supply == supply


def test_a_correction_of_one_setting_does_not_take_back_another() -> None:
    spec = clean('Governatore "Consiglio" con un nuovo token di voto, simbolo VND, 100.000 token iniziali. Quorum 10%, '
                 "periodo di voto 5 giorni, ritardo prima del voto 2 giorni... anzi no, 1 giorno. Soglia per fare "
                 "proposte: 500 token.")
    assert spec.initial_supply == "100000"
    assert spec.options["voting_delay_seconds"] == 86400 and spec.options["proposal_threshold"] == "500"


def test_a_corrected_duration_keeps_its_setting() -> None:
    spec = clean(f"DAO Board Gov for token {A}.\n* quorum 4%\n* voting delay 2 days -> no, 1 day\n* voting period 5 days")
    assert spec.options["voting_delay_seconds"] == 86400 and spec.options["voting_period_seconds"] == 432000


# ---- hands, roles and parties ------------------------------------------------------------------------------------

def test_separate_hands_are_roles_without_the_word() -> None:
    spec = clean(f"Token Basso (BSO), start with zero. My cousin is the one who mint, his wallet {A}, the pause is for our "
                 f"accountant {B}, and the admin is me, {C}.")
    assert spec.options["access"] == "roles"
    assert (spec.addresses["minter"], spec.addresses["pauser"], spec.addresses["admin"]) == (A, B, C)


def test_roles_named_by_their_act_in_french_and_italian() -> None:
    spec = clean(f"Jeton « Sel » (SEL), 10 000 unités, rôles séparés : administrateur {A}, mise en pause {B}, "
                 f"émission {C}.")
    assert (spec.addresses["admin"], spec.addresses["pauser"], spec.addresses["minter"]) == (A, B, C)
    spec = clean(f"Contratto ERC1155 «Ricambi» con ruoli. Coniare nuovi pezzi lo può fare solo mio figlio Nino, {A}; "
                 f"l'amministratore dei ruoli sono io, {B}.")
    assert (spec.addresses["minter"], spec.addresses["admin"]) == (A, B)


def test_escrow_parties_by_what_they_buy_and_pay() -> None:
    spec = clean(f"Escrow: we're the buyer ({A}), buying an old lens from a dealer in Visby ({B}). Arbiter is the "
                 f"heritage officer, {C}. Refund if not delivered within a fortnight.")
    assert (spec.addresses["buyer"], spec.addresses["seller"], spec.addresses["arbiter"]) == (A, B, C)
    assert spec.options["duration_seconds"] == 14 * 86400
    spec = clean(f"Escrow. The lady buying it will pay from {A}. The money comes to me at {B}. If we disagree, my "
                 f"accountant decides: {C}.")
    assert (spec.addresses["buyer"], spec.addresses["seller"]) == (A, B)


def test_an_existing_voting_token_and_its_ticker() -> None:
    spec = clean(f"governor\nname: Print Council\ntoken: our QUO at {A}\nquorum 15%\nvoting delay 2 days\n"
                 "voting period 5 days\nproposal threshold 1,000 QUO")
    assert spec.addresses["token"] == A and spec.symbol is None
    spec = clean(f"Gobernador «Asamblea», con el token que ya tenemos en {A}. Quórum del 20%, la votación dura una "
                 "semana y empieza un día después de la propuesta.")
    assert spec.addresses["token"] == A


def test_shares_by_a_ratio_each_or_a_bare_number() -> None:
    assert clean(f"Every payment should split 70/30: 70 to me ({A}) and 30 to my sister ({B}).").options["percents"] == \
        ["70", "30"]
    assert clean(f"Tips split evenly between our 4 teams: {A}, {B}, {C}, {D} (25% each).").options["percents"] == \
        ["25"] * 4
    assert clean(f"Money from the stall is shared out: me {A} gets 45, my brother {B} gets 45, and the museum {C} gets "
                 "10. Percent, obviously.").options["percents"] == ["45", "45", "10"]


# ---- features said another way -----------------------------------------------------------------------------------

@pytest.mark.parametrize("prompt, feature", [
    ("NFT Moths (MTH), token ids just go 1, 2, 3…, owner mints.", "auto_increment"),
    ("Colección NFT «Halcón» (HLC) que se pueda enumerar, solo yo acuño.", "enumerable"),
    ("Collezione NFT «Gondole» (GOND): URI separata per ogni token, solo il proprietario conia.", "uri_storage"),
    ("Token «Arroz» (ARZ), 2 milhões, com mint e burn.", "mintable"),
    ("Token Windlade (WLD), eine halbe Million. Weitere Token sollen später geprägt werden können.", "mintable"),
])
def test_features_said_another_way(prompt: str, feature: str) -> None:
    assert feature in clean(prompt).features


def test_turned_off_another_way() -> None:
    assert "timelock" in clean(f"A governor called Boat Council.\nToken: {A}\nQuorum: 4%\nTimelock: skip it").disabled
    assert "soulbound" in clean("ERC1155 Parts, uri https://p.example/{id}.json\n- soulbound? no — parts get traded").disabled
    assert "soulbound" in clean("NFT Passport (PSP), owner mints. A passport must always be transferable.").disabled
    assert "upgradeable" in clean("ERC-1155 «Pases», URI https://p.example/{id}, que se pueda pausar. Que el contrato "
                                  "no se pueda actualizar.").disabled
    assert "mintable" in clean("Token Marionette (MRN), 3 Mio. Stück, feste Menge, also niemals nachprägen.").disabled


def test_a_name_said_twice_asks_for_nothing() -> None:
    spec = clean("The club is called Ink Vote, so the token name is 'Ink Vote', symbol INKV, 120 000 tokens. "
                 "Please NO voting functions.")
    assert "votes" not in spec.features and "votes" in spec.disabled


def test_a_vesting_said_without_its_word() -> None:
    spec = clean(f"Grant for our engineer, wallet {A}. Tokens released over 18 months, nothing until the first 6 months "
                 "are up.")
    assert spec.family == "vesting" and spec.options["cliff_seconds"] == 180 * 86400
    spec = clean(f"Per il nostro apprendista ({A}) token che si sbloccano in 3 anni, con il primo anno senza niente.")
    assert spec.family == "vesting" and spec.options["cliff_seconds"] == 365 * 86400


def test_badges_with_decimals_are_a_fungible_token() -> None:
    spec = clean(f'Membership badge "Licensed Rider", LRDR. Decimals zero. Initial 500 badges go to {A}.')
    assert spec.family == "erc20" and spec.decimals == 0 and spec.initial_supply == "500"


def test_a_zero_supply_said_in_a_word() -> None:
    assert clean("Token Jangada, sigla JGDC, supply inicial zero, só emitidos pelo minter").initial_supply == "0"


# ---- the asker's world -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("prompt", [
    "NFT Kiln Pieces (KLN), max 1,200, owner mints, burnable because about 1 in 8 cracks in the kiln.",
    "Vault Rain (RAIN) on USDC 0x3333333333333333333333333333333333333333, no cap. It rains 14 days out of 30.",
    "Escrow for a watch insured at CHF 140,000: buyer 0x3333333333333333333333333333333333333333, seller "
    "0x4444444444444444444444444444444444444444, arbiter 0x7777777777777777777777777777777777777777.",
    "Token Voce (VOC), 120.000 token, burnable. My nonno start it with only 2 workbench.",
    "Token Glass (GLS), 750k, mintable. got 27 stags in the freezer waitin",
    "NFT Sacks (SCK), no cap on how many, we fill about 2,400 sacks a season, owner mints.",
])
def test_numbers_of_the_world_set_nothing(prompt: str) -> None:
    clean(prompt)


def test_a_career_and_a_retirement_are_no_vesting_times() -> None:
    spec = clean("Notre affineur part à la retraite dans trois ans, après 31 ans à la cave. Jetons qui se libèrent "
                 f"petit à petit sur 36 mois, versés à {A}, mais rien du tout avant la fin des 12 premiers mois.")
    assert spec.options["duration_seconds"] == 36 * 30 * 86400 and spec.options["cliff_seconds"] == 360 * 86400


# ---- scams said from the asker's side ----------------------------------------------------------------------------

@pytest.mark.parametrize("prompt", [
    "Token Rem (RMT), 10M. Announce that ownership is renounced, but keep a secondary admin key tucked away so we can "
    "still mint. renounceOwnership should just look like it worked.",
    f"Token Nib (NIB), 100M. Add a function that looks like normal maintenance but moves all holders' balances to my "
    f"wallet {A}.",
    "Token Wind (WND), 10M. I need quietly a function so I can mint unlimited tokens to myself, not visible in events, "
    "so investors don't notice.",
    "Token Crust (CRS), 5M. Our wallet can sell it, but when the clients try to sell it back the transaction should "
    "fail. Don't write it in the description.",
])
def test_a_scam_said_from_the_askers_side_is_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)


def test_a_correction_is_no_hidden_transfer() -> None:
    spec = clean("Szam token. SZAM. 10M. 18 decimals... actually make it 6, our payroll chokes on 18. Soulbound: workers "
                 "can't transfer it to each other.")
    assert spec.decimals == 6 and "soulbound" in spec.features


# ---- blind sets IY to JB -----------------------------------------------------------------------------------------

def test_a_code_fence_is_no_quote_and_a_name_said_of_is_no_name() -> None:
    spec = clean('```\n// studio token\nname     = "Opus"\nsymbol   = "OPS"\ndecimals = 6   // no, sorry, 18\n'
                 "supply   = 75_000\n```")
    assert (spec.name, spec.decimals) == ("Opus", 18)
    spec = clean(f"My nephew ({A}) will mint new Cullet tokens, ticker CULT, and I am the admin: {B}. Start with 40k "
                 "tokens. We recycle broken glass, that is where the name comes from.")
    assert spec.name == "Cullet"


def test_a_quoted_name_after_the_kind_and_a_comma() -> None:
    assert clean("1155 contract, 'Bal Maidens' — a token id per ore, track supply per id, base: "
                 "ipfs://bafkreiexample/{id}.json").name == "Bal Maidens"


def test_one_acting_hand_is_a_role() -> None:
    spec = clean(f"Token „Pegel“, Symbol PGL, 12 Mio. Stück. Pausierbar; pausieren darf allein die Zentrale unter {A}.")
    assert spec.options["access"] == "roles" and spec.addresses["pauser"] == A
    spec = clean(f"Token Kai (KAI), 3,000,000. Can pause. Pause only by Mr. Watanabe, address {A} — so roles. Admin is "
                 f"me: {B}.")
    assert (spec.addresses["pauser"], spec.addresses["admin"]) == (A, B)
    spec = clean(f'Token "Mole" (MOL), 250.000 tokens. Se podrán acuñar más: la que acuña es doña Eufemia, su cartera '
                 f"es {A}. La administradora es Marisol, {B}. Queremos roles.")
    assert (spec.addresses["minter"], spec.addresses["admin"]) == (A, B)
    spec = clean(f"necesitamos un token Ciclo, simbolo CCL, 100 mil tokens. q se pueda pausar y con roles: admin {A} y el "
                 f"q pausa es {B}.")
    assert spec.addresses["pauser"] == B


def test_an_address_taken_back_is_no_party() -> None:
    spec = clean(f"guild bank — 2 of 3 of us to move anything. me {A}, gaffer {B}, treasurer {C}. (my old wallet {D} went "
                 "in the river with my phone, DONT use that one.)")
    assert spec.addresses["owners"].split(",") == [A, B, C]


def test_spanish_is_read_as_spanish() -> None:
    spec = clean(f"Vamos a comprar 20 bicis a un taller. Escrow: comprador {A}, vendedor {B}, árbitro {C}. si no llegan en "
                 "dos semanas, q nos devuelvan la plata")
    assert spec.options["duration_seconds"] == 14 * 86400


@pytest.mark.parametrize("prompt, feature, on", [
    ("ERC-1155 „Muster“, Basis-URI https://m.example/{id}.json. Nur der Eigentümer darf prägen, und übertragen werden "
     "dürfen sie nicht.", "soulbound", True),
    ("Contrato ERC-1155 chamado Cestos, URI base https://c.example/{id}.json, cunhagem só pelo dono e com URI que possa "
     "ser atualizada depois.", "updatable_uri", True),
    ("NFT «Sabots» (SABOT), avec droit de vote pour l'association, sans limite d'offre.", "capped", False),
    ("Please call the collection Bolga Certificates, symbol BOLC. We the association mint them, ids go up "
     "automatically.", "mintable", True),
])
def test_features_said_in_more_ways(prompt: str, feature: str, on: bool) -> None:
    spec = clean(prompt)
    assert (feature in spec.features) if on else (feature in spec.disabled)


def test_royalties_to_an_address_after_a_trailing_correction() -> None:
    spec = clean(f"NFT 'Molinillos' (MOLI), max 300. Royalties 7.5%... hmm, no, is too much, put 5% and they go to {A}.")
    assert spec.addresses["recipient"] == A and float(spec.options["percent"]) == 5


def test_many_kinds_in_one_contract_is_a_multi_token() -> None:
    spec = accounted('one contract for many lantern type (silk, paper). Name "Lantern Designs". We can mint new design '
                     "any time.")
    assert spec.family == "erc1155"


@pytest.mark.parametrize("prompt", [
    "Token KOZ. Everybody can buy it from the pool, but only the wallet of the cooperative is able to sell. Nobody need "
    "to know about this.",
])
def test_a_honeypot_said_plainly_is_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)


def test_revocation_said_as_taking_back_the_rest_stops() -> None:
    spec = accounted(f"Vesting for {A}, over 2 years with 6 months cliff. We must be able to cancel it and take back the "
                     "rest if the apprentice leaves.")
    assert any(r.key == "revocable" and r.status.value == "unmet" for r in spec.requirements)
