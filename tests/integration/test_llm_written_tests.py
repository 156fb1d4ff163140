"""Model-written tests through the real testing stage: a small template draft (storage), bin/solc and
forge, with LangChain's fake chat models in place of an LLM. A test file that compiles counts (its cases
have kind `llm`); one that does not is a skipped `llm` case carrying the compiler error, and the
generated tests run as before."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from agents.compilation import CompilationService
from agents.generation import GenerationService
from agents.models import CompiledContract, ContractDraft, TestReport
from agents.testing import TestingService
from agents.testing.llm_tests import ModelWrittenTests
from hyperagent.settings import reload_settings

PROMPT = "Simple storage contract that keeps one number; anyone can read it and only the owner can change it."

GOOD = """```solidity
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {vm} from "./utils/Vm.sol";
import {TestBase} from "./utils/TestBase.sol";
import {SimpleStorage} from "../src/SimpleStorage.sol";

contract SimpleStorageLLMTest is TestBase {
    SimpleStorage internal store;

    function setUp() public {
        vm.prank(OWNER);
        store = new SimpleStorage(OWNER);
    }

    function test_StartsAtZero() public view {
        vm.assertEq(store.get(), 0, "initial value");
    }

    function test_NewOwnerCanSet() public {
        vm.prank(OWNER);
        store.transferOwnership(ALICE);
        vm.prank(ALICE);
        store.set(5);
        vm.assertEq(store.get(), 5, "new owner wrote");
    }

    function testFuzz_StrangerCannotSet(uint256 value) public {
        vm.prank(STRANGER);
        vm.expectRevert();
        store.set(value);
    }
}
```"""
BROKEN = GOOD.replace("store.set(5);", "store.sett(5);")


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The draft comes from the template engine whatever the caller's environment says."""
    monkeypatch.delenv("HYPERAGENT_LLM", raising=False)
    reload_settings()
    yield
    monkeypatch.undo()
    reload_settings()


@cache
def storage() -> tuple[ContractDraft, CompiledContract]:
    draft = GenerationService().generate(PROMPT, {"family": "storage"})
    return draft, CompilationService().compile(draft)


def run_with(answer: str, project: Path) -> TestReport:
    draft, compiled = storage()
    assert draft.engine == "template"
    hook = ModelWrittenTests(FakeListChatModel(responses=[answer]))
    return TestingService(extra_tests=hook, coverage=False).run(draft, compiled, project)


def generated_cases_pass(report: TestReport) -> None:
    generated = [c for c in report.cases if c.kind != "llm"]
    assert generated and all(c.status == "passed" for c in generated), \
        [(c.suite, c.name, c.status, c.reason) for c in generated if c.status != "passed"]
    assert {"unit", "fuzz"} <= {c.kind for c in generated}


def test_model_written_tests_that_compile_count(tmp_path: Path) -> None:
    report = run_with(GOOD, tmp_path / "good")
    llm = [c for c in report.cases if c.kind == "llm"]
    assert {c.name for c in llm} == {"test_StartsAtZero", "test_NewOwnerCanSet", "testFuzz_StrangerCannotSet"}
    assert all(c.status == "passed" and c.suite == "SimpleStorageLLMTest" for c in llm), llm
    generated_cases_pass(report)
    assert report.failed == 0 and not report.messages, report.messages
    assert (tmp_path / "good" / "test" / "SimpleStorage.llm.t.sol").is_file()  # kept in the user's project


def test_model_written_tests_that_do_not_compile_are_reported(tmp_path: Path) -> None:
    report = run_with(BROKEN, tmp_path / "broken")
    llm = [c for c in report.cases if c.kind == "llm"]
    assert len(llm) == 1 and llm[0].status == "skipped", llm
    reason = llm[0].reason or ""
    assert reason.startswith("did not compile") and "sett" in reason and "SimpleStorage.llm.t.sol" in reason, reason
    assert any("model-written tests did not compile" in m for m in report.messages), report.messages
    generated_cases_pass(report)
    assert report.failed == 0
    assert not (tmp_path / "broken" / "test" / "SimpleStorage.llm.t.sol").exists()  # left out of the project


def test_an_unusable_answer_is_reported_and_the_stage_goes_on(tmp_path: Path) -> None:
    report = run_with("Sorry, I cannot write tests today.", tmp_path / "none")
    llm = [c for c in report.cases if c.kind == "llm"]
    assert len(llm) == 1 and llm[0].status == "skipped" and "no ```solidity block" in (llm[0].reason or ""), llm
    assert any("model-written tests unavailable" in m for m in report.messages), report.messages
    generated_cases_pass(report)
