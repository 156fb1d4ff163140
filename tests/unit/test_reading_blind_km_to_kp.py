"""Reading that blind sets KI to KP found wanting, made generic (issue 12): a Japanese name with its particle "no",
a multisig whose signers are counted before the threshold said as "enough", a hedged count of what the asker's world
may grow to, a dot parting thousands in a count of whole things, and a share split equally among the payees that
follow. Inputs written for these tests, not taken from the bench sets."""

from __future__ import annotations

import pytest

from agents.generation import requirements
from tests.unit.reading import accounted, clean

_A = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
_B = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"
_C = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"
_D = "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"


@pytest.mark.parametrize("prompt,name", [
    ("Please make an ERC20 named Hana no Mori with ticker HNM and 20,000 supply.", "Hana no Mori"),
    ("Token called Hyper, no Minting after launch, symbol HYP, 1M.", "Hyper"),
])
def test_a_japanese_particle_inside_a_name(prompt: str, name: str) -> None:
    assert clean(prompt).name == name


def test_signers_counted_then_the_threshold_said_as_enough() -> None:
    spec = clean(f"shared till — four of us sign: me {_A}, Ola {_B}, Kari {_C} and Per {_D}. any three of us is enough.")
    assert spec.family == "multisig" and spec.options["threshold"] == 3 and spec.options["owners_count"] == 4


def test_a_hedged_count_of_the_world_later_sets_nothing() -> None:
    spec = clean("A multi-token contract for our jams, name it 'Berry Shelf'. We mint them and track how many of each exist. "
                 "Now 3 flavours but maybe 6 next year.")
    assert spec.family == "erc1155"


def test_a_hedged_big_amount_later_still_stops() -> None:
    spec = accounted("ERC20 Hyper, symbol HYP, supply 1M, maybe 3M later on.")
    assert requirements.stop_line(spec)


@pytest.mark.parametrize("prompt,supply", [
    ("Token for our choir, name Cantus, symbol CNT, in total 12.345 pieces.", 12345),
    ("Token Cantus, symbol CNT, 12.345 units for the members.", 12345),
])
def test_a_dot_parting_thousands_of_whole_things(prompt: str, supply: int) -> None:
    assert clean(prompt).initial_supply == str(supply)


def test_a_dotted_amount_of_tokens_still_asks() -> None:
    assert "dot between thousands" in requirements.stop_line(accounted("Token Cantus, symbol CNT, 12.345 tokens."))


@pytest.mark.parametrize("prompt,percents", [
    (f"Split the ticket money: half to the club {_A}, and the remaining half split equally between the coach {_B} and "
     f"the referee fund {_C}.", ["50", "25", "25"]),
    (f"Payment splitter: 40% to {_A}, the other 60% divided evenly among {_B}, {_C} and {_D}.", ["40", "20", "20", "20"]),
])
def test_a_share_split_equally_among_payees(prompt: str, percents: list[str]) -> None:
    spec = clean(prompt)
    assert spec.family == "splitter" and [str(p) for p in spec.options["percents"]] == percents


@pytest.mark.parametrize("prompt,name,symbol", [
    ("ERC20 'Quiet Harbour', symbol QHB — wait, no, QHBR, someone else has QHB. 2M supply.", "Quiet Harbour", "QHBR"),
    ("Token 'Sal Grosso', symbol SAL. hmm, SAL is already used by something, make it SALG. 300,000 tokens.",
     "Sal Grosso", "SALG"),
    ("NFT for the regatta crews. Name: Blue Hull — actually no, that's the sponsor's brand, we can't use it. Call it "
     "Harbour Oars, ticker HOAR. Owner mints them.", "Harbour Oars", "HOAR"),
    ("need a coin. pebble. symbol PBLE. 40k. nobody mints after.", "Pebble", "PBLE"),
])
def test_corrections_and_hurried_names(prompt: str, name: str, symbol: str) -> None:
    spec = clean(prompt)
    assert (spec.name, spec.symbol) == (name, symbol)


def test_decimals_said_then_taken_back_to_the_default() -> None:
    spec = clean("Token Kiln Credit, KLN. decimals 6 — hmm no, just leave the default. 90,000 to start.")
    assert spec.decimals == 18 and spec.initial_supply == "90000"


def test_a_comment_that_corrects_the_value_before_it() -> None:
    spec = clean("token:\n  name: Brine Point\n  symbol: BRPT\n  initial: 700000\n  decimals: 6   # sorry, 6 is wrong, please 2\n"
                 "# 9 boats in the harbour")
    assert spec.decimals == 2 and spec.initial_supply == "700000"


