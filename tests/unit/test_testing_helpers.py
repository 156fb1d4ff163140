"""Pure parts of the testing stage: forge output parsing, lcov, Solidity literals, generator choice.

The JSON and lcov snippets below are trimmed copies of what forge 1.7.1 printed for real runs.
"""

from __future__ import annotations

import json

import pytest

from agents.testing import generators
from agents.testing.results import contract_coverage, format_counterexample, parse_duration, parse_lcov, parse_test_json
from agents.testing.solidity import Sol, solidity_args, string_literal

FORGE_JSON = {
    "test/Tok.t.sol:TokTest": {"duration": "119ms 244µs 900ns", "test_results": {
        "invariant_Supply()": {
            "status": "Failure", "reason": "supply",
            "counterexample": {"Sequence": [13, [{"sender": "0xed6f", "addr": "0x2e23", "calldata": "0x90dd2627",
                                                  "contract_name": "test/Tok.t.sol:Handler", "func_name": "transfer",
                                                  "signature": "transfer(uint256,uint256,uint256)", "args": "1, 2, 3"}]]},
            "kind": {"Invariant": {"runs": 0, "calls": 0, "reverts": 0}}, "duration": "7ms 565µs 888ns"},
        "testFuzz_Fail(uint256)": {
            "status": "Failure", "reason": "too big",
            "counterexample": {"Single": {"calldata": "0x72c78c6c", "args": "1000 [1e3]"}},
            "kind": {"Fuzz": {"runs": 0, "mean_gas": 0, "median_gas": 0}}, "duration": "9ms 456µs 737ns"},
        "test_Mint()": {"status": "Success", "reason": None, "counterexample": None,
                        "kind": {"Unit": {"gas": 39841}}, "duration": "54µs 681ns"},
        "testFuzz_Transfer(address,uint256)": {"status": "Success", "reason": None, "counterexample": None,
                                               "kind": {"Fuzz": {"runs": 256, "mean_gas": 35364, "median_gas": 37049}},
                                               "duration": {"secs": 0, "nanos": 9849863}},
    }},
}

LCOV = """TN:
SF:/abs/node_modules/@openzeppelin/contracts/finance/VestingWallet.sol
DA:10,4
DA:11,0
BRDA:11,0,0,1
BRDA:11,0,1,-
end_of_record
TN:
SF:src/Tok.sol
FN:7,Tok.mint
FNDA:3,Tok.mint
DA:7,3
DA:8,3
DA:9,0
BRDA:8,0,0,2
BRDA:8,0,1,0
end_of_record
"""


def test_forge_json_becomes_cases() -> None:
    cases = {c.name: c for c in parse_test_json("Compiling...\n" + json.dumps(FORGE_JSON))}
    assert cases["test_Mint"].kind == "unit" and cases["test_Mint"].gas == 39841 and cases["test_Mint"].status == "passed"
    assert cases["test_Mint"].suite == "TokTest"
    fuzz = cases["testFuzz_Fail"]
    assert fuzz.kind == "fuzz" and fuzz.status == "failed" and fuzz.reason == "too big"
    assert fuzz.counterexample == "args=[1000 [1e3]] calldata=0x72c78c6c"
    invariant = cases["invariant_Supply"]
    assert invariant.kind == "invariant" and invariant.counterexample == "Handler.transfer(1, 2, 3)"
    assert cases["testFuzz_Transfer"].gas == 37049
    assert cases["testFuzz_Transfer"].duration_ms == pytest.approx(9.849863)
    assert invariant.duration_ms == pytest.approx(7.565888)


def test_forge_json_without_output_is_an_error() -> None:
    with pytest.raises(ValueError):
        parse_test_json("Error: Compiler run failed")


def test_durations() -> None:
    assert parse_duration("1s 2ms 3µs") == pytest.approx(1002.003)
    assert parse_duration(None) is None
    assert format_counterexample(None) is None


def test_lcov_of_one_file_and_of_imports() -> None:
    own = parse_lcov(LCOV, "src/Tok.sol")
    assert own and (own.lines_found, own.lines_hit, own.branches_found, own.branches_hit) == (3, 2, 2, 1)
    assert own.functions_hit == 1 and own.line_rate == pytest.approx(2 / 3)
    assert parse_lcov(LCOV, "src/Other.sol") is None
    source = 'import {VestingWallet} from "@openzeppelin/contracts/finance/VestingWallet.sol";\ncontract V is VestingWallet {}'
    merged, files = contract_coverage(LCOV, "src/V.sol", source)
    assert merged and (merged.lines_found, merged.lines_hit) == (2, 1)
    assert files == ["src/V.sol", "@openzeppelin/contracts/finance/VestingWallet.sol"]


ABI = [{"type": "constructor", "stateMutability": "payable", "inputs": [
    {"name": "owner", "type": "address", "internalType": "address"},
    {"name": "wallet", "type": "address", "internalType": "address payable"},
    {"name": "token", "type": "address", "internalType": "contract IVotes"},
    {"name": "owners", "type": "address[]", "internalType": "address[]"},
    {"name": "name", "type": "string", "internalType": "string"},
    {"name": "root", "type": "bytes32", "internalType": "bytes32"},
    {"name": "cap", "type": "uint256", "internalType": "uint256"},
    {"name": "flag", "type": "bool", "internalType": "bool"},
]}]


def test_constructor_arguments_as_solidity() -> None:
    args = solidity_args(ABI, ["$deployer", "0x" + "ab" * 20, Sol("address(t)"), ["$deployer", "0x" + "cd" * 20],
                               'Quote "q"', "0x01", "1000", True])
    assert args.exprs[0] == "OWNER"
    assert args.exprs[1] == "payable(0xABaBaBaBABabABabAbAbABAbABabababaBaBABaB)"
    assert args.exprs[2] == "IVotes(payable(address(t)))"  # payable: a contract with receive() converts only so
    assert args.exprs[3] == "arg3" and "address[] memory arg3 = new address[](2);" in args.prelude
    assert "arg3[0] = OWNER;" in args.prelude
    assert args.exprs[4] == string_literal('Quote "q"') and args.exprs[4].startswith('string(hex"')
    assert args.exprs[5] == "bytes32(0x" + "0" * 62 + "01)"
    assert args.exprs[6:] == ["1000", "true"]
    with pytest.raises(ValueError):
        solidity_args(ABI, ["$deployer"])


def test_every_template_family_has_a_generator() -> None:
    for family in ("erc20", "erc721", "erc1155", "governor", "vesting", "staking", "escrow", "multisig",
                   "crowdsale", "airdrop", "storage", "splitter", "payment_splitter"):
        module = generators.for_family(family)
        assert module.__name__.rsplit(".", 1)[-1] != "generic", family
        assert callable(module.unit_tests) and callable(module.invariant_tests)
    assert generators.for_family("custom").__name__.endswith("generic")
    assert generators.for_family(None).__name__.endswith("generic")
