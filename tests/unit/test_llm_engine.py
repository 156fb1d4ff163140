"""The LLM engine with LangChain's fake chat models: parsing, the compile-repair loop, the audit round,
the backdoor check. Compilation is the real solc (through compile_source)."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage

from agents.generation import GenerationService
from agents.generation.llm import DraftOutputParser, LLMEngine
from agents.models import ContractSpec
from hyperagent.errors import CompilationError, GenerationError

GOOD = '''```solidity
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

contract Counter {
    address public owner;
    uint256 public count;

    constructor(address owner_) {
        owner = owner_;
    }

    function increment() external {
        count += 1;
    }
}
```
```json
{"contract_name": "Counter", "constructor_args": ["$deployer"]}
```'''

BROKEN = GOOD.replace("count += 1;", "count += 1  // missing semicolon")


class RecordingModel(FakeListChatModel):
    """FakeListChatModel that keeps every prompt it was sent."""

    seen: list = []

    def invoke(self, input, config=None, **kwargs):  # noqa: A002
        self.seen.append(list(input))
        return super().invoke(input, config, **kwargs)


def _spec() -> ContractSpec:
    return ContractSpec(prompt="A counter anyone can increment, with an owner", family="custom", name="Counter",
                        contract_name="Counter")


def test_parser_reads_both_blocks() -> None:
    draft = DraftOutputParser().parse(GOOD)
    assert draft.contract_name == "Counter"
    assert draft.constructor_args == ["$deployer"]
    assert "contract Counter" in draft.source


def test_repair_loop_sends_the_compiler_error_back() -> None:
    model = RecordingModel(responses=[BROKEN, GOOD])
    model.seen = []
    engine = LLMEngine(model, retriever=None)
    draft = engine.generate(_spec())
    assert draft.engine == "llm"
    assert draft.contract_name == "Counter"
    assert "count += 1;" in draft.source
    assert len(model.seen) == 2
    feedback = model.seen[1][-1]
    assert isinstance(feedback, HumanMessage)
    assert "does not compile" in feedback.content
    assert "Counter.sol:" in feedback.content  # solc's located error, not a generic retry
    assert any(n.startswith("repair round 1") for n in draft.notes)


def test_gives_up_after_three_repair_rounds() -> None:
    model = FakeListChatModel(responses=[BROKEN] * 5)
    with pytest.raises(GenerationError, match="3 repair rounds"):
        LLMEngine(model, retriever=None, max_rounds=3).generate(_spec())


def test_backdoor_in_model_output_is_sent_back_and_refused() -> None:
    evil = GOOD.replace("function increment() external {", "function kill() external { selfdestruct(payable(owner)); }\n    function increment() external {")
    model = RecordingModel(responses=[evil, GOOD])
    model.seen = []
    draft = LLMEngine(model, retriever=None).generate(_spec())
    assert "selfdestruct" not in draft.source
    assert "forbidden constructs: selfdestruct" in model.seen[1][-1].content


def test_constructor_arg_count_is_checked() -> None:
    wrong = GOOD.replace('["$deployer"]', "[]")
    model = FakeListChatModel(responses=[wrong, GOOD])
    draft = LLMEngine(model, retriever=None).generate(_spec())
    assert draft.constructor_args == ["$deployer"]


def test_audit_findings_go_back_once() -> None:
    fixed = GOOD.replace("count += 1;", "count = count + 1;")
    model = GenericFakeChatModel(messages=iter([AIMessage(content=GOOD), AIMessage(content=fixed)]))
    calls = []

    def audit(source: str) -> list[str]:
        calls.append(source)
        return ["reentrancy-eth in increment()"]  # always reports: only one round may be spent on it

    draft = LLMEngine(model, retriever=None, audit_fn=audit).generate(_spec())
    assert len(calls) == 1
    assert "count = count + 1;" in draft.source
    assert any("audit round" in n for n in draft.notes)


def test_service_uses_an_injected_model_with_the_family_template_as_context() -> None:
    model = RecordingModel(responses=[GOOD])
    model.seen = []
    draft = GenerationService(chat_model=model).generate("ERC20 called Counter Coin with 1M supply")
    assert draft.engine == "llm"
    prompt = model.seen[0][1].content
    assert "templates/erc20" in draft.retrieved and "ERC20Capped" in prompt and "Counter Coin" in prompt


def test_service_refuses_a_backdoor_request_before_calling_the_model() -> None:
    model = RecordingModel(responses=[GOOD])
    model.seen = []
    with pytest.raises(GenerationError, match="refused"):
        GenerationService(chat_model=model).generate("ERC20 with a hidden mint function for the owner")
    assert model.seen == []


def test_unknown_provider_is_a_clear_error() -> None:
    with pytest.raises(GenerationError, match="HYPERAGENT_LLM|provider"):
        LLMEngine(model="nosuchprovider:model-x", retriever=None)


def test_unsupported_request_goes_to_the_configured_model() -> None:
    model = RecordingModel(responses=[GOOD])
    model.seen = []
    service = GenerationService(chat_model=model)
    spec = service.parse_spec("Write a Uniswap v4 hook with dynamic fees based on volatility oracles.")
    assert spec.family == "custom"
    draft = service.generate(spec.prompt, {}, spec=spec)
    assert draft.engine == "llm" and draft.contract_name == "Counter"


def test_llm_setting_selects_the_llm_engine_for_a_free_form_request(monkeypatch) -> None:
    """A configured provider (built through init_chat_model: no network until invoked) writes what the
    templates cannot; the Slither round is off here (skip audit), the compiler is real."""
    import agents.generation.llm as llm_module

    built = {}

    def fake_build(model: str, base_url=None):
        built["model"], built["base_url"] = model, base_url
        return FakeListChatModel(responses=[GOOD])

    monkeypatch.setattr(llm_module, "build_chat_model", fake_build)
    draft = GenerationService().generate("A raffle where people buy tickets and the owner draws a winner",
                                         {"llm": "openai:gpt-4o-mini", "skip": ["audit"],
                                          "llm_base_url": "http://127.0.0.1:9/v1"})
    assert built == {"model": "openai:gpt-4o-mini", "base_url": "http://127.0.0.1:9/v1"}
    assert draft.engine == "llm" and draft.llm["model"] == "openai:gpt-4o-mini"
    assert draft.llm["compiled_after_round"] == 0 and draft.llm["answers"] == 1


def test_a_template_family_is_composed_and_the_model_only_reads_it(monkeypatch) -> None:
    """With a configured model, a supported family comes from its template; the model's reading is compared
    with the rules' and a disagreement stops generation unless a partial result is allowed."""
    import agents.generation.llm as llm_module

    reading = ('{"family": "erc20", "name": "Hyper Token", "symbol": "HYP", "decimals": null, '
               '"initial_supply": 2000000, "cap": null, "mintable": false, "burnable": true, "pausable": false, '
               '"permit": false, "votes": false}')
    monkeypatch.setattr(llm_module, "build_chat_model", lambda model, base_url=None: FakeListChatModel(
        responses=[reading, reading]))
    prompt = "Create an ERC20 token called Hyper Token with symbol HYP and 1,000,000 supply, burnable"
    with pytest.raises(GenerationError, match="ambiguous.*initial_supply.*1000000.*2000000.*--allow-partial"):
        GenerationService().parse_spec(prompt, {"llm": "openai:gpt-4o-mini"})
    service = GenerationService()
    spec = service.parse_spec(prompt, {"llm": "openai:gpt-4o-mini", "allow_partial": True})
    assert spec.options["ambiguities"] == [{"field": "initial_supply", "rule": "1000000", "model": "2000000"}]
    draft = service.generate(prompt, {"llm": "openai:gpt-4o-mini", "allow_partial": True}, spec=spec)
    assert draft.engine == "template" and "ambiguit" in draft.notes[-1]


