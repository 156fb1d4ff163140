"""Model-written tests, without forge: the hook's prompt and parsing with LangChain's fake chat models, and
the testing service's default wiring (no LLM configured: no hook, no model; an LLM configured: a hook
that builds nothing until it is called and leaves template drafts alone)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from agents import registry
from agents.models import CompiledContract, ContractDraft, ContractSpec
from agents.testing import TestingService
from agents.testing import llm_tests
from agents.testing.llm_tests import ModelWrittenTests, abi_summary
from hyperagent.errors import GenerationError
from hyperagent.settings import reload_settings

TEST_FILE = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {vm} from "./utils/Vm.sol";
import {TestBase} from "./utils/TestBase.sol";
import {Counter} from "../src/Counter.sol";

contract CounterLLMTest is TestBase {
    Counter internal counter;

    function setUp() public {
        counter = new Counter(OWNER);
    }

    function test_StartsAtZero() public view {
        vm.assertEq(counter.count(), 0, "zero");
    }
}
"""
ABI = [
    {"type": "constructor", "stateMutability": "nonpayable",
     "inputs": [{"name": "owner_", "type": "address", "internalType": "address"}]},
    {"type": "function", "name": "count", "stateMutability": "view", "inputs": [],
     "outputs": [{"name": "", "type": "uint256", "internalType": "uint256"}]},
    {"type": "function", "name": "increment", "stateMutability": "nonpayable", "inputs": [], "outputs": []},
    {"type": "event", "name": "Incremented", "inputs": [{"name": "by", "type": "address", "indexed": True}]},
]
GENERATED = "contract CounterTest is TestBase { function test_Generated() public {} }"


class RecordingModel(FakeListChatModel):
    seen: list = []

    def invoke(self, input, config=None, **kwargs):  # noqa: A002
        self.seen.append(list(input))
        return super().invoke(input, config, **kwargs)


def _draft(engine: str = "llm") -> ContractDraft:
    spec = ContractSpec(prompt="A counter anyone can increment", family="custom", name="Counter",
                        contract_name="Counter")
    return ContractDraft(spec=spec, source="// SPDX-License-Identifier: MIT\ncontract Counter {}\n",
                         contract_name="Counter", file_name="Counter.sol", constructor_args=["$deployer"],
                         engine=engine)


def _compiled() -> CompiledContract:
    return CompiledContract(contract_name="Counter", source="", source_hash="", file_name="Counter.sol",
                            compiler_version="0.8.28", abi=ABI, bytecode="0x", deployed_bytecode="0x",
                            standard_json_input={})


@pytest.fixture
def llm_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Settings rebuilt from the patched environment, restored afterwards."""
    monkeypatch.delenv("HYPERAGENT_LLM", raising=False)
    monkeypatch.delenv("HYPERAGENT_LLM_BASE_URL", raising=False)
    reload_settings()
    yield monkeypatch
    monkeypatch.undo()
    reload_settings()


@pytest.fixture
def no_model_building(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to build a chat model from settings is recorded and fails the call."""
    built: list[str] = []

    def refuse(model: str, base_url: str | None = None):
        built.append(model)
        raise AssertionError(f"a chat model was built: {model}")

    monkeypatch.setattr(llm_tests, "build_chat_model", refuse)
    return built


def test_the_hook_returns_the_models_test_file_without_fences() -> None:
    model = RecordingModel(responses=[f"Here you go:\n```solidity\n{TEST_FILE}```\nGood luck."])
    model.seen = []
    source = ModelWrittenTests(model)(_draft(), _compiled(), GENERATED)
    assert source == TEST_FILE
    assert "```" not in source

    system, human = model.seen[0]
    assert "CounterLLMTest" in system.content and "forge-std is NOT available" in system.content
    assert '"./utils/TestBase.sol"' in system.content and '"../src/Counter.sol"' in system.content
    prompt = human.content
    assert "contract Counter {}" in prompt  # the contract
    assert "function increment() nonpayable" in prompt and "event Incremented(address by)" in prompt  # its ABI
    assert GENERATED in prompt  # the generated tests
    assert "interface Vm" in prompt and "abstract contract TestBase" in prompt  # the harness


