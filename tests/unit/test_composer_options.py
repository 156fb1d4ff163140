"""How the composer resolves a family's options from a spec (no compiler needed): the vocabulary shared
with the request parser (features and spec.options named as in meta.json) must mean what meta.json says."""

from __future__ import annotations

import pytest

from agents.generation.composer import compose, families, feasible, load_meta, option_matrix, resolve_options
from agents.models import ContractSpec
from hyperagent.errors import GenerationError


def spec(family: str, features: list[str] | None = None, **options: object) -> ContractSpec:
    return ContractSpec(prompt="unit", family=family, name="Unit", contract_name="Unit", symbol="U",
                        initial_supply="1000", features=features or [], options=dict(options),
                        addresses={"asset": "0x" + "33" * 20})


def test_every_option_names_its_feature_and_says_what_it_does() -> None:
    for family in families():
        for name, schema in load_meta(family)["options"].items():
            assert schema.get("feature"), (family, name)
            assert len(schema.get("doc", "")) > 20, (family, name)
            if schema["type"] == "enum":
                assert schema["default"] in schema["values"], (family, name)


def test_features_and_explicit_values_turn_options_on() -> None:
    options = resolve_options(spec("erc20", ["soulbound", "pausable"], upgradeable="uups", clock="timestamp"))
    assert options["soulbound"] and options["pausable"]
    assert options["upgradeable"] == "uups" and options["clock"] == "timestamp"
    assert options["votes"] and options["permit"], "timestamp implies votes, which implies permit"
    assert options["access"] == "ownable", "something privileged: an owner by default"
    assert resolve_options(spec("erc721", ["capped"]))["max_supply"], "erc721's max_supply is the `capped` feature"
    assert not resolve_options(spec("erc20", ["mintable"], mintable=False))["mintable"], "an explicit no wins"


def test_access_defaults_to_none_without_privileges_and_refuses_none_with_them() -> None:
    assert resolve_options(spec("erc20", ["burnable"]))["access"] == "none"
    assert resolve_options(spec("erc20", ["burnable", "ownable"]))["access"] == "ownable"
    assert resolve_options(spec("erc20", ["mintable", "roles"]))["access"] == "roles"
    with pytest.raises(GenerationError, match="access none leaves nobody to mint"):
        resolve_options(spec("erc20", ["mintable"], access="none"))
    with pytest.raises(GenerationError, match="unknown option"):
        resolve_options(spec("erc20"), {"teleport": True})
    with pytest.raises(GenerationError, match="is not one of"):
        resolve_options(spec("erc20"), {"upgradeable": "beacon"})


def test_upgradeable_drafts_carry_their_proxy_and_initializer() -> None:
    draft = compose(spec("erc20", ["mintable"], upgradeable="transparent"))
    assert draft.proxy == "transparent"
    assert "function initialize(" in draft.source and "_disableInitializers();" in draft.source
    assert "ERC20Upgradeable" in draft.source and "UUPSUpgradeable" not in draft.source
    uups = compose(spec("erc20", ["mintable", "roles"], upgradeable="uups"))
    assert uups.proxy == "uups" and "onlyRole(UPGRADER_ROLE)" in uups.source
    assert len(uups.constructor_args) == 4  # recipient, defaultAdmin, minter, upgrader: the initializer's arguments
    assert compose(spec("erc20")).proxy is None


def test_governor_values_follow_the_clock() -> None:
    blocks = compose(spec("governor", voting_delay_seconds=86400, voting_period_seconds=3 * 86400, quorum_percent=10,
                          proposal_threshold=5))
    assert "GovernorSettings(7200, 21600, 5000000000000000000)" in blocks.source
    assert "GovernorVotesQuorumFraction(10)" in blocks.source
    seconds = compose(spec("governor", voting_delay_seconds=86400, voting_period_seconds=3 * 86400, clock="timestamp"))
    assert "GovernorSettings(86400, 259200, 0)" in seconds.source and "mode=timestamp" in seconds.source
    with pytest.raises(GenerationError, match="upgradeable governor governs an existing voting token"):
        compose(spec("governor", upgradeable="uups"))


def test_matrices_hold_only_feasible_assignments() -> None:
    for family in families():
        matrix = option_matrix(family)
        assert matrix and all(feasible(family, combo) for combo in matrix), family
        for combo in matrix:
            compose(spec(family), combo)  # every member renders
