"""A family named by its standard's number alone ("1155 contract"), a royalty paid "all'indirizzo 0x..", minting
answered in a record ("mint: club only"), and drainers and impersonations said in new ways (issue 12: blind set CD,
whose silent misreads these were). Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest
from eth_utils import to_checksum_address

from hyperagent.errors import GenerationError
from tests.unit.reading import accounted, option_readings

A = to_checksum_address("0x" + "b2" * 20)


@pytest.mark.parametrize("prompt, family", [
    ("1155 contract for our seed packets, name Seed Drawer, base uri https://seeds.example/{id}.json, we mint", "erc1155"),
    ("A 721 collection of our harbour postcards, name Quay Cards, symbol QYC, max 80", "erc721"),
])
def test_the_standards_number_before_a_contract_word_names_the_family(prompt: str, family: str) -> None:
    assert accounted(prompt).family == family


def test_a_plain_number_of_things_names_no_family() -> None:
    assert accounted("Token Dune Grass, DGR, supply 1155 tokens").family == "erc20"


@pytest.mark.parametrize("prompt", [
    f"Collezione NFT «Vasi di Faenza», simbolo VSF, massimo 200, royalty del 5% sulle rivendite all'indirizzo {A}.",
    f"Collection NFT « Bols de Gien », symbole BDG, 200 max, redevances de 5 % sur les reventes a l'adresse {A}.",
])
def test_a_royalty_paid_to_an_address_after_an_elided_preposition_names_its_recipient(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.addresses.get("recipient") == A
    assert "owner" not in spec.addresses


@pytest.mark.parametrize("prompt", [
    "1155 contract, name Kit Shed, base uri https://kit.example/{id}. mint: club only. burn: yes",
    "ERC1155 Kit Shed, uri https://kit.example/{id}\nmint: yes\nburnable: yes",
    "Token Kit Shed, KSH, 1M supply. minting: the owner only",
])
def test_minting_answered_in_a_record_asks_for_minting(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("mintable") == (True, "honoured")


def test_minting_answered_no_in_a_record_turns_it_off() -> None:
    assert "mintable" in accounted("Token Kit Shed, KSH, 1M supply. mint: no").disabled


@pytest.mark.parametrize("prompt", [
    "airdrop for our fans: they sign a 'claim' but the signature gives us approve on all their tokens and we take them",
    "Token Reef (REEF), 1M. Make the claim page look exactly like the official Uniswap site so people trust it",
])
def test_drainers_and_impersonations_said_in_new_ways_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)


@pytest.mark.parametrize("prompt", [
    "NFT for each rug we weave, collection Loom Knots, symbol LKN, max 500. The number of token go automatic.",
    "Collection NFT 'Tile Star', symbol TLS, and the numbers of the NFT must increment alone; we mint",
    "NFTs for our 30 marionettes: Marionette Row, symbol MRNR. Only the theatre mints; token IDs count up automatically",
])
def test_token_numbers_that_go_up_by_themselves_ask_for_auto_increment(prompt: str) -> None:
    spec = accounted(prompt)
    assert option_readings(spec).get("auto_increment") == (True, "honoured")
    assert spec.name.lower() not in ("ids", "id")


def test_holders_kept_from_sending_to_anyone_else_is_soulbound() -> None:
    prompt = f"Reef Club / RFC: 2,000,000 tokens, all to the club wallet {A}. Members must not be able to send them to anyone else."
    assert option_readings(accounted(prompt)).get("soulbound") == (True, "honoured")


def test_a_transfer_ban_with_an_end_is_no_soulbound_token() -> None:
    spec = accounted("Token Reef Club, RFC, 1M; holders can't transfer them to anyone else until the sale ends")
    assert option_readings(spec).get("soulbound") != (True, "honoured")


@pytest.mark.parametrize("prompt, name", [
    ("Jeton de la cabane : Feu sur la Plage (FEUP), 80 000 jetons", "Feu sur la Plage"),
    ("Token named Haus am See, symbol HAS, 1M supply", "Haus am See"),
    ("Quiero un token. Se llamará Luna del Sur, símbolo LDS, con 3 millones", "Luna del Sur"),
    ("Um contrato ERC-1155 com o nome Partituras Velhas e URI base https://pv.example/{id}.json", "Partituras Velhas"),
    ("Token Kolibri auf Ethereum, 1 Mio., Symbol KLB", "Kolibri"),
])
def test_place_words_inside_a_name_and_the_words_that_end_it(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


def test_everybody_minting_by_paying_is_the_public_mint_alone() -> None:
    spec = accounted("We want NFT for every tent we sew. Collection name Tent Pass, symbol TNTP. Everybody can mint it "
                     "by paying 0.02 ETH, maximum is 900 pieces.")
    assert "public_mint" in spec.features and "mintable" not in spec.features


@pytest.mark.parametrize("prompt", [
    "NFT certificates 'Golden Shears' / GSHR. The union mints them, and only wallets that the union has approved "
    "beforehand may ever receive or hold one.",
    "NFT drop \"Kite Row\" (KTRW), 900 max, public mint at 0.01 ETH, but only wallets we've pre-approved should be able to mint",
])
def test_wallets_approved_beforehand_ask_for_an_allowlist(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("allowlist") == (True, "unmet")


def test_profits_paid_out_to_holders_are_dividends() -> None:
    spec = accounted("We want a token, Sun Share / SNSH, 1,000,000 supply, and every quarter the contract should "
                     "automatically pay the shop's profits out to all holders in proportion to what they hold.")
    assert option_readings(spec).get("dividends") == (True, "unmet")


@pytest.mark.parametrize("prompt", [
    "Una collezione NFT chiamata «Lanterne» (simbolo LNTR), coniata solo dalla gilda, enumerabile",
    "Une collection NFT « Lanternes » (LNTR), frappés uniquement par le musée",
])
def test_minted_only_by_one_hand_asks_for_minting(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("mintable") == (True, "honoured")


def test_an_address_that_stays_admin_is_the_admin() -> None:
    minter = to_checksum_address("0x" + "c3" * 20)
    spec = accounted(f"bakery token pls — Rye Break, RYEB, 333k. minting goes through a minter role held by {minter}, "
                     f"and I ({A}) stay admin.")
    assert spec.addresses.get("admin") == A and spec.addresses.get("minter") == minter


def test_selling_that_fails_for_every_wallet_but_the_askers_is_refused() -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted("Token Kite (KITE) for the tourists: anyone can buy from the pool, but any sell from a wallet that "
                  "isn't mine just fails with some generic error.")


@pytest.mark.parametrize("prompt", [
    "collection NFT « Bonnets » (BNT) : les numéros s'attribuent automatiquement, et nous seuls pouvons frapper",
    "Collezione NFT «Lumi» (LUMI): i numeri si incrementano, la coniamo noi",
    "NFT-Sammlung „Krug“ (KRG): die Nummern werden automatisch vergeben, geprägt wird nur von uns",
])
def test_numbers_assigned_by_themselves_in_other_languages_ask_for_auto_increment(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("auto_increment") == (True, "honoured")


def test_numbers_assigned_by_someone_ask_for_no_auto_increment() -> None:
    assert "auto_increment" not in accounted("NFT « Bols » (BOL) : les numéros s'attribuent par l'admin").features


def test_the_ticker_before_a_slash_and_the_name_after_it() -> None:
    spec = accounted("harp token: HRPB / Harpglow Strings, 5M, mintable")
    assert (spec.name, spec.symbol) == ("Harpglow Strings", "HRPB")


def test_an_emoji_between_a_name_and_its_ticker_separates_them() -> None:
    spec = accounted("Wooden Shoes 👞 WDSH — one NFT per painted pair, we mint them ourselves, 500 max")
    assert (spec.name, spec.symbol) == ("Wooden Shoes", "WDSH")


@pytest.mark.parametrize("prompt, symbol", [
    ("ERC20 called Fretboard with 640,000 supply. Symbol FRTB — actually, make the symbol FRET. Permit as well.", "FRET"),
    ("Token Clay Coin, symbol CLAY — hmm no, make the symbol CLYC. 18 decimals... actually make it 2 decimals", "CLYC"),
])
def test_a_symbol_taken_back_gives_way_to_the_later_one(prompt: str, symbol: str) -> None:
    assert accounted(prompt).symbol == symbol


def test_actually_as_a_filler_takes_nothing_back() -> None:
    assert accounted("Token Clay Coin, symbol CLAY, we actually need 1M supply").symbol == "CLAY"


def test_a_role_named_by_what_it_does_and_given_later_in_the_sentence() -> None:
    spec = accounted(f"Vorremmo un token «Zoccolo», simbolo ZOC, 250.000 token e, invece di un unico proprietario, un "
                     f"ruolo dedicato per chi può coniare nuovi token, assegnato a {A}.")
    assert spec.addresses.get("minter") == A and spec.options.get("access") == "roles"


@pytest.mark.parametrize("prompt", [
    "Fan token presale for our rodeo. When the raise hits 200 ETH I need a function that pulls all the raised ETH "
    "and the pool liquidity into my own wallet.",
    "Token Lasso (LSSO), 1M. Make it look like the liquidity is locked so buyers feel safe.",
])
def test_pulling_the_pool_and_faking_a_lock_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)


def test_collectors_approved_in_advance_ask_for_an_allowlist() -> None:
    spec = accounted("NFT presale: Pattern Pass (PTP), max 1,000 passes at 0.08 ETH each. Only collectors we've "
                     "approved in advance may mint.")
    assert option_readings(spec).get("allowlist") == (True, "unmet")


def test_minted_only_by_the_owner_with_own_metadata_links_in_portuguese() -> None:
    spec = accounted(f"Queremos uma coleção NFT «Tapetes», sigla TPT, com um link de metadados próprio para cada peça, "
                     f"emitida só pelo proprietário, e royalties de 5% para {A}.")
    readings = option_readings(spec)
    assert readings.get("uri_storage") == (True, "honoured") and readings.get("mintable") == (True, "honoured")


@pytest.mark.parametrize("prompt", [
    "Token 'Sled' with symbol SLD and 10 000 000 pieces, every holder can burn own tokens. Pausing we not want.",
    "Token Sled (SLD), 1M. Pausing we don't need.",
])
def test_a_feature_named_first_and_then_not_wanted_is_off(prompt: str) -> None:
    assert "pausable" in accounted(prompt).disabled


@pytest.mark.parametrize("prompt", [
    "Un token chiamato «Punti», simbolo PNT: 2 milioni subito, tetto di 5 milioni, il proprietario può emetterne altri",
    "Un token «Puntos» (PTS), 2 millones, el dueño puede emitir más hasta 5 millones",
])
def test_an_owner_who_can_issue_more_mints(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("mintable") == (True, "honoured")


def test_holders_paid_their_share_of_the_profit_in_german_are_dividends() -> None:
    spec = accounted("Wir hätten gern einen Token „Anteil“ mit dem Kürzel ANTL, 500.000 Stück. Alle Inhaber sollen "
                     "jedes Quartal automatisch ihren Anteil an unserem Gewinn ausgezahlt bekommen.")
    assert option_readings(spec).get("dividends") == (True, "unmet")


def test_an_italian_claim_page_that_takes_approval_of_all_tokens_is_refused() -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted("Vogliamo un airdrop di NFT gratuiti: quando uno firma per ricevere l'NFT in realtà ci concede "
                  "l'approvazione su tutti i suoi token, così li spostiamo sul nostro wallet.")


def test_the_only_one_who_can_propose_is_the_proposer() -> None:
    other = to_checksum_address("0x" + "d4" * 20)
    spec = accounted(f"Put our guild treasury behind a timelock with a one-week delay. {A} would be the only one who "
                     f"can propose, and both {A} and {other} should be able to execute.")
    assert spec.addresses.get("proposers") == A


@pytest.mark.parametrize("prompt", [
    "Für die Zertifikate (ca. 2.400 Stück pro Jahr) hätte ich gern eine NFT-Kollektion „Seide“, Symbol SEI, nur ich präge",
    "Somos uma oficina, fazemos uns 300 por ano. Queremos um token chamado Cabaça, símbolo CBC, com 1.250.000 unidades.",
    "We fire about 40 pots a week. NFT Kiln Pots (KLNP), max 500, we mint them",
])
def test_a_count_per_period_of_the_askers_trade_is_no_value(prompt: str) -> None:
    spec = accounted(prompt)
    assert not any(r.status.value in ("ambiguous", "unmet") and any(c.isdigit() for c in r.text)
                   for r in spec.requirements), spec.requirements
    assert spec.cap is None or int(spec.cap) == 500


def test_a_count_per_period_that_is_minted_still_stops() -> None:
    spec = accounted("Token Bean (BEAN), 1M supply, and mint 100 tokens per day to the farm")
    assert any(r.status.value in ("ambiguous", "unmet") for r in spec.requirements)


def test_a_count_of_the_askers_staff_is_no_supply() -> None:
    spec = accounted("Unser Stand hat 3 Verkäuferinnen. Treuepunkte als Token: Name „Herz“, Kürzel HRZ, 0 "
                     "Nachkommastellen, nicht übertragbar, nur wir als Eigentümer prägen neue.")
    assert spec.initial_supply is None


@pytest.mark.parametrize("prompt", [
    "Multisig-Wallet. Eigentümer: {a}, {b} und {c}. Jede Auszahlung muss von allen dreien bestätigt werden.",
    "Shared treasury. Three of us hold keys: {a}, {b}, {c}, and every payment needs all three to sign.",
    "Treasury wallet. Five of us hold keys and any three together can move funds: {a}, {b}, {c}, {d}, {e}",
])
def test_all_or_any_count_of_owners_who_sign_is_the_threshold(prompt: str) -> None:
    owners = [to_checksum_address("0x" + f"{n:02x}" * 20) for n in range(17, 22)]
    spec = accounted(prompt.format(a=owners[0], b=owners[1], c=owners[2], d=owners[3], e=owners[4]))
    assert spec.family == "multisig" and spec.options.get("threshold") == 3


def test_not_all_of_them_is_no_threshold() -> None:
    owners = [to_checksum_address("0x" + f"{n:02x}" * 20) for n in range(17, 20)]
    spec = accounted(f"multisig with the owners {owners[0]}, {owners[1]}, {owners[2]}; two of three must sign, not all three")
    assert spec.options.get("threshold") == 2 and option_readings(spec) == {}


def test_a_count_of_people_before_some_of_the_addresses_counts_only_them() -> None:
    payees = [to_checksum_address("0x" + f"{n:02x}" * 20) for n in range(40, 44)]
    spec = accounted(f"Split our print sales: the lead painter {payees[0]} takes 40%, the two apprentices {payees[1]} and "
                     f"{payees[2]} take 20% each, and the fund {payees[3]} keeps the remaining 20%.")
    assert "payee_count" not in {r.key for r in spec.requirements}


def test_a_uri_that_may_move_later_is_updatable() -> None:
    spec = accounted("ERC1155 name: Basket Weaves. metadata lives at https://bw.example/meta/{id}.json. we mint, and the "
                     "URI might move later so let us change it")
    assert option_readings(spec).get("updatable_uri") == (True, "honoured")


def test_whoever_can_pause_in_italian_is_the_pauser() -> None:
    pauser = to_checksum_address("0x" + "e5" * 20)
    spec = accounted(f"Token 'Sisal' (SSL), 600.000, pausabile, con ruoli: amministratore {A}, e chi può mettere in "
                     f"pausa è {pauser}.")
    assert spec.addresses.get("pauser") == pauser and spec.addresses.get("admin") == A


@pytest.mark.parametrize("prompt", [
    f"Vesting para um afinador, carteira {A}, 18 meses, cliff de 3 meses; se sair antes, temos de poder cancelar e "
    "recuperar o que ainda não tiver sido liberado.",
    f"Vesting para {A} durante 18 meses; si deja el taller, queremos poder quitarle lo que todavía no se le haya liberado.",
])
def test_taking_back_what_has_not_vested_in_other_words_is_revocation(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("revocable") == (True, "unmet")


@pytest.mark.parametrize("prompt", [
    "Punti fedeltà: nome \"Croce\", simbolo CRX, 0 decimali, 10.000. Non devono potersi trasferire da un cliente all'altro.",
    "Puntos: nombre «Cruz», símbolo CRZ, 10.000; no deben poder transferirse entre clientes.",
])
def test_must_not_be_transferable_in_italian_and_spanish_is_soulbound(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("soulbound") == (True, "honoured")


@pytest.mark.parametrize("prompt", [
    "Queremos um token chamado Estepe, símbolo ESTP, com 900 mil unidades, mas não queremos que o contrato seja pausável.",
    "Token Lago (LAG), 1M, e non vogliamo che il token sia pausabile.",
])
def test_not_wanting_the_contract_to_be_pausable_turns_it_off(prompt: str) -> None:
    assert "pausable" in accounted(prompt).disabled


def test_a_quoted_name_after_the_kind_wins_over_the_words_before_it() -> None:
    spec = accounted("Pour notre coopérative de Mora : un jeton « Cheval Bleu » (CHVB), 21 000 000 d'unités.")
    assert spec.name == "Cheval Bleu"


def test_a_label_in_brackets_after_an_address_is_no_symbol() -> None:
    owners = [to_checksum_address("0x" + f"{n:02x}" * 20) for n in range(50, 53)]
    spec = accounted(f"multisig for lodge funds, 2-of-3. signers: {owners[0]} (GM), {owners[1]} (CFO), {owners[2]} (owner)")
    assert spec.symbol is None and option_readings(spec) == {}


@pytest.mark.parametrize("prompt", [
    "airdrop for 'Argan Reward': people sign one approval, and after the contract take all their USDT and other tokens "
    "to my address.",
    "Un airdrop de «Flamenco Coin»: el contrato tiene que pedirles que aprueben todos sus tokens y NFTs a mi dirección, "
    "así luego les vacío la cartera.",
])
def test_approvals_turned_against_the_signer_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)


def test_holders_may_pass_nfts_only_to_addresses_cleared_beforehand_in_german() -> None:
    spec = accounted("NFT-Sammlung „Zypresse“ (ZYP), höchstens 120 Stück, die nur wir minten. Weitergeben dürfen die "
                     "Besitzer ihre NFTs nur an Adressen, die wir vorher freigeschaltet haben.")
    assert option_readings(spec).get("allowlist") == (True, "unmet")


def test_who_can_pause_as_a_record_key_names_the_pauser() -> None:
    pauser = to_checksum_address("0x" + "f6" * 20)
    spec = accounted(f"Precisamos de um token: nome Remo, símbolo RMO, 120 000 tokens, pausável, com papéis. "
                     f"Administrador: {A}. Quem pode pausar: {pauser}.")
    assert spec.addresses.get("pauser") == pauser and spec.addresses.get("admin") == A


def test_profits_shared_out_to_holders_in_a_long_german_sentence_are_dividends() -> None:
    spec = accounted("Unser Ensemble (12 Stimmen) möchte einen Token „Nordlicht“, Kürzel NRDL, 800.000 Stück. Die "
                     "Einnahmen aus unseren Konzerten sollen dann regelmäßig und automatisch anteilig an alle "
                     "Token-Inhaber ausgeschüttet werden.")
    readings = option_readings(spec)
    assert readings.get("dividends") == (True, "unmet") and "votes" not in readings


def test_a_greeting_after_a_subject_line_is_no_name() -> None:
    spec = accounted("Subject: workshop token\n\nHi, could you set up an ERC-20 for Tonewood Share, ticker TWS? 12.5M "
                     "supply, 18 decimals is fine.")
    assert spec.name == "Tonewood Share"


@pytest.mark.parametrize("prompt, name, symbol", [
    ("$SNMK — San Marcos Box. 900k supply, burnable.", "San Marcos Box", "SNMK"),
    ("ERC20 — Hyper Coin, 1M supply", "Hyper Coin", None),
])
def test_a_ticker_or_kind_opening_a_line_before_a_dash_and_the_name(prompt: str, name: str, symbol: str | None) -> None:
    spec = accounted(prompt)
    assert spec.name == name and (symbol is None or spec.symbol == symbol)


def test_issuance_only_by_us_in_italian_mints() -> None:
    spec = accounted("Una collezione NFT: nome «Panama», simbolo PNM. Ogni certificato con il proprio URI di metadati, "
                     "emissione solo da parte nostra.")
    assert option_readings(spec).get("mintable") == (True, "honoured")


def test_the_pause_role_given_in_french_names_the_pauser() -> None:
    pauser = to_checksum_address("0x" + "a7" * 20)
    spec = accounted(f"Un jeton « Aulne » (AULN), 3 millions. Il faut pouvoir suspendre les transferts : le rôle de pause "
                     f"va à {pauser} et le rôle d'administrateur à {A}, pas de propriétaire unique.")
    assert spec.addresses.get("pauser") == pauser and spec.addresses.get("admin") == A


def test_upgrading_without_changing_address_is_no_transfer_ban() -> None:
    spec = accounted("Quero um token chamado Poncho, sigla PNC, com 400 mil tokens. Quero poder emitir mais, e o "
                     "contrato tem que ser atualizável depois, sem trocar de endereço.")
    assert "soulbound" not in spec.features


def test_a_name_of_a_feature_word_joined_by_an_ampersand() -> None:
    assert accounted("Mint & Myrtle (symbol MIRT) is the token for our evening. Half a million tokens.").name == \
        "Mint & Myrtle"


@pytest.mark.parametrize("prompt", [
    "One ERC1155 collection named \"Green Lacquer\", metadata at https://gl.example/{id}.json. Only the workshop creates new items.",
    "Contrato multi-token (ERC-1155) chamado Padrões, metadados em https://p.example/{id}.json. O coletivo é quem cria os tokens.",
])
def test_one_hand_that_creates_the_items_mints(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("mintable") == (True, "honoured")


@pytest.mark.parametrize("prompt", [
    "Una colección NFT «Ojo», símbolo OJO, que los ids se asignen solos, máximo 777 piezas",
    "Une collection NFT « Tartines » (TRT), 750 exemplaires au maximum, et la numérotation se fait automatiquement.",
])
def test_ids_that_assign_themselves_in_spanish_and_french(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("auto_increment") == (True, "honoured")


def test_the_minteur_role_in_french_names_the_minter() -> None:
    minter = to_checksum_address("0x" + "b8" * 20)
    spec = accounted(f"Un jeton « Laine » (LNE), 42 millions, avec des rôles : l'administrateur sera {A} et le rôle de "
                     f"minteur ira à {minter}.")
    assert spec.addresses.get("minter") == minter


def test_wallets_we_approve_before_in_plain_present_ask_for_an_allowlist() -> None:
    spec = accounted("NFT of our masks, name Mask, symbol MSK, 300 maximum. Collectors pay 0.05 ETH to mint, but ONLY "
                     "wallets that we approve before can mint.")
    assert option_readings(spec).get("allowlist") == (True, "unmet")


def test_the_initial_supply_minted_to_a_treasury_asks_for_no_minting() -> None:
    spec = accounted(f"A token named Utaguchi, symbol UTAG. The initial supply of 880,000 should be minted to the "
                     f"association treasury at {A}.")
    assert "mintable" not in spec.features and "mintable" not in option_readings(spec)


def test_a_uri_the_owner_can_swap_in_portuguese_is_updatable() -> None:
    spec = accounted("Contrato ERC-1155 chamado Padrões, metadados em https://p.example/{id}.json; o dono precisa poder "
                     "trocar essa URI mais tarde.")
    assert option_readings(spec).get("updatable_uri") == (True, "honoured")


def test_a_clock_by_block_numbers_in_french_plural() -> None:
    spec = accounted("Un jeton « Émail » (EML), 21 000 000 d'unités, votes délégables avec une horloge basée sur les "
                     "numéros de bloc.")
    assert spec.options.get("clock") == "blocknumber"


@pytest.mark.parametrize("prompt", [
    "Launching Truffle Coin for the fair. Buying works normally, but selling should only go through for my own wallet.",
    "Token for the guild pension pot. I need an admin function that lets me pull every member's balance into my own wallet.",
])
def test_selling_kept_to_the_asker_and_balances_pulled_to_the_asker_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)


@pytest.mark.parametrize("prompt", [
    "Un contratto ERC-1155 «Etichette» per le bottiglie, metadati su https://e.example/{id}.json. Solo la cooperativa "
    "può coniare e i token non si devono poter trasferire.",
    "Preciso de um token chamado “Tesoura”, símbolo TSR, com 900 mil unidades, que os participantes não consigam "
    "transferir.",
])
def test_tokens_that_must_not_be_movable_in_italian_and_portuguese_are_soulbound(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("soulbound") == (True, "honoured")


def test_ids_counting_up_by_themselves_in_german() -> None:
    spec = accounted("NFT-Sammlung „Ikonostas“, Symbol IKN. Nur wir prägen, die IDs zählen automatisch hoch.")
    assert option_readings(spec).get("auto_increment") == (True, "honoured")


def test_a_spec_title_names_the_contract() -> None:
    spec = accounted(f"Governance spec - Reed Council\n- Voting token: {A}\n- Quorum: 10%\n- Voting delay: 2 days\n"
                     "- Voting period: 5 days")
    assert spec.name == "Reed Council"


@pytest.mark.parametrize("prompt", [
    "An ERC-1155 called \"Tempera\", metadata at https://t.example/{id}.json. Only the studio mints, and the URI has to "
    "stay changeable.",
    "Um contrato ERC-1155 com o nome «Azul», URI base https://a.example/{id}.json. Só nós cunhamos e o URI tem de poder "
    "ser alterado mais tarde.",
])
def test_a_uri_that_must_stay_changeable_is_updatable(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("updatable_uri") == (True, "honoured")


def test_individual_metadata_per_piece_in_portuguese_is_uri_storage() -> None:
    spec = accounted("Coleção NFT \"Índigo\" (sigla IND). Máximo de 3.000 tokens, metadados individuais por peça.")
    assert option_readings(spec).get("uri_storage") == (True, "honoured")


def test_no_limit_on_deposits_in_italian_turns_the_cap_down() -> None:
    spec = accounted(f"Vault ERC-4626: nome Fondo Capra, simbolo fCAPRA, asset sottostante il token {A}. Nessun limite "
                     "ai depositi.")
    assert "capped" in spec.disabled and "capped" not in spec.features


def test_delegating_their_voices_in_french_asks_for_votes() -> None:
    spec = accounted("Un jeton « Griot », symbole GRIO, 21 millions. Les détenteurs doivent pouvoir déléguer leurs voix.")
    assert option_readings(spec).get("votes") == (True, "honoured")


def test_minting_managed_with_roles_in_italian_mints_under_roles() -> None:
    spec = accounted("Un contratto ERC-1155 chiamato \"Forbici\" con URI https://f.example/{id}.json. Il conio deve "
                     "essere gestito con ruoli.")
    assert "mintable" in spec.features and spec.options.get("access") == "roles"


def test_portuguese_no_before_a_noun_is_in_the_not_a_negation() -> None:
    spec = accounted("Quero um token chamado 'Cavalete', símbolo CVLT, com meio milhão de unidades. Preciso de "
                     "empréstimos-relâmpago no padrão ERC-3156.")
    assert option_readings(spec).get("flashmint") == (True, "honoured")


def test_closing_the_site_and_vanishing_is_refused() -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted("Una prevendita per un token. Gli investitori versano ETH; finita la raccolta chiudo il sito e sparisco.")


def test_timestamps_rather_than_block_numbers_in_spanish_plural() -> None:
    spec = accounted("Un token para votar: nombre \"Lonja\", símbolo LNJ, 300.000 tokens, con delegación de votos, y que "
                     "el conteo use marcas de tiempo y no números de bloque.")
    assert spec.options.get("clock") == "timestamp"


def test_you_cannot_sell_half_of_the_askers_goods_is_no_transfer_ban() -> None:
    spec = accounted("Token is Birch / $BRCH, 95,000 supply, zero decimals since you can't sell half a knife handle.")
    assert "soulbound" not in spec.features


@pytest.mark.parametrize("prompt", [
    "Uma coleção multi-token (ERC-1155) chamada Tambores, metadados em https://t.example/{id}.json. Só o grupo cria "
    "novos itens, e queremos poder trocar esse endereço de metadados depois.",
    "Un contrat ERC-1155 appelé « Lotes », métadonnées sur https://l.example/{id}.json, et nous devons pouvoir modifier "
    "cette URI plus tard. Seul le propriétaire crée de nouveaux jetons.",
])
def test_one_hand_creating_new_items_and_a_changeable_metadata_address(prompt: str) -> None:
    readings = option_readings(accounted(prompt))
    assert readings.get("mintable") == (True, "honoured") and readings.get("updatable_uri") == (True, "honoured")


@pytest.mark.parametrize("prompt, name", [
    ("Dear sir, our school need a token. Name - Lapis Blue, short name LPSB. We make 21,000 tokens only.", "Lapis Blue"),
    (f"A escola quer um cofre ERC-4626 chamado Cofre do Ouro em Folha, símbolo vGOLD, cujo ativo é o token {A}.",
     "Cofre do Ouro em Folha"),
    ("Für unsere Schmiede: eine NFT-Sammlung „Puukko Zertifikat“, Symbol PKZ, wir prägen selbst.", "Puukko Zertifikat"),
    ("Calisson Box Art — NFTs of our painted tin boxes, ticker BOXA. we mint them ourselves.", "Calisson Box Art"),
    ("Flash Opal, ticker FLOP, 700k. Fixed supply. (The name's after the play of colour in the stone.)", "Flash Opal"),
    ("$NONLA — Nón Lá Coin. 21M supply, 6 decimals, burnable.", "Nón Lá Coin"),
])
def test_names_after_a_dash_a_place_word_a_compound_kind_or_before_an_aside(prompt: str, name: str) -> None:
    assert accounted(prompt).name == name


def test_a_role_management_in_german_asks_for_roles() -> None:
    spec = accounted("ERC-1155, Name „Figuren“, Metadaten unter https://f.example/{id}.json. Prägen dürfen nur wir, und "
                     "statt eines einzelnen Owners hätten wir gern eine Rollenverwaltung.")
    assert spec.options.get("access") == "roles"


def test_a_sell_failing_for_every_wallet_not_one_of_the_askers_is_refused() -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted("token for the village, 50M supply: people can buy from the pool but any sell from a wallet that "
                  "isn't one of mine should just fail with some generic error")


def test_nobody_but_the_asker_able_to_sell_is_refused() -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted("Launching Stone Gold, 10M supply. I need a switch: once buyers pile in, I flip it and nobody except "
                  "my wallet can sell anymore.")


@pytest.mark.parametrize("prompt", [
    "we want NFT for every pattern. name Kupesi, symbol KPST. Is the owner who mint. Maximum 500 pattern only.",
    "We make erc1155 for our recordings, name Erritmoak, base uri https://e.example/{id}.json, and we are the ones who mint.",
])
def test_the_one_who_mints_said_as_a_cleft(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("mintable") == (True, "honoured")


def test_vetoing_addresses_in_spanish_is_the_unsupported_blocklist() -> None:
    spec = accounted("Un token de entradas: nombre Sarrera, símbolo SGRS, 2 millones. Necesito poder vetar direcciones "
                     "concretas para que no puedan ni enviar ni recibir tokens.")
    readings = option_readings(spec)
    assert readings.get("blocklist") == (True, "unmet") and readings.get("soulbound") != (True, "honoured")


def test_certificates_that_never_pass_between_wallets_in_italian_are_soulbound() -> None:
    spec = accounted("Un contratto ERC-1155 «Piatti», URI https://p.example/{id}.json, solo io posso coniare, i "
                     "certificati non devono mai poter passare da un portafoglio all'altro.")
    assert option_readings(spec).get("soulbound") == (True, "honoured")


def test_another_records_value_starting_with_nome_is_no_name() -> None:
    spec = accounted("Shop: Nome Ulu & Kuspuk\nToken name: Caribou Horn\nTicker: $CRBH\nStarting supply: 100000")
    assert spec.name == "Caribou Horn"


@pytest.mark.parametrize("prompt, disabled", [
    ("Un token «Brocca» (simbolo BRC) con un tetto di 10 milioni: ne coniamo 1 milione subito e il resto più avanti, "
     "solo noi. Niente funzione di pausa.", {"pausable"}),
    ("Token «Curva» (CVDG), 10 milioni, e non deve essere possibile né metterlo in pausa né bruciarlo.",
     {"pausable", "burnable"}),
    ("Jeton Pain (PAIN), 1M, qu'on ne puisse jamais le mettre en pause", {"pausable"}),
])
def test_the_italian_clitic_ne_is_no_negation_but_ne_as_nor_is(prompt: str, disabled: set[str]) -> None:
    spec = accounted(prompt)
    assert disabled <= set(spec.disabled) and not (set(spec.features) & disabled)


def test_the_ids_or_numbers_going_automatic_and_to_be_automatic() -> None:
    for prompt in ("We want make NFT collection, name is \"Gul\" and symbol GUL. Every dress have own metadata link, the "
                   "numbers going automatic.", "NFT collection 'Cocos' (symbol CCS), max 500. Also the ids to be automatic.",
                   "Una colección NFT «Kené» (KENE), los números de token se asignan solos."):
        assert option_readings(accounted(prompt)).get("auto_increment") == (True, "honoured"), prompt


def test_a_word_cut_at_the_window_start_is_no_aside_marker() -> None:
    spec = accounted("Points for the shops along the street in Naruko: Kokeshi Point (KPT), 5,000,000 at launch, more "
                     "can be minted later.")
    assert spec.initial_supply is not None and int(spec.initial_supply) == 5_000_000


def test_profit_shared_out_to_whoever_holds_the_token_in_portuguese_is_dividends() -> None:
    spec = accounted("Um token chamado «Kené», símbolo KCP, com 1.000.000 de unidades, e uma parte do lucro das vendas "
                     "seja distribuída automaticamente a quem tem o token.")
    assert option_readings(spec).get("dividends") == (True, "unmet")


def test_possible_to_upgrade_later_asks_for_an_upgradeable_contract() -> None:
    spec = accounted("Token 'Vile' (VIL), supply one hundred thousand, and it must be possible to upgrade it later.")
    assert spec.options.get("upgradeable") == "uups"


def test_no_minting_after_launch_in_italian_turns_minting_off() -> None:
    assert "mintable" in accounted("Token «Sagra», simbolo SGR, 100.000 token. Nessun minting dopo il lancio.").disabled


def test_the_pause_attendant_in_italian_is_the_pauser() -> None:
    pauser = to_checksum_address("0x" + "c9" * 20)
    spec = accounted(f"Token 'Campana' (CMP), 800.000, pausabile. Gestione con ruoli: amministratore {A}, addetto alla "
                     f"pausa {pauser}.")
    assert spec.addresses.get("pauser") == pauser


def test_one_hand_creating_new_units_in_portuguese_mints() -> None:
    spec = accounted("Um contrato ERC-1155, Nome: Matrizes. URI dos metadados: https://m.example/api/{id}. Só a gráfica "
                     "cria novas unidades.")
    assert option_readings(spec).get("mintable") == (True, "honoured")


def test_approving_our_contract_to_move_all_their_tokens_is_refused() -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted("Quero fazer um airdrop de NFT grátis. Pra resgatar, a pessoa tem que aprovar o nosso contrato pra "
                  "movimentar todos os tokens e NFTs da carteira dela.")


def test_a_question_record_answered_yes_after_one_answered_no() -> None:
    spec = accounted("Nombre: Cartón\nSímbolo: CRTN\nSuministro inicial: 750 000\n¿Se puede acuñar más después?: no\n"
                     "¿Quemable?: sí")
    assert "burnable" in spec.features and "mintable" in spec.disabled


def test_a_delay_before_the_vote_opens_said_as_a_noun_is_the_voting_delay() -> None:
    spec = accounted(f"Un Governor nommé « Conseil », basé sur notre jeton {A}. Quorum de 10 %, délai de 2 jours avant "
                     "l'ouverture du vote, vote ouvert pendant 5 jours.")
    assert "voting_delay_seconds" in {r.key for r in spec.requirements}


@pytest.mark.parametrize("prompt", [
    "Collection name is 'Washi Prints', symbol WSP. Anybody can mint with paying 0.01 ETH, and the ids should be counting automatic.",
    "NFTs chamados 'Degustação' (símbolo DGS): qualquer pessoa pode mintar pagando 0,005 ETH, os ids são automáticos.",
])
def test_ids_counting_or_being_automatic(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("auto_increment") == (True, "honoured")


@pytest.mark.parametrize("prompt", [
    "Un jeton non transférable : nom « Tambour », symbole TMB, 500 jetons au départ, puis nous en créerons d'autres.",
    f"NFTs for the club register: 'Rib' / RIB, max 120, minted by the club only, 10% royalty to {A} on resales.",
])
def test_more_made_later_or_minted_by_one_hand_only(prompt: str) -> None:
    assert option_readings(accounted(prompt)).get("mintable") == (True, "honoured")


def test_a_name_of_the_contract_record_and_one_id_per_kind() -> None:
    spec = accounted("A collection of digital santons, each personage (the shepherd, the fishwife) is one id. Name of "
                     "contract: Crèche Numérique. Metadata is on https://c.example/santon/{id}.json. Only we mint.")
    assert (spec.family, spec.name) == ("erc1155", "Crèche Numérique")


def test_a_question_record_answered_no_never_turns_minting_off() -> None:
    spec = accounted("Nombre del token: Espejo\nSímbolo: EHUM\nCantidad inicial: 2.000.000\n¿Pausable?: sí\n"
                     "¿Se podrán crear más tokens después?: no, nunca")
    assert "mintable" in spec.disabled and "pausable" in spec.features


def test_nothing_minted_on_top_later_in_german_turns_minting_off() -> None:
    spec = accounted("Einen Token namens „Indigo“ mit dem Kürzel IND und 1.250.000 Stück – nachträglich soll nichts "
                     "dazugeprägt werden können.")
    assert "mintable" in spec.disabled


def test_the_count_per_kind_readable_in_german_is_supply_tracking() -> None:
    spec = accounted("Unsere Dekore als ERC-1155. Name: Dekore. Metadaten unter https://d.example/meta/{id}.json. Wir "
                     "prägen selbst, die Stückzahl pro Dekor soll abrufbar sein.")
    assert option_readings(spec).get("supply_tracking") == (True, "honoured")


def test_signing_to_approve_without_gas_is_permit() -> None:
    spec = accounted("Token Kasena (KSB), half a million, and people can sign to approve without paying gas.")
    assert option_readings(spec).get("permit") == (True, "honoured")


def test_a_linear_release_in_italian_names_a_vesting() -> None:
    spec = accounted(f"Il nostro socio riceverà dei token all'indirizzo {A}. Rilascio lineare nell'arco di 18 mesi.")
    assert spec.family == "vesting"


@pytest.mark.parametrize("prompt, threshold", [
    (f"A governor 'Rat', token {A} for voting. Quorum 10 percent. For make a proposal one needs 500 tokens.", "500"),
    (f"Governor, call it Bose ni Masi. Voting token is at {A}. Quorum 4%, you need 100 tokens to put up a proposal.", "100"),
    (f"Governor-Vertrag „Rat“ für unseren Token unter {A}. Quorum 4 %, Mindestbesitz für Vorschläge 10.000 Token.", "10000"),
    (f"Un gobernador «Asamblea» con nuestro token {A}. Quórum del 10 %. Para proponer hay que tener al menos 500 tokens.",
     "500"),
])
def test_what_a_proposer_needs_in_other_words_is_the_proposal_threshold(prompt: str, threshold: str) -> None:
    spec = accounted(prompt)
    assert str(spec.options.get("proposal_threshold")) == threshold and spec.initial_supply is None


def test_a_short_word_of_another_language_inside_a_name() -> None:
    assert accounted(f"Governor for our cooperative, call it Bose ni Masi. Voting token is at {A}. Quorum 4%.").name == \
        "Bose ni Masi"
    assert accounted("token Swell Credits aka SWLC: 1.2M at launch").name == "Swell Credits"


@pytest.mark.parametrize("prompt, feature", [
    ("Token Obsidiana (OBSN), 2 million supply, where every time somebody sends tokens 2% of the amount goes to our "
     "school fund", "transfer_fee"),
    ("Un token llamado Crin, símbolo CRIN, 21 millones. Ninguna billetera puede tener más del 2 % del total.", "max_wallet"),
])
def test_fees_on_every_send_and_holding_limits_said_otherwise_stop(prompt: str, feature: str) -> None:
    assert option_readings(accounted(prompt)).get(feature) == (True, "unmet")


@pytest.mark.parametrize("prompt", [
    "We need token Jade Verde with symbol JVRD, initial 500 thousand tokens, and the maximum what can exist is 1 million, "
    "never more. Owner can make more tokens until this maximum.",
    "Token with name Crama and symbol CRNV. Start is 200 000 token, maximum what can exist ever is 2 000 000.",
])
def test_the_most_that_can_exist_is_the_cap(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.cap is not None and int(spec.cap) in (1_000_000, 2_000_000)
    assert not any(r.status.value in ("ambiguous", "unmet") for r in spec.requirements), spec.requirements


@pytest.mark.parametrize("prompt", [
    f"Ticket money (last year 3,100 tickets at 350 CZK) should be split: {A} gets 60% and "
    f"{to_checksum_address('0x' + 'd1' * 20)} 40%.",
    "Token Pho Point (PHO), 1M supply; a bowl costs 100,000 VND.",
])
def test_an_amount_in_local_money_names_no_symbol(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.symbol not in ("CZK", "VND")


def test_an_escrow_arbiter_in_german_and_a_labelled_seller_after_a_comma() -> None:
    buyer, seller = to_checksum_address("0x" + "e1" * 20), to_checksum_address("0x" + "e2" * 20)
    spec = accounted(f"Zahlung treuhänderisch hinterlegen. Käufer: {buyer}, Verkäufer (wir): {seller}, Schiedsperson: {A}.")
    assert spec.addresses.get("arbiter") == A
    spec = accounted(f"Payment held in escrow. Buyer: {buyer}. Seller, our co-op: {seller}. If there's a dispute, our "
                     f"lawyer decides: {A}.")
    assert spec.addresses.get("seller") == seller and spec.addresses.get("arbiter") == A
