"""Round 11 reading rules (issue 12): everyday synonyms of the four token actions with the token as their
object, under a modal or a negation, in six languages; an aside between commas does not break a negation; an
ability both affirmed and denied stops; a splitter whose shares do not match its payees stops, and "the rest"
is the last payee's share. Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import lexicon
from agents.generation.spec_parser import parse
from tests.unit.reading import option_readings

A, B, C = ("0x1111111111111111111111111111111111111111", "0x2222222222222222222222222222222222222222",
           "0x3333333333333333333333333333333333333333")


@pytest.mark.parametrize("prompt", [
    "ERC20 Tidepool (TDP), 4000 supply. Members can discard points they no longer need.",
    "Token Cardo (CRD), 4000 unidades. Los socios pueden desechar sus puntos cuando quieran.",
    "Jeton Galet (GLT), 4000 jetons. Les clients peuvent jeter leurs jetons inutiles.",
    "Token Kiesel (KSL), 4000 Stück. Kunden können ihre Punkte wegwerfen.",
    "Token Seixo (SXO), 4000 unidades. Os sócios podem descartar os pontos que sobrarem.",
    "Token Ciottolo (CTL), 4000 pezzi. I soci possono buttare via i punti inutili.",
])
def test_an_everyday_verb_of_destroying_the_token_under_a_modal_asks_for_burnable(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("burnable") == (True, "pending")


@pytest.mark.parametrize("prompt", [
    "ERC20 Flint (FLN), 2000 supply. No member may erase their coins.",
    "Token Pedernal (PDN), 2000 unidades. Nadie puede borrar sus puntos.",
    "Jeton Silex (SLX), 2000 jetons. Personne ne peut effacer ses jetons.",
    "Token Feuerstein (FST), 2000 Stück. Niemand darf Punkte löschen.",
    "Token Sílex (SIL), 2000 unidades. Ninguém pode apagar os pontos.",
    "Token Selce (SLC), 2000 pezzi. Nessuno può cancellare i punti.",
])
def test_an_everyday_verb_of_destroying_under_a_negation_turns_burnable_off(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("burnable") == (False, "pending")


@pytest.mark.parametrize("prompt", [
    "ERC20 Orchard (ORC), 3000 supply, and after launch it will not be possible to create more coins.",
    "Token Huerto (HRT), 3000 unidades; una vez emitidos, no será posible crearlos de nuevo.",
    "Token Frutteto (FRT), 3000 pezzi: dopo il lancio non sarà possibile crearne altri.",
])
def test_creating_more_units_denied_turns_mintable_off(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("mintable") == (False, "pending")


def test_the_one_who_hands_out_the_points_is_a_minter() -> None:
    spec = parse("ERC20 Acorn Credit (ACRN), zero supply at start. The coach is the only one who awards points.")
    assert option_readings(spec).get("mintable") == (True, "pending")


def test_a_request_to_create_the_token_is_no_ability() -> None:
    spec = parse("Could you create a token named Heron Mark, symbol HRN, 500 supply? Nobody may create more units later.")
    assert option_readings(spec).get("mintable") == (False, "pending")


@pytest.mark.parametrize("prompt", [
    "ERC20 Quill (QLL), 900 supply. Whenever someone gives coins to a friend, we want to hear about it.",
    "ERC20 Marsh (MRS), 900 supply. If a member deletes points by mistake we lose track.",
])
def test_an_action_on_the_token_whose_intent_is_unclear_stops(prompt: str) -> None:
    spec = parse(prompt)
    assert any(r.status.value == "ambiguous" for r in spec.requirements if r.kind.value == "option"), spec.requirements


def test_voting_power_handed_on_is_delegation_not_an_unknown_ability() -> None:
    spec = parse("ERC20 Ballot Bee (BLB), 1000 supply with votes; holders can pass their voting power to a friend.")
    assert option_readings(spec).get("votes") == (True, "pending")
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("text, negated", [
    ("there is no way for anyone, the founders included, to ever pause it", True),
    ("nadie, ni siquiera el equipo, podra pausar", True),
    ("niemand, nicht einmal der vorstand, darf pausieren", True),
    ("nobody, alice, bob, may pause", False),
])
def test_an_aside_between_commas_keeps_the_negation(text: str, negated: bool) -> None:
    spot = text.rfind("paus")
    end = text.find(" ", spot) if text.find(" ", spot) > 0 else len(text)
    assert lexicon.negated(text, spot, end) is negated


@pytest.mark.parametrize("prompt", [
    "ERC20 Sluice (SLU), 1000 supply. Nobody, admins included, may ever freeze transfers. The admin must be able "
    "to freeze all transfers in an emergency.",
    "Token Compuerta (CPT), 1000 unidades. Nadie, ni siquiera el admin, podrá pausar el token. El admin debe poder "
    "pausar el token si hay un ataque.",
])
def test_an_ability_both_denied_and_affirmed_stops_naming_both(prompt: str) -> None:
    pause = [r for r in parse(prompt).requirements if r.key == "pausable"]
    assert pause and pause[0].status.value == "ambiguous" and "both" in pause[0].reason


def test_a_split_with_fewer_shares_than_payees_stops() -> None:
    spec = parse(f"Split incoming ETH: 50% to {A}, 30% to {B}, and also pay {C}.")
    shares = next(r for r in spec.requirements if r.key == "shares")
    assert shares.status.value == "ambiguous" and "3 payee" in shares.reason


@pytest.mark.parametrize("rest", ["the rest", "el resto", "le reste", "der Rest", "o resto", "il resto"])
def test_the_rest_is_the_last_payees_share(rest: str) -> None:
    spec = parse(f"Payment splitter: 50% to {A}, 30% to {B}, {rest} to {C}.")
    assert spec.options["percents"] == ["50", "30", "20"]
    assert next(r for r in spec.requirements if r.key == "shares").status.value == "pending"


@pytest.mark.parametrize("prompt, off", [
    ("ERC20 Drift (DRF), 1000 supply, burnable.\nOut of scope:\n- minting after launch\n- pausing", {"mintable", "pausable"}),
    ("Token Deriva (DRV), 1000 unidades, quemable. Fuera de alcance: la acuñación después del lanzamiento.", {"mintable"}),
    ("Token Dérive (DRV), 1000 jetons. Hors périmètre : la mise en pause.", {"pausable"}),
    ("Token Treibholz (TRH), 1000 Stück. Nicht umsetzen: Pausieren und Verbrennen.", {"pausable", "burnable"}),
])
def test_features_listed_after_an_exclusion_label_are_turned_down(prompt: str, off: set[str]) -> None:
    options = option_readings(parse(prompt))
    assert {k for k, (v, status) in options.items() if v is False and status == "pending"} >= off, options


def test_an_exclusion_label_ends_with_its_sentence() -> None:
    options = option_readings(parse("ERC20 Ebb (EBB), 1000 supply. Out of scope: a website. Holders can burn their tokens."))
    assert options.get("burnable") == (True, "pending")


@pytest.mark.parametrize("prompt", [
    "ERC20 Gravel (GRV), 5000 supply. If a player cheats, the admin must be able to freeze that player's tokens.",
    "ERC20 Slate (SLT), 5000 supply. Flagged wallets get locked so they cannot move anything.",
    "Token Grava (GRA), 5000 unidades. El dueño puede bloquear la cuenta de un usuario sospechoso.",
    "Jeton Ardoise (ARD), 5000 jetons. L'admin peut geler le compte d'un client fraudeur.",
    "Token Schiefer (SCF), 5000 Stück. Der Admin kann Konten einzelner Nutzer sperren.",
    "Token Cascalho (CSC), 5000 unidades. O dono pode congelar a conta de um cliente desonesto.",
    "Token Ghiaia (GHI), 5000 pezzi. L'admin può bloccare il conto di un utente sospetto.",
])
def test_freezing_one_holder_is_a_blocklist_and_stops_as_unmet(prompt: str) -> None:
    from agents.generation import requirements

    spec = parse(prompt)
    options = option_readings(spec)
    assert options.get("blocklist", (None,))[0] is True, spec.requirements
    assert "soulbound" not in options and "pausable" not in options
    assert "blocklist" in {r.key for r in requirements.problems(spec)} or \
        any(r.key == "blocklist" and r.status.value == "pending" for r in spec.requirements)


def test_freezing_all_transfers_is_still_a_pause() -> None:
    options = option_readings(parse("ERC20 Basalt (BSL), 5000 supply; the owner can freeze all transfers in an emergency."))
    assert options.get("pausable") == (True, "pending") and "blocklist" not in options


@pytest.mark.parametrize("prompt", [
    "ERC20 Loam (LOM), nothing minted at deployment; the owner mints later as members join.",
    "Jeton Limon (LMN) : aucun jeton émis au lancement, le propriétaire peut en frapper ensuite.",
])
def test_nothing_minted_at_the_start_is_a_zero_supply_not_minting_off(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply == "0" and option_readings(spec).get("mintable") == (True, "pending"), spec.requirements


@pytest.mark.parametrize("prompt, key, value", [
    ("ERC20 Ridge (RDG), 1000 supply. There shall be no function by which anyone may stop or freeze transfers.",
     "pausable", False),
    ("Token Kamm (KAM), 1000 Stück. Ein Anhalten von Übertragungen ist nicht vorgesehen.", "pausable", False),
    ("Jeton Crête (CRT), 1000 jetons. La suspension des transferts est exclue.", "pausable", False),
    ("Token Cresta (CRS), 1000 unidades. Los socios podrán quemarlos cuando quieran.", "burnable", True),
    ("ERC20 Ledge (LDG), 1000 supply, and we want to be able to patch the code later if we find a bug.",
     "upgradeable", "uups"),
    ("Token Borde (BRD), 1000 unidades; queremos poder corregir el código más adelante.", "upgradeable", "uups"),
    ("Token Rand (RND), 1000 Stück; den Code wollen wir später korrigieren können.", "upgradeable", "uups"),
    ("ERC20 Brink (BRK), 1000 supply. Under no circumstances should anyone be able to mint more tokens.",
     "mintable", False),
    ("Token Kante (KNT), 1000 Stück. Pausieren brauchen wir nicht.", "pausable", False),
    ("Token Grat (GRT), 1000 Stück. Keiner soll neue machen können.", "mintable", False),
])
def test_more_wordings_of_the_four_actions_and_of_upgrading(prompt: str, key: str, value: object) -> None:
    assert option_readings(parse(prompt)).get(key) == (value, "pending"), parse(prompt).requirements


def test_an_initial_issuance_heading_asks_for_no_minting() -> None:
    options = option_readings(parse("Token issuance memo. Initial issuance: 500 tokens named Quarry Unit, symbol QRU."))
    assert "mintable" not in options


def _numbers(spec) -> list[str]:
    return [r.text for r in spec.requirements if r.key == "number"]


@pytest.mark.parametrize("prompt, supply", [
    ("We run a bakery with three ovens and 14 regulars. Token Crumb (CRMB), 5000 of them.", "5000"),
    ("Our choir (60 singers, rehearsal room 12) wants a token: Chorus Note, symbol CHN, supply 800.", "800"),
    ("Our book club has 9 shelves and 40 readers; ERC20 Page Turner (PGT) with 2,500 tokens.", "2500"),
    ("Token Orla (ORL), 3000 unidades (no 300 como dije antes).", "3000"),
    ("ERC20 Ember (EMB), 7,000 supply (was gonna be 5,000 but the team voted).", "7000"),
    ("Token Vela (VEL) para o ano letivo 2025-2026, 900 unidades.", "900"),
    ("ERC20 Quarry (QRY), running on build 3.14.2 of our app, 1200 supply.", "1200"),
    ("Token Molo (MOL): the Q3 budget is 40k; supply 600 tokens.", "600"),
])
def test_numbers_about_the_askers_world_are_context(prompt: str, supply: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply == supply and not _numbers(spec), spec.requirements


def test_a_number_restated_in_brackets_is_one_value() -> None:
    spec = parse("The token shall be named Notary Mark (NTM). Four thousand (4,000) tokens shall be created, "
                 "divisible to two (2) decimal places.")
    assert (spec.initial_supply, spec.decimals) == ("4000", 2) and not _numbers(spec), spec.requirements


@pytest.mark.parametrize("prompt, cap", [
    ("Token Zanja (ZNJ), 1000 unidades; el dueño puede acuñar más, pero nunca más de 5000.", "5000"),
    ("Token Graben (GRB), 1000 Stück; der Eigentümer kann nachprägen, aber nie mehr als 5000.", "5000"),
    ("Token Fosso (FSO), 1000 pezzi; il proprietario può coniarne altri, ma mai più di 5000.", "5000"),
])
def test_never_more_than_is_a_cap_in_every_language(prompt: str, cap: str) -> None:
    assert parse(prompt).cap == cap


@pytest.mark.parametrize("prompt", [
    "ERC20 Pebble Pass (PBP), 100 supply. A holder who tries to send tokens to someone else must get a failed "
    "transaction.",
    "Token Guijarro (GJR), 100 unidades. Si alguien intenta transferir sus fichas, la operación falla.",
])
def test_an_attempt_that_must_fail_denies_the_action(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("soulbound") == (True, "pending")


@pytest.mark.parametrize("prompt", [
    "ERC20 Tally (TLY); we start at zero and the owner mints as people join.",
    "Jeton Compte (CPT) : on commence à zéro, le propriétaire frappe au fur et à mesure.",
])
def test_starting_at_zero_is_a_zero_supply(prompt: str) -> None:
    assert parse(prompt).initial_supply == "0"


def test_a_feature_named_after_a_record_key_with_a_no_answer_is_off() -> None:
    options = option_readings(parse("Token: Wick (WCK)\nSupply: 500\nMinting after launch: none"))
    assert options.get("mintable") == (False, "pending")


def test_destroying_another_holders_tokens_is_no_burnable_option() -> None:
    spec = parse("Token Ridge (RDG), 100k supply. We want to be able to delete tokens from a hacked account.")
    burn = next(r for r in spec.requirements if r.key == "burnable")
    assert burn.status.value == "ambiguous" and "forced burn" in burn.reason


def test_a_bare_amount_in_brackets_with_the_symbol_is_the_supply() -> None:
    assert parse("Token Foo (FOO, 1M)").initial_supply == "1000000"


@pytest.mark.parametrize("prompt, supply", [
    ("The board voted (5 to 1, resolution 2025-07) for a token: Gavel (GVL), 3000 supply.", "3000"),
    ("Per il terreno (particella 88, 1.200 mq) vogliamo un token Zolla (ZLL), 500 pezzi.", "500"),
])
def test_bare_numbers_in_an_aside_of_facts_are_context(prompt: str, supply: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply == supply and not _numbers(spec), spec.requirements


@pytest.mark.parametrize("prompt, key", [
    ("ERC20 Maple (MPL) with 1000 tokens; the admin can add new members to the allowlist.", "mintable"),
    ("Token Birch (BRC), 5000 supply. Users can create profiles and delete them whenever they like.", "burnable"),
])
def test_an_everyday_verb_acting_on_something_else_asks_nothing(prompt: str, key: str) -> None:
    assert key not in option_readings(parse(prompt))


@pytest.mark.parametrize("prompt, field, value", [
    ("Token Cobble (CBL). We start with 90 thousand of them. I must correct myself: the figure agreed was "
     "ninety-five thousand.", "initial_supply", "95000"),
    ("Token Seixo (SXO), supply de 2 milhões... opa, errei, é 20 milhões.", "initial_supply", "20000000"),
    ("Jeton Galet (GLT), 300 000 jetons, avec quatre décimales. Je me reprends : deux décimales.", "decimals", 2),
])
def test_a_bare_value_after_a_correction_replaces_the_one_before(prompt: str, field: str, value: object) -> None:
    spec = parse(prompt)
    assert getattr(spec, field) == value and not _numbers(spec), spec.requirements


@pytest.mark.parametrize("prompt, cap", [
    ("Jeton Vanne (VAN), 1000 jetons ; le propriétaire pourra en émettre d'autres sans jamais dépasser 9000.", "9000"),
    ("Token Presa (PRS), 1000 unidades; el dueño puede acuñar más, pero el total jamás superará 9.000.", "9000"),
    ("ERC20 Weir (WER), 1000 supply; the owner can mint more without ever exceeding 9,000.", "9000"),
])
def test_a_limit_said_as_never_exceeding_is_a_cap(prompt: str, cap: str) -> None:
    assert parse(prompt).cap == cap


@pytest.mark.parametrize("prompt", [
    "I am a retired pilot (licensed in 1979, thirty years flying freighters) and want a token Wingtip (WTP), 5000 supply.",
    "I was twenty years a postman. Token Satchel (STC), 5000 supply.",
    "Je suis ingénieur (promotion 1968) et je veux un jeton Barrage (BRG), 5000 jetons.",
])
def test_a_span_or_year_of_the_askers_life_is_context(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply == "5000" and not [r for r in spec.requirements if r.status.value != "pending"], \
        spec.requirements


@pytest.mark.parametrize("prompt", [
    "ERC1155 contract Rune Deck for our game: 90 runes across 3 schools, burnable, with supply tracking per id.",
    "Contrato ERC-1155 Cromos Liga: hay 45 cromos distintos, quemables.",
])
def test_a_count_of_kinds_in_an_erc1155_request_is_context(prompt: str) -> None:
    spec = parse(prompt)
    assert not _numbers(spec), spec.requirements


def test_an_amount_per_item_in_an_erc1155_request_still_stops() -> None:
    spec = parse("ERC1155 Relic Box with 200 copies of each relic, burnable.")
    assert _numbers(spec) == ["200"]


def test_a_stablecoin_amount_is_money_and_no_ticker() -> None:
    spec = parse("Token Ledger Bean (LGB), 1000 supply; our grant was 500 USDC.")
    assert spec.symbol == "LGB" and not _numbers(spec), spec.requirements


@pytest.mark.parametrize("prompt", [
    "ERC1155 Mapa Cromos; los metadatos están en https://x.example/{id}.json y quiero poder cambiar ese enlace luego.",
    "ERC721 Lantern Club (LNC), metadata at https://x.example/meta/; the owner must be able to update the link later.",
])
def test_changing_the_metadata_link_named_again_is_an_updatable_uri(prompt: str) -> None:
    assert option_readings(parse(prompt)).get("updatable_uri") == (True, "pending")


def test_a_vault_cap_in_its_stablecoin_asset_is_still_the_cap() -> None:
    spec = parse("ERC-4626 vault Calm Pool (cpUSDC) over USDC at 0xd4e2a9be8eb08757adc05ad88d4b794983d0ccd0, "
                 "deposits capped at 3M USDC.")
    assert spec.cap == "3000000"


@pytest.mark.parametrize("prompt, key, value", [
    ("Token Chispa (CHP), 1000 unidades; que nadie pueda pausarlo jamás.", "pausable", False),
    ("Jeton Mie (MIE), 1000 jetons ; personne ne pourra en fabriquer d'autres.", "mintable", False),
    ("Jeton Mie (MIE), 1000 jetons ; aucun moyen de bloquer les échanges de jetons pour tout le monde.", "pausable", False),
    ("Token Pão (PAO), 1000 unidades. Os pontos ficam com quem os ganhou: não podem ser passados a ninguém.",
     "soulbound", True),
])
def test_clitics_participles_and_everyday_nouns_of_the_actions(prompt: str, key: str, value: object) -> None:
    assert option_readings(parse(prompt)).get(key) == (value, "pending"), parse(prompt).requirements


@pytest.mark.parametrize("prompt", [
    "Token: Lapis (LPS)\nSupply: 1000\nDecimals: none",
    "Token Lápis (LPS), 1000 unidades. Casas decimais: nenhuma.",
])
def test_a_decimals_record_answered_none_is_zero_decimals(prompt: str) -> None:
    assert parse(prompt).decimals == 0


def test_a_name_given_as_what_we_call_them() -> None:
    assert parse("Je veux des points qu'on appelle Mie Dorée, code MDOR, 5 000 points.").name == "Mie Dorée"


def test_a_value_before_the_next_record_key_is_not_described_by_that_key() -> None:
    spec = parse("Token: Lapis (LPS)\nSupply: 1000\nDecimals: 6")
    assert (spec.initial_supply, spec.decimals) == ("1000", 6)


@pytest.mark.parametrize("prompt, expected", [
    ("name: Basalt\nsymbol: BSLT\ntype: ERC20\ninitial_supply: 250000\ndecimals: 2", ("250000", 2)),
    ("ERC20 config\n  name = \"Gneiss\"\n  symbol = \"GNS\"\n  supply = 64000\n  features = [burnable]\n  decimals = 4",
     ("64000", 4)),
    ("Token Pumice (PMC)\n* supply 5000\n* 0 decimals\n* burnable", ("5000", 0)),
    ("Please deploy a token.\nName -> Slate Dollar\nTicker -> SLD\nAmount -> 1,500,000\nDecimals -> 6", ("1500000", 6)),
])
def test_records_one_per_line_keep_their_values_apart(prompt: str, expected: tuple[str, int]) -> None:
    spec = parse(prompt)
    assert (spec.initial_supply, spec.decimals) == expected and \
        not [r for r in spec.requirements if r.status.value != "pending"], spec.requirements


def test_a_number_in_scientific_or_suffixed_form_ends_a_name() -> None:
    spec = parse("ERC20 Mercury MRC 1e6 supply 4 decimals")
    assert (spec.name, spec.symbol, spec.initial_supply, spec.decimals) == ("Mercury", "MRC", "1000000", 4)


@pytest.mark.parametrize("prompt", [
    "Token Finch (FNC), 1000 supply; give all tokens to 0x1111111111111111111111111111111111111111 at deployment.",
    "Token Finch (FNC), 1000 supply. Pass the tokens to the treasury.",
    "Token Pinzón (PNZ), 1000 unidades; da todos los tokens a mi wallet al desplegar.",
])
def test_an_instruction_where_the_supply_goes_is_no_ability(prompt: str) -> None:
    spec = parse(prompt)
    assert "soulbound" not in option_readings(spec) and not [r for r in spec.requirements if r.status.value == "ambiguous"], \
        spec.requirements
