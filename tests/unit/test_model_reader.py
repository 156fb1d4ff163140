"""Comparing the model's reading with the rules' (no model here: readings are data), and the schema the
model is constrained to."""

from __future__ import annotations

from agents.generation import spec_parser
from agents.generation.model_reader import ModelReading, compare, reading_schema

HYPER = "Create an ERC20 token called Hyper Token with symbol HYP and 1,000,000 supply, burnable"


def reading(**fields) -> ModelReading:
    base = {"family": "erc20", "name": "Hyper Token", "symbol": "HYP", "initial_supply": 1_000_000, "burnable": True}
    return ModelReading.model_validate(base | fields)


def test_the_same_reading_has_no_ambiguity() -> None:
    assert compare(spec_parser.parse(HYPER), reading()) == []


def test_each_disagreement_is_named_with_both_values() -> None:
    found = compare(spec_parser.parse(HYPER), reading(initial_supply=1_000, burnable=False))
    assert [(a.field, a.rule, a.model) for a in found] == [
        ("features", ["burnable"], []), ("initial_supply", "1000000", "1000")]
    assert found[1].describe() == "initial_supply: the rules read '1000000', the model reads '1000'"


def test_a_family_disagreement_stops_the_comparison() -> None:
    found = compare(spec_parser.parse(HYPER), reading(family="erc721"))
    assert [(a.field, a.rule, a.model) for a in found] == [("family", "erc20", "erc721")]


def test_values_the_request_does_not_contain_are_not_held_against_the_rules() -> None:
    spec = spec_parser.parse(HYPER)
    assert compare(spec, reading(name="Hyper Token (HYP)")) == []  # the symbol in parentheses
    assert compare(spec, reading(name="Totally Different", symbol="XYZ")) == []  # invented, not read
    assert compare(spec, reading(initial_supply=0)) == []  # 0 and null both mean "not said"


def test_a_feature_the_model_adds_counts_only_when_a_word_of_the_request_names_it() -> None:
    assert compare(spec_parser.parse(HYPER), reading(pausable=True, votes=True)) == []  # no word for either
    paused = "Create an ERC20 token called Hyper Token with symbol HYP and 1,000,000 supply, burnable; never paused"
    found = compare(spec_parser.parse(paused), reading(pausable=True))
    assert [(a.field, a.rule, a.model) for a in found] == [("features", ["burnable"], ["burnable", "pausable"])]


def test_the_schema_requires_every_field_of_the_reading() -> None:
    schema = reading_schema()
    assert set(schema["required"]) == set(ModelReading.model_fields) == set(schema["properties"])
    assert schema["additionalProperties"] is False
    assert "other" in schema["properties"]["family"]["enum"]