def test_a_bare_count_corrects_a_duration_in_its_unit() -> None:
    spec = clean(f"Timelock\nminDelay: 3 days (no, make it 5; the auditors asked)\nproposers: {_A}\nexecutors: {_B}")
    assert spec.family == "timelock" and spec.options["delay_seconds"] == 5 * 86400


def test_a_corrected_count_of_the_world_sets_no_supply() -> None:
    spec = clean("Badge token, name 'Crew Pin', symbol CPIN, just 25 tokens, decimals zero. We have 25 crew... oh no, 23 "
                 "now, two left in May. Anyway make 25.")
    assert spec.initial_supply == "25"


@pytest.mark.parametrize("prompt", [
    "ERC20 'Ferry Points' (FRP), 800k. We work the bus line 14 and the tram 28 every day.",
    "Token 'Kassa' (KSA), 2M. There are about 90 kiosks in town, 31 in our association.",
    "Token 'Tide' (TIDE), 1M. The board met on Monday (6 of 8 present) and agreed.",
    "Token 'Tide' (TIDE), 1M tokens (so 125k for each of us).",
    "Token 'Mill Share' (MLS), 1M. We hold 2 of 7 shares in the mill.",
    "Token 'Onsen' (ONS), 1M. Twice a day we open the baths, that's our rhythm.",
    "Token 'Sanshin' (SNS), 500k. Family shop since Showa 52.",
])
def test_numbers_of_the_asker_world_set_nothing(prompt: str) -> None:
    spec = accounted(prompt)
    assert spec.family == "erc20"
    assert not [r for r in spec.requirements if r.kind.value == "value" and r.status.value != "honoured"], spec.requirements


@pytest.mark.parametrize("prompt,feature", [
    ("Multi-token 'Spare Reeds', base URI https://reeds.example/{id}.json. Owner mints. URIs must be updatable later.",
     "updatable_uri"),
    ("Contrato multi-token 'Cascos', URI base: https://cascos.example/{id}.json, y que se pueda cambiar más adelante. "
     "Solo yo puedo emitir.", "updatable_uri"),
    ("Collezione NFT 'Mappe Antiche', simbolo MAPP, massimo 90 pezzi, ogni pezzo con il suo URI.", "uri_storage"),
    ("NFT 'Watch Log', symbol WLOG. The board mints them. URI stored per token.", "uri_storage"),
    ("Token 'Zunftbrief' (ZNFT), Anfangsmenge 10 Stück, danach prägt der Vorstand nach.", "mintable"),
    ("Biglietti multi-token «Gite», URI https://gite.example/{id}.json. Serve: conio da parte del proprietario, "
     "bruciatura e pausa.", "burnable"),
])
def test_features_said_in_other_words_again(prompt: str, feature: str) -> None:
    assert feature in clean(prompt).features


def test_an_english_gloss_in_brackets_keeps_the_negation() -> None:
    spec = clean("Contrat multi-jetons « Cageots », métadonnées https://cageots.example/{id}.json. On doit pouvoir créer "
                 "de nouveaux cageots. Par contre pas de destruction (burn), jamais.")
    assert "burnable" in spec.disabled


def test_a_title_before_a_name_keeps_the_role() -> None:
    spec = clean(f"Token 'Prótese' (PRT), 1 milhão. Controlo por funções: administrador {_A}, e quem pode pausar é a Dra. "
                 f"Helena {_B}. Tem de ser pausável.")
    assert spec.addresses["pauser"] == _B and "recipient" not in spec.addresses


@pytest.mark.parametrize("prompt,family", [
    (f"Our trainee Marta (wallet {_A}) gets her tokens over 3 years, nothing during the first 6 months.", "vesting"),
    (f"Un socio fondatore ({_A}) riceve i suoi token in 36 mesi, con un cliff di 12 mesi.", "vesting"),
    (f"Die neue Köchin bekommt Token, verteilt über 2 Jahre, Begünstigte ist {_A}.", "vesting"),
])
def test_a_vesting_said_as_someone_getting_tokens_over_time(prompt: str, family: str) -> None:
    spec = clean(prompt)
    assert spec.family == family and spec.addresses["beneficiary"] == _A


