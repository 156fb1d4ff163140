"""Spec parsing: numbers and durations as people write them, five languages, names, symbols, safety."""

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
    ("3 milhões", 3_000_000), ("100 mil", 100_000), ("2 milliards", 2_000_000_000), ("1.5B", 1_500_000_000),
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


def test_offline_generation_is_fast() -> None:
    import time

    service = GenerationService()
    service.generate("warm up: ERC20 called Warm")
    start = time.perf_counter()
    for prompt in ["Create an ERC20 token called Hyper Token with symbol HYP and 1,000,000 supply.",
                   "ERC721 'Genesis Passes' (GPASS), max supply 1000, public mint for 0.05 ether each, enumerable.",
                   "A 2-of-3 multisig wallet where owners submit, confirm and execute transactions."]:
        service.generate(prompt)
    assert (time.perf_counter() - start) / 3 < 1.0
