"""Model-written Foundry tests: the testing stage's `extra_tests` hook, backed by the LLM engine's chat model.

The model sees the contract, a summary of its ABI, the generated test file and the harness it builds on
(test/utils/Vm.sol and test/utils/TestBase.sol: no forge-std offline), and answers with ONE more test
contract in a ```solidity block. The testing stage keeps that file only if it compiles; otherwise the
compiler error is reported as a skipped case of kind `llm` (the generated tests still run).

Chat-model construction (`build_chat_model`, HYPERAGENT_LLM / HYPERAGENT_LLM_BASE_URL), the model call and
the fenced-block parsing are the LLM engine's (agents/generation/llm.py). The chat model is built on the
first call, not in the constructor: building the testing service never touches the network and never
fails for a missing key; a failure at call time is reported by the stage.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import Any

from langchain_core.exceptions import OutputParserException
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from langchain_core.output_parsers import BaseOutputParser

from agents.generation.llm import ask_model, build_chat_model, solidity_block
from agents.models import CompiledContract, ContractDraft
from agents.testing.solidity import TEST_BASE_SOL, VM_SOL
from hyperagent.errors import GenerationError

MAX_CONTRACT_CHARS = 24_000
"""How much of the contract source goes into the prompt."""
MAX_GENERATED_CHARS = 12_000
"""How much of the generated test file goes into the prompt (it shows the style; the start is enough)."""
MAX_TEST_CHARS = 40_000
"""The largest model-written test file accepted."""

SYSTEM_PROMPT = """You write Foundry tests for Solidity contracts.
Rules:
- forge-std is NOT available. Use only the project's harness: `import {{vm}} from "./utils/Vm.sol";` (the cheatcodes
  declared there and nothing else) and `import {{TestBase}} from "./utils/TestBase.sol";` (actors OWNER, ALICE, BOB,
  CAROL, STRANGER, bound(), actor()). Assert with vm.assertEq/assertTrue/assertFalse/assertGe/... as declared in Vm.sol.
- The file is test/{name}.llm.t.sol: import the contract with `import {{{name}}} from "../src/{name}.sol";`.
- Write ONE test contract named {name}LLMTest that inherits TestBase, deploys the contract in setUp() the way the
  generated tests do, and adds tests the generated file does not have (edge cases, access control, events' effects,
  reverts, arithmetic limits). Test functions start with test_ or testFuzz_; every test must pass on a correct contract.
