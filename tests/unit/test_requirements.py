"""Requirement accounting: each requirement honoured, unmet or ambiguous; the gate; comparing two readings."""

from __future__ import annotations

import json

import pytest

from agents.generation import GenerationService, requirements
from agents.generation.spec_parser import parse
from agents.models import ContractSpec, Requirement, RequirementKind, RequirementStatus
from agents.summary import requirements_markdown, requirements_summary
from hyperagent.errors import GenerationError, RequirementsUnmetError
from tests.unit.reading import accounted

A = "0x4B20993Bc481177ec7E8f571ceCaE8A9e22C02db"


def status(spec: ContractSpec, key: str) -> str:
    found = [r for r in spec.requirements if r.key == key]
    assert found, f"no {key} requirement in {[r.key for r in spec.requirements]}"
    return found[0].status.value


def test_a_plain_request_is_honoured_in_full() -> None:
    spec = accounted("Burnable token Anchor (ANC), 500 supply, 4 decimals, owner can pause")
    assert {r.key: r.status.value for r in spec.requirements} == {
        "family": "honoured", "name": "honoured", "symbol": "honoured", "supply": "honoured", "decimals": "honoured",
        "burnable": "honoured", "pausable": "honoured"}
    assert spec.options["template_options"]["burnable"] is True
    assert requirements.problems(spec) == []


@pytest.mark.parametrize("prompt, key, reason", [
    ("ERC20 'Tax Coin' (TAX), 1000 supply, with a 2% transfer fee", "transfer_fee", "erc20 supports: mintable"),
    ("Token Ironclad (IRC) 1M supply with a blacklist", "blocklist", "erc20 supports:"),
    ("NFT 'Sky Keys' (SKK) with an allowlist mint phase", "allowlist", "erc721 supports:"),
    (f"Vesting wallet for {A} over 2 years that the owner can revoke", "revocable", "vesting supports: cliff"),
])
def test_what_no_template_offers_is_unmet_with_what_is_supported(prompt: str, key: str, reason: str) -> None:
    spec = accounted(prompt)
    assert status(spec, key) == "unmet"
    unmet = [r for r in spec.requirements if r.key == key][0]
    assert reason in unmet.reason


def test_a_value_the_family_does_not_read_is_unmet() -> None:
    spec = accounted(f"A 2-of-3 multisig wallet with 8 decimals for {A}")
    assert status(spec, "decimals") == "unmet"
    assert "multisig does not use it; it reads:" in [r for r in spec.requirements if r.key == "decimals"][0].reason
    assert status(spec, "threshold") == "honoured" and status(spec, "owners_count") == "honoured"


def test_an_address_for_a_role_the_contract_has_is_honoured_else_unmet() -> None:
    assert status(accounted(f"Vesting for beneficiary {A} over 4 years"), "beneficiary") == "honoured"
    # without a privileged option an ERC20 has no owner: an owner address reaches nothing
    assert status(accounted(f"ERC20 Plain (PLN), 100 supply, owner {A}"), "owner") == "unmet"
    assert status(accounted(f"ERC20 Boss (BSS), 100 supply, mintable, owner {A}"), "owner") == "honoured"


def test_negations_are_honoured_by_turning_the_option_off() -> None:
    spec = accounted("Token Basalt (BSL), 900,000 supply; holders cannot burn and nobody can mint.")
    assert status(spec, "burnable") == status(spec, "mintable") == "honoured"
    assert spec.options["template_options"]["burnable"] is False
    assert spec.options["template_options"]["mintable"] is False
    spec = accounted("Multi-token ERC1155 'Relic Vault', not mintable")  # a default-on option turned off
    assert status(spec, "mintable") == "honoured" and spec.options["template_options"]["mintable"] is False


def test_ambiguous_requirements_stay_ambiguous_and_stop() -> None:
    spec = accounted("Token Fox (FOX), burnable, 1000 supply, holders cannot burn")
    assert status(spec, "burnable") == "ambiguous"
    with pytest.raises(RequirementsUnmetError) as stop:
        requirements.gate(spec)
    assert str(stop.value).startswith("ambiguous: ")


def test_the_gate_is_one_line_naming_it_and_what_is_supported() -> None:
    spec = accounted("ERC20 'Tax Coin' (TAX), 1000 supply, with a 2% transfer fee")
    with pytest.raises(RequirementsUnmetError) as stop:
        requirements.gate(spec)
    line = str(stop.value)
    assert "\n" not in line
    assert line.startswith('unmet: "') and "transfer_fee" in line
    assert "erc20 supports: mintable, burnable, pausable" in line
    assert line.endswith("rerun with --allow-partial to deploy without them")
    assert stop.value.spec is spec
    requirements.gate(spec, allow_partial=True)  # partial delivery allowed: no stop
    assert any("transfer_fee" in item for item in requirements.left_out(spec))