@pytest.mark.parametrize("answer, problem", [
    ("I cannot help with that.", "no ```solidity block"),
    ("```solidity\n```", "no ```solidity block"),
    ("```solidity\npragma solidity ^0.8.20;\ninterface I {}\n```", "declares no contract"),
    ("```solidity\ncontract CounterLLMTest { function helper() public {} }\n```", "no test_"),
    ("```solidity\n" + TEST_FILE + "// " + "x" * 50_000 + "\n```", "limit"),
])
def test_an_unusable_answer_is_a_clear_error(answer: str, problem: str) -> None:
    with pytest.raises(GenerationError, match="no usable test file") as info:
        ModelWrittenTests(FakeListChatModel(responses=[answer]))(_draft(), _compiled(), GENERATED)
    assert problem in str(info.value)


def test_a_failing_model_is_a_clear_error() -> None:
    class Broken(FakeListChatModel):
        def invoke(self, input, config=None, **kwargs):  # noqa: A002
            raise ConnectionError("endpoint unreachable")

    with pytest.raises(GenerationError, match="the LLM call failed.*endpoint unreachable"):
        ModelWrittenTests(Broken(responses=["unused"]))(_draft(), _compiled(), GENERATED)


def test_the_prompt_is_bounded() -> None:
    model = RecordingModel(responses=[f"```solidity\n{TEST_FILE}```"])
    model.seen = []
    draft = _draft().model_copy(update={"source": "// " + "y" * 200_000 + "\n"})
    ModelWrittenTests(model)(draft, _compiled(), "// " + "z" * 200_000)
    prompt = model.seen[0][1].content
    assert len(prompt) < llm_tests.MAX_CONTRACT_CHARS + llm_tests.MAX_GENERATED_CHARS + 12_000
    assert "more characters left out" in prompt


def test_abi_summary() -> None:
    assert abi_summary(ABI).splitlines() == [
        "constructor(address owner_) nonpayable",
        "function count() view returns (uint256)",
        "function increment() nonpayable",
        "event Incremented(address by)",
    ]


def test_without_an_llm_the_service_has_no_hook(llm_env: pytest.MonkeyPatch, no_model_building: list[str]) -> None:
    assert TestingService().extra_tests is None
    assert registry.service("testing").extra_tests is None  # the default the flow uses
    assert not no_model_building


def test_without_an_llm_an_explicit_hook_cannot_reach_a_model(llm_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(GenerationError, match="no LLM configured"):
        ModelWrittenTests()(_draft(), _compiled(), GENERATED)


def test_with_an_llm_the_service_builds_nothing_until_an_llm_draft_is_tested(
        llm_env: pytest.MonkeyPatch, no_model_building: list[str]) -> None:
    llm_env.setenv("HYPERAGENT_LLM", "openai:gpt-4o-mini")
    llm_env.delenv("OPENAI_API_KEY", raising=False)  # building the service must not need a key either
    reload_settings()
    service = TestingService()
    hook = service.extra_tests
    assert isinstance(hook, ModelWrittenTests)
    assert hook.chat_model is None and not no_model_building

    # template drafts: their family generator covers them; no model call
    assert hook(_draft(engine="template"), _compiled(), GENERATED) is None
    assert not no_model_building
    # an LLM draft: the model is built on this first call
    with pytest.raises(AssertionError, match="a chat model was built"):
        hook(_draft(engine="llm"), _compiled(), GENERATED)
    assert no_model_building == ["openai:gpt-4o-mini"]


def test_an_explicit_hook_wins_over_the_default(llm_env: pytest.MonkeyPatch) -> None:
    llm_env.setenv("HYPERAGENT_LLM", "openai:gpt-4o-mini")
    reload_settings()

    def mine(draft, compiled, generated):
        return None

    assert TestingService(extra_tests=mine).extra_tests is mine