- `// SPDX-License-Identifier: MIT` and `pragma solidity ^0.8.20;`. No ffi, no file access, no console logging.
Answer with exactly one ```solidity block holding the whole file and nothing else."""


class TestSourceParser(BaseOutputParser[str]):
    """The ```solidity block of the answer, checked to be a bounded test file with at least one test."""

    __test__ = False
    max_chars: int = MAX_TEST_CHARS

    def parse(self, text: str) -> str:
        source = solidity_block(text)
        if source is None or not source.strip():
            raise OutputParserException("no ```solidity block in the answer", llm_output=text[:2000])
        source = source.strip() + "\n"
        if len(source) > self.max_chars:
            raise OutputParserException(f"the test file has {len(source)} characters (limit {self.max_chars})",
                                        llm_output=text[:2000])
        if not re.search(r"^\s*contract\s+[A-Za-z_$][\w$]*", source, re.MULTILINE):
            raise OutputParserException("the answer declares no contract", llm_output=text[:2000])
        if not re.search(r"function\s+(test|invariant)\w*\s*\(", source):
            raise OutputParserException("the answer has no test_/testFuzz_/invariant_ function", llm_output=text[:2000])
        return source

    @property
    def _type(self) -> str:
        return "hyperagent_llm_tests"


def abi_summary(abi: list[dict[str, Any]]) -> str:
    """One line per constructor, function, event and error: `function set(uint256 newValue) nonpayable`."""

    def params(items: list[dict[str, Any]]) -> str:
        return ", ".join(f"{p.get('internalType') or p['type']} {p.get('name', '')}".strip() for p in items)

    lines: list[str] = []
    for item in abi:
        kind = item.get("type", "function")
        if kind == "constructor":
            lines.append(f"constructor({params(item.get('inputs', []))}) {item.get('stateMutability', '')}".rstrip())
        elif kind == "function":
            line = f"function {item['name']}({params(item.get('inputs', []))}) {item.get('stateMutability', '')}"
            if item.get("outputs"):
                line += f" returns ({params(item['outputs'])})"
            lines.append(line)
        elif kind in ("event", "error"):
            lines.append(f"{kind} {item.get('name', '')}({params(item.get('inputs', []))})")
        elif kind in ("receive", "fallback"):
            lines.append(f"{kind}() {item.get('stateMutability', '')}".rstrip())
    return "\n".join(lines) or "(empty ABI)"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + f"\n// ... ({len(text) - limit} more characters left out)\n"


class ModelWrittenTests:
    """`extra_tests(draft, compiled, generated_source) -> str`: one more Foundry test file written by a model.

    `chat_model`: any LangChain chat model (tests pass fake ones); None builds `model` (default
    HYPERAGENT_LLM) on the first call. `skip_engines`: drafts from these generation engines get no model
    call (the call returns None); the testing service's default passes ("template",). Raises
    GenerationError when the model fails or its answer is unusable; the testing stage reports that as a
    skipped `llm` case instead of stopping.
    """

    __test__ = False

    def __init__(self, chat_model: Any = None, *, model: str | None = None, base_url: str | None = None,
                 skip_engines: Collection[str] = (), max_chars: int = MAX_TEST_CHARS) -> None:
        self.chat_model = chat_model
        self.model = model
        self.base_url = base_url
        self.skip_engines = frozenset(skip_engines)
        self.parser = TestSourceParser(max_chars=max_chars)
        self.transcript: list[BaseMessage] = []

    def _model(self) -> Any:
        if self.chat_model is None:
            from hyperagent.settings import get_settings

            model = self.model or get_settings().llm
            if not model:
                raise GenerationError("no LLM configured for model-written tests: set HYPERAGENT_LLM=provider:model")
            self.chat_model = build_chat_model(model, self.base_url)
        return self.chat_model

    def messages(self, draft: ContractDraft, compiled: CompiledContract, generated_source: str) -> list[BaseMessage]:
        name = compiled.contract_name or draft.contract_name
        request = (
            f"Contract {name} (src/{name}.sol), written by the {draft.engine} engine from this request:\n"
            f"{_clip(draft.spec.prompt, 2000)}\n\n"
            f"```solidity\n{_clip(draft.source, MAX_CONTRACT_CHARS)}```\n\n"
            f"ABI:\n{abi_summary(compiled.abi)}\n\n"
            f"Constructor arguments of the deployment (\"$deployer\" is the deploying account): "
            f"{json.dumps(draft.constructor_args)}\n\n"
            f"The generated tests already in test/{name}.t.sol (follow their setUp and style):\n"
            f"```solidity\n{_clip(generated_source, MAX_GENERATED_CHARS)}```\n\n"
            f"test/utils/Vm.sol:\n```solidity\n{VM_SOL}```\n\n"
            f"test/utils/TestBase.sol:\n```solidity\n{TEST_BASE_SOL}```\n\n"
            f"Write test/{name}.llm.t.sol with the contract {name}LLMTest."
        )
        return [SystemMessage(content=SYSTEM_PROMPT.format(name=name)), HumanMessage(content=request)]

    def __call__(self, draft: ContractDraft, compiled: CompiledContract, generated_source: str) -> str | None:
        if draft.engine in self.skip_engines:
            return None
        messages = self.messages(draft, compiled, generated_source)
        self.transcript = messages
        text = ask_model(self._model(), messages)
        try:
            return self.parser.parse(text)
        except OutputParserException as exc:
            raise GenerationError(f"the model's answer has no usable test file: {exc}") from exc


__all__ = ["ModelWrittenTests", "TestSourceParser", "abi_summary", "SYSTEM_PROMPT"]