def test_a_family_without_a_template_stops_even_a_partial_delivery() -> None:
    spec = parse("Token Anchor (ANC), 500 supply").model_copy(update={"family": "erc9999"})
    assert not requirements.template_exists("erc9999")
    with pytest.raises(RequirementsUnmetError) as stop:
        GenerationService().generate(spec.prompt, {"allow_partial": True}, spec=spec)
    assert str(stop.value).startswith('unmet: "')
    assert "no template for erc9999; supported families: airdrop" in str(stop.value)
    assert status(stop.value.spec, "family") == "unmet"


def test_the_new_families_and_options_are_honoured() -> None:
    vault = accounted(f"ERC-4626 vault 'Yield Box' (yBOX) over the asset {A}")
    assert vault.family == "erc4626" and requirements.problems(vault) == []
    comet = accounted("An upgradeable token named Comet, symbol CMT, 1M supply, using UUPS.")
    assert status(comet, "upgradeable") == "honoured"
    assert comet.options["template_options"]["upgradeable"] == "uups"
    badge = accounted("Soulbound ERC20 Badge Points (BPT), owner mints, nothing preminted")
    assert status(badge, "soulbound") == status(badge, "mintable") == status(badge, "supply") == "honoured"


def test_refusals_are_not_requirement_stops() -> None:
    with pytest.raises(GenerationError) as refused:
        GenerationService().generate("ERC20 where the owner can freeze any user's tokens and confiscate them")
    assert not isinstance(refused.value, RequirementsUnmetError)
    assert str(refused.value).startswith("refused")


def test_explicit_template_options_win_and_a_conflict_is_unmet() -> None:
    draft = GenerationService().generate("Token Pike (PKE), 100 supply, burnable",
                                         {"template_options": {"burnable": False}})
    assert draft.spec.options["template_options"]["burnable"] is False
    assert status(draft.spec, "burnable") == "unmet"


def test_compare_two_readings_field_by_field() -> None:
    rules = parse("Token Anchor (ANC), 500 supply, burnable, 4 decimals")
    model = rules.model_copy(update={"initial_supply": "5000", "features": ["burnable", "pausable"], "decimals": 4,
                                     "addresses": {"recipient": A}})
    differences = requirements.compare(rules, model)
    assert {(r.kind.value, r.key) for r in differences} == {("supply", "supply"), ("option", "pausable"),
                                                             ("address", "recipient")}
    assert all(r.status == RequirementStatus.ambiguous for r in differences)
    supply = [r for r in differences if r.key == "supply"][0]
    assert supply.text == "rules: 500; model: 5000" and supply.field == "initial_supply"
    assert requirements.compare(rules, rules.model_copy()) == []
    # numbers written differently are the same number
    assert requirements.compare(rules, rules.model_copy(update={"initial_supply": "500.0"})) == []


def test_the_spec_schema_is_small_enough_for_a_model_to_fill() -> None:
    schema = ContractSpec.model_json_schema()
    assert sorted(schema["required"]) == ["family", "name"]
    requirement = schema["$defs"]["Requirement"]
    assert sorted(requirement["required"]) == ["key", "kind"]
    assert set(schema["$defs"]["RequirementStatus"]["enum"]) == {"pending", "honoured", "unmet", "ambiguous"}
    assert "option" in schema["$defs"]["RequirementKind"]["enum"]
    spec = ContractSpec.model_validate({"family": "erc20", "name": "Anchor", "features": ["burnable"]})
    assert spec.decimals == 18 and spec.requirements == []
    closed = requirements.spec_schema()
    assert {"erc20", "erc721", "vesting", "erc4626", "timelock"} <= set(closed["properties"]["family"]["enum"])
    assert {"mintable", "soulbound", "supply_tracking"} <= set(closed["properties"]["features"]["items"]["enum"])


def test_result_json_and_artifact_list_every_requirement_with_request_text_escaped() -> None:
    spec = accounted("ERC20 called \"Pipe | `Tick` *Star*\" (PTS), 10 supply, with a 2% transfer fee")
    summary = requirements_summary(spec)
    json.dumps(summary)  # JSON-ready
    assert summary["spec"]["name"] == "Pipe | `Tick` *Star*"
    assert {r["status"] for r in summary["requirements"]} == {"honoured", "unmet"}
    assert any("transfer_fee" in item for item in summary["left_out"])
    markdown = requirements_markdown(spec)
    row = [line for line in markdown.splitlines() if line.startswith("| name |")][0]
    assert "Pipe \\| \\`Tick\\` \\*Star\\*" in row
    assert row.count(" | ") == 5  # the name's pipe is escaped: the row keeps its six cells


