"""The compilation agent's pure helpers: which contract a file means, how an error reads."""

from __future__ import annotations

import pytest

from agents.compilation.compiler import describe, last_contract, raise_on_errors, standard_input
from hyperagent.errors import CompilationError

SOURCE = """pragma solidity ^0.8.0;
// contract Commented {}
interface IThing {}
contract First {}
abstract contract Base {}
/* contract Hidden {} */
contract Second is Base {}
library Lib {}
"""
COMPILED = {name: {"evm": {"bytecode": {"object": "" if name in ("IThing", "Base") else "6080"}}}
            for name in ("IThing", "First", "Base", "Second", "Lib")}


def test_last_concrete_contract_is_chosen() -> None:
    assert last_contract(SOURCE, COMPILED) == "Second"


def test_abstract_and_commented_contracts_are_skipped() -> None:
    source = "contract Only {}\nabstract contract Base {}\n// contract Later {}\n"
    assert last_contract(source, {"Only": {}, "Base": {}}) == "Only"


def test_a_file_without_contracts_says_what_to_add() -> None:
    with pytest.raises(CompilationError, match="no deployable contract"):
        last_contract("interface I {}", {"I": {"evm": {"bytecode": {"object": ""}}}})


def test_error_lines_come_from_the_source_offsets() -> None:
    standard = standard_input({"A.sol": "line1\nline2\nline3 here\n"})
    error = {"severity": "error", "type": "TypeError", "message": "Bad\n  thing.",
             "sourceLocation": {"file": "A.sol", "start": 12, "end": 17}}
    assert describe(error, standard) == "A.sol:3: TypeError: Bad thing."
    assert describe({"type": "JSONError", "message": "oops"}, standard) == "JSONError: oops"


def test_only_errors_raise_and_the_message_is_one_line() -> None:
    standard = standard_input({"A.sol": "x\n"})
    raise_on_errors({"errors": [{"severity": "warning", "message": "w"}]}, standard, "A.sol")
    errors = [{"severity": "error", "type": "ParserError", "message": f"e{i}",
               "sourceLocation": {"file": "A.sol", "start": 0, "end": 1}} for i in range(5)]
    with pytest.raises(CompilationError) as caught:
        raise_on_errors({"errors": errors}, standard, "A.sol")
    assert str(caught.value) == ("A.sol does not compile: A.sol:1: ParserError: e0; A.sol:1: ParserError: e1; "
                                 "A.sol:1: ParserError: e2 (+2 more) (fix the source and compile again)")


def test_standard_input_shape() -> None:
    standard = standard_input({"A.sol": "src"}, optimize=False, runs=1, remappings=["a/=b/"])
    assert standard["language"] == "Solidity"
    assert standard["sources"] == {"A.sol": {"content": "src"}}
    assert standard["settings"]["optimizer"] == {"enabled": False, "runs": 1}
    assert standard["settings"]["remappings"] == ["a/=b/"]
    assert set(standard["settings"]["outputSelection"]["*"]["*"]) >= {"abi", "evm.bytecode", "metadata"}
