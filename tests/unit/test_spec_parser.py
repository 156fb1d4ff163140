"""Spec parsing: numbers and durations as people write them, six languages, names, symbols, safety.

The time a reading takes is measured by bench/understanding.py, not asserted here."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from agents.generation import GenerationService
from agents.generation.composer import compose
from agents.generation.numbers import find_amounts, find_durations
from agents.generation.safety import solidity_string, source_backdoors, strip_comments_and_strings
from agents.generation.spec_parser import derive_symbol, parse
from hyperagent.errors import GenerationError


@pytest.mark.parametrize("text, value", [
    ("1,000,000", 1_000_000), ("1.000.000", 1_000_000), ("1M", 1_000_000), ("2.5 million", 2_500_000),
    ("21 million", 21_000_000), ("one hundred thousand", 100_000), ("750k", 750_000), ("1 000 000", 1_000_000),
    ("twenty one million", 21_000_000), ("5 millones", 5_000_000), ("10 Millionen", 10_000_000),
    ("3 milhões", 3_000_000), ("2 milliards", 2_000_000_000), ("1.5B", 1_500_000_000),
])
def test_amounts(text: str, value: int) -> None:
    amounts = find_amounts(text)
    assert [a.value for a in amounts] == [Decimal(value)]


def test_decimal_comma_languages() -> None:
    assert find_amounts("1,5 millones", decimal_comma=True)[0].value == Decimal(1_500_000)
    assert find_amounts("2.500", decimal_comma=True)[0].value == Decimal(2500)
    assert find_amounts("0.05 ether")[0].value == Decimal("0.05")


@pytest.mark.parametrize("text, seconds", [
    ("4 years", 4 * 365 * 86400), ("6 months", 6 * 30 * 86400), ("30 days", 30 * 86400), ("1 week", 604800),
    ("a 1-year cliff", 365 * 86400), ("dos años", 2 * 365 * 86400), ("trois mois", 3 * 30 * 86400),
    ("30 Tage", 30 * 86400), ("12 meses", 12 * 30 * 86400), ("48h", 48 * 3600),
])
def test_durations(text: str, seconds: int) -> None:
    assert find_durations(text)[0].seconds == seconds


@pytest.mark.parametrize("prompt, supply", [
    ("ERC20 token called Alpha with a supply of 1,000,000", "1000000"),
    ("ERC20 token called Alpha with a supply of 1.000.000", "1000000"),
    ("ERC20 token called Alpha, 1M supply", "1000000"),
    ("ERC20 token called Alpha with 2.5 million tokens", "2500000"),
    ("ERC20 token called Alpha with 21 million supply", "21000000"),
    ("ERC20 token called Alpha with one hundred thousand tokens", "100000"),
    ("ERC20 token called Alpha, 750k initial supply", "750000"),
])
def test_supply_in_requests(prompt: str, supply: str) -> None:
    spec = parse(prompt)
    assert (spec.family, spec.name, spec.initial_supply) == ("erc20", "Alpha", supply)


def test_cap_decimals_and_mint_are_told_apart() -> None:
    spec = parse("Token 'Moon Dust', ticker MDUST, 6 decimals, 250000 initial supply; the owner can mint more up to a cap of 1 million.")
    assert (spec.name, spec.symbol, spec.decimals, spec.initial_supply, spec.cap) == ("Moon Dust", "MDUST", 6, "250000", "1000000")
    assert {"mintable", "capped"} <= set(spec.features)


def test_supply_above_cap_is_rejected() -> None:
    with pytest.raises(GenerationError, match="exceeds the cap"):
        parse("ERC20 called Over with 5 million supply and a cap of 1 million")


@pytest.mark.parametrize("prompt, family, name, symbol, supply, features", [
    ("Crea un token ERC20 llamado Sol Naciente con símbolo SOLN y un suministro de 5 millones, quemable y pausable",
     "erc20", "Sol Naciente", "SOLN", "5000000", {"burnable", "pausable"}),
    ("Crée un jeton ERC20 appelé Étoile Polaire avec le symbole ETP et une offre de 2 500 000, brûlable",
     "erc20", "Étoile Polaire", "ETP", "2500000", {"burnable"}),
    ("Erstelle einen ERC20-Token namens Grüne Energie mit dem Symbol GRN und einem Angebot von 1.000.000, pausierbar",
     "erc20", "Grüne Energie", "GRN", "1000000", {"pausable"}),
    ("Crie um token ERC20 chamado Café Forte com símbolo CAFE e fornecimento de 3 milhões, queimável",
     "erc20", "Café Forte", "CAFE", "3000000", {"burnable"}),
    ("Crea una colección NFT llamada Pájaros Raros con símbolo PAJ", "erc721", "Pájaros Raros", "PAJ", None, set()),
    ("Crée une collection NFT appelée Châteaux de France avec le symbole CHAT", "erc721", "Châteaux de France", "CHAT", None, set()),
])
def test_other_languages(prompt, family, name, symbol, supply, features) -> None:
    spec = parse(prompt)
    assert (spec.family, spec.name, spec.symbol, spec.initial_supply) == (family, name, symbol, supply)
    assert features <= set(spec.features)
    assert spec.language != "en"


def test_vesting_durations_in_german() -> None:
    spec = parse("Ein Vesting-Wallet für einen Begünstigten über 4 Jahre mit einer Sperrfrist (Cliff) von 1 Jahr")
    assert spec.family == "vesting"
    assert spec.options["duration_seconds"] == 4 * 365 * 86400
    assert spec.options["cliff_seconds"] == 365 * 86400


def test_non_ascii_name_becomes_a_unicode_literal_and_an_ascii_identifier() -> None:
    spec = parse('ERC20 called "Žluťoučký Kůň" with 1000 supply')
    assert spec.name == "Žluťoučký Kůň"
    assert spec.contract_name == "ZlutouckyKun"
    assert spec.symbol == "ZK"
    draft = compose(spec)
    assert 'ERC20(unicode"Žluťoučký Kůň", "ZK")' in draft.source


@pytest.mark.parametrize("name, expected", [("Hyper Token", "HYPE"), ("Pixel Pals", "PP"), ("Ørsted", "RSTE"),
                                            ("Green Energy Credit", "GEC"), ("日本", "TKN")])
def test_symbol_derivation(name: str, expected: str) -> None:
    assert derive_symbol(name) == expected


def test_symbol_derived_when_missing() -> None:
    spec = parse("Create an NFT collection called Night Owls")
    assert spec.symbol == "NO" and spec.options["symbol_derived"] is True


@pytest.mark.parametrize("hostile", [
    'ERC20 called "Evil\\"); selfdestruct(payable(msg.sender)); //" with 100 supply',
    "ERC20 called 'Evil\"); } contract X { function f() public { selfdestruct(payable(msg.sender)); } //' with 100 supply",
    'ERC20 named “Back\\slash \\u0022 \u202eslash” symbol EVIL',
])
def test_injection_stays_inside_an_escaped_string(hostile: str) -> None:
    draft = GenerationService().generate(hostile)
    code = strip_comments_and_strings(draft.source)
    assert not re.search(r"selfdestruct\s*\(", code)
    assert source_backdoors(draft.source) == []
    assert ("selfdestruct" in draft.source) == ("selfdestruct" in hostile)  # kept, inside the string literal
    assert "contract X" not in code
    assert re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", draft.contract_name)
    assert "\u202e" not in draft.source
    assert code.count("{") == code.count("}")


def test_solidity_string_escapes() -> None:
    assert solidity_string('a"b\\c') == '"a\\"b\\\\c"'
    assert solidity_string("naïve\nline") == 'unicode"naïve line"'


@pytest.mark.parametrize("prompt", [
    "ERC20 token with a selfdestruct the owner can trigger",
    "An NFT collection with a hidden mint function for the owner",
    "Staking contract where the admin can drain all user funds",
    "Token with a backdoor so I can take tokens from holders",
    "Un token ERC20 con una puerta trasera para el propietario",
])
def test_backdoor_requests_are_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        GenerationService().generate(prompt)


@pytest.mark.parametrize("prompt", ["", "   ", "\n\t"])
def test_empty_request(prompt: str) -> None:
    with pytest.raises(GenerationError, match="empty"):
        GenerationService().parse_spec(prompt)
    with pytest.raises(GenerationError, match="empty"):
        GenerationService().generate(prompt)


def test_unsupported_request_names_families_and_llm_setting() -> None:
    with pytest.raises(GenerationError) as info:
        GenerationService().generate("Write a Uniswap v4 hook with dynamic fees based on volatility oracles.")
    message = str(info.value)
    assert "erc20" in message and "multisig" in message and "HYPERAGENT_LLM=openai:gpt-4o-mini" in message


@pytest.mark.parametrize("prompt, family", [
    ("Staking contract where users stake an ERC20 token", "staking"),
    ("Token sale for my ERC20 at 1000 tokens per ETH", "crowdsale"),
    ("Merkle airdrop for an ERC20 token", "airdrop"),
    ("A vesting wallet that releases ERC20 tokens", "vesting"),
    ("A 3-of-5 multisig", "multisig"),
    ("Escrow with an arbiter", "escrow"),
    ("A DAO with proposals and a timelock", "governor"),
    ("Split incoming payments between two partners", "splitter"),
    ("A registry that stores a number", "storage"),
    ("Multi-token contract for game items", "erc1155"),
    ("A governance token with voting power", "erc20"),
])
def test_family_detection(prompt: str, family: str) -> None:
    assert parse(prompt).family == family


def test_family_hint_overrides() -> None:
    assert GenerationService().parse_spec("Something called Foo", {"family": "erc721"}).family == "erc721"


def test_addresses_and_roles() -> None:
    spec = parse("Escrow where the buyer is 0x1111111111111111111111111111111111111111, the seller is "
                 "0x2222222222222222222222222222222222222222 and the arbiter 0x3333333333333333333333333333333333333333")
    assert spec.addresses["buyer"].lower() == "0x" + "1" * 40
    assert spec.addresses["seller"].lower() == "0x" + "2" * 40
    assert spec.addresses["arbiter"].lower() == "0x" + "3" * 40
    draft = compose(spec)
    assert [a.lower() for a in draft.constructor_args] == ["0x" + c * 40 for c in "123"]


def test_prices_rates_and_thresholds() -> None:
    spec = parse("ERC721 'Genesis Passes' (GPASS), max supply 1000, public mint for 0.05 ether each, enumerable.")
    assert spec.options["price_wei"] == str(5 * 10**16) and spec.cap == "1000"
    spec = parse("Token sale at 1000 tokens per ETH with a hard cap of 100 ETH that ends 30 days after deployment.")
    assert spec.options["rate"] == "1000" and spec.options["hard_cap_wei"] == str(100 * 10**18)
    assert spec.options["duration_seconds"] == 30 * 86400
    spec = parse("A 2-of-3 multisig wallet")
    assert (spec.options["threshold"], spec.options["owners_count"]) == (2, 3)


# --- phrasings beyond the request sets -------------------------------------------------------------

A = "0x4B20993Bc481177ec7E8f571ceCaE8A9e22C02db"
B = "0x78731D3Ca6b7E34aC0F824c42a7cC18A495cabaB"
C = "0x617F2E2fD72FD9D5503197092aC168c91465E7f2"


@pytest.mark.parametrize("text, language, value", [
    ("two million total", "en", 2_000_000), ("cinco millones", "es", 5_000_000), ("deux millions", "fr", 2_000_000),
    ("zwei Millionen", "de", 2_000_000), ("dois milhões", "pt", 2_000_000), ("5 milioni", "it", 5_000_000),
    ("1e6", "en", 1_000_000), ("2.5e9", "en", 2_500_000_000), ("10^6", "en", 1_000_000),
    ("half a million", "en", 500_000), ("a quarter of a million", "en", 250_000), ("1/4 million", "en", 250_000),
    ("three quarters of a million", "en", 750_000), ("one and a half million", "en", 1_500_000),
    ("a million and a half", "en", 1_500_000), ("cinco millones y medio", "es", 5_500_000),
    ("mezzo milione", "it", 500_000), ("un million et demi", "fr", 1_500_000), ("1'000'000", "de", 1_000_000),
    ("1,5 Mio.", "de", 1_500_000), ("10_000_000", "en", 10_000_000), ("250 mila", "it", 250_000),
    ("zweitausend", "de", 2_000), ("duemila", "it", 2_000), ("two hundred and fifty thousand", "en", 250_000),
    ("7,5 Millionen", "de", 7_500_000), ("3,5 millions", "fr", 3_500_000), ("2 Mrd.", "de", 2_000_000_000),
    ("1 milliard", "fr", 1_000_000_000), ("dos mil", "es", 2_000), ("quinientos mil", "es", 500_000),
    ("1.000", "en", 1_000),
])
def test_amounts_in_words_fractions_and_separators(text: str, language: str, value: int) -> None:
    amounts = find_amounts(text, decimal_comma=language != "en", language=language)
    assert [a.value for a in amounts] == [Decimal(value)]


@pytest.mark.parametrize("text", ["2-of-3", "70/30", "once upon a time", "one of the owners", "a token"])
def test_what_is_not_an_amount(text: str) -> None:
    assert [a.value for a in find_amounts(text) if a.value > 3] == []


@pytest.mark.parametrize("text, seconds", [
    ("6 semaines", 6 * 7 * 86400), ("over 36 months", 36 * 30 * 86400), ("1 year cliff", 365 * 86400),
    ("two weeks", 14 * 86400), ("quinze jours", 15 * 86400), ("4 anni", 4 * 365 * 86400), ("3 settimane", 21 * 86400),
    ("zwei Jahre", 2 * 365 * 86400), ("dez dias", 10 * 86400), ("a week", 604800),
])
def test_durations_in_six_languages(text: str, seconds: int) -> None:
    assert find_durations(text)[0].seconds == seconds


@pytest.mark.parametrize("prompt, name, symbol, decimals, supply", [
    ("Token named 'Harvest Moon' with ticker $HMN and supply of 3.2 million", "Harvest Moon", "HMN", 18, "3200000"),
    ("Deploy ERC-20: name=Zephyr; symbol=ZPH; supply=42000; decimals=3", "Zephyr", "ZPH", 3, "42000"),
    ("I'd like 7,5 Millionen Token namens Föhn (FHN)", "Föhn", "FHN", 18, "7500000"),
    ("Un token appelé Cerise, symbole CRS, offre de 3,5 millions", "Cerise", "CRS", 18, "3500000"),
    ("Token 'Kiln' KLN with a supply of ten thousand", "Kiln", "KLN", 18, "10000"),
    ("A coin called Pepper (PPR): 1.000.000.000 units", "Pepper", "PPR", 18, "1000000000"),
    ("ERC20 Sable SBL, six decimals, one hundred million supply", "Sable", "SBL", 6, "100000000"),
    ("mintabel tokn called Grit, symbol GRT, suplly 5k", "Grit", "GRT", 18, "5000"),
    ("Create 'Moss' (MOSS), indivisible, 64 tokens", "Moss", "MOSS", 0, "64"),
    ("Mint 12 million Ember Coins (EMB) with 9 decimals", "Ember Coins", "EMB", 9, "12000000"),
    ("Symbol: QRZ. Name: Quartz Rose. Supply: 800k. Decimals: 2.", "Quartz Rose", "QRZ", 2, "800000"),
    ("Voglio 2 milioni di token chiamati Faro Rosso (FRR)", "Faro Rosso", "FRR", 18, "2000000"),
    ("Quero um token chamado Ipê, símbolo IPE, sem casas decimais, 500 unidades", "Ipê", "IPE", 0, "500"),
    ("Burnable Mintable token 'Mintable Moth' (MMT), 10 supply", "Mintable Moth", "MMT", 18, "10"),
    ("Create an ERC20 token called Hyper Token with symbol HYP and 1,000,000 supply", "Hyper Token", "HYP", 18, "1000000"),
    ("PLEASE CREATE TOKEN NAME IS SUNNY DAY SYMBOL SUN 1 MILLION", "SUNNY DAY", "SUN", 18, "1000000"),
    ("Something named Bank of Mars (BOM) with 100 supply", "Bank of Mars", "BOM", 18, "100"),
    ("I need something called Clover Coin with a supply of 5", "Clover Coin", "CLOV", 18, "5"),
    ("ERC20 token called Qwert Swarm 1 with symbol SW1 and 200000 supply", "Qwert Swarm 1", "SW1", 18, "200000"),
    ("Token named Apollo 11 (APL), 100 supply", "Apollo 11", "APL", 18, "100"),
    ("ERC20 called Alpha 5 million supply", "Alpha", "ALPH", 18, "5000000"),
    ("erc20 Birch BRC 1.5M", "Birch", "BRC", 18, "1500000"),
    ("Token called Cedar 2,000 supply", "Cedar", "CEDA", 18, "2000"),
])
def test_names_symbols_decimals_and_supplies_in_any_position(prompt, name, symbol, decimals, supply) -> None:
    spec = parse(prompt)
    assert (spec.family, spec.name, spec.symbol, spec.decimals, spec.initial_supply) == \
        ("erc20", name, symbol, decimals, supply)


@pytest.mark.parametrize("prompt, on, off", [
    ("Token Flint (FLT) 1M supply; owner may not mint", set(), {"mintable"}),
    ("Mint 5000 'Brick' tokens (BRK), nothing more can ever be minted", set(), {"mintable"}),
    ("Token llamado Sol, símbolo SOL, 21 millones, sin pausa", set(), {"pausable"}),
    ("Token chiamato Quercia con simbolo QRC, 3 milioni, non bruciabile", set(), {"burnable"}),
    ("Token chamado Ipê, símbolo IPE, 1 milhão, pausável e queimável", {"pausable", "burnable"}, set()),
    ("A coin called Pepper (PPR), burnable, no pausing", {"burnable"}, {"pausable"}),
    ("Token Lynx (LNX), not pausable or mintable, burnable", {"burnable"}, {"pausable", "mintable"}),
    ("Token Wren (WRN): mintable: yes, burnable: no", {"mintable"}, {"burnable"}),
    ("Token Heron (HRN) with a fixed supply of 1M and permit", {"permit"}, {"mintable"}),
    ("Token Stoat (STT), pausible and burnabel, the owner can mint", {"pausable", "burnable", "mintable"}, set()),
    ("Jeton Loutre (LTR), non pausable, brûlable", {"burnable"}, {"pausable"}),
    ("ERC1155 Gems where the base URI may be changed later by the owner", {"updatable_uri"}, set()),
    ("ERC1155 'Loot' with the URI ipfs://QmHash/{id}.json that the owner can update", {"updatable_uri"}, set()),
    ("Token Dachs (DCH), nicht pausierbar, verbrennbar", {"burnable"}, {"pausable"}),
])
def test_features_and_their_negations(prompt: str, on: set[str], off: set[str]) -> None:
    spec = parse(prompt)
    assert on <= set(spec.features), spec.features
    assert off <= set(spec.disabled), spec.disabled
    assert not (on & set(spec.disabled)) and not (off & set(spec.features))


@pytest.mark.parametrize("prompt, family, roles", [
    (f"Escrow: {A} is the buyer and {B} is the seller, arbiter {C}", "escrow", {"buyer": A, "seller": B, "arbiter": C}),
    (f"Treuhand mit Käufer {A}, Verkäufer {B} und Schiedsrichter {C}", "escrow", {"buyer": A, "seller": B, "arbiter": C}),
    (f"Vesting for beneficiary {A} starting in 30 days, lasting 2 years", "vesting", {"beneficiary": A}),
    (f"Vest tokens linearly for {B} over 3 years", "vesting", {"beneficiary": B}),
    (f"ERC20 Quill (QLL), mintable and pausable with roles: admin {A}, minter {B}, pauser {C}", "erc20",
     {"admin": A, "minter": B, "pauser": C}),
    (f"NFT 'Tides' (TDS) with 4% royalties paid to {C}", "erc721", {"recipient": C}),
    (f"Token sale at 100 tokens per ETH, proceeds go to {B}", "crowdsale", {"recipient": B}),
])
def test_addresses_are_bound_to_the_role_the_sentence_gives(prompt: str, family: str, roles: dict[str, str]) -> None:
    spec = parse(prompt)
    assert spec.family == family
    for role, address in roles.items():
        assert spec.addresses[role] == address


@pytest.mark.parametrize("prompt, shares", [
    (f"Split revenue: {A} 45%, {B} 35%, {C} 20%", ["45", "35", "20"]),
    (f"Payment splitter paying 25% to {A} and 75% to {B}", ["25", "75"]),
    (f"60/40 split between {C} and {A}", ["60", "40"]),
    (f"Reparto de pagos: {A} recibe 10 %, {B} recibe 90 %", ["10", "90"]),
])
def test_payees_are_bound_to_their_shares(prompt: str, shares: list[str]) -> None:
    spec = parse(prompt)
    assert spec.family == "splitter"
    assert spec.options["percents"] == shares
    assert len(spec.addresses["all"].split(",")) == len(shares)


@pytest.mark.parametrize("prompt, expected", [
    ("Governor: quorum 6 percent, voting period 10 days, voting delay 1 day, no timelock",
     {"percent": "6", "voting_period_seconds": 10 * 86400, "voting_delay_seconds": 86400}),
    ("DAO with a 3 day voting period and a 1 day timelock, 5% quorum",
     {"percent": "5", "voting_period_seconds": 3 * 86400, "delay_seconds": 86400}),
    ("Multisig wallet requiring 3 signatures out of 4 owners", {"threshold": 3, "owners_count": 4}),
    ("Staking: earn 2 tokens per day, 14 day lock", {"reward_per_second": "0.000023148148148148", "lock_seconds": 14 * 86400}),
    ("Presale where 1 ETH buys 500 tokens, 12 ETH hard cap", {"rate": "500", "hard_cap_wei": str(12 * 10**18)}),
    ("Crowdsale: rate of 250 tokens per ETH, raising at most 30 ETH over 2 weeks",
     {"rate": "250", "hard_cap_wei": str(30 * 10**18), "duration_seconds": 14 * 86400}),
])
def test_values_get_the_role_their_words_give(prompt: str, expected: dict) -> None:
    options = parse(prompt).options
    for key, value in expected.items():
        assert options[key] == value, (key, options)


@pytest.mark.parametrize("prompt, family", [
    ("Issue 40,000 Reef Shells (RSH) with 4 decimal places.", "erc20"),
    ("An ERC-4626 vault for USDC deposits", "erc4626"),
    ("A TimelockController with a 2 day delay", "timelock"),
    ("NFT collection 'Sky Isles' with a whitelist presale", "erc721"),
    ("Soulbound ERC20 Badge Points (BPT)", "erc20"),
    ("Contratto di vesting per 2 anni", "vesting"),
    ("Token sale: 1000 tokens per ETH", "crowdsale"),
])
def test_family_from_any_wording(prompt: str, family: str) -> None:
    assert parse(prompt).family == family


@pytest.mark.parametrize("prompt, language", [
    ("Crea un token chiamato Luce Blu, simbolo LBL, 5 milioni, pausabile.", "it"),
    ("Crea un token llamado Sol, símbolo SOL, 21 millones", "es"),
    ("Crie um token chamado Caju com dois milhões de unidades", "pt"),
    ("Crée un jeton appelé Marée avec deux millions d'unités", "fr"),
    ("Erstelle einen Token namens Eiche mit zwei Millionen Einheiten", "de"),
    ("ICO at 2,500 tokens per ETH, hard cap 40 ETH, 21 days", "en"),
])
def test_language(prompt: str, language: str) -> None:
    assert parse(prompt).language == language


def test_the_issue_misses_are_read_right() -> None:
    spec = parse("Issue 40,000 Reef Shells (RSH) with 4 decimal places.")
    assert (spec.name, spec.symbol, spec.decimals, spec.initial_supply) == ("Reef Shells", "RSH", 4, "40000")
    spec = parse("Launch a fan token: Lava Lamps, ticker LVL, two million total, hard-capped forever so no one can mint more.")
    assert (spec.name, spec.symbol, spec.initial_supply) == ("Lava Lamps", "LVL", "2000000")
    assert "mintable" in spec.disabled and "mintable" not in spec.features
    spec = parse("ERC-20 'Pebble' (PBL) with no decimals and 300 units.")
    assert (spec.name, spec.symbol, spec.decimals, spec.initial_supply) == ("Pebble", "PBL", 0, "300")
    spec = parse("Burnable token Anchor (ANC), 500 supply.")
    assert (spec.name, spec.symbol, spec.initial_supply) == ("Anchor", "ANC", "500") and "burnable" in spec.features
    spec = parse("Crea un token chiamato Luce Blu, simbolo LBL, 5 milioni, pausabile.")
    assert (spec.name, spec.symbol, spec.initial_supply) == ("Luce Blu", "LBL", "5000000") and "pausable" in spec.features
    spec = parse("ERC1155 inventory 'Spell Book' where each item id keeps its own total supply.")
    assert (spec.family, spec.name) == ("erc1155", "Spell Book") and "supply_tracking" in spec.features
    for prompt in ("An upgradeable token named Comet, symbol CMT, 1M supply, using UUPS.",
                   "An upgradeable proxy token named Comet, symbol CMT, 1M supply."):
        spec = parse(prompt)
        assert (spec.family, spec.name, spec.options["upgradeable"]) == ("erc20", "Comet", "uups")


def test_every_requirement_keeps_the_words_it_came_from() -> None:
    spec = parse("Token Basalt (BSL), 900,000 supply; holders cannot burn and nobody can mint.")
    by_key = {r.key: r for r in spec.requirements}
    assert by_key["supply"].text == "900,000" and by_key["supply"].value == "900000"
    assert by_key["burnable"].value is False and "burn" in by_key["burnable"].text
    assert by_key["mintable"].value is False and by_key["name"].value == "Basalt" and by_key["symbol"].value == "BSL"
    assert all(r.status.value == "pending" for r in spec.requirements)


def test_a_contradiction_is_ambiguous() -> None:
    spec = parse("Token Fox (FOX), burnable, 1000 supply, holders cannot burn")
    burnable = [r for r in spec.requirements if r.key == "burnable"]
    assert len(burnable) == 1 and burnable[0].status.value == "ambiguous"


def test_a_number_without_a_role_is_ambiguous_not_dropped() -> None:
    spec = parse("A simple storage contract for the number, version 3 with 42 slots")
    numbers = [r for r in spec.requirements if r.key == "number"]
    assert numbers and all(r.status.value == "ambiguous" for r in numbers)


@pytest.mark.parametrize("prompt, family, asked", [
    ("ERC20 token Vesta (VST) with a vesting schedule for the team", "erc20", "vesting"),
    ("Token with staking rewards, called Stak (STK)", "erc20", "staking"),
    ("NFT collection Owls (OWL) with a royalty split", "erc721", "splitter"),
    ("Staking contract for my ERC20 token", "staking", None),
    ("Vesting wallet for ERC20 tokens over 2 years", "vesting", None),
    ("Token sale for my ERC20 at 1000 tokens per ETH", "crowdsale", None),
])
def test_a_contract_kind_asked_of_a_token_is_a_requirement_not_a_switch(prompt: str, family: str, asked) -> None:
    spec = parse(prompt)
    assert spec.family == family
    assert (asked in {r.key for r in spec.requirements}) == (asked is not None)


@pytest.mark.parametrize("prompt, unknown", [
    ("ERC20 Snap (SNP), 1M supply, the owner can snapshot balances", "snapshot"),
    ("NFT 'Pets' (PET) where holders can breed two pets into a new one", "breed"),
    ("Token Loan (LON), 1000 supply, holders can borrow against it", None),  # refused: lending is beyond the templates
])
def test_an_ability_nothing_explains_is_ambiguous(prompt: str, unknown) -> None:
    if unknown is None:
        with pytest.raises(GenerationError):
            parse(prompt)
        return
    found = [r for r in parse(prompt).requirements if r.key == unknown]
    assert found and found[0].status.value == "ambiguous"


@pytest.mark.parametrize("prompt", [
    "Could you whip up an ERC-20 for my bakery? Crumb (CRM), 100 supply",
    "Token X (XX), holders can burn and the owner can mint",
    "Escrow where the arbiter can resolve disputes and the buyer can get a refund",
    "Simple storage contract that keeps one number; anyone can read it and only the owner can change it.",
])
def test_known_abilities_are_not_flagged(prompt: str) -> None:
    assert [r.key for r in parse(prompt).requirements if r.status.value == "ambiguous"] == []


@pytest.mark.parametrize("prompt, name", [
    ("Bitte einen Token Seerose (SRS) mit 500 Stück", "Seerose"),
    ("Ich möchte eine NFT Sammlung Bergfeuer (BFR), maximal 100 Stück", "Bergfeuer"),
    ("Je veux un Jeton Brise Marine (BRM) de 10 000 unités", "Brise Marine"),
])
def test_a_capitalised_family_noun_is_not_part_of_the_name(prompt: str, name: str) -> None:
    assert parse(prompt).name == name


@pytest.mark.parametrize("prompt, expected", [
    ("DAO where voting runs for 5 days and quorum is 8%", {"voting_period_seconds": 5 * 86400}),
    ("Governor: the vote lasts 3 days, 2% quorum", {"voting_period_seconds": 3 * 86400}),
    (f"Vesting de 3 años con un cliff de 6 meses para {A}", {"duration_seconds": 3 * 365 * 86400,
                                                             "cliff_seconds": 6 * 30 * 86400}),
    (f"Vesting von 2 Jahren mit einer Sperrfrist von 3 Monaten für {A}", {"duration_seconds": 2 * 365 * 86400,
                                                                        "cliff_seconds": 3 * 30 * 86400}),
    (f"Vesting for {A}: a cliff of 1 year, then 3 years in total", {"cliff_seconds": 365 * 86400,
                                                                    "duration_seconds": 3 * 365 * 86400}),
])
def test_each_duration_gets_the_role_word_that_belongs_to_it(prompt: str, expected: dict) -> None:
    options = parse(prompt).options
    for key, value in expected.items():
        assert options.get(key) == value, (key, options)


def test_a_vesting_wallet_for_an_address_is_its_beneficiary() -> None:
    spec = parse(f"A vesting wallet for {B} over 3 years")
    assert spec.addresses["beneficiary"] == B and "recipient" not in spec.addresses


@pytest.mark.parametrize("prompt", [
    "Soulbound membership NFT 'Guild Card' (GCD): cards can never be transferred",
    "Non-transferable badge token Merit (MRT) that cannot be transferred between wallets",
])
def test_a_negative_concept_is_not_negated_by_its_own_words(prompt: str) -> None:
    spec = parse(prompt)
    soulbound = [r for r in spec.requirements if r.key == "soulbound"]
    assert soulbound and soulbound[0].value is True and soulbound[0].status.value == "pending"


def test_shares_listed_without_addresses_are_reported_not_applied() -> None:
    from agents.generation import GenerationService
    from agents.generation.requirements import problems

    spec = GenerationService().generate("A payment splitter between three payees with shares 50, 30 and 20.").spec
    assert spec.options["percents"] == ["50", "30", "20"]
    assert {r.key for r in problems(spec)} >= {"shares", "payee_count"}
    spec = parse(f"Payees {A} and {B} with shares 70 and 30")
    assert spec.options["percents"] == ["70", "30"]


# ---- general rules found on a blind set (bench/requests-blind-a.jsonl), tested on other phrasings ----

@pytest.mark.parametrize("text", ["we deploy on an L3 chain", "a web3 game", "Arbitrum is a rollup-friendly L2x", "ABC123"])
def test_a_number_glued_to_letters_is_part_of_a_word(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, value", [("4 milion", 4_000_000), ("7 thousnd", 7_000), ("2 bilion", 2_000_000_000),
                                         ("9 milloni", 9_000_000)])
def test_a_magnitude_word_one_typo_away_is_that_magnitude(text: str, value: int) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


def test_a_word_near_a_magnitude_is_not_one() -> None:
    assert find_amounts("the milieu of the mission") == []


def test_numbers_opening_list_lines_are_no_amounts() -> None:
    spec = parse("Loyalty points:\n1) ERC20 named Bean Points, symbol BNP\n2) 5 million supply\n3) burnable\n"
                 "4. pausable")
    assert spec.initial_supply == "5000000" and {"burnable", "pausable"} <= set(spec.features)
    assert [r for r in spec.requirements if r.status.value == "ambiguous"] == []


def test_a_decimal_after_a_sentence_is_not_a_list_number() -> None:
    spec = parse("ERC20 named Bean Points (BNP) with 6 decimals. 2 million supply")
    assert spec.decimals == 6 and spec.initial_supply == "2000000"


def test_snake_case_and_quoted_keys_give_numbers_their_role() -> None:
    spec = parse('{"kind": "erc20", "name": "Gold Leaf", "symbol": "GLF", "total_supply": "2e6", "max_supply": "9e6", '
                 '"mintable": true}')
    assert (spec.initial_supply, spec.cap) == ("2000000", "9000000")


@pytest.mark.parametrize("prompt, name, symbol, supply, decimals", [
    ("make a tokn caled Reed Flute, simbol RDF, 4 milion suply", "Reed Flute", "RDF", "4000000", 18),
    ("crea un token chiamto Luna Rossa, simbolo LRS, offerta di un milione, senza decimalli", "Luna Rossa", "LRS",
     "1000000", 0),
    ("Jeton Marée Haute. Symbole : MRH. Offre : 10 000", "Marée Haute", "MRH", "10000", 18),
])
def test_typos_and_other_language_keywords_are_read(prompt, name, symbol, supply, decimals) -> None:
    spec = parse(prompt)
    assert (spec.name, spec.symbol, spec.initial_supply, spec.decimals) == (name, symbol, supply, decimals)


@pytest.mark.parametrize("prompt, name, symbol", [
    ("we run a tea shop and want a points token. Name it Leaf Points, ticker LEAF.", "Leaf Points", "LEAF"),
    ("Meet Aurora — the coin for night-shift nurses. Ticker: $AUR. 5M supply.", "Aurora", "AUR"),
    ("Presentamos Sol Naciente, la moneda de nuestra cooperativa. Símbolo: SOLN. 1 millón de unidades.",
     "Sol Naciente", "SOLN"),
    ("The token is Copper Kettle, symbol CPK, 200k supply", "Copper Kettle", "CPK"),
    ("Governor 'River Board': quorum 10%, voting period 4 days", "River Board", None),
    ("Token 'Spark' (SPK), 1M supply. The name is only a placeholder.", "Spark", "SPK"),
    ("ERC20 token named glowworm, symbol GLW", "glowworm", "GLW"),
    ("Quiero un token. Se llamará Luz del Sur, símbolo LDS, con 3 millones", "Luz del Sur", "LDS"),
    ("token Maple MPL 2.5M, mintable", "Maple", "MPL"),
])
def test_name_slots_in_other_phrasings(prompt: str, name: str, symbol) -> None:
    spec = parse(prompt)
    assert spec.name == name
    if symbol:
        assert spec.symbol == symbol
    assert any(r.kind.value == "name" for r in spec.requirements)


def test_a_quoted_value_of_another_json_key_is_not_the_name() -> None:
    spec = parse('{"contract": "vesting wallet", "beneficiary": "0x5BffacEfd697312Bba82aF983EAdEc108B08c3ce", '
                 '"duration": "2 years"}')
    assert spec.family == "vesting" and not any(r.kind.value == "name" for r in spec.requirements)


def test_a_terse_amount_is_not_part_of_the_name() -> None:
    spec = parse("erc20 Birch BRC 300k")
    assert (spec.name, spec.symbol, spec.initial_supply) == ("Birch", "BRC", "300000")


@pytest.mark.parametrize("prompt, on, off", [
    ("ERC20 Pebble (PBL), 1M supply; the admin must be able to halt trading in an emergency", {"pausable"}, set()),
    ("Token Calm (CLM), 1M supply. No one can ever freeze transfers, that's a promise.", set(), {"pausable"}),
    ("Token Firm (FRM), 500k supply: no one can ever mint new tokens", set(), {"mintable"}),
    ("NFT collection Guild Pins (GPN) where holders cannot sell or transfer their pins", {"soulbound"}, set()),
    ("Wir brauchen nicht übertragbare Abzeichen als NFT, Name „Ehrennadel“, Symbol EHN", {"soulbound"}, set()),
    ("Token Sal (SAL), 1000 unidades, y que los usuarios puedan quemarlas", {"burnable"}, set()),
    ("Token Mare (MAR), 1000 pezzi, e i possessori possono bruciarli", {"burnable"}, set()),
    ("Token Eiche (EIC), 1000 Stück; der Eigentümer darf nachprägen", {"mintable"}, set()),
    ("Colección NFT 'Mareas' (MRS) con metadatos propios para cada pieza", {"uri_storage"}, set()),
    ("ERC20 Oak (OAK) with roles (not a single owner); minter 0x5BffacEfd697312Bba82aF983EAdEc108B08c3ce, mintable",
     {"mintable", "roles"}, set()),
])
def test_features_in_other_phrasings(prompt: str, on: set[str], off: set[str]) -> None:
    spec = parse(prompt)
    assert on <= set(spec.features), spec.features
    assert off <= set(spec.disabled), spec.disabled
    assert not [r.key for r in spec.requirements if r.status.value == "ambiguous"]


def test_an_aside_neither_carries_nor_blocks_a_negation() -> None:
    spec = parse("A storage contract that keeps a message; everyone (not only the owner) can edit it")
    assert spec.options.get("owner_only") is not True
    assert any(r.key == "owner_only" and r.value is False for r in spec.requirements)


@pytest.mark.parametrize("prompt, kind", [
    ("Upgradeable ERC20 Ash (ASH) behind a UUPS proxy — not a transparent one", "uups"),
    ("ERC20 Elm (ELM), upgradeable, transparent proxy please (no UUPS)", "transparent"),
])
def test_a_proxy_kind_turned_down_is_not_upgradeability_turned_off(prompt: str, kind: str) -> None:
    spec = parse(prompt)
    found = [r for r in spec.requirements if r.key == "upgradeable"]
    assert found and {r.value for r in found} == {kind} and found[0].status.value == "pending"


def test_getting_the_deposit_back_is_a_refund_not_an_unknown_ability() -> None:
    spec = parse(f"Escrow: buyer {A}, seller {B}; if nothing happens in 10 days the buyer can get the deposit back")
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("prompt, expected", [
    (f"vesting for {A}: everything vests over 3 years, and the first six months are the cliff",
     {"duration_seconds": 3 * 365 * 86400, "cliff_seconds": 6 * 30 * 86400}),
    (f"Vesting per {B}, durata di 2 anni con un cliff di un mese.", {"duration_seconds": 2 * 365 * 86400,
                                                                    "cliff_seconds": 30 * 86400}),
    (f"Vesting para {C}: duración de 5 años con un cliff de un año", {"duration_seconds": 5 * 365 * 86400,
                                                                     "cliff_seconds": 365 * 86400}),
])
def test_a_role_word_never_reaches_past_another_duration(prompt: str, expected: dict) -> None:
    options = parse(prompt).options
    assert {k: options.get(k) for k in expected} == expected


@pytest.mark.parametrize("prompt", [
    "Our rowing club, founded in 1962, wants NFT badges 'Oar Medals' (OAR), capped at 300",
    "We've sold bread here since 2004. ERC20 Crust (CRS) with 300 supply, burnable",
    "I'm 17 and learning Solidity: an NFT collection 'First Steps' (FST), max supply 300",
    "My daughter is 9 and loves dragons. NFT collection 'Drake Eggs' (DRK), max 300 tokens",
])
def test_a_year_or_an_age_is_not_a_quantity(prompt: str) -> None:
    spec = parse(prompt)
    assert "300" in (spec.cap, spec.initial_supply)
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


def test_a_year_after_a_quantity_word_stays_a_quantity() -> None:
    assert parse("ERC20 Epoch (EPC) with a supply of 2024 tokens").initial_supply == "2024"


@pytest.mark.parametrize("text", ["Grazie mille!", "thanks a million :)", "Mille mercis pour votre aide"])
def test_a_magnitude_in_thanks_counts_nothing(text: str) -> None:
    assert find_amounts(text, language=None) == []


@pytest.mark.parametrize("prompt, cap", [
    ("Ein ERC-4626-Tresor 'Kasse' (KAS), Gesamtobergrenze: 2'000'000 Token", "2000000"),
    ("Coleção NFT 'Pedras' (PDR), no máximo 1.200 peças, queimável", "1200"),
    ("NFT passes 'Deck Hands' (DCK): there will never be more than 250 of them", "250"),
    ("Token Brume (BRM), 1 000 unités, au maximum 5 000", "5000"),
])
def test_a_maximum_in_other_words(prompt: str, cap: str) -> None:
    spec = parse(prompt)
    assert spec.cap == cap and "capped" in spec.features and "capped" not in spec.disabled
    assert any(r.key == "capped" and r.value is True for r in spec.requirements)


@pytest.mark.parametrize("prompt, family, roles", [
    (f"NFT collection 'Moss' (MOS), royalty of 4% for {A}", "erc721", {"recipient": A}),
    (f"Escrow: buyer {A}, seller {B}, and {C} (our lawyer) will act as arbiter", "escrow", {"arbiter": C}),
    (f"Escrow with buyer {A} and seller {B}; {C} serves as arbiter", "escrow", {"arbiter": C}),
    (f"Staking contract for the token {A}, 1 token per second in rewards", "staking", {"token": A}),
    (f"ERC-4626 vault 'Till' (TIL) for the token {A}", "erc4626", {"asset": A}),
    (f"Vesting: a wallet each for {A}, {B} and {C} over 2 years", "vesting", {"beneficiaries": f"{A},{B},{C}"}),
])
def test_addresses_in_other_phrasings(prompt: str, family: str, roles: dict[str, str]) -> None:
    spec = parse(prompt)
    assert spec.family == family
    for role, address in roles.items():
        assert spec.addresses.get(role) == address, spec.addresses


def test_a_count_that_restates_the_list_asks_for_nothing_more() -> None:
    spec = parse(f"We are two partners: {A} gets 60% and {B} gets 40% of the payments split")
    assert "payee_count" not in {r.key for r in spec.requirements}
    spec = parse(f"We are three partners: {A} gets 60% and {B} gets 40% of the payments split")
    assert [r.status.value for r in spec.requirements if r.key == "payee_count"] == ["ambiguous"]


@pytest.mark.parametrize("prompt", ["DAO 'Reef Council' with a 5 day voting period and without any voting delay",
                                    "Governor 'Consejo' con periodo de votación de 5 días y sin retraso de votación"])
def test_no_voting_delay_is_a_zero_delay(prompt: str) -> None:
    options = parse(prompt).options
    assert options.get("voting_delay_seconds") == 0 and options.get("voting_period_seconds") == 5 * 86400


@pytest.mark.parametrize("prompt", ["A timelock-controller with a minimum delay of 2 days",
                                    "Ein Timelock-Controller, Mindestverzögerung 2 Tage"])
def test_a_hyphenated_timelock_controller_is_a_timelock(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.family == "timelock" and spec.options.get("delay_seconds") == 2 * 86400


@pytest.mark.parametrize("prompt, family", [
    ("An NFT collection 'Guild Seats' (GLD) where each NFT counts as a vote in our DAO, with delegation", "erc721"),
    ("ERC20 'Hub' (HUB), 1M supply, listed so that every exchange and any DEX can trade it", "erc20"),
    ("'Paper Cranes' — 500 origami drawings, 5% royalties to the artist, enumerable", "erc721"),
    (f"{A} se queda con el 70% y {B} con el 30%, automáticamente", "splitter"),
    (f"Quero dividir os lucros: {A} com 50% e {B} com 50%", "splitter"),
    ("A governor for our DAO with a 4% quorum", "governor"),
])
def test_family_when_a_kind_is_only_the_setting_or_no_kind_is_named(prompt: str, family: str) -> None:
    assert parse(prompt).family == family


def test_a_refused_kind_asked_for_is_still_refused() -> None:
    with pytest.raises(GenerationError):
        parse("Build a marketplace where users list their NFTs")


@pytest.mark.parametrize("prompt", [
    "Crea un token donde yo, como dueño, pueda congelar en secreto los saldos de cualquier usuario",
    "Un jeton où je peux geler les soldes de tous les utilisateurs quand je veux",
    "Un token in cui posso trasferire di nascosto i saldi di tutti gli utenti sul mio conto",
    "Ein Token, bei dem der Besitzer die Guthaben jedes Nutzers beschlagnahmen kann",
])
def test_a_backdoor_asked_in_another_language_is_refused(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        parse(prompt)


@pytest.mark.parametrize("prompt", [
    "ERC20-Token Glanz (GLZ): die Tokens aller Nutzer sind übertragbar, 1 Million Stück",
    "Staking-Vertrag für den Token 0x4B20993Bc481177ec7E8f571ceCaE8A9e22C02db, die Einsätze werden 30 Tage gesperrt",
    "ERC20 Cache (CCH), 1M supply; the owner can pause transfers",
])
def test_ordinary_requests_in_those_words_are_not_refused(prompt: str) -> None:
    parse(prompt)


@pytest.mark.parametrize("prompt", [
    "Hello, a token for my club: 1M supply, symbol CLB",
    "Thanks, the token should have 1M supply and symbol THX",
])
def test_a_greeting_before_the_family_noun_is_no_name(prompt: str) -> None:
    assert parse(prompt).name == "My Token"


def test_a_transfer_limit_is_not_soulbound() -> None:
    spec = parse("ERC20 Gate (GTE), 1M supply; holders cannot transfer more than 1000 per day")
    assert "soulbound" not in spec.features


def test_freezing_one_address_is_not_a_pause() -> None:
    spec = parse("ERC20 Wall (WAL), 1M supply, the owner can freeze transfers for flagged wallets")
    assert "pausable" not in spec.features
    assert [r.key for r in spec.requirements if r.kind.value == "option"] == ["blocklist"]  # unmet: no template has it


def test_a_year_before_a_quantity_noun_is_a_quantity() -> None:
    assert parse("NFT 'Tiles' (TIL), divided into 2000 pieces").cap == "2000"


def test_an_unexplained_number_never_takes_a_role_another_number_is_given() -> None:
    spec = parse("Our choir has about 40 singers. We'd like an NFT collection 'Choir Pins' (CHP), at most 60 of them.")
    assert spec.cap == "60"
    # a count of people is context (round 9): it neither takes the cap nor stops the workflow
    assert [r.value for r in spec.requirements if r.key == "number"] == []


@pytest.mark.parametrize("prompt, feature", [
    ("Quero um token chamado Caju, símbolo CAJU, com 800 mil unidades e que possa ser pausado", "pausable"),
    ("Quero um token chamado Caju, símbolo CAJU, que possa ser queimado", "burnable"),
])
def test_participles_name_the_feature(prompt: str, feature: str) -> None:
    assert feature in parse(prompt).features


def test_an_abbreviated_founding_year_is_not_a_quantity() -> None:
    spec = parse("Our orchestra (est. 1974) wants soulbound member NFTs named 'Bow Pass', symbol BOW")
    assert spec.cap is None and not [r for r in spec.requirements if r.key in ("number", "cap")]


def test_aufzahlbar_is_enumerable() -> None:
    assert "enumerable" in parse("NFT-Sammlung „Gipfel“ (GPF), aufzählbar, höchstens 200 Stück").features


def test_an_unknown_able_feature_is_ambiguous_but_ordinary_adjectives_are_not() -> None:
    spec = parse("Token Crest (CRS), 5M supply. Burnable, votable, and stakeable.")
    flagged = {r.key for r in spec.requirements if r.status.value == "ambiguous"}
    assert {"votable", "stakeable"} <= flagged
    spec = parse("Token Calm (CLM), 5M supply, burnable, and available on every chain, simple and reliable.")
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("prompt, percent", [
    ('{"type": "erc721", "name": "Reef", "symbol": "RF", "royalty_bps": 250}', "2.5"),
    ("NFT collection 'Reef' (RF), royalties of 750 basis points", "7.5"),
])
def test_basis_points_are_hundredths_of_a_percent(prompt: str, percent: str) -> None:
    assert parse(prompt).options.get("percent") == percent


def test_a_maximum_of_deposits_is_the_vault_cap() -> None:
    spec = parse(f"ERC-4626 vault 'Nest' (NST) over {A}, max deposits 300k")
    assert spec.cap == "300000"


def test_a_cliff_word_in_parentheses_belongs_to_the_next_duration() -> None:
    options = parse(f"Vesting para {A} com duração de 3 anos e carência (cliff) de 6 meses").options
    assert (options["duration_seconds"], options["cliff_seconds"]) == (3 * 365 * 86400, 6 * 30 * 86400)


def test_a_time_in_blocks_is_ambiguous_never_a_supply() -> None:
    spec = parse("Governor 'Forum' with a 4% quorum, voting delay of 10 blocks and a voting period of 45000 blocks")
    assert spec.initial_supply is None
    assert {r.status.value for r in spec.requirements if r.key == "blocks"} == {"ambiguous"}


def test_metadata_per_token_in_german_is_uri_storage() -> None:
    assert "uri_storage" in parse("NFT-Sammlung „Moore“ (MOR), Metadaten je Token, höchstens 50 Stück").features


@pytest.mark.parametrize("text, language, value", [
    ("tres mil millones", "es", 3_000_000_000), ("mil millones", "es", 1_000_000_000),
    ("a thousand million", "en", 1_000_000_000), ("deux mille milliards", "fr", 2 * 10**12),
    ("duzentos e quarenta mil", "pt", 240_000), ("cento e dez", "pt", 110), ("trezentos e vinte mil", "pt", 320_000),
    ("cuarenta y dos mil", "es", 42_000), ("veintitrés mil", "es", 23_000), ("vingt et un mille", "fr", 21_000),
    ("quatre-vingt-quinze", "fr", 95), ("soixante-dix mille", "fr", 70_000), ("quatre-vingts", "fr", 80),
    ("thirty-seven thousand", "en", 37_000), ("seicentomila", "it", 600_000), ("trecentoventimila", "it", 320_000),
    ("vierzigtausend", "de", 40_000), ("zwölftausend", "de", 12_000),
])
def test_number_words_compose_tens_hundreds_and_magnitudes(text: str, language: str, value: int) -> None:
    amounts = find_amounts(text, decimal_comma=language != "en", language=language)
    assert [a.value for a in amounts] == [Decimal(value)]


def test_two_numbers_joined_by_and_stay_two() -> None:
    assert [a.value for a in find_amounts("between 5 and 3")] == [5, 3]
    assert [a.value for a in find_amounts("dos y tres", language="es")] == [2, 3]


@pytest.mark.parametrize("prompt, language", [
    (f"Pagos del estudio: {A} se lleva el 70 % y {B} el resto.", "es"),
    (f"Cofre para o investidor {A}: libera tudo em 3 anos, sem cliff.", "pt"),
    ("Sammlung „Nachtfalter“\n- Kürzel: NFLT\n- höchstens zweitausend Stück\n- Besitzer können sie verbrennen", "de"),
    (f"Dividi le entrate: {A} riceve il sessanta per cento, {B} il quaranta.", "it"),
    (f"3/5 multisig with owners {A}, {B}, {C}", "en"),
    ("Non-transferable badges 'Guild Member' (GLD)", "en"),
])
def test_language_from_function_words_not_from_addresses(prompt: str, language: str) -> None:
    from agents.generation.spec_parser import detect_language
    from agents.generation import lexicon

    assert detect_language(lexicon.fold_text(prompt).text) == language


@pytest.mark.parametrize("prompt, threshold, owners", [
    (f"3/5 multisig for {A}, {B}, {C}, 0x1111111111111111111111111111111111111111 and "
     "0x2222222222222222222222222222222222222222", 3, 5),
    ("multisig wallet where three signatures out of four are needed", 3, 4),
    ("portefeuille multisignature : deux signatures sur cinq", 2, 5),
    ("Multisig-Wallet, drei von fünf müssen bestätigen", 3, 5),
    ("carteira multisig: duas assinaturas de três", 2, 3),
])
def test_m_of_n_in_digits_or_words(prompt: str, threshold: int, owners: int) -> None:
    spec = parse(prompt)
    assert (spec.options.get("threshold"), spec.options.get("owners_count")) == (threshold, owners)


def test_a_count_of_people_restates_the_list_of_addresses() -> None:
    spec = parse(f"Split our income between my three bandmates: {A} 50%, {B} 30%, {C} 20%.")
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]
    spec = parse(f"Split our income between my four bandmates: {A} 50%, {B} 30%, {C} 20%.")
    assert [r.key for r in spec.requirements if r.status.value == "ambiguous"] == ["payee_count"]
    spec = parse(f"Multisig with two signers {A} and {B}, both must approve, 2 of 2")
    assert spec.options["owners_count"] == 2 and not [r for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("prompt", [
    "Our shop has 9 employees and 40+ years of history. Token Bean (BEAN), 1M supply.",
    "For the 2025 summer camp: NFT badges 'Camp Owl' (OWL), max 300, one for each of my 25 pupils.",
    "Our choir (founded 1988, 45 singers) wants a token Chorus (CHR) with 10,000 supply.",
    "Our cafe sells cakes for $4.20 and €3; token Cake (CAKE), 2M supply.",
    "ERC1155 'Gym Pass' with ids 4, 5 and 6 for the tiers, mintable by me.",
])
def test_numbers_that_describe_the_askers_world_are_not_values(prompt: str) -> None:
    spec = parse(prompt)
    assert [r.text for r in spec.requirements if r.key == "number"] == []


@pytest.mark.parametrize("prompt", [
    "Token Grip (GRP), 1M supply, and the admin can move tokens out of any wallet whenever needed",
    "ERC20 Quiet (QT): as owner I must be able to transfer people's coins without their consent",
    "Token Mano (MNO): el administrador puede retirar fondos de la cuenta de cualquier titular",
    "Jeton Prise (PRS) : le propriétaire peut prendre les jetons du portefeuille de n'importe quel détenteur",
    "Token Griff (GRF): der Admin kann Token aus jeder beliebigen Wallet entnehmen",
    "Token Mão (MAO): o admin pode retirar tokens da carteira de qualquer usuário sem a sua autorização",
    "Token Presa (PRE): l'admin può prelevare token dal portafoglio di qualunque utente",
    "Token Ice (ICE), owner may freeze anyone's balance at will",
])
def test_taking_or_freezing_other_peoples_tokens_is_refused_in_any_language(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        parse(prompt)


@pytest.mark.parametrize("prompt", [
    "Airdrop that transfers 100 tokens to all holders of our NFT",
    "Staking: the contract takes tokens from users when they deposit and pays rewards",
    "Escrow where the buyer can take the money back from the contract after 30 days",
])
def test_moving_tokens_with_consent_is_no_backdoor(prompt: str) -> None:
    parse(prompt)


@pytest.mark.parametrize("prompt, off", [
    ("Token Calma (CLM), 1000 token, senza alcuna possibilità di bruciarli", {"burnable"}),
    ("Token Quieto (QTO), 5000 supply, without the ability to pause it", {"pausable"}),
    ("Token Firme (FRM), 10.000 unidades, nada de quemar", {"burnable"}),
    ("Jeton Roc (ROC), 10 000 unités, rien de pausable", {"pausable"}),
    ("Token Seco (SCO) com 2 mil unidades, sem poder criar mais", {"mintable"}),
])
def test_negation_reaches_through_modal_nouns_and_nothing_words(prompt: str, off: set[str]) -> None:
    spec = parse(prompt)
    assert off <= set(spec.disabled) and not off & set(spec.features)


@pytest.mark.parametrize("prompt", [
    "Fixed-supply token Stone (STN), 5M. The owner can mint more later.",
    "Token Rock (RCK), 2M supply; the supply will never increase, and I can mint extra for partners.",
])
def test_a_fixed_supply_that_is_also_mintable_is_ambiguous(prompt: str) -> None:
    spec = parse(prompt)
    assert [r.key for r in spec.requirements if r.status.value == "ambiguous"] == ["mintable"]


@pytest.mark.parametrize("prompt, cap", [
    ("Jeton Perle (PRL), 1 million, émission par le propriétaire, plafonnée à 2 millions", 2_000_000),
    ("Token Koralle (KRL), 1 Mio, mintbar, Gesamtmenge begrenzt auf 4 Mio", 4_000_000),
    ("Token Concha (CNC), 1 millón, acuñable, limitado a 9 millones", 9_000_000),
])
def test_a_limit_in_a_participle_is_a_cap(prompt: str, cap: int) -> None:
    assert parse(prompt).cap == str(cap)


@pytest.mark.parametrize("prompt, symbol", [
    ("Token 'Red Rivers' / RIVR, 1M supply", "RIVR"),
    ("NFT \"Night Owls\" | OWLZ, max 500", "OWLZ"),
])
def test_a_symbol_after_a_slash_or_bar_follows_its_name(prompt: str, symbol: str) -> None:
    assert parse(prompt).symbol == symbol


@pytest.mark.parametrize("prompt", [
    f"NFT 'Moss' (MOSS), max 100, 7% royalties on each secondary sale paid out to the creator wallet {A}",
    f"colección NFT 'Musgo' (MUS), máximo 100, regalías del 5% que van a la cartera {A}",
])
def test_the_address_royalties_go_to_is_their_recipient(prompt: str) -> None:
    assert parse(prompt).addresses.get("recipient") == A


@pytest.mark.parametrize("prompt, feature", [
    ("Contrato ERC1155 'Taller', el dueño puede cambiar la URI", "updatable_uri"),
    ("Contratto ERC1155 'Bottega': il proprietario può modificare l'URI", "updatable_uri"),
    ("Contrat ERC1155 « Forge » : on garde la quantité émise par identifiant", "supply_tracking"),
    ("Contrato ERC1155 'Forja' que lleva el suministro total por token", "supply_tracking"),
])
def test_erc1155_options_in_other_languages(prompt: str, feature: str) -> None:
    assert feature in parse(prompt).features


# ---- round four: blind set c ------------------------------------------------------------------------------

@pytest.mark.parametrize("prompt, family", [
    ("Upgradeable? No. ERC20 Flint (FLT), 1M supply", "erc20"),
    ("ERC721 'Moss' (MOS): this collection must not be upgradeable", "erc721"),
    ("Token Quarz (QRZ), 1000 Stück, nicht aktualisierbar", "erc20"),
])
def test_upgradeability_turned_down_is_the_feature_turned_off(prompt: str, family: str) -> None:
    spec = parse(prompt)
    assert spec.family == family and "upgradeable" in spec.disabled and "upgradeable" not in spec.options
    assert [r.value for r in spec.requirements if r.key == "upgradeable"] == [False]


@pytest.mark.parametrize("prompt", [
    "Jeton « Granit » (GRN), 2 millions, et l'offre totale reste fixe.",
    "Moneda 'Cobre' (CBR), 5 millones; el suministro es fijo.",
    "Token „Lehm“ (LHM), 3 Mio. Stück; das Angebot ist festgelegt.",
    "Token 'Creta' (CRT), 4 milioni, la fornitura resta fissa.",
    "ERC20 Slate (SLT), 10M, non mintable",
    "ERC20 Tuff (TUF), 10 Mio., keine Möglichkeit zu minten",
])
def test_a_supply_said_to_be_fixed_or_not_mintable_in_any_language_turns_minting_off(prompt: str) -> None:
    spec = parse(prompt)
    assert "mintable" in spec.disabled and "mintable" not in spec.features


@pytest.mark.parametrize("prompt, features", [
    ("Token Weave (WVE), 1M, built on ERC20Permit and ERC20Burnable", {"permit", "burnable"}),
    ("An NFT 'Cairn' (CRN) as ERC721Enumerable with ERC721Pausable", {"enumerable", "pausable"}),
])
def test_an_openzeppelin_extension_name_reads_as_its_feature(prompt: str, features: set) -> None:
    assert features <= set(parse(prompt).features)


@pytest.mark.parametrize("prompt, delay", [
    ("Governor for the DAO 'Reed': a wait of 3 days before voting opens, quorum 5%", 3 * 86400),
    ("Gouverneur pour la DAO « Roseau » : deux jours d'attente avant le vote, quorum de 4 %", 2 * 86400),
    ("Governor für die DAO „Schilf“: eine Wartezeit von einem Tag vor der Abstimmung", 86400),
    ("Governatore per la DAO 'Canna': 2 giorni di attesa prima del voto", 2 * 86400),
])
def test_a_delay_before_voting_is_the_voting_delay(prompt: str, delay: int) -> None:
    spec = parse(prompt)
    assert spec.family == "governor" and spec.options.get("voting_delay_seconds") == delay, spec.options


# a fractional year counts months, as "18 months" does (round 13)
@pytest.mark.parametrize("text, language, seconds", [
    ("trois semaines et demie", "fr", int(3.5 * 604800)), ("two and a half weeks", "en", int(2.5 * 604800)),
    ("a year and a half", "en", 18 * 2592000), ("dreieinhalb Jahre", "de", 42 * 2592000),
    ("cuatro meses y medio", "es", int(4.5 * 2592000)), ("half a day", "en", 43200),
    ("quatro anos e meio", "pt", 54 * 2592000), ("deux ans", "fr", 2 * 31536000),
    ("dodici ore", "it", 12 * 3600), ("nach einer Woche", "de", 604800), ("3 and a half days", "en", int(3.5 * 86400)),
])
def test_durations_with_a_half_and_inflected_articles(text: str, language: str, seconds: int) -> None:
    assert [d.seconds for d in find_durations(text, language)] == [seconds]


@pytest.mark.parametrize("prompt, delay", [
    ("Ein Timelock mit einer Mindestverzögerung von 36 Stunden", 36 * 3600),
    ("Necesito un timelock con un retraso mínimo de tres días", 3 * 86400),
    ("Deploy a timelock, min delay one day and a half", 129600),
])
def test_a_timelock_named_alone_is_the_timelock_contract(prompt: str, delay: int) -> None:
    spec = parse(prompt)
    assert (spec.family, spec.options.get("delay_seconds")) == ("timelock", delay)


def test_a_timelock_beside_governance_words_stays_the_governors() -> None:
    assert parse("Un timelock de 2 jours pour les propositions de notre DAO, quorum 4 %").family == "governor"


@pytest.mark.parametrize("prompt", [
    "ERC-1155 'Forja' con el suministro por cada ID",
    "Collection ERC-1155 « Atelier » avec l'offre par identifiant",
    "ERC1155 'Werk' mit Angebot je Token",
])
def test_a_supply_per_id_in_other_languages_is_supply_tracking(prompt: str) -> None:
    assert "supply_tracking" in parse(prompt).features


@pytest.mark.parametrize("prompt", [
    "Token actualizable con proxy transparente, 'Plata' (PLT), 1 millón",
    "Aktualisierbarer Token über einen transparenten Proxy: „Silber“ (SLB), 1 Mio.",
])
def test_a_transparent_proxy_in_other_languages(prompt: str) -> None:
    assert parse(prompt).options.get("upgradeable") == "transparent"


@pytest.mark.parametrize("text, value", [
    ("supply of 2,500", 2500), ("un tope de 10,000 tokens", 10000), ("1,5 Mio.", 1_500_000),
    ("0,125", Decimal("0.125")), ("2,500 ETH", Decimal("2.5")), ("1,250 millions", 1_250_000),
])
def test_a_comma_before_three_digits_groups_thousands_unless_the_value_is_decimal(text: str, value) -> None:
    assert [a.value for a in find_amounts(text, decimal_comma=True, language="fr")] == [Decimal(value)]


# ---- the safety net: a parameter named but not read stops, never takes the template's default ----------

@pytest.mark.parametrize("prompt, key", [
    ("Governor 'Elm DAO', voting delay: one business week, quorum 4%", "voting_delay_seconds"),
    ("Gobernador para la DAO 'Pino': periodo de votación de una quincena, quórum 4 %", "voting_period_seconds"),
    ("Gouverneur pour la DAO « Saule », quorum d'une large majorité", "quorum"),
    ("Governor für die DAO „Eibe“, Vorschlagsschwelle: ein Prozent des Angebots, Quorum 4 %", "proposal_threshold"),
    ("Timelock controller with a minimum delay of a lunar cycle", "delay_seconds"),
    (f"Vesting for {A} over 4 years with a cliff", "cliff_seconds"),
    (f"Multisig wallet for {A}, {B} and {C} with a threshold of a simple majority", "threshold"),
    ("NFT 'Fern' (FRN), max supply 100, royalties of one tenth", "percent"),
    ("Staking pool with an APY of twelve percent", "reward_per_second"),
    ("ERC20 'Dune' (DUN) with a total supply of a gazillion", "supply"),
    (f"Tokenized vault for the token {A} with a deposit cap", "cap"),
])
def test_a_named_parameter_whose_value_cannot_be_read_is_ambiguous(prompt: str, key: str) -> None:
    spec = parse(prompt)
    found = [r for r in spec.requirements if r.key == key and r.status.value == "ambiguous"]
    assert found, [(r.key, r.status.value) for r in spec.requirements]
    assert "could not be read" in found[0].reason


@pytest.mark.parametrize("prompt", [
    "Governor 'Birch', voting delay 1 day, voting period 1 week, quorum 4%, proposal threshold 100 tokens",
    f"Vesting for {A} over 4 years with a 1-year cliff",
    "ERC20 Sand (SND), 1M supply, no cap, 6 decimals",
    "ERC20 Loam (LOM), total supply 5M, supply capped forever",
])
def test_parameters_named_and_read_or_turned_down_raise_nothing(prompt: str) -> None:
    spec = parse(prompt)
    assert not [r.key for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("prompt", ["ERC20 Kelp (KLP), 1M, not Ownable", "Token Alga (ALG), 1M, sin Ownable"])
def test_access_control_turned_down_with_nothing_in_its_place_is_ambiguous(prompt: str) -> None:
    assert [r.key for r in parse(prompt).requirements if r.status.value == "ambiguous"] == ["access"]


def test_a_clock_asked_of_a_token_without_votes_is_ambiguous() -> None:
    spec = parse("ERC20 Kelp (KLP), 1M supply, timestamp clock")
    assert [r.key for r in spec.requirements if r.status.value == "ambiguous"] == ["clock"]


@pytest.mark.parametrize("prompt", [
    "Crea un token 'Llave' (LLV), 1M, y que el dueño pueda retirar tokens de las cuentas sin que nadie se dé cuenta",
    "Un jeton « Clé » (CLE) où je peux prendre les jetons des portefeuilles sans qu'ils s'en rendent compte",
    "Un token 'Chiave' (CHV) con cui posso congelare il conto di qualsiasi utente",
    "Ein Token „Schloss“, bei dem ich die Konten von jedem Nutzer einfrieren kann",
])
def test_taking_or_freezing_holders_funds_behind_their_backs_is_refused_in_any_language(prompt: str) -> None:
    with pytest.raises(GenerationError, match="refused"):
        parse(prompt)


@pytest.mark.parametrize("prompt", [
    "Jeton « Rente » (RNT), 1 million, qui verse des dividendes aux détenteurs",
    "Token „Rente“ (RNT), 1 Mio., zahlt Dividenden an alle Inhaber",
    "Token 'Rendita' (RND), 1 milione, che paga dividendi ai possessori",
])
def test_dividends_in_other_languages_are_found_so_they_are_reported(prompt: str) -> None:
    assert "dividends" in parse(prompt).features


@pytest.mark.parametrize("prompt", [
    "ERC20 Dawn (DWN), 5M supply, burnable. We go live in Q4 2026.",
    "Jeton « Aube » (AUB), 5 millions, lancement prévu en mars 2026",
    "Token „Morgen“ (MRG), 5 Mio., für unseren Chor (gegr. 1921)",
    "Token 'Alba' (ALB), 5 milioni, per la nostra Vespa modello 1978",
])
def test_a_year_after_a_quarter_month_season_or_model_word_is_a_date(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.initial_supply == "5000000"
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("prompt", [
    f"Split our payments between the two directors: {A} 60% and {B} 40%",
    f"Dividir los pagos entre nuestros dos directivos: {A} 70% y {B} 30%",
])
def test_a_count_of_officers_is_the_people_the_addresses_are(prompt: str) -> None:
    spec = parse(prompt)
    assert spec.family == "splitter" and not [r for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("prompt, cap", [
    (f"ERC-4626 vault over the token {A}, capping total deposits at 3M", "3000000"),
    (f"Coffre ERC-4626 sur le jeton {A}, avec un plafond de dépôts de 750 000", "750000"),
])
def test_a_vault_cap_named_with_its_deposits(prompt: str, cap: str) -> None:
    assert parse(prompt).cap == cap


@pytest.mark.parametrize("prompt", [
    f"Escrow for our 12 m yacht: buyer {A}, seller {B}, arbiter {C}",
    f"Deposito a garanzia per un'auto con 85.000 km: acquirente {A}, venditore {B}, arbitro {C}",
])
def test_a_number_in_a_unit_of_measure_describes_and_sets_nothing(prompt: str) -> None:
    spec = parse(prompt)
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


def test_keys_with_colons_each_take_the_value_after_them_on_one_line() -> None:
    spec = parse("governor: Fjord DAO quorum: 10% voting_period: 6 days voting_delay: 1 day")
    assert spec.options.get("voting_period_seconds") == 6 * 86400
    assert spec.options.get("voting_delay_seconds") == 86400


def test_owners_counted_in_the_german_dative_are_the_owners() -> None:
    spec = parse(f"Multisig-Wallet mit drei Eigentümern: {A}, {B}, {C}; 2 von 3 Unterschriften")
    assert spec.family == "multisig" and not [r for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("prompt", [
    "Our bakery sells 300 loaves a day; we want loyalty NFTs 'Crumb' (CRB), max supply 500",
    "A shop with 2,000 customers a month wants a token Loyal (LOY) with 1M supply",
])
def test_a_count_of_things_a_day_or_a_month_is_a_rate_of_the_askers_world_not_a_duration(prompt: str) -> None:
    spec = parse(prompt)
    assert not [r for r in spec.requirements if r.key.endswith("_seconds")]


def test_a_reward_given_a_day_is_still_a_reward_rate() -> None:
    spec = parse("Staking pool paying 864 tokens a day as rewards")
    assert spec.options.get("reward_per_second") == "0.01"


@pytest.mark.parametrize("prompt, on, off", [
    ("ERC20 Cove (COV), 1M, with role-based access control instead of a single owner", "roles", None),
    ("Token Baie (BAI), 1 million, rôles plutôt que Ownable", "roles", None),
    ("ERC721 'Dune' (DUN), burnable rather than pausable", "burnable", "pausable"),
])
def test_the_second_of_a_contrast_is_turned_down(prompt: str, on: str, off: str | None) -> None:
    spec = parse(prompt)
    assert on in spec.features and not [r for r in spec.requirements if r.status.value == "ambiguous"]
    if off:
        assert off in spec.disabled


def test_a_negation_does_not_reach_past_a_colon() -> None:
    spec = parse("NFT 'Medal' (MDL): awarded, not sold: make them non-transferable")
    assert "soulbound" in spec.features


@pytest.mark.parametrize("prompt", [
    "ERC20 Wren (WRN), 2M supply. Needs: (1) burnable, (2) pausable, (3) permit.",
    "Token Lark (LRK), 2M supply; 1) burnable 2) pausable",
])
def test_an_enumeration_within_a_line_numbers_nothing(prompt: str) -> None:
    spec = parse(prompt)
    assert {"burnable", "pausable"} <= set(spec.features)
    assert not [r for r in spec.requirements if r.status.value == "ambiguous"]


@pytest.mark.parametrize("prompt", [
    "A token called Harbor Credit (HBC), 500,000 supply. Nobody should be able to issue extra units afterwards.",
    "Token Quill (QLL), 1M supply; it must be impossible to print additional tokens later.",
    "Un jeton Brume (BRM), 1 000 000 jetons, sans pouvoir émettre de nouveaux jetons ensuite.",
    "Ein Token Falke (FLK), 1 Million Stück, ohne die Möglichkeit, weitere Token zu erzeugen.",
    "Un token Nebbia (NBB), 1 milione, senza poter creare nuovi token in seguito.",
])
def test_creating_more_units_turned_down_is_not_mintable(prompt: str) -> None:
    spec = parse(prompt)
    assert "mintable" in spec.disabled and "mintable" not in spec.features


@pytest.mark.parametrize("prompt, symbol", [
    ('A token named "Burn Notice" with ticker "BURN", 1,000 supply.', "BURN"),
    ("Token Pause Point, symbol PAUSE, 10,000 supply.", "PAUSE"),
    ("Un jeton « Vote Libre », symbole « VOTE », 1000 jetons.", "VOTE"),
])
def test_a_symbol_that_is_a_feature_word_is_still_the_symbol(prompt: str, symbol: str) -> None:
    assert parse(prompt).symbol == symbol


@pytest.mark.parametrize("prompt", [
    'Coleção ERC-1155 "Arena": metadados atualizáveis pelo dono.',
    'Colección ERC-1155 "Arena" con URI modificable por el propietario.',
    'ERC-1155 items "Arena" whose metadata URI is updatable by the owner.',
])
def test_an_updatable_uri_is_not_an_upgradeable_contract(prompt: str) -> None:
    spec = parse(prompt)
    assert "updatable_uri" in spec.features and "upgradeable" not in spec.options


@pytest.mark.parametrize("prompt", [
    "An NFT collection Orbit (ORB) where token ids increment automatically.",
    "NFT Orbit (ORB): sequentially numbered token ids, each with its own URI.",
    "Colección NFT Orbit (ORB) con ids secuenciales.",
    "NFT-Sammlung Orbit (ORB) mit fortlaufenden Nummern als IDs, fortlaufende IDs.",
])
def test_ids_that_count_up_ask_for_auto_increment(prompt: str) -> None:
    assert "auto_increment" in parse(prompt).features


@pytest.mark.parametrize("prompt", [
    "Un jeton « Halte » (HLT), pausable. Mais il ne faut jamais pouvoir mettre les transferts en pause.",
    "Un token « Sosta » (SST), pausabile. Però non deve essere possibile mettere i trasferimenti in pausa.",
])
def test_a_feature_asked_and_turned_down_stops(prompt: str) -> None:
    spec = parse(prompt)
    assert any(r.key == "pausable" and r.status.value == "ambiguous" for r in spec.requirements)


def test_a_table_row_described_by_a_role_word_does_not_take_that_role() -> None:
    spec = parse("Split incoming payments:\n\n| who | wallet | cut |\n|---|---|---|\n"
                 "| Owner's salary | 0x1111111111111111111111111111111111111111 | 60% |\n"
                 "| Treasury reserve | 0x2222222222222222222222222222222222222222 | 40% |\n")
    assert spec.family == "splitter"
    assert spec.addresses["payees"].count("0x") == 2 and "recipient" not in spec.addresses


def test_a_table_whose_label_cell_is_a_role_binds_it() -> None:
    spec = parse("Escrow contract.\n\n| role | address |\n|---|---|\n"
                 "| buyer | 0x1111111111111111111111111111111111111111 |\n"
                 "| seller | 0x2222222222222222222222222222222222222222 |\n"
                 "| arbiter | 0x3333333333333333333333333333333333333333 |\n")
    assert spec.addresses["buyer"].startswith("0x1111") and spec.addresses["arbiter"].startswith("0x3333")


@pytest.mark.parametrize("prompt, role", [
    ("Timelock controller, 2 day delay. Proposer 0x1111111111111111111111111111111111111111; "
     "0x2222222222222222222222222222222222222222 alone can execute.", "executor"),
    ("Timelock controller, 1 day delay. 0x2222222222222222222222222222222222222222 may propose; "
     "executors 0x1111111111111111111111111111111111111111.", "proposer"),
    ("Timelock-Controller, 12 Stunden Verzögerung. Ausführende: 0x2222222222222222222222222222222222222222, "
     "Vorschlagende: 0x1111111111111111111111111111111111111111.", "executor"),
])
def test_an_address_takes_the_role_of_what_it_may_do(prompt: str, role: str) -> None:
    spec = parse(prompt)
    assert "0x2222222222222222222222222222222222222222" in (spec.addresses.get(role + "s") or spec.addresses.get(role, ""))
