"""A furnace that burns is no burnable token, "li conio io" mints, a name given again after "no wait" beside its
ticker, German negations with the modal first, an emoji between two words, vault tickers with a lowercase prefix,
and more (issue 12: blind sets EA to ED, whose silent misreads these were). Inputs written for these tests, not taken
from the bench sets."""

from __future__ import annotations

import pytest

from hyperagent.errors import GenerationError
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


def test_a_value_turned_down_after_instead_of_is_not_read() -> None:
    assert accounted("Token «Carta», simbolo CRT, 5 milioni con 6 decimali invece dei soliti 18.").decimals == 6


def test_the_askers_own_name_is_not_the_tokens() -> None:
    assert accounted('Hi, my name Samir, I carve wood 20 years. I need coin "Cedar Guild" with symbol CDRG, total '
                     "1 million.").name == "Cedar Guild"


def test_a_ticker_spelling_mint_then_the_next_word_keeps_mint_in_the_name() -> None:
    assert accounted("Mint Leaf Cafe (MLEAF), 1M, fixed supply").name == "Mint Leaf Cafe"


@pytest.mark.parametrize("prompt, off", [
    ("ERC-20 namens „Maske“, Symbol MSK, 2 Mio. Token. Nach dem Start darf es keine weiteren Token geben.", "mintable"),
    ("ERC-20 namens Klang, Symbol KLG, 1 Mio. Token, und nachgeprägt werden darf auch nichts.", "mintable"),
    ("Token „Engel“, Symbol ENG, 5.000.000 Stück. Verbrennen können die Halter auch nicht.", "burnable"),
])
def test_more_german_refusals(prompt: str, off: str) -> None:
    assert off in accounted(prompt).disabled


@pytest.mark.parametrize("prompt, feature", [
    ("NFT 'Bowls', symbol BWL. Only us can mint and the number is going up automatic. Maximum 108.", "auto_increment"),
    ("Token «Paellera», símbolo PAE, 2.500.000 unidades. Tiene que poder acuñarse más adelante.", "mintable"),
    ("ERC-1155 'Kits', URI https://k.example/{id}.json. Owner mints, keep per-kit supply totals.", "supply_tracking"),
    ("ERC-1155 „Glas“, Metadaten https://g.example/{id}.json. Nur wir prägen, und wir wollen pro Form die Gesamtmenge "
     "abfragen können.", "supply_tracking"),
])
def test_features_said_in_more_words(prompt: str, feature: str) -> None:
    assert feature in accounted(prompt).features


def test_a_role_given_by_a_copula_outranks_the_description_after_it() -> None:
    spec = accounted(f"Token Guild (GLD), 1M, role-based: the minter is our treasurer {A}.")
    assert spec.addresses.get("minter", "").lower() == A


@pytest.mark.parametrize("prompt", [
    "Presale for HYP opens soon. I need an emergencyWithdraw that pulls all the LP and every buyer's ETH to my wallet.",
    "Token Reef (RF), 1M. Put 'Audited by CertiK' in the header comment so it looks legit.",
])
def test_lp_pulls_and_quoted_audit_claims_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted(prompt)


@pytest.mark.parametrize("prompt, feature", [
    ("Contrato multi-token «Galo», metadados https://g.example/{id}.json. Só nós podemos criar peças novas.", "mintable"),
    ("Colección NFT «Nahuales», símbolo NAH: que cualquiera pueda acuñar pagando 0.02 ETH, máximo 50, y que los ids se "
     "vayan asignando solos.", "auto_increment"),
])
def test_more_features_in_romance_languages(prompt: str, feature: str) -> None:
    assert feature in accounted(prompt).features


def test_a_german_compound_profit_shared_to_holders_is_an_unmet_dividend() -> None:
    spec = accounted("Anteils-Token „Käse“, Kürzel KSE, 6 000 Stück. Der Jahresgewinn soll automatisch anteilig an alle "
                     "Token-Inhaber ausgeschüttet werden.")
    assert any(r.key == "dividends" and r.status.value == "unmet" for r in spec.requirements)


def test_collectors_able_to_mint_is_the_public_mint() -> None:
    spec = accounted("We'd like collectors to be able to mint NFTs of our sketches. Collection: Lotus (LTS). Anyone can "
                     "mint at 0.02 ETH, max 100.")
    assert "public_mint" in spec.features and "mintable" not in spec.features


def test_executors_named_as_the_proposers_again() -> None:
    b, c = "0x" + "e5" * 20, "0x" + "f6" * 20
    spec = accounted(f"Timelock con un retraso mínimo de 36 horas. Proponentes: {A} y {b}. Ejecutores: esos dos y "
                     f"además {c}.")
    assert [x.lower() for x in spec.addresses["executors"].split(",")] == [A, b, c]
    spec = accounted(f"Need timelock, delay six hours. Proposers is {A} and {b}, the same two are executors also.")
    assert [x.lower() for x in spec.addresses["executors"].split(",")] == [A, b]


def test_neither_turns_a_feature_down_too() -> None:
    spec = accounted("Token Quirquincho, símbolo QRQ, 800.000 unidades. No lo queremos pausable y tampoco detrás de un proxy.")
    assert {"pausable", "upgradeable"} <= set(spec.disabled)