def test_requirement_label_prefers_the_request_words() -> None:
    r = Requirement(kind=RequirementKind.option, key="upgradeable", value="uups", text="using  UUPS")
    assert r.label() == "using UUPS"
    assert Requirement(kind=RequirementKind.option, key="burnable", value=True).label() == "burnable"


def test_a_field_requirement_is_honoured_only_when_the_spec_holds_its_value() -> None:
    """A cap the vault falls back to (its default) is not the cap the request asked for."""
    from agents.generation import composer

    spec = parse(f"ERC-4626 vault 'Safe Box' (SBX) over the token at {A}, deposits capped at 40k")
    assert spec.cap == "40000"
    draft = composer.compose(spec.model_copy(update={"cap": None}))
    checked = requirements.account(draft)
    assert status(checked, "cap") == "unmet"
    draft = composer.compose(spec)
    assert status(requirements.account(draft), "cap") == "honoured"


def test_a_maximum_given_as_a_number_asks_for_the_capped_option() -> None:
    spec = accounted("Token Fels (FLS) mit 1 Million Stück, höchstens 5 Millionen insgesamt, vom Eigentümer prägbar")
    assert status(spec, "cap") == "honoured" and status(spec, "capped") == "honoured"


def test_each_address_of_a_list_must_reach_the_contract_on_its_own() -> None:
    b = "0x78731D3Ca6b7E34aC0F824c42a7cC18A495cabaB"
    # a mintable ERC20 has one owner: the second of two listed owners would be dropped, so it is unmet
    spec = accounted(f"ERC20 Twin (TWN), 100 supply, mintable, owners {A} and {b}")
    assert status(spec, "owners") == "unmet"
    spec = accounted(f"3-of-3 multisig with owners {A}, {b} and 0x617F2E2fD72FD9D5503197092aC168c91465E7f2")
    assert status(spec, "owners") == "honoured"


def test_upgradeability_turned_off_is_honoured_by_no_proxy() -> None:
    spec = accounted("ERC721 'Quay' (QAY), max supply 500, the contract must not be upgradeable")
    assert status(spec, "upgradeable") == "honoured"
    assert spec.options["template_options"]["upgradeable"] == "none"


@pytest.mark.parametrize(("prompt", "said"), [
    ("an ERC20 called Hyper, burnable", ["symbol HYPE", "decimals 18", "initial supply 1,000,000"]),
    ("ERC20 Hyper (HYP), 5000 supply, 6 decimals, capped", ["cap 50,000 tokens"]),
    ("a capped ERC20 called Hyper, symbol HYP, 2.5 supply, 6 decimals", ["cap 25 tokens"]),
    ("a capped coin named Hyper, ticker HYP", ["decimals 18", "initial supply 1,000,000 tokens", "cap 10,000,000 tokens"]),
    ("an NFT collection, enumerable", ["name 'My NFT'", "symbol MN"]),
])
def test_what_the_request_does_not_say_is_listed_as_assumed(prompt: str, said: list[str]) -> None:
    spec = accounted(prompt)
    defaults = requirements.assumed(spec)
    assert len(defaults) == len(said) and all(d.startswith(s) for d, s in zip(defaults, said))
    assert requirements_summary(spec)["assumed"] == defaults
    assert all(d in requirements_markdown(spec) for d in defaults)


def test_a_request_that_says_everything_assumes_nothing() -> None:
    assert requirements.assumed(accounted("ERC20 'Hyper' (HYP), 5000 supply, 6 decimals, cap 9000")) == []


_OWNERS = ", ".join("0x" + c * 40 for c in "123")


@pytest.mark.parametrize(("prompt", "said"), [
    (f"multisig with owners {_OWNERS}", ["threshold 2 of the 3 owners"]),
    ("a timelock, proposer 0x" + "1" * 40, ["minimum delay 2 days"]),
    ("vesting for 0x" + "1" * 40 + ", with a cliff", ["vesting over 1 year", "cliff 91.25 days"]),
    ("NFT collection Pebbles (PBL), capped, public mint", ["maximum supply 10,000 tokens", "mint price 0.01 ETH"]),
    ("Governor Elm Council for the token 0x" + "1" * 40 + ", quorum 10%, voting period 3 days",
     ["voting delay 1 day", "timelock delay 2 days"]),
])
def test_every_family_lists_the_template_defaults_it_deploys(prompt: str, said: list[str]) -> None:
    defaults = [d for d in requirements.assumed(accounted(prompt)) if "template's default" in d]
    assert len(defaults) == len(said) and all(d.startswith(s) for d, s in zip(defaults, said)), defaults


def test_a_stated_value_is_not_listed_as_assumed() -> None:
    assert requirements.assumed(accounted(f"2-of-3 multisig with owners {_OWNERS}")) == []
