"""The local model for real (Qwen2.5-Coder-1.5B on llama.cpp, started by the `local_model` fixture): an answer
parsed, a repair round on a real compiler error, schema-constrained reading of requests. Slow: each answer
takes seconds to minutes on a busy 2-core machine; the prompts are kept short."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from agents.compilation.compiler import compile_source
from agents.generation import spec_parser
from agents.generation.llm import FREE_FORM_PROMPT, DraftOutputParser, ask_model, compiler_feedback
from agents.generation.model_reader import compare, read_request
from hyperagent.errors import CompilationError

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
    with pytest.raises(CompilationError):
        compile_source(BROKEN_COUNTER, "Counter.sol")
    from agents.compilation.compiler import standard_input
    from hyperagent.toolchain.solc import SolcRunner

    runner = SolcRunner()
    output = runner.compile_standard(runner.expand_sources(standard_input({"Counter.sol": BROKEN_COUNTER})))
    feedback = compiler_feedback([e for e in output["errors"] if e["severity"] == "error"], BROKEN_COUNTER,
                                 "Counter.sol")
    assert "Undeclared identifier" in feedback and "count += step;" in feedback
    messages = [SystemMessage(content=FREE_FORM_PROMPT),
                HumanMessage(content="Request: a counter that anyone can increment by one."),
                AIMessage(content=f"```solidity\n{BROKEN_COUNTER}```"),
                HumanMessage(content=f"The contract does not compile:\n{feedback}\nFix it and return the whole "
                                     "corrected file.")]
    draft = DraftOutputParser().parse(ask_model(local_model, messages))
    compiled = compile_source(draft.source, "Counter.sol", draft.contract_name)
    assert any(f.get("name") == "increment" for f in compiled.abi)


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