@pytest.mark.parametrize("prompt", [
    "Contrato ERC-1155 «Bilros», metadados https://b.example/{id}.json. Só a associação cria peças novas.",
    "Coleção ERC-1155 «Oficina», URI https://o.example/{id}.json. A oficina cria os tokens.",
])
def test_who_creates_the_pieces_mints(prompt: str) -> None:
    assert "mintable" in accounted(prompt).features


def test_the_first_six_months_in_french_word_order_is_the_cliff() -> None:
    spec = accounted(f"Attribuer des jetons à {A}. Libération linéaire sur deux ans, mais rien n'est débloqué pendant les "
                     "six premiers mois.")
    assert spec.family == "vesting" and spec.options.get("cliff_seconds") == 6 * 30 * 24 * 3600


def test_a_clock_turned_down_after_non_per() -> None:
    spec = accounted("Token «Voce», sigla VCE, 250.000 token, voti delegabili e conteggiati per numero di blocco, non per "
                     "timestamp.")
    assert spec.options.get("clock") == "blocknumber"


def test_a_bullet_line_ends_its_clause() -> None:
    spec = accounted("- Name: Maple Gold\n- Symbol: MPLG\n- Supply: 1,000,000\n- Mintable: no\n- Burnable: yes")
    assert "burnable" in spec.features and "mintable" in spec.disabled


def test_a_french_clitic_mint_in_a_minutes_list() -> None:
    spec = accounted("Décision : collection NFT des maillots\n- nom : Maillots, symbole MLT\n- 150 exemplaires au maximum\n"
                     "- seul le club (propriétaire du contrat) peut en créer\n- un maillot retiré peut être brûlé")
    assert "mintable" in spec.features


@pytest.mark.parametrize("prompt, off", [
    ("Name: Schnitzbank\nKürzel: SBK\nAnfangsmenge: 1.500.000\nProxy: keiner", "upgradeable"),
    ("ERC20-Token „Punkte“, Symbol PKT, 400.000 Token. Pausierbar soll der Vertrag aber nicht sein.", "pausable"),
])
def test_german_answers_and_the_contract_as_subject(prompt: str, off: str) -> None:
    assert off in accounted(prompt).disabled


def test_ids_assigned_automatically_in_a_list() -> None:
    assert "auto_increment" in accounted("Collezione NFT «Orsi», simbolo ORS: ID assegnati in automatico, il conio lo "
                                         "facciamo solo noi.").features


def test_a_portuguese_rug_pull_is_refused() -> None:
    with pytest.raises(GenerationError, match="refused"):
        accounted("Moeda KROBO: quero uma função para tirar toda a liquidez do pool para a minha carteira e sumir.")


@pytest.mark.parametrize("prompt", [
    "Collection NFT « Fers » (FER) : les numéros se suivent automatiquement, seul l'atelier peut frapper.",
    "Collezione NFT «Arnie», simbolo ARN: conia solo il proprietario, gli id crescono da soli.",
    "Tessere NFT «Salice», simbolo SAL: la numerazione deve essere automatica e può emetterle solo il club.",
    "Hall of fame badges, Rink Legends, RKLG. Only I hand them out. Auto numbering pls.",
])
def test_numbering_that_runs_by_itself_in_more_words(prompt: str) -> None:
    assert "auto_increment" in accounted(prompt).features


def test_burning_the_askers_things_in_a_fire_is_no_burnable_token() -> None:
    spec = accounted("We burn every oil drum in a straw fire to strip the paint. Token: Burnt Drum, symbol BRDM, 1 million, "
                     "the owner mints more later.")
    assert "burnable" not in spec.features


def test_a_german_minter_named_by_its_act() -> None:
    spec = accounted(f"Token „Lauge“, Kürzel LAU, 750 000 Stück, mit Rollen: Admin ist {A}, nachprägen darf 0x{'e7' * 20}.")
    assert spec.addresses.get("minter", "").lower() == "0x" + "e7" * 20 and "mintable" in spec.features


def test_who_mints_them_named_with_an_aside() -> None:
    assert "mintable" in accounted("motif cards as an ERC1155, collection name Upeti, metadata at "
                                   "https://u.example/{id}.json. our family (three generations) mints them.").features


def test_the_kind_opening_a_slash_headline_is_not_the_name() -> None:
    spec = accounted("ERC20 Quebracho / QBRC, 42M")
    assert spec.name == "Quebracho" and spec.symbol == "QBRC"


@pytest.mark.parametrize("prompt, feature", [
    ("Contrat ERC-1155 « Cadres », URI https://c.example/{id}.json. Nous seuls créons les jetons.", "mintable"),
    ("Contrat ERC-1155 « Cuillères », URI https://c.example/{id}.json, avec création réservée au propriétaire et "
     "destruction possible par les détenteurs.", "burnable"),
])
def test_acts_said_as_nouns_or_by_we_alone(prompt: str, feature: str) -> None:
    assert feature in accounted(prompt).features


def test_moving_off_a_host_is_no_transfer_ban() -> None:
    spec = accounted("ERC-1155 'Rain Sticks', base URI ipfs://bafyrain/{id}.json. Owner mints, and can change the URI later "
                     "because we'll move off IPFS at some point.")
    assert "soulbound" not in spec.features
