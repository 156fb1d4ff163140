"""The local model for real (Qwen2.5-Coder-1.5B on llama.cpp, started by the `local_model` fixture): an answer
parsed, a repair round on a real compiler error, schema-constrained reading of requests. Slow: each answer
takes seconds to minutes on a busy 2-core machine; the prompts are kept short."""

from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from agents.compilation.compiler import compile_source
from agents.generation import spec_parser
from agents.generation.llm import FREE_FORM_PROMPT, DraftOutputParser, LLMDraft, LLMEngine, ask_model
from agents.generation.model_reader import compare, read_request

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

BROKEN_COUNTER = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

contract Counter {
    uint256 public count;

    function increment() external {
        count += step;
    }
}
"""


def test_a_real_answer_is_parsed_and_compiles(local_model) -> None:
    usage: dict[str, float] = {}
    text = ask_model(local_model, [SystemMessage(content=FREE_FORM_PROMPT),
                                   HumanMessage(content="Request: a counter that anyone can increment by one.")], usage)
    draft = DraftOutputParser().parse(text)
    assert "contract" in draft.source and draft.constructor_args == []
    compiled = compile_source(draft.source, f"{draft.contract_name}.sol", draft.contract_name)
    assert compiled.bytecode
    assert usage["calls"] == 1 and usage["input_tokens"] > 100 and usage["output_tokens"] > 10


def test_one_repair_round_fixes_a_real_compiler_error(local_model) -> None:
    """The engine's line repair: solc's located error, the model rewrites the lines around it, solc agrees."""
    engine = LLMEngine(local_model, retriever=None)
    draft = LLMDraft(source=BROKEN_COUNTER, contract_name="Counter")
    compiled, problem = engine._check(draft)
    assert compiled is None and engine.error_line == 8, problem
    assert "Undeclared identifier" in problem and "count += step;" in problem and "-->" in problem
    patched = engine._patch(draft, engine.error_line, problem)
    assert patched is not None
    compiled = compile_source(patched.source, "Counter.sol", "Counter")
    assert any(f.get("name") == "increment" for f in compiled.abi)
    assert engine.usage["output_tokens"] < 100  # a few lines, not the whole file


@pytest.mark.parametrize("prompt", [
    "Create an ERC20 token called Hyper Token with symbol HYP and 1,000,000 supply, burnable",
    "I need a pausable ERC-20 named Green Energy Credit (GEC) with 5 million supply.",
    "An NFT collection called Pixel Cats with symbol PCAT",
])
def test_schema_constrained_reading_agrees_with_the_rules(local_model, prompt: str) -> None:
    usage: dict[str, float] = {}
    reading = read_request(local_model, prompt, usage)
    spec = spec_parser.parse(prompt)
    assert reading.family == spec.family
    assert reading.symbol == spec.symbol
    assert compare(spec, reading) == [], [a.describe() for a in compare(spec, reading)]
    assert usage["output_tokens"] < 120  # the grammar keeps the answer to the flat object
