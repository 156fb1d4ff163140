"""General reading rules (issue 12): decimals said aloud, names that hold numbers, label/value tables,
negated parameters, and the coverage guard that stops rather than guess. Real requests in, the parsed
spec and its requirement statuses asserted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agents.generation.numbers import find_amounts


@pytest.mark.parametrize("text, language, value", [
    ("eins komma fünf Millionen Stück", "de", 1_500_000),
    ("one point five million", "en", 1_500_000),
    ("un virgule cinq millions", "fr", 1_500_000),
    ("uno coma cinco millones", "es", 1_500_000),
    ("um vírgula cinco milhões", "pt", 1_500_000),
    ("uno virgola cinque milioni", "it", 1_500_000),
    ("two point two five million", "en", 2_250_000),
    ("drei Komma fünfundzwanzig Mio", "de", 3_250_000),
])
def test_decimal_mark_said_aloud(text: str, language: str, value: int) -> None:
    amounts = find_amounts(text, decimal_comma=language != "en", language=language)
    assert [a.value for a in amounts] == [Decimal(value)]
    assert amounts[0].text == text.removesuffix(" Stück")


def test_a_point_without_numbers_is_no_decimal() -> None:
    assert find_amounts("a point of view, 5 users", language="en")[0].value == 5


def test_markdown_table_reads_as_label_value_lines() -> None:
    from agents.generation.spec_parser import parse, tables_as_labels

    prompt = ("Please build this:\n\n| field | value |\n|---|---|\n| standard | ERC1155 |\n| name | Ironhold Armory |\n"
              "| burnable | yes |\n| total supply per item id | yes |\n| owner | 0x67F8E76DF603E101C3aa3c57ed26cc928f73C37A |")
    spec = parse(prompt)
    assert (spec.family, spec.name) == ("erc1155", "Ironhold Armory")
    assert {"burnable", "supply_tracking"} <= set(spec.features)
    assert spec.addresses["owner"] == "0x67F8E76DF603E101C3aa3c57ed26cc928f73C37A"
    wide = tables_as_labels("| name | symbol | supply |\n|:--|--|--:|\n| Foo Bar | FOO | 1M |")
    assert wide == "name: Foo Bar, symbol: FOO, supply: 1M;"


@pytest.mark.parametrize("prompt, name, symbol", [
    ("token called Route 66 Miles, symbol R66, 66,000,000 supply, 2 decimals", "Route 66 Miles", "R66"),
    ("token called Studio 54 Records (S54), 1M supply", "Studio 54 Records", "S54"),
    ("Token Alpha 5 Million supply", "Alpha", None),
    ("Requirements for the Civic Dollar token (CUSD):\n1. 6 decimals\n2. mintable", "Civic Dollar", "CUSD"),
])
def test_names_hold_numbers_and_sit_before_their_kind(prompt: str, name: str, symbol: str | None) -> None:
    from agents.generation.spec_parser import parse

    spec = parse(prompt)
    assert spec.name == name
    if symbol:
        assert spec.symbol == symbol


@pytest.mark.parametrize("prompt", [
    "Collection NFT « Lumières de Paris » (LDP), 1 000 exemplaires maximum, stockage d'URI par jeton.",
    "Colección NFT 'Luces' (LCS), almacenamiento de URI por token.",
    "NFT-Sammlung 'Lichter' (LCH) mit URI-Speicherung.",
    "Coleção NFT 'Luzes' (LZS) com armazenamento de URI por token.",
    "Collezione NFT 'Luci' (LUC) con archiviazione degli URI per token.",
])
def test_uri_storage_in_six_languages(prompt: str) -> None:
    from agents.generation.spec_parser import parse

    assert "uri_storage" in parse(prompt).features


@pytest.mark.parametrize("prompt", [
    "Cofre ERC-4626 chamado 'Poupança Solar' (pSOL) sobre o token 0xC1f16759c9ea0C98EF8841E3EF5edF96049b649b, sem limite de depósito.",
    "ERC-4626 vault 'Solar Savings' (sSOL) over the token 0xC1f16759c9ea0C98EF8841E3EF5edF96049b649b, no deposit limit.",
    "Coffre ERC-4626 « Épargne » (EPG) sur le jeton 0xC1f16759c9ea0C98EF8841E3EF5edF96049b649b, sans limite de dépôt.",
])
def test_a_negated_deposit_limit_turns_the_vault_cap_off(prompt: str) -> None:
    from agents.generation.spec_parser import parse

    spec = parse(prompt)
    assert spec.family == "erc4626" and "capped" in spec.disabled and spec.cap is None


def _unplaced(prompt: str) -> list[tuple[str, str]]:
    from agents.generation.spec_parser import parse

    return [(r.key, r.text) for r in parse(prompt).requirements
            if r.status.value == "ambiguous" and (r.key.startswith("unplaced_") or r.key == "name")]


def test_a_number_read_only_in_part_stops() -> None:
    found = _unplaced("bitte einen ERC20 Token namens Quarz Symbol QRZ 1 komma 5 Millionen Stück")
    assert ("unplaced_number", "komma 5 Millionen") in found


def test_a_negated_parameter_nothing_read_stops() -> None:
    found = _unplaced("Governor 'Civic' over token 0x8b6271dBBbda8491C36355B5D4E658b8E88ac7E9, quorum 4%, "
                      "sans période de vote particulière")
    assert ("unplaced_voting_period_seconds", "sans période de vote") in found


@pytest.mark.parametrize("prompt", [
    "ERC20 'Kelp' KLP, 1M supply, no supply cap",
    "Token Alpenrose (ARS) ohne Obergrenze, 1 Mio Stück",
    "Governor for token 0x8b6271dBBbda8491C36355B5D4E658b8E88ac7E9 with no voting delay, quorum 4%",
    "ERC20 Lumen (LMN), 1M, roles instead of a single owner, not UUPS but transparent upgradeable",
])
def test_negations_the_reader_binds_leave_nothing_unplaced(prompt: str) -> None:
    assert _unplaced(prompt) == []


def test_name_continuation_nothing_explains_stops() -> None:
    from agents.generation import coverage

    text = "token called Mira Nova Stellar Dust Coin Extra Seven, 1M supply"
    start = text.index("Mira")
    end = text.index(" Seven")
    found = coverage.partial_name(text, (start, end), [])
    assert [u.text for u in found] == ["Mira Nova Stellar Dust Coin Extra Seven"]
    assert coverage.partial_name("token called Mira (MRA), 1M", (13, 17), []) == []


@pytest.mark.parametrize("prompt, symbol", [
    ("erc20 GRID, name Gridline, 21M supply, burnable", "GRID"),
    ("Bonjour, pour l'association « Les Jardins Partagés » nous voudrions une gouvernance : jeton JARD, 1 000 000 "
     "de jetons, quorum de 10 %, délai avant le vote de 2 jours, période de vote d'une semaine, et un timelock de "
     "24 heures avant l'exécution.", "JARD"),
])
def test_a_ticker_right_after_the_kind_is_the_symbol(prompt: str, symbol: str) -> None:
    from agents.generation.spec_parser import parse

    spec = parse(prompt)
    assert spec.symbol == symbol and not spec.options.get("symbol_derived")


def test_an_unplaced_ticker_with_no_symbol_read_stops() -> None:
    from agents.generation.spec_parser import parse

    spec = parse("I want an erc20 named Gridline; on exchanges it shows as GRID. 21M supply")
    found = [r for r in spec.requirements if r.kind.value == "symbol"]
    assert [(r.text, r.status.value) for r in found] == [("GRID", "ambiguous")]


def test_scientific_notation_before_a_full_stop() -> None:
    from agents.generation.spec_parser import parse

    spec = parse("Mint 7.5e8 tokens of 'Basalt' (BSLT) with 9 decimals, capped at 1e9.")
    assert (spec.initial_supply, spec.cap, spec.decimals) == ("750000000", "1000000000", 9)


def test_a_rate_in_the_tokens_own_symbol_per_eth() -> None:
    from agents.generation.spec_parser import parse

    spec = parse("Presale for Kiln Token (KILN): 5,000 KILN per ETH, hard cap 250 ETH, runs 3 weeks, ETH goes to "
                 "0x5809e29c723EE22aBdcfF93879570AE4109E722D")
    assert spec.family == "crowdsale" and str(spec.options["rate"]) == "5000"
