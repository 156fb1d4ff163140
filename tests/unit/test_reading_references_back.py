"""Requests that point back at something said before: a hand named with its address and then said by a pronoun to do
another act ("La administradora es Marisol, 0x.., y ella misma es la que pausa"), two shares swapped by a correction
("reverse it"), a number named the cap by a pointer ("and that's the hard cap"); and the other misses of blind sets JC
to JJ read generically: corrections said in passing, records and lists, hands named by their act, parties described at
length, numbers and durations of more shapes, counts of the asker's world (issue 12). Inputs written for these tests,
not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import requirements
from hyperagent.errors import GenerationError
from tests.unit.reading import accounted, clean

A = "0x3333333333333333333333333333333333333333"
B = "0x4444444444444444444444444444444444444444"


@pytest.mark.parametrize("prompt", [
    f"Token Hyper HYP 1M, mintable, pausable, with roles. Admin is Ana {A}. She can also pause it. Minter {B}.",
    f"Jeton Lune LUN 1000, frappe possible, pausable, avec des rôles. L'administratrice est Claire, {A}, et elle peut "
    f"aussi mettre en pause. Le minteur est {B}.",
    f"Token 'Sol' SOL, 500 tokens, acuñable y pausable, con roles: la administradora es Rosa, {A}, y ella misma es la "
    f"que pausa. Quien acuña es {B}.",
])
def test_a_pronoun_gives_the_hand_before_it_another_role(prompt: str) -> None:
    spec = clean(prompt)
    assert spec.addresses["admin"] == spec.addresses["pauser"]
    assert spec.addresses["minter"] != spec.addresses["pauser"]


def test_a_pronoun_does_not_make_an_owner_a_pauser() -> None:
    spec = clean(f"Token Hyper HYP 1M, pausable, owner {A}. She can pause it when needed.")
    assert "pauser" not in spec.addresses


@pytest.mark.parametrize("correction", ["Ah sorry, reverse it.", "Wait, the other way round.", "No, al revés.",
                                        "Pardon, à l'inverse.", "Nein, umgekehrt."])
def test_two_shares_swapped_by_a_correction(correction: str) -> None:
    spec = clean(f"Split income 70/30: 70 to me {A}, 30 to my sister {B}. {correction}")
    assert spec.options["percents"] == ["30", "70"]


def test_shares_without_a_swap_keep_their_order() -> None:
    assert clean(f"Split income 70/30: 70 to me {A}, 30 to my sister {B}. Reverse charge VAT applies to us."
                 ).options["percents"] == ["70", "30"]


@pytest.mark.parametrize("pointer", ["and that's the hard cap", "- that is the maximum", ", which is the limit"])
def test_a_number_named_the_cap_by_a_pointer_back(pointer: str) -> None:
    spec = clean(f"NFT collection Broadside, symbol BRDS. A run is 250 sheets {pointer} for the collection. Owner mints.")
    assert spec.cap == "250"


# ---- corrections, records and mentions ---------------------------------------------------------------------------

@pytest.mark.parametrize("prompt", ["token for the bakery. call it Flour & Co.. no actualy just Rye Field, simbol RYEF. 20k",
                                    "Token 'Rye Field', symbol FLR? no that's taken lol — RYEF. 20k tokens."])
def test_a_value_taken_back_in_passing(prompt: str) -> None:
    spec = clean(prompt)
    assert (spec.name, spec.symbol) == ("Rye Field", "RYEF")


def test_aliás_não_is_a_correction_not_an_aside() -> None:
    assert clean('Token "Turfa", símbolo TRFC, 3,5 milhões. 18 decimais... aliás, não, 8 decimais.').decimals == 8


@pytest.mark.parametrize("record, on", [("mint   = owner", True), ("mint: yes", True), ("mint: no", False)])
def test_a_records_answer_to_mint(record: str, on: bool) -> None:
    assert any(r.key == "mintable" for r in clean('nft {\n  name = "Iris"\n  symbol = "IRIS"\n  mint = owner\n}').requirements)
    spec = clean(f'token {{\n  name   = "Iris Archive"\n  symbol = "IRIS"\n  supply = 2_000\n  {record}\n}}')
    assert any(r.key == "mintable" and r.value is on for r in spec.requirements)


def test_a_blank_line_ends_a_listed_feature() -> None:
    spec = clean("We would like a token as follows:\n\n- Name: Sumi\n- Symbol: SUMI\n- Supply: 888,888\n- Burnable\n\n"
                 "Thank you very much.")
    assert "burnable" in spec.features


def test_a_quoted_feature_word_said_to_be_a_joke_is_no_request() -> None:
    spec = clean('Token "Soulbound Sennen" (\'soulbound\' is a joke of our president — it must be a completely normal, '
                 "transferable token), symbol SENN, 500k.")
    assert "soulbound" not in spec.features and "soulbound" in spec.disabled


def test_soulbound_asked_and_transferable_said_stops() -> None:
    assert "soulbound" in requirements.stop_line(accounted("Token Herd, HRD, 500k, soulbound. It must be a completely "
                                                           "normal, transferable token."))


# ---- hands, shares and kinds in more words -----------------------------------------------------------------------

def test_a_role_given_again_between_commas() -> None:
    spec = clean(f"ERC-20 Klok, KLOK, 250,000. Roles: default admin {A}; minter {B}; pauser, again, {A}. Mintable, pausable.")
    assert spec.addresses["pauser"] == spec.addresses["admin"] != spec.addresses["minter"]


def test_the_one_who_creates_them_with_her_wallet_is_the_minter() -> None:
    spec = clean(f"Token Seeds, SEED, 10 000 to start, more can be created. The one who creates them is maestra Rosa, "
                 f"her wallet {A}.")
    assert spec.addresses["minter"].lower() == A


def test_split_n_ways_with_a_bare_share_each() -> None:
    spec = clean(f"Turf money - split it four ways, 25 each:\n- Pádraig {A}\n- Máire {B}\n- Colm 0x{'5' * 40}\n"
                 f"- Seán 0x{'6' * 40}")
    assert spec.options["percents"] == ["25"] * 4


@pytest.mark.parametrize("prompt", ["Coleção de tokens múltiplos para os nossos produtos: nome Siida Goods, cunhável.",
                                    "Une collection de jetons multiples « Siida Goods », avec frappe."])
def test_multiple_tokens_in_one_collection_is_an_erc1155(prompt: str) -> None:
    assert clean(prompt).family == "erc1155"


def test_enumerate_said_as_a_verb() -> None:
    assert "enumerable" in clean("Collection NFT « Coquilles », symbole CQB. Maximum 1 200. On veut pouvoir les "
                                 "énumérer.").features


def test_no_wait_before_voting_in_portuguese() -> None:
    spec = clean(f"Governor 'Conselho' usando o token em {A}. Quórum de 15%, a votação dura 3 dias, sem atraso para "
                 "começar a votar.")
    assert spec.options["voting_delay_seconds"] == 0


def test_a_small_word_of_another_language_inside_a_labelled_name() -> None:
    assert clean("Colección NFT. Nombre: Polcas para Arpa, símbolo POLCA.").name == "Polcas para Arpa"


def test_only_my_wallet_can_sell_is_refused_in_spanish() -> None:
    with pytest.raises(GenerationError, match="honeypot"):
        clean("Quiero un token «Luna» que la gente pueda comprar pero no vender; solamente mi billetera puede vender.")


# ---- parties described at length, acts done from a wallet --------------------------------------------------------

@pytest.mark.parametrize("arbiter", ["the arbiter if there is a problem is the Asociación de Guarnicioneros,",
                                     "the arbiter is our friend the notary, señor Benítez,"])
def test_a_party_described_at_length_after_its_role(arbiter: str) -> None:
    spec = clean(f"Escrow for a saddle. Buyer is {A}, seller is {B}, and {arbiter} 0x{'5' * 40}. Refund after 45 days.")
    assert spec.addresses["arbiter"] == "0x" + "5" * 40


def test_parties_named_with_as_between_commas() -> None:
    spec = clean(f"Escrow for a hut. Their wallet, as buyer, is {A}; ours, as seller, is {B}. Our solicitor will "
                 f"arbitrate — 0x{'5' * 40}. Refund after 12 weeks.")
    assert (spec.addresses["buyer"].lower(), spec.addresses["seller"].lower()) == (A, B)


@pytest.mark.parametrize("prompt", [
    f"Token Luthier, LUTH, 10 million, with roles: the admin is the association wallet 0x{'5' * 40}, the treasurer can "
    f"mint with {A}, and the president can pause with her wallet {B}. Mintable and pausable.",
    f"Token «Abrazo», ABZ, 250 mil, acuñable y pausable. Las acuñaciones las hace Martín desde {A}, las pausas las maneja "
    f"la secretaría con {B}, y el administrador general es la cuenta 0x{'5' * 40}. Queremos roles separados.",
])
def test_an_act_done_from_a_wallet_names_its_role(prompt: str) -> None:
    spec = clean(prompt)
    assert (spec.addresses["minter"].lower(), spec.addresses["pauser"].lower()) == (A, B)


def test_a_guess_turned_down_before_a_list_role() -> None:
    spec = clean(f"timelock, delay 48 hours. proposers: me {A}. executor: anyone? no — only our accountant {B}. "
                 f"admin is 0x{'5' * 40}.")
    assert spec.addresses["executors"].lower() == B


def test_list_members_each_in_brackets_after_a_description() -> None:
    spec = clean(f"A timelock, minimum delay three days. Proposers: the dean ({A}) and the secretary ({B}). Executors: "
                 f"anyone.")
    assert spec.addresses["proposers"].lower() == f"{A},{B}"


# ---- numbers and durations of more shapes ------------------------------------------------------------------------

def test_a_duration_with_spaced_thousands() -> None:
    assert clean(f"Governor 'Ráđđi' using our token, it is already at {A}. Quorum 25 percent, voting is open 10 080 "
                 "minutes.").options["voting_period_seconds"] == 604800


def test_a_governors_bare_delay_is_the_votes_when_no_timelock_is_asked() -> None:
    spec = clean(f"voting contract 'Rong Samity' for our token at {A}. quorum 4%, voting period 3 days, delay 0? no make "
                 "delay 1 hour. proposal threshold 1000 token")
    assert spec.options["voting_delay_seconds"] == 3600


def test_the_vote_waits_before_it_starts() -> None:
    spec = clean(f"A governor 'Consejo' for the token {A}. Quorum 10 percent, the vote waits 1 day before it starts, "
                 "and votes are open for one week.")
    assert (spec.options["voting_delay_seconds"], spec.options["voting_period_seconds"]) == (86400, 604800)


def test_a_vesting_start_said_from_now() -> None:
    spec = clean(f"Vesting für {A}, über 4 Jahre freigegeben, Cliff ein Jahr. Der Beginn soll in 3 Monaten ab jetzt sein.")
    assert spec.options["delay_seconds"] == 90 * 86400


def test_a_recurrence_of_the_world_is_no_duration() -> None:
    assert clean("Token «Sobreiro» (SOBR) com 1.000.000 de unidades. A cortiça só se tira de 9 em 9 anos.").initial_supply \
        == "1000000"


@pytest.mark.parametrize("prompt, value", [
    ("Token Echo ECHO.\n- Initial supply: 250'000\n- Max supply (cap): 2'500'000", "2500000"),
    ("Token Torf TORF, 1'000'000 Stück am Anfang. Nachprägen ja, aber höchstens bis 3 Millionen insgesamt.", "3000000"),
])
def test_a_cap_said_with_an_aside_or_höchstens_bis(prompt: str, value: str) -> None:
    assert clean(prompt).cap == value


@pytest.mark.parametrize("prompt", ["Token Luna LUN 1000", "Token Luna LUN 1000."])
def test_an_amount_after_a_ticker_is_no_part_of_the_name(prompt: str) -> None:
    spec = clean(prompt)
    assert (spec.name, spec.symbol, spec.initial_supply) == ("Luna", "LUN", "1000")


def test_decimals_said_as_a_wish_in_spanish() -> None:
    assert clean("Token Arpa, símbolo CAG, un millón. Los decimales que sean 6, no 18.").decimals == 6


@pytest.mark.parametrize("prompt, family", [("Queremos tokens tipo 1155 para los repuestos, nombre 'Repuestos'.", "erc1155"),
                                            (f"vault thing, 4626. name Savings, symbol bSAV. asset token is {A}.", "erc4626")])
def test_a_standards_number_said_as_the_kind(prompt: str, family: str) -> None:
    assert clean(prompt).family == family


def test_bare_shares_right_after_each_payee() -> None:
    spec = clean(f"split sales 3 ways: me {A} 34, dazza {B} 33, shaz 0x{'5' * 40} 33. percent obviously")
    assert spec.options["percents"] == ["34", "33", "33"]


@pytest.mark.parametrize("prompt", ["Token Turf, TURF, 5,000,000. Nobody should be let hold more than 2% of it in one wallet.",
                                    "Token 'Wheelhouse', WHL, 400k. Nobody should be able to hold more than 2% in a wallet."])
def test_a_wallet_limit_said_with_be_let_or_be_able_to_stops(prompt: str) -> None:
    assert "max_wallet" in requirements.stop_line(accounted(prompt))


def test_counts_of_the_askers_world_in_learners_english() -> None:
    assert clean('we are rickshaw painter group in old dhaka, 23 artist. token name "Rong" symbol RONG total 50 lakh '
                 "token.").initial_supply == "5000000"
    assert clean(f"3 of us own the farm: me {A}, Colette {B} and Rémi 0x{'5' * 40}. A wallet where 2 of the 3 sign. "
                 "We lost 1 tractor to a bad deal once.").family == "multisig"


# ---- lists of statements, consequences, French "à jour" ----------------------------------------------------------

@pytest.mark.parametrize("bullet", ["-", "*"])
def test_items_of_an_unlabelled_list_are_statements_of_their_own(bullet: str) -> None:
    spec = clean(f"Token Ghar, GHAR, 750,000.\n{bullet} Holders can't burn\n{bullet} Owner can pause transfers")
    assert "pausable" in spec.features and "burnable" in spec.disabled


def test_items_under_a_label_share_its_negation() -> None:
    spec = clean("Token Ghar, GHAR, 750,000.\nOut of scope:\n- minting after launch\n- pausing")
    assert {"mintable", "pausable"} <= set(spec.disabled)


def test_a_consequence_is_a_clause_of_its_own() -> None:
    assert "permit" in clean("Token TOUR, name 'Gira', 250k. Fans don't have ETH for gas so the gasless approve thing "
                             "(permit) would be really nice").features


def test_make_it_so_keeps_its_negation() -> None:
    assert requirements.stop_line(accounted("Token Luna LUN 1000. Don't make it so it can be paused."))


def test_mis_à_jour_is_no_day_and_a_contract_not_brought_up_to_date_is_not_upgradeable() -> None:
    spec = clean("Jeton « Savon », symbole ALEP, 1 000 000 de jetons, avec permit. Le contrat ne doit pas pouvoir être "
                 "mis à jour par la suite.")
    assert "upgradeable" in spec.disabled and "duration_seconds" not in spec.options


def test_no_more_can_ever_be_made_is_a_fixed_supply() -> None:
    assert "mintable" in clean("name is Mint Sliotar. symbol SLIO. 21,000 tokens and thats it, fixed, no more can ever "
                               "be made.").disabled


def test_everything_minted_to_a_wallet_is_the_initial_mint() -> None:
    spec = clean(f"token name Zaytoun, symbol ZAYT, 12 million, everything minted to the co-op wallet {A}.")
    assert "mintable" not in spec.features and spec.addresses["recipient"].lower() == A


def test_a_shouted_word_is_no_ticker() -> None:
    assert clean("TICKETS!!! we need a multi token contract for our concerts, call it Marimba Tickets. we mint them."
                 ).family == "erc1155"


@pytest.mark.parametrize("prompt, feature", [
    ("Collezione NFT «Occhi», simbolo OCCHI, con l'URI salvato per ogni singolo token.", "uri_storage"),
    ("multi token contract 'Tickets', we mint them. the metadata link we want to change later.", "updatable_uri"),
])
def test_uri_features_in_more_words(prompt: str, feature: str) -> None:
    assert feature in clean(prompt).features


def test_hands_named_by_their_act_then_an_address() -> None:
    spec = clean(f"Token Guild, GUILDCU, 75 000. Not one owner please: guild secretary is admin, her address 0x{'5' * 40}; "
                 f"treasurer Pan Wójcik makes the new tokens, address {A}; and I can stop all transfers in emergency, my "
                 f"address {B}.")
    assert (spec.addresses["minter"].lower(), spec.addresses["pauser"].lower()) == (A, B)
    assert "recipient" not in spec.addresses


def test_a_mint_dressed_up_so_it_does_not_look_like_one_is_refused() -> None:
    with pytest.raises(GenerationError, match="hidden"):
        clean("Token OKULAR, 5M supply, presented publicly as fixed supply. Add a second function with an unremarkable "
              "name such as syncBalances() that lets only my address create new tokens, so it does not look like a mint "
              "function on Etherscan.")


def test_the_total_supply_of_each_level_is_a_multi_token() -> None:
    spec = clean("we need badges for the levels. One single contract called 'Tango Levels'. We (the owner) mint them, "
                 "students can burn theirs, and we need to know the total supply of each level.")
    assert spec.family == "erc1155" and "supply_tracking" in spec.features


def test_a_note_said_to_be_not_relevant_in_the_next_sentence() -> None:
    spec = clean("- name: Remo\n- ticker: REMO\n- supply: 1 000 000\n\nNote: we build ~3 gondolas/year, 280 pieces each. "
                 "Not relevant, just so you know us.")
    assert spec.initial_supply == "1000000"


# ---- blind sets JG to JJ -----------------------------------------------------------------------------------------

def test_an_adjective_between_a_count_and_its_unit() -> None:
    spec = clean(f"Governor 'Pickers Council' using our existing token at {A}. Quorum 10 percent. Voting should begin 1 "
                 "day after proposal and last one full week.")
    assert spec.options["voting_period_seconds"] == 604800


@pytest.mark.parametrize("prompt", [
    "Name it Soulbound Smoke. But it has to be a normal token people can send to each other, NOT locked to the wallet. "
    "Symbol SMOK, 90k of them.",
    "Token name: Soul of Isfahan\nSymbol: SOUL\nAmount: 9 million\n(the 'Soul' is only poetry, it is a normal token, "
    "people can trade it)",
])
def test_a_token_people_can_send_to_each_other_is_not_soulbound(prompt: str) -> None:
    assert "soulbound" in clean(prompt).disabled


def test_dotted_thousands_in_english_stop() -> None:
    assert "1.400" in requirements.stop_line(accounted("A token Needle, symbol NEEDL. 1.400 tokens, one per member."))


def test_a_ticker_named_again_before_the_new_one() -> None:
    spec = clean(f"Token „Blattgold“, Kürzel GOLD … nein, GOLD ist sicher schon vergeben, nehmt BLGD. Gesamtmenge 1,2 Mio., "
                 f"alles an {A}. Es darf keine Möglichkeit geben, später neue zu prägen.")
    assert spec.symbol == "BLGD" and "mintable" in spec.disabled


def test_an_act_after_a_described_recipient_word() -> None:
    spec = clean(f"Token Icon, ICON, 2 million, mintable and pausable. Roles: admin is the diocese wallet 0x{'5' * 40}; our "
                 f"treasurer {A} can pause; the workshop {B} mints.")
    assert (spec.addresses["pauser"].lower(), spec.addresses["minter"].lower()) == (A, B)


def test_the_house_mints_the_items() -> None:
    assert "mintable" in clean("- multi-item contract, call it \"Parts Depot\"\n- one id per item\n- shop mints the items, "
                               "customers burn them\n- we need the total supply per item on chain").features


def test_a_capitalised_feature_word_after_a_romance_article_is_a_name() -> None:
    spec = clean("Coleção NFT das fotos da Queima: «Fitas 2025», símbolo FITA. Qualquer pessoa pode cunhar por 0,01 ETH, "
                 "no máximo 500.")
    assert "burnable" not in spec.features


def test_a_uri_in_backticks_and_one_said_changeable_in_italian() -> None:
    assert clean("NFT collection **Portraits**, symbol `POLF`\n- base URI: `https://atelier.fr/nft/`\n- I mint them"
                 ).options["base_uri"] == "https://atelier.fr/nft/"
    assert "updatable_uri" in clean("Contratto multi-token «Campioni», si può coniare, e che l'URI si possa cambiare in "
                                    "seguito.").features


@pytest.mark.parametrize("prompt, supply", [
    ("egg tempera token. name Tempera, sym TMPR. 64 million — no, 6.4 million, sorry. voting enabled.", "6400000"),
    ('We are family workshop, 4 generation (since 1952). Token with name "Bursztyn" and short name BRSZ. Amount is '
     "1 000 000 (one million).", "1000000"),
])
def test_a_supply_corrected_or_beside_a_learners_count(prompt: str, supply: str) -> None:
    assert clean(prompt).initial_supply == supply


def test_a_max_turned_down_with_nah_make() -> None:
    assert clean("pics of our boats as nfts. 'Kelp Fleet' KFLT. we only got 3 boats so max 3? nah make the max 12 in "
                 "case we buy more someday. we mint em ourselves.").cap == "12"


def test_a_ticker_laughed_off() -> None:
    spec = clean("Certificate NFTs, collection 'Frame Certificates', symbol KFC... ha no, people will think of chicken. "
                 "Symbol KBFC. Max 1,200 certificates because that is all the bamboo we can harvest. We mint them.")
    assert (spec.symbol, spec.cap) == ("KBFC", "1200")


def test_a_proposal_threshold_with_an_article_in_italian() -> None:
    spec = clean(f"Governance: nome 'Ambra DAO', token di voto {A}, quorum 25%, periodo di voto 5 giorni, soglia per le "
                 "proposte 1000 token.")
    assert spec.options["proposal_threshold"] == "1000" and spec.initial_supply is None


def test_minted_at_the_start_is_the_initial_mint() -> None:
    spec = clean('Loyalty scheme. Name "Low D", symbol LOWD. 1 000 000 of them minted at the start. Needs permit.')
    assert "mintable" not in spec.features and spec.initial_supply == "1000000"


def test_hands_that_do_the_minting_and_hit_pause() -> None:
    spec = clean(f"Token Whistle Guild, HPWG, 750k. Mintable and pausable, with roles. Declan ({A}) is the admin, the shop "
                 f"laptop wallet {B} does the minting, and Aoife at 0x{'5' * 40} can hit pause if anything goes sideways.")
    assert (spec.addresses["minter"].lower(), spec.addresses["pauser"]) == (B, "0x" + "5" * 40)


def test_one_contract_for_all_our_parts_is_a_multi_token() -> None:
    assert clean("one contract for all our parts — bodies, heads, slides. Call it Parts Bin. we need total supply tracked "
                 "per part id. only the owner mints.").family == "erc1155"


def test_a_career_said_with_a_gerund_is_no_duration() -> None:
    spec = clean(f"Retirement support for Mrs. Tamang who is plucking leaf for 38 years. Her wallet {A}. Tokens released "
                 "evenly over five years.")
    assert spec.options["duration_seconds"] == 5 * 365 * 86400


def test_no_aspetta_is_a_correction() -> None:
    assert clean("Token «Pizzo», simbolo LACE. 100.000 token, decimali 0 — no aspetta, mettiamo 2.").decimals == 2


def test_cap_the_collection_at() -> None:
    assert clean("we'd like to cap the NFT collection at 300. Call it 'Button Archive', symbol BBA. Only the trust mints "
                 "them.").cap == "300"


def test_a_wallet_that_needs_trustees_to_sign_is_a_multisig() -> None:
    spec = clean(f"The guild wallet needs all three trustees to sign everything... actually, two of the three is enough. "
                 f"Trustees are Margaret {A}, Dev {B} and Aled 0x{'5' * 40}.")
    assert (spec.family, spec.options["threshold"]) == ("multisig", 2)


def test_years_with_us_and_counts_per_game_day_are_the_askers_world() -> None:
    assert clean(f"Our conservator Priya (eleven years with us!) is paid in guild tokens. Her wallet: {A}. The allocation "
                 "should release gradually over 18 months.").options["duration_seconds"] == 18 * 30 * 86400
    assert clean(f"multi-token for tickets, name 'Liga Tiket'. Admin {A}, minter {B}. Pausable. We sell ~400 tickets per "
                 "game day at 50 pesos.").initial_supply is None


def test_one_id_per_design_said_as_an_equation() -> None:
    assert clean("ERC1155 for our certificates, name 'Amber Certificates', mintable, burnable. 1 id = 1 design, ~340 "
                 "designs.").family == "erc1155"


def test_no_voting_delay_then_a_corrected_one() -> None:
    spec = clean("Queremos un gobernador llamado 'Consejo' con su propio token de voto, símbolo VOTO, 10.000 tokens. Quórum "
                 "del 10 %, periodo de votación de 3 días y sin retraso de votación... mejor un retraso de 1 hora.")
    assert spec.options["voting_delay_seconds"] == 3600


def test_the_master_is_the_one_who_mints() -> None:
    spec = clean(f"Colección ERC-1155, nombre «Armería». Que se pueda pausar. Usad roles: administrador {A}; el maestro "
                 f"armero {B} es quien acuña las piezas nuevas.")
    assert spec.addresses["minter"].lower() == B


def test_a_holder_burns_the_voucher_and_counts_per_course_in_italian() -> None:
    spec = clean('Un contratto ERC-1155 chiamato "Scuola di Sfoglia". Noi li emettiamo quando vogliamo, e lo studente brucia '
                 "il buono quando viene a lezione. Ci piacerebbe anche sapere quanti buoni ci sono in giro per ogni corso.")
    assert {"burnable", "supply_tracking"} <= set(spec.features)


def test_never_possible_to_pause_in_italian() -> None:
    assert "pausable" in clean('Token "Voce", simbolo VOCE, 9.000 token. Non deve mai essere possibile metterlo in '
                               "pausa.").disabled


def test_an_existing_token_in_brackets_and_a_vote_after_somebody_proposes() -> None:
    spec = clean(f"Now the members want to vote with the TAGL token (it exists already: {A}). Governor 'Consiglio'. Quorum 10 percent. The "
                 "vote opens 24 hours after somebody propose, and remains open one week.")
    assert spec.addresses["token"].lower() == A and spec.options["voting_delay_seconds"] == 86400


def test_a_guessed_name_keeps_its_italian_particle() -> None:
    assert clean(f"Governor for our token {A}. Call the voting contract Consiglio delle Sfogline. Quorum 10 percent."
                 ).name == "Consiglio delle Sfogline"


@pytest.mark.parametrize("said", ["standard decimals", "decimals whatever is standard", "decimals: default"])
def test_decimals_asked_as_the_standard(said: str) -> None:
    spec = clean(f"Token Tube, TUBE, 4.2M, {said}.")
    assert spec.decimals == 18 and any(r.key == "decimals" for r in spec.requirements)


def test_shares_after_each_payee_with_a_percent_sign_and_the_other() -> None:
    assert clean(f"revenue split for the shed: {A} gets 40%, {B} 35, 0x{'5' * 40} the other 25. we cleared $41,000 last "
                 "season").options["percents"] == ["40", "35", "25"]


def test_a_foreign_feature_word_naming_a_festival_in_english() -> None:
    spec = clean('Tickets + posters multi token for the Queima das Fitas concerts: "Queima Fado Passes", uri '
                 "https://fado.pt/passes/{id}.json, mintable.")
    assert "burnable" not in spec.features
    assert "burnable" in clean("Token Sol, SOL, 1000. Features: Mintable, Quemable.").features


def test_a_count_per_year_in_a_learners_singular_is_the_askers_world() -> None:
    spec = accounted("Our orquesta want to give points to the socios which they cannot transfer, only keep. Name: Puntos de "
                     "Socio, symbol: PSOC, decimals zero. The owner mint the points after each concert, we make around 40 "
                     "concert in the year.")
    assert spec.initial_supply != "40"


def test_the_askers_own_act_from_a_wallet() -> None:
    spec = clean(f"A timelock in front of the treasury. Minimum delay 48 hours. Only I propose, from {A}. Executors are me "
                 f"({A}) and my daughter {B}.")
    assert spec.addresses["proposers"].lower() == A
