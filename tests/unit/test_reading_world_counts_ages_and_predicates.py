"""Numbers of the asker's world read as such (ages said as "Ginger's 19 and still", "retire at 55", a course "de 40
horas", "de nove em nove anos", a crowd "we expect 5,000 people", a sentence that calls itself context), values said in
words the reader missed ("Decimals must be zero", "360.000 in tutto", "the maximum never can pass 250k", "capped at
exactly that amount"), parties named by what they do in four languages, a role word that was the previous address's
predicate, and a cap with no supply that stops instead of being refused (issue 12: blind sets IE to IH). Inputs
written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import GenerationService, requirements
from hyperagent.errors import GenerationError, RequirementsUnmetError
from tests.unit.reading import accounted, clean

A = "0x3333333333333333333333333333333333333333"
B = "0x4444444444444444444444444444444444444444"
C = "0x7777777777777777777777777777777777777777"
D = "0x8888888888888888888888888888888888888888"


# ---- the asker's world -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("prompt", [
    "Coin Harness (HRNS), 60k supply. Our mare Dolly's 23 and still works the hill field.",
    "NFT Old Patterns (OLDP), owner mints. Nonna Pina is 88 and drew them all.",
    "Our founder finished his last boat at 79. Coin Keel (KEEL), 60k supply.",
    "Coin Keel (KEEL), 60k supply. (The average diver here used to retire at 50.)",
    "Our master caulker, Don Ettore, is 72 and still teaches. Coin Keel (KEEL), 60k supply.",
    "Coin Keel (KEEL), 60k supply. 80 members, average age 64.",
])
def test_an_age_is_no_value(prompt: str) -> None:
    spec = clean(prompt)
    assert spec.initial_supply in ("60000", None) and spec.cap is None


@pytest.mark.parametrize("prompt", [
    "Colección NFT «Jinete Certificado» (JNTC): un certificado para quien termine el curso de 60 horas, que no se pueda "
    "transferir; solo la escuela los emite.",
    "Token Sobreiro (SOBR), 2 000 000 unidades. Descortiçamos de nove em nove anos.",
    "Token Bottega (BTGA), 500.000 gettoni. In laboratorio siamo in 9.",
    "Token Bottega (BTGA), 500.000 gettoni. Lavoriamo il vetro da trent'anni.",
    "Token Glaze (GLZE), 2M supply. The clay loses about 12% of its weight in the kiln, which is irrelevant here, just "
    "context.",
    "Coin Torch (TRCH), 40k supply. I have been a guide in Vestmannaeyjar already 12 years.",
])
def test_a_time_or_count_of_the_askers_world_is_no_value(prompt: str) -> None:
    clean(prompt)


def test_a_vesting_keeps_its_own_time_beside_the_askers_past() -> None:
    spec = clean(f"Vesting for our new apprentice {A}: over 3 years with a 6-month cliff. We've lost 4 apprentices "
                 "to the city in 6 years.")
    assert spec.family == "vesting" and spec.options["duration_seconds"] == 3 * 365 * 86400


@pytest.mark.parametrize("prompt", [
    f"Multisig for the festival money, owners {A}, {B}, {C}; 2 signatures to spend. We expect 4,000 people.",
    f"Cartera multifirma para el club (14 socios) con estos tres titulares, 2 firmas: {A}, {B}, {C}.",
    f"Multisig for the ferry co-op, owners {A}, {B}, {C}, 2 approvals. Last year we sold 3,4 tons of fish.",
])
def test_a_crowd_a_membership_or_a_measure_counts_no_signers(prompt: str) -> None:
    spec = clean(prompt)
    assert spec.family == "multisig" and spec.options["threshold"] == 2


@pytest.mark.parametrize("prompt", [
    "We are a bike rental in Nelson with 22 city bikes and 4 tandems. NFT Ride Photo (RDPH), max 3000, owner mints.",
    f"Vault 'Crew Savings Vault', symbol csNZD, asset {A}, no deposit limit. We have 9 skippers in winter, 21 in summer.",
    "NFT Hive Queens (HVQN), owner mints. Notre rucher de Bled compte 55 ruches.",
    "Temos uma escola de surf em Peniche, 12 pranchas e uma carrinha. Token 'Onda' (ONDA), 3 milhões.",
])
def test_a_list_of_the_askers_things_goes_on_being_the_world(prompt: str) -> None:
    spec = clean(prompt)
    assert spec.cap in (None, "3000")


# ---- values said in words the reader had missed ------------------------------------------------------------------

@pytest.mark.parametrize(("prompt", "field", "value"), [
    ("Token Lace Hour (LCHR), 90 thousand tokens. Decimals must be zero because an hour is not cut.", "decimals", 0),
    ("Puntos Cono (CONO), sin decimales (0), y 40.000 unidades para empezar.", "decimals", 0),
    ("Un token per votare, «Punto Rete» (PRTE), 420.000 in tutto.", "initial_supply", "420000"),
    ("Gettone «Ricciolo» (RCCL), 200.000 gettoni iniziali. Finiamo due violoncelli l'anno.", "initial_supply", "200000"),
    ("Token Oar (OARS), the supply start is 80k and the maximum never can pass 200k.", "cap", "200000"),
    ("Token Clove (CLVE). Start with 1 millions, never more then 4 millions in total.", "cap", "4000000"),
    ("Token «Agave» (AGVE), 900.000 tokens iniciales, que nunca pueda haber más de 1.500.000 en total.", "cap", "1500000"),
    ("Token Merletto (MRLE), un suministro inicial de 600.000 y un tope máximo de 900.000.", "cap", "900000"),
    (f"Coin Lucerna (LUCN), 777,777 tokens minted to {A}, capped at exactly that amount.", "cap", "777777"),
    ("Token Net (NETS), supply 3 000 000 and the maximum also 3 000 000, never more.", "cap", "3000000"),
    ("Collezione NFT «Gabbiani» (GBBN), enumerabile. Tiratura massima 1.450 esemplari.", "cap", "1450"),
])
def test_values_said_in_other_words(prompt: str, field: str, value) -> None:
    assert getattr(clean(prompt), field) == value


def test_a_supply_cap_turned_down_is_no_zero_supply() -> None:
    spec = clean("Bar token: Tin Drum (TNDR), 500,000 supply, pausable, no supply cap needed.")
    assert spec.initial_supply == "500000" and "capped" not in spec.features


@pytest.mark.parametrize("prompt", [
    "Hello, I want token Linden Honey, short LNDH, 1 million pieces.",
    "We want token, name is Rock Salt, short is RKST, 600 000 tokens.",
    "Kauri Oar / KAUR, 250k, burnable",
])
def test_a_short_form_or_a_slash_gives_the_ticker(prompt: str) -> None:
    spec = clean(prompt)
    assert spec.family == "erc20" and spec.symbol in ("LNDH", "RKST", "KAUR")


def test_an_item_of_a_list_in_capitals_is_no_ticker() -> None:
    spec = clean("multi-token contract for our tea grades (first flush, FTGFOP, second flush, dust), name it Grade Ledger. "
                 "metadata at ipfs://bafyteagrades/{id}.json, owner mints.")
    assert spec.family == "erc1155"


def test_tokens_handed_out_one_per_thing_are_no_second_supply() -> None:
    spec = clean("Token 'Puffin Helper' (PFHL), 30 000 tokens, no decimals, we give 1 token for 1 rescued chick.")
    assert spec.initial_supply == "30000" and spec.decimals == 0


def test_a_mint_per_period_still_stops() -> None:
    assert requirements.stop_line(accounted("Token Bean (BEAN), 1M supply, mint 50 tokens per week to the farm"))


@pytest.mark.parametrize("prompt", [
    "Token Tour (TOUR), max 2,000 tokens per wallet.",
    "Token Tour (TOUR), 5M supply, no more than 10,000 per address.",
])
def test_a_per_wallet_maximum_stops_as_unmet_and_is_no_cap(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.cap is None and "max_wallet" in requirements.stop_line(spec)


def test_a_cap_below_the_default_supply_with_no_supply_stops_rather_than_refuses() -> None:
    with pytest.raises(RequirementsUnmetError, match="no initial supply was read"):
        GenerationService().generate("Token Cable (CBLE), 600,000 tokens max.")


def test_a_cap_above_the_default_supply_with_no_supply_still_deploys() -> None:
    assert GenerationService().generate("Token Cable (CBLE), 6,000,000 tokens max.").spec.cap == "6000000"


# ---- features said in other words --------------------------------------------------------------------------------

@pytest.mark.parametrize(("prompt", "feature"), [
    ("Colección NFT «Sello» (SLLO). Los certificados los emite únicamente la escuela.", "mintable"),
    ("Collezione NFT «Tessera» (TSSR). Le tessere le conia solo il circolo.", "mintable"),
    ("Collezione NFT «Tappeti» (TPPT): ogni tappeto ha il suo URI di metadati.", "uri_storage"),
    ("NFT Kayak Photo (KYPH), max 900. Please the token id go automatic, we dont want to choose numbers.",
     "auto_increment"),
])
def test_features_said_in_other_words(prompt: str, feature: str) -> None:
    assert feature in clean(prompt).features


@pytest.mark.parametrize("prompt", [
    "Token „Wall“ (WALL), 5000 Stück, pausierbar soll er ausdrücklich nicht sein.",
    "Token „Wall“ (WALL), 5000 Stück, pausierbar soll er auf keinen Fall sein.",
])
def test_a_german_feature_turned_down_verb_last(prompt: str) -> None:
    spec = clean(prompt)
    assert "pausable" not in spec.features and "pausable" in spec.disabled


@pytest.mark.parametrize("prompt", [
    "Mud Time ($MUDT), 31,337 supply, burnable. the mules rest from March till May anyway.",
    "Swarm Year token, $SWYR, 200,000 supply. (we caught 12 swarms in May alone)",
])
def test_the_month_may_is_no_modal(prompt: str) -> None:
    clean(prompt)


# ---- families and parties ----------------------------------------------------------------------------------------

def test_a_token_grant_that_vests_is_a_vesting() -> None:
    spec = accounted(f"We give him a token grant that vests over 2 years with a 6-month cliff, paid to {A}.")
    assert spec.family == "vesting" and spec.addresses["beneficiary"] == A


def test_taking_back_the_unvested_part_said_as_yank_is_reported_unmet() -> None:
    spec = accounted(f"Vesting to {A} over 2 years; if he quits we need to be able to yank back whatever hasn't vested yet.")
    assert "revocable" in requirements.stop_line(spec)


@pytest.mark.parametrize("prompt", [
    f"Queremos que o que pagam as serrações se reparta a partes iguais entre os três: {A}, {B} e {C}.",
    f"Queremos que lo que pagan se reparta a partes iguales entre los tres: {A}, {B} y {C}.",
    f"Make a splitter: {A} take 50, {B} take 30, {C} take 20 (it is percent).",
    f"I ricavi vanno divisi in parti uguali fra tre: {A}, {B} e {C}.",
])
def test_a_split_said_in_other_words(prompt: str) -> None:
    spec = clean(prompt)
    assert spec.family == "splitter"


@pytest.mark.parametrize("prompt", [
    f"Timelock for the guild treasury with a 2-day delay. The board multisig {A} proposes and {B} executes. "
    f"Admin is {C}.",
    f"We want timelock for our fund, the delay must be one week. Proposer and executor are the same two addresses: "
    f"{A} and {B}.",
])
def test_a_timelock_whose_multisig_is_an_address(prompt: str) -> None:
    assert clean(prompt).family == "timelock"


def test_a_governor_that_skips_its_timelock_stays_a_governor() -> None:
    spec = clean(f"Governor Quay Circle for our token {A}, quorum 5%; please skip the timelock.")
    assert spec.family == "governor"


def test_a_governor_said_with_time_to_vote_and_no_threshold() -> None:
    spec = clean(f"governor for our co-op, call it Quay Council, voting token {A}. 5% quorum. one day before voting "
                 "opens, two weeks to vote, zero tokens needed to propose.")
    assert spec.options["voting_period_seconds"] == 14 * 86400 and spec.options["proposal_threshold"] == 0


@pytest.mark.parametrize("prompt", [
    f"Uma compra fica em custódia: o comprador deposita a partir de {A}, nós recebemos em {B} e o perito {C} resolve "
    "qualquer litígio. Se não for entregue em 30 dias, o comprador pode reaver o dinheiro.",
    f"Treuhand: Der Käufer zahlt von {A} ein, wir bekommen das Geld an {B}, und unser Gutachter {C} entscheidet bei "
    "Streit.",
    f"A mill pays into escrow from {A}; we get paid at {B}; our forester {C} settles any dispute. If it isn't closed "
    "within 20 days the mill can pull its money back out.",
    f"Käufer ist {A}, Verkäufer {B}, Schiedsrichter {C}. Wird nicht in 10 Tagen geliefert, soll der Käufer sein Geld "
    "zurückholen können.",
    f"Comprador: {A}. Vendedor: {B}. Árbitro: {C}. Si a los 30 días el pago no se ha liberado, el comprador puede "
    "recuperar su dinero.",
])
def test_escrow_parties_named_by_what_they_do(prompt: str) -> None:
    spec = clean(prompt)
    assert (spec.family, spec.addresses["buyer"], spec.addresses["seller"], spec.addresses["arbiter"]) == \
        ("escrow", A, B, C)


def test_a_wallet_that_needs_two_signatures_of_three_is_a_multisig() -> None:
    spec = clean(f"We want a wallet that need two signature of three for spend: {A}, {B}, {C}.")
    assert spec.family == "multisig" and spec.options["threshold"] == 2


@pytest.mark.parametrize("prompt", [
    f"Token «Vite» (VITE), 100.000 unità, ruoli: {A} è l'amministratore e {B} ha il ruolo di minter.",
    f"Token Vid (VIDT), 100.000, roles: {A} is the admin and {B} has the minter role.",
    f"Token Vid (VIDT), 100.000, roles: {A} es el administrador y {B} tiene el rol de minter.",
])
def test_a_role_word_that_was_the_previous_addresss_predicate(prompt: str) -> None:
    spec = clean(prompt)
    assert spec.addresses.get("admin") == A and spec.addresses.get("minter") == B


def test_the_supply_all_going_to_a_persons_address_is_its_recipient() -> None:
    spec = clean(f"Points Archer Merit (ARMT), zero decimals, 20000 points and all going to the club secretary address {A}")
    assert spec.addresses.get("recipient") == A


def test_a_vesting_start_said_as_postponed() -> None:
    spec = clean(f"Token in maturazione per l'apprendista: beneficiario {A}, maturazione lineare su 3 anni, nessun "
                 "cliff, con l'inizio posticipato di 2 mesi.")
    assert spec.options["delay_seconds"] == 60 * 86400 and spec.options["duration_seconds"] == 3 * 365 * 86400


def test_a_cliff_said_as_nothing_unlocking_first() -> None:
    spec = clean(f"Vesting to {A} during 24 months, and in the first 4 months nothing is unlock.")
    assert spec.options["cliff_seconds"] == 120 * 86400


def test_an_exit_scam_said_as_pulling_everything_and_vanishing_is_refused() -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted("Presale for Canal Gold: the money stays in the contract and only my wallet can withdraw it, so when "
                  "the hype's over I pull everything and vanish.")


@pytest.mark.parametrize("prompt", [
    f"Token «Onda» (ONDA), 2,5 milhões. Controle por papéis: admin {A} e minter {B}, que pode cunhar mais.",
    f"Token «Vela» (VELA), 600.000 unità. Gestione a ruoli, con admin {A} e minter {B}; il minter potrà coniarne altri.",
    f"Token «Vela» (VELA), 600.000 unità. Ruoli: amministratore {A} e minter {B}, che potrà coniarne altri.",
])
def test_an_unaccented_e_between_two_addresses_is_and_not_is(prompt: str) -> None:
    spec = clean(prompt)
    assert spec.addresses.get("admin") == A and spec.addresses.get("minter") == B


@pytest.mark.parametrize(("prompt", "role"), [
    (f"Token Harp (HARP), 1M, roles: {A} is the admin and {B} is the only one allowed to mint.", "minter"),
    (f"Token Silver (SLVR), 1.5M supply, pausable, roles: {B} is the pauser and {A} the admin.", "pauser"),
    (f"Token Cork (CORK), 4M supply, roles: {A} is the admin, and {B} (our clerk in Nuoro) is the one who can pause "
     "transfers.", "pauser"),
])
def test_the_second_address_keeps_its_own_role(prompt: str, role: str) -> None:
    spec = clean(prompt)
    assert spec.addresses.get(role) == B and spec.addresses.get("admin") == A


def test_an_adverb_after_the_ticker_keyword_is_no_ticker() -> None:
    spec = clean("ERC20, ticker first because that's what my nephew wants: $DUNE, name Dune Rider. Supply 50,000.")
    assert spec.symbol == "DUNE"


def test_a_bullet_that_says_it_is_context_leaves_the_other_bullets_alone() -> None:
    spec = clean("- token for the ghee school\n- name: Ghee Lamp\n- symbol: GHLP\n- start with 150k\n- owner mints more "
                 "later, hard ceiling 600k\n- (we burn ~200 kg of ghee each festival, not relevant)")
    assert (spec.initial_supply, spec.cap) == ("150000", "600000")


def test_a_count_per_year_said_with_the_article_is_the_askers_trade() -> None:
    spec = clean("Importiamo ceramiche, circa 80 pezzi l'anno. Collezione NFT «Cinque Smalti» (CSMA), li coniamo solo noi.")
    assert spec.cap is None


# ---- blind sets II to IL -----------------------------------------------------------------------------------------

def test_a_feature_word_opening_a_labelled_name_stays_in_it() -> None:
    spec = clean("Token named after the sweets we pass round since 1990: Burn Toffee (BTOF), 800k, fixed supply.")
    assert spec.name == "Burn Toffee" and "burnable" not in spec.features


@pytest.mark.parametrize(("prompt", "feature"), [
    ("ERC-1155-Vertrag namens „Teegarten Nord“, Basis-URI https://tee.example/{id}.json. Für jede Sorte soll die "
     "Gesamtmenge erfasst werden.", "supply_tracking"),
    ("Colección NFT «Manta Andina» (MAND), como máximo 900 piezas. Los identificadores deben asignarse solos y solo la "
     "cooperativa puede acuñar.", "auto_increment"),
    ("Coleção NFT «Remo» (REMO), as peças devem ser enumeráveis e só nós cunhamos.", "enumerable"),
    ("Token „Drehorgel“ (DRHO), 1.000.000 Stück. Wir wollen alle Überweisungen vorübergehend anhalten können.",
     "pausable"),
])
def test_features_said_in_other_words_ii_to_il(prompt: str, feature: str) -> None:
    assert feature in clean(prompt).features


def test_a_role_given_for_an_act() -> None:
    spec = clean(f"Token «Farol» (FRLS), 300.000 unidades. Roles: {A} es el administrador y {B} tiene el rol para pausar "
                 "las transferencias.")
    assert spec.addresses.get("admin") == A and spec.addresses.get("pauser") == B


@pytest.mark.parametrize("prompt", [
    "launching Yam Cash (YAMC) on uniswap. anyone can buy from the pool but when they try to sell back it reverts, "
    "only my wallet and the marketing wallet can sell.",
    "meme coin for the fair. people can buy it on uniswap, but put a quiet check in the transfer so only my wallet can "
    "actually sell.",
])
def test_a_honeypot_said_with_a_second_wallet_or_an_adverb_is_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="honeypot"):
        accounted(prompt)


def test_only_my_wallet_can_mint_is_no_honeypot() -> None:
    assert "mintable" in clean("Token Yam (YAMS), 1M supply, only my wallet can mint more.").features


def test_nft_only_features_make_a_plain_token_an_nft() -> None:
    spec = clean("Our photo series is called Scorch Lines (ticker SCRL). We mint them ourselves, each token gets its own "
                 "metadata URI, and make it enumerable.")
    assert spec.family == "erc721" and {"uri_storage", "enumerable"} <= set(spec.features)


def test_a_name_said_to_be_after_that_is_no_name() -> None:
    spec = clean("The apprentices joked that the token should be named after that, so: Noon Rest, symbol NOON, 1M at launch.")
    assert spec.name == "Noon Rest"


def test_no_single_owner_with_named_roles_asks_for_roles() -> None:
    spec = clean(f"Token Noon Rest (NOON), 1M at launch. No single owner: {A} should be the admin and {B} the only minter, "
                 "able to create more later.")
    assert spec.options.get("access") == "roles"
    assert spec.addresses.get("admin") == A and spec.addresses.get("minter") == B


@pytest.mark.parametrize(("prompt", "family"), [
    (f"Pour la caisse commune de la coopérative, nous voulons un timelock avec un délai minimum de 24 heures. "
     f"Proposants : {A} et {B}. Exécutant : {C} uniquement.", "timelock"),
    (f"Our head carver gets a token grant paid to {A}. Release it evenly over 365 days, starting two weeks after "
     "deployment.", "vesting"),
    ("Siamo distributori di un sale affumicato gallese. Vorremmo un token «Fumo» (FUMO), 500.000 unità, con il voto.",
     "erc20"),
])
def test_the_kind_asked_for_beside_a_word_of_another_kind(prompt: str, family: str) -> None:
    assert clean(prompt).family == family


# ---- blind sets IM to IP -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("prompt", [
    "Certificates for the clocks we restore, as NFTs: \"Escapement Proof\" (ESCP). We mint them, and they may only ever "
    "be held by or sent to wallets we have approved.",
    "NFT membership cards Jubilee Pass, JBLP. We mint them ourselves; they should only ever be held by wallets on the "
    "parish's approved member list.",
])
def test_an_allowlist_said_as_who_may_hold_stops_as_unmet(prompt: str) -> None:
    assert "allowlist" in requirements.stop_line(accounted(prompt))


@pytest.mark.parametrize(("prompt", "feature"), [
    ("NFT for the best fold of each month: Paper Crane, symbol PCRN. The ID should be given automaticaly.",
     "auto_increment"),
    ("ERC20 'Drift Log' with symbol DRFL, supply 30 000; the owner pauses it and also makes new tokens later.",
     "mintable"),
    ("Multi-token for clock parts:\n- name: Uhrwerk Teile\n- uri: https://uhr.example/{id}\n- workshop mints\n"
     "- transfers can be paused", "mintable"),
])
def test_features_said_in_other_words_im_to_ip(prompt: str, feature: str) -> None:
    assert feature in clean(prompt).features


def test_a_ticker_taken_back_with_a_reason_between() -> None:
    assert clean("Lijiang Raft Pass, ticker LRP — wait no, that one's taken, use LJRP. 2 million tokens.").symbol == "LJRP"


@pytest.mark.parametrize("prompt", [
    "Vorrei un airdrop «gratuito» per i clienti: quando firmano per riscuotere il regalo, il contratto deve prendersi "
    "tutti i token che hanno approvato, senza che se ne accorgano.",
    "Queremos lançar uma moeda da festa, fazer barulho na pré-venda e, quando o pool estiver cheio, eu retiro tudo "
    "para a minha carteira e encerramos o projeto sem aviso.",
])
def test_a_drainer_or_an_exit_scam_said_in_italian_or_portuguese_is_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)


def test_allow_partial_on_a_cap_below_the_default_supply_gives_the_templates_refusal() -> None:
    with pytest.raises(GenerationError, match="cap is below the initial supply") as raised:
        GenerationService().generate("Token Cable (CBLE), 600,000 tokens max.", {"allow_partial": True})
    assert not isinstance(raised.value, RequirementsUnmetError)


# ---- blind sets IQ to IT (measured at the session's final code) --------------------------------------------------

@pytest.mark.parametrize("prompt", [
    f"Token Romarin (RMRN), 40 mil para começar. Papéis: o administrador é {A} e quem pode cunhar mais a cada colheita "
    f"é {B}.",
    f"Token Aji (AJIX), 200 000 tokens, roles: admin is {A}, who can mint new tokens is my cousin {B}.",
])
def test_the_one_who_mints_said_before_the_address(prompt: str) -> None:
    assert clean(prompt).addresses.get("minter") == B


@pytest.mark.parametrize(("prompt", "feature"), [
    ("poster NFTs for the fish festival — Festa Peixe (FPXE). public mint at 0.005 ETH each, ids auto-assigned, max 300.",
     "auto_increment"),
    ("Certificates as NFTs that can't be traded: Shear Ticket, SHTK. We issue them ourselves.", "mintable"),
])
def test_features_said_in_other_words_iq_to_it(prompt: str, feature: str) -> None:
    assert feature in clean(prompt).features


def test_wallets_on_a_register_are_an_allowlist() -> None:
    spec = accounted("NFTs for the club: Moon Cup, MNCP, max 200. The club mints them; only wallets on our members' "
                     "register may hold one.")
    assert "allowlist" in requirements.stop_line(spec)


def test_zero_decimals_is_no_hint_of_a_zero_supply() -> None:
    spec = accounted("Points nobody can transfer: Puntos Club, symbol PCLB, decimals zero. The owner mints the points "
                     "after each concert.")
    assert spec.decimals == 0 and not requirements.stop_line(spec)


@pytest.mark.parametrize(("prompt", "name", "symbol"), [
    ("Kauri token, KAUR, 1B supply", "Kauri", "KAUR"),
    ("ERC20 'Figo', FIGO, 1M", "Figo", "FIGO"),
])
def test_a_short_request_gives_its_name_and_ticker(prompt: str, name: str, symbol: str) -> None:
    spec = clean(prompt)
    assert (spec.name, spec.symbol) == (name, symbol)