def test_compiler_feedback_is_the_whole_first_error_with_its_line() -> None:
    model = RecordingModel(responses=[BROKEN, GOOD])
    model.seen = []
    LLMEngine(model, retriever=None).generate(_spec())
    feedback = model.seen[1][-1].content
    assert "ParserError" in feedback and "-->" in feedback  # solc's formatted message, code frame included
    assert "The error is on line" in feedback


def test_init_chat_model_builds_an_openai_compatible_model() -> None:
    from agents.generation.llm import build_chat_model

    model = build_chat_model("gpt-4o-mini", base_url="http://127.0.0.1:9/v1")
    assert type(model).__name__ == "ChatOpenAI"


def test_missing_api_key_is_a_clear_error(monkeypatch) -> None:
    from agents.generation.llm import build_chat_model

    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(GenerationError, match="OPENAI_API_KEY"):
        build_chat_model("openai:gpt-4o-mini")


def test_a_located_error_gets_a_line_repair_spliced_into_the_file() -> None:
    undeclared = GOOD.replace("count += 1;", "count += step;")
    fix = "```solidity\n    function increment() external {\n        count += 1;\n    }\n```"
    model = RecordingModel(responses=[undeclared, fix])
    model.seen = []
    draft = LLMEngine(model, retriever=None).generate(_spec())
    assert "count += 1;" in draft.source and "step" not in draft.source
    assert "contract Counter" in draft.source and draft.llm["compiled_after_round"] == 1
    repair = model.seen[1][-1].content
    assert " 13|         count += step;" in repair and "Rewrite lines 12-14" in repair
    assert any(n == "line repair at line 13" for n in draft.notes)


def test_a_compiler_error_small_models_repeat_comes_with_the_rule_they_miss() -> None:
    from agents.generation.llm import _default_compile

    fraction = ("// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\ncontract Pot {\n"
                "    function prize() external view returns (uint256) { return address(this).balance * (19 / 20); }\n}\n")
    with pytest.raises(CompilationError) as raised:
        _default_compile(fraction, "Pot.sol", "Pot")
    assert "rational_const 19 / 20" in str(raised.value)
    assert "Hint: Solidity has no fractions: multiply first" in str(raised.value)


def test_data_locations_on_event_and_error_parameters_are_removed_before_compiling() -> None:
    from agents.generation.llm import mechanical_fixes

    source = ("contract T {\n    event Tip(address from, string memory note);\n    error Bad(bytes calldata data);\n"
              "    function tip(string memory note) external { emit Tip(msg.sender, note); }\n}\n")
    fixed = mechanical_fixes(source)
    assert "event Tip(address from, string note);" in fixed and "error Bad(bytes data);" in fixed
    assert "function tip(string memory note)" in fixed  # a function's parameters keep theirs