def test_executors_said_as_the_proposers_then_corrected() -> None:
    spec = clean(f"We need a timelock with a waiting period of 24 hours before any operation executes.\nProposers: {_A} and "
                 f"{_B}.\nExecutors: the same two as the proposers — correction, our treasurer {_C} alone.\nAdmin: {_D}.")
    assert spec.options["delay_seconds"] == 86400
    assert spec.addresses["proposers"] == f"{_A},{_B}" and spec.addresses["executors"] == _C


@pytest.mark.parametrize("prompt", [
    f"Vesting for Aino, 41, who has kept our boats for years: wallet {_A}, over 3 years with a 1-year cliff.",
    f"Vesting: our head brewer is 58 and has been here since 1990. Wallet {_A}, 2 years, 6-month cliff.",
])
def test_an_age_said_in_passing(prompt: str) -> None:
    assert clean(prompt).family == "vesting"


def test_a_per_wallet_limit_is_reported_with_its_size() -> None:
    spec = accounted("Token 'Fair Share' (FAIR), 100 000 pieces. Nobody should can hold more than 1 000 tokens in one wallet.")
    stop = requirements.stop_line(spec)
    assert "max_wallet" in stop and "1 000" in stop


def test_a_governor_period_after_the_voting_delay() -> None:
    spec = clean("Governor 'Mill Council' with its own new voting token MILC, 500k tokens. quorum 5%. voting delay 1 day, "
                 "period 7 days.")
    assert spec.options["voting_delay_seconds"] == 86400 and spec.options["voting_period_seconds"] == 7 * 86400


def test_admin_rights_that_stay_with_an_address_given_before() -> None:
    spec = clean(f"Token 'Ore' (ORE), roles please. 1M to the co-op treasury at {_A}. New tokens get minted by {_B}. Admin "
                 f"rights stay with the treasury ({_A}).")
    assert spec.addresses["admin"] == _A and spec.addresses["minter"] == _B


@pytest.mark.parametrize("prompt", [
    "NFT 'Old Patterns' (OLDP), owner mints, metadata per token. Our archive goes back to 1642, but we mint only what we "
    "choose.",
    "Token 'Rhine Pilot' (RHP), 2M. Our station is around km 412 on the river.",
    "Token 'Forno' (FRN), 1M, decimals 6. We are a glass studio since 1960, 7 masters and 3 furnace.",
])
def test_more_numbers_of_the_asker_world(prompt: str) -> None:
    spec = accounted(prompt)
    assert not [r for r in spec.requirements if r.kind.value == "value" and r.status.value != "honoured"], spec.requirements


@pytest.mark.parametrize("prompt,key,value", [
    (f"We need a multisig for the club money. Owners is three: {_A}, {_B}, {_C}. Two signature is enough for sending.",
     "threshold", 2),
    (f"Für die Kasse brauchen wir ein Multisig mit vier Inhabern ({_A}, {_B}, {_C}, {_D}), und jede Auszahlung muss von "
     f"drei davon bestätigt werden.", "threshold", 3),
])
def test_multisig_counts_in_other_words(prompt: str, key: str, value: int) -> None:
    assert clean(prompt).options[key] == value


def test_a_split_in_n_parts_counts_the_payees() -> None:
    spec = clean(f"We split the money from the fish sale in three: the boat {_A} takes 50 percent, the smokehouse {_B} 30 "
                 f"percent and the harbour fund {_C} 20 percent.")
    assert spec.family == "splitter" and [str(p) for p in spec.options["percents"]] == ["50", "30", "20"]


@pytest.mark.parametrize("prompt,on,off", [
    ("Token 'Roast' (RST), 90k supply. Transfers must never be freezable.", set(), {"pausable"}),
    ("Token chamado Caju Dourado, símbolo CAJU, 200 mil unidades. Não queremos que ninguém possa congelar.", set(),
     {"pausable"}),
    ("badge for the crew who finish the course. 'Knot Master' / KNOT. shouldnt be transferable, they earned it. we mint "
     "them ourselves.", {"soulbound"}, set()),
    ("Collezione NFT «Ceste», simbolo CEST. Ogni cesta riceve un token con i suoi metadati, id automatici.", {"uri_storage"},
     set()),
    ("Collezione NFT «Ritratti», simbolo RTRT, massimo 300 pezzi. Ogni token deve avere il suo URI individuale.",
     {"uri_storage"}, set()),
])
def test_features_and_refusals_in_plain_words(prompt: str, on: set[str], off: set[str]) -> None:
    spec = clean(prompt)
    assert on <= set(spec.features) and off <= set(spec.disabled)
