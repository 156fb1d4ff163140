"""Fuzz harness generation, corpus annotations, file collection and the cache key: no tools, milliseconds."""

from __future__ import annotations

from pathlib import Path

from agents.audit import cache, fuzz_harness
from agents.audit.corpus import Expected, annotations, is_found
from agents.models import Finding, Severity

TOKEN_ABI = [
    {"type": "constructor", "inputs": [{"name": "supply", "type": "uint256"}, {"name": "admin", "type": "address"}]},
    {"type": "function", "name": "transfer", "stateMutability": "nonpayable",
     "inputs": [{"name": "to", "type": "address"}, {"name": "v", "type": "uint256"}], "outputs": [{"type": "bool"}]},
    {"type": "function", "name": "deposit", "stateMutability": "payable", "inputs": [], "outputs": []},
    {"type": "function", "name": "batch", "stateMutability": "nonpayable",
     "inputs": [{"name": "to", "type": "address[]"}], "outputs": []},
    {"type": "function", "name": "totalSupply", "stateMutability": "view", "inputs": [], "outputs": [{"type": "uint256"}]},
    {"type": "function", "name": "balanceOf", "stateMutability": "view", "inputs": [{"type": "address"}],
     "outputs": [{"type": "uint256"}]},
    {"type": "function", "name": "owner", "stateMutability": "view", "inputs": [], "outputs": [{"type": "address"}]},
]


def test_harness_deploys_bytecode_with_default_arguments_and_picks_properties():
    source, calls = fuzz_harness.suite({"Token": {"abi": TOKEN_ABI, "bytecode": "6080"},
                                        "Lib": {"abi": [], "bytecode": ""},
                                        "Linked": {"abi": TOKEN_ABI, "bytecode": "60__$abc$__"}})
    assert list(calls) == ["Token"]  # nothing deployable or nothing to fuzz in the others
    assert calls["Token"] == {"call_0_transfer": "transfer(address,uint256)", "call_1_deposit": "deposit()"}
    assert 'hex"6080", abi.encode(uint256(1000), address(this))' in source
    assert "value % (address(actor).balance + 1)" in source  # payable: the actor sends some of its ether
    assert "_addr(a0)" in source  # address arguments are drawn from the actors, the deployer and the target
    for prop in ("invariant_NoEtherTheft", "invariant_OwnerUnchanged", "invariant_NoBalanceAboveSupply"):
        assert prop in source and prop in fuzz_harness.PROPERTY_CATEGORY


def test_annotations_and_matching(tmp_path):
    sample = tmp_path / "A.sol"
    sample.write_text("pragma solidity ^0.8.0;\ncontract A {\n  function f() public {} // @vuln category=reentrancy mythril\n}\n")
    [expected] = annotations(sample)
    assert expected == Expected(sample, 3, "reentrancy", ("mythril",))
    near = Finding(tools=["slither"], detector="d", title="t", severity=Severity.high, category="reentrancy",
                   line=2, lines=[2, 3])
    assert is_found(expected, [near]) and not is_found(expected, [near], tool="mythril")
    wide = near.model_copy(update={"lines": list(range(1, 10))})
    assert not is_found(expected, [wide])


def test_scope_audits_own_contracts_and_counts_what_it_skips(tmp_path):
    from agents.audit.project import Scope
    from agents.audit.project.model import ProjectConfig

    for relative in ("src/Token.sol", "src/mocks/TokenMock.sol", "src/utils/MockOracle.sol", "src/Mockingbird.sol",
                     "test/Token.t.sol", "script/Deploy.s.sol", "lib/dep/src/Dep.sol", "node_modules/x/X.sol",
                     "out/Token.sol/Token.sol", "examples/Example.sol"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("contract A {}")
    config = ProjectConfig(source_dirs=["src"], test_dirs=["test"], script_dirs=["script"], lib_dirs=["lib"])
    scope = Scope(tmp_path, config)
    scope.add_named(tmp_path)
    assert sorted(scope.relative(f) for f in scope.audited) == ["src/Mockingbird.sol", "src/Token.sol"]
    assert dict(scope.skipped) == {"mock": 2, "test": 1, "script": 1, "outside": 1}

    named = Scope(tmp_path, config)
    named.add_named(tmp_path / "test" / "Token.t.sol")  # a file named explicitly is always audited
    named.add_named(tmp_path / "examples")  # a folder outside src/ named explicitly: its files are audited
    named.include("lib/dep/**")
    named.exclude("src/*")
    assert sorted(named.relative(f) for f in named.audited) == ["examples/Example.sol", "lib/dep/src/Dep.sol",
                                                                 "test/Token.t.sol"]

    tests = Scope(tmp_path, config)
    tests.add_named(tmp_path / "test")  # naming the test folder asks for its tests
    assert [tests.relative(f) for f in tests.audited] == ["test/Token.t.sol"]


def test_cache_round_trip_and_key(tmp_path, monkeypatch):
    monkeypatch.setenv("HYPERAGENT_HOME", str(tmp_path))
    key = cache.cache_key(source_hash="s", tool="slither", tool_version="1", solc_version="0.4.26", settings={})
    assert key != cache.cache_key(source_hash="s", tool="slither", tool_version="2", solc_version="0.4.26", settings={})
    assert cache.load(key) is None
    finding = Finding(tools=["slither"], detector="d", title="t", severity=Severity.low, line=3, lines=[3])
    cache.store(key, [finding])
    assert cache.load(key) == [finding]
    assert Path(tmp_path / "audit-cache" / f"{key}.json").exists()
