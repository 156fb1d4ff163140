"""The LLM engine: a chat model writes the contract from the spec, the family's template and notes.

Any LangChain chat model works: built with `init_chat_model("provider:model")` (HYPERAGENT_LLM,
HYPERAGENT_LLM_BASE_URL for an OpenAI-compatible endpoint) or passed in (tests pass LangChain's fake
chat models). The answer is parsed (a ```solidity block and a ```json block with the contract name
and constructor args), checked for backdoor constructs, compiled; compiler errors go back to the model
for up to `max_rounds` repairs, and the high findings of an optional `audit_fn(source)` go back once.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from typing import Any

from langchain_core.exceptions import OutputParserException
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.output_parsers import BaseOutputParser
from pydantic import BaseModel, Field

from agents.generation.composer import DEPLOYER, corpus_dir
from agents.generation.safety import source_backdoors
from agents.models import ContractDraft, ContractSpec
from hyperagent.errors import CompilationError, GenerationError

SYSTEM_PROMPT = """You write secure Solidity smart contracts.
Rules:
- One file, `// SPDX-License-Identifier: MIT`, `pragma solidity ^0.8.24;` (it is compiled with solc 0.8.28).
- OpenZeppelin Contracts 5.4 is available; import with named imports from "@openzeppelin/contracts/...".
- No selfdestruct, delegatecall, tx.origin, inline assembly, hidden mints, owner drains or blacklists.
- Text from the request appears only inside string literals.
- Constructor arguments must be concrete JSON values; use "$deployer" for any address the request does not give.
- The contract must deploy on a fresh chain in one transaction (create helper contracts in the constructor if needed).
Answer with exactly two fenced blocks and nothing else:
```solidity
<the whole file>
```
```json
{"contract_name": "<the contract to deploy>", "constructor_args": [<values in order>]}
```"""


class LLMDraft(BaseModel):
    source: str
    contract_name: str
    constructor_args: list[Any] = Field(default_factory=list)


class DraftOutputParser(BaseOutputParser[LLMDraft]):
    """```solidity ...``` + ```json {"contract_name", "constructor_args"}``` -> LLMDraft."""

    def parse(self, text: str) -> LLMDraft:
        blocks = fenced_blocks(text)
        source = solidity_block(text, blocks)
        if source is None:
            raise OutputParserException("no ```solidity block in the answer", llm_output=text)
        meta: dict[str, Any] = {}
        for lang, body in blocks:
            if lang.lower() == "json" or (body.strip().startswith("{") and "contract_name" in body):
                try:
                    meta = json.loads(body)
                except json.JSONDecodeError as exc:
                    raise OutputParserException(f"the json block is not valid JSON: {exc}", llm_output=text) from exc
                break
        name = meta.get("contract_name") or _last_contract(source)
        if not name or not re.fullmatch(r"[A-Za-z_$][\w$]*", str(name)):
            raise OutputParserException("no valid contract_name in the json block", llm_output=text)
        args = meta.get("constructor_args", [])
        if not isinstance(args, list):
            raise OutputParserException("constructor_args must be a JSON list", llm_output=text)
        return LLMDraft(source=source.strip() + "\n", contract_name=str(name), constructor_args=args)

    @property
    def _type(self) -> str:
        return "hyperagent_draft"


def fenced_blocks(text: str) -> list[tuple[str, str]]:
    """(language, body) of every ```fenced``` block in a model's answer."""
    return re.findall(r"```([\w-]*)[ \t]*\n(.*?)```", text, re.DOTALL)


def solidity_block(text: str, blocks: list[tuple[str, str]] | None = None) -> str | None:
    """The first ```solidity (or ```sol) block, else the first block with a pragma; None when there is none."""
    blocks = fenced_blocks(text) if blocks is None else blocks
    source = next((body for lang, body in blocks if lang.lower() in ("solidity", "sol")), None)
    if source is None:
        source = next((body for _, body in blocks if "pragma solidity" in body), None)
    return source


def ask_model(chat_model: Any, messages: list[BaseMessage]) -> str:
    """The text of the model's answer; any client or provider failure becomes a GenerationError."""
    try:
        reply = chat_model.invoke(messages)
    except Exception as exc:
        retries = getattr(chat_model, "max_retries", None)
        tried = f" after {retries} retries" if retries else ""
        raise GenerationError(f"the LLM call failed{tried} ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
                              "check HYPERAGENT_LLM, the provider's API key and HYPERAGENT_LLM_BASE_URL, "
                              "or raise HYPERAGENT_LLM_TIMEOUT") from exc
    return reply.content if isinstance(reply.content, str) else str(reply.content)


def _last_contract(source: str) -> str | None:
    names = re.findall(r"^\s*contract\s+([A-Za-z_$][\w$]*)", source, re.MULTILINE)
    return names[-1] if names else None


def build_chat_model(model: str, base_url: str | None = None) -> Any:
    """`provider:model` through LangChain's init_chat_model; building makes no network call."""
    from langchain.chat_models import init_chat_model

    from hyperagent.settings import get_settings

    settings = get_settings()
    base_url = base_url or settings.llm_base_url
    kwargs: dict[str, Any] = {"temperature": 0}
    if model.startswith(("openai:", "anthropic:")) or (base_url and ":" not in model):
        # hosted calls: bounded in time, retried with exponential backoff on timeouts, 429 and 5xx
        kwargs.update(timeout=settings.llm_timeout, max_retries=settings.llm_max_retries)
    if base_url:
        kwargs["base_url"] = base_url
        if ":" not in model:
            model = f"openai:{model}"
        if model.startswith("openai:") and not os.environ.get("OPENAI_API_KEY"):
            kwargs["api_key"] = "unused"  # local OpenAI-compatible servers (vLLM, llama.cpp) take any key
    try:
        return init_chat_model(model, **kwargs)
    except ImportError as exc:
        raise GenerationError(f"the LLM provider for {model!r} is not installed ({exc}): pip install the "
                              "matching langchain-<provider> package or choose openai:, anthropic:, ollama:") from exc
    except ValueError as exc:
        raise GenerationError(f"cannot build the LLM {model!r}: {exc}; set HYPERAGENT_LLM=provider:model, "
                              "e.g. openai:gpt-4o-mini") from exc
    except Exception as exc:  # provider SDKs raise their own types for missing keys
        raise GenerationError(f"cannot build the LLM {model!r}: {str(exc)[:200]} (set the provider's API key, "
                              "e.g. OPENAI_API_KEY, or HYPERAGENT_LLM_BASE_URL for a local server)") from exc


def _default_compile(source: str, file_name: str, contract_name: str) -> Any:
    from agents.compilation.compiler import compile_source

    return compile_source(source, file_name, contract_name)


def _context_documents(spec: ContractSpec, retriever: Callable[[str], list[Any]] | None) -> tuple[list[str], str]:
    """Ids and text of the family's template and notes (or, for an unknown family, retrieved ones)."""
    root = corpus_dir()
    if (root / "templates" / spec.family / "meta.json").is_file():
        family_dir = root / "templates" / spec.family
        parts = [f"## Template {spec.family} (meta.json)\n{(family_dir / 'meta.json').read_text()}",
                 f"## Template {spec.family} (Jinja2 source)\n{(family_dir / 'template.sol.j2').read_text()}"]
        notes = root / "notes" / f"{spec.family}.md"
        if notes.is_file():
            parts.append(f"## Security notes\n{notes.read_text()}")
        return [f"templates/{spec.family}", f"notes/{spec.family}"], "\n\n".join(parts)
    if retriever is None:
        return [], ""
    try:
        hits = retriever(spec.prompt)
    except Exception:  # retrieval is help, not a requirement
        return [], ""
    return [h.id for h in hits], "\n\n".join(f"## {h.id}\n{h.text}" for h in hits)


def _default_retriever(text: str) -> list[Any]:
    from agents.generation.retrieval import query

    return query(text, 4)


class LLMEngine:
    def __init__(self, chat_model: Any = None, *, model: str | None = None, base_url: str | None = None,
                 compile_fn: Callable[[str, str, str], Any] | None = None,
                 audit_fn: Callable[[str], list[str]] | None = None, max_rounds: int = 3,
                 retriever: Callable[[str], list[Any]] | None = _default_retriever) -> None:
        if chat_model is None:
            if not model:
                raise GenerationError("no LLM configured: set HYPERAGENT_LLM=openai:gpt-4o-mini (or pass options llm)")
            chat_model = build_chat_model(model, base_url)
        self.chat_model = chat_model
        self.model_name = model or type(chat_model).__name__
        self.compile_fn = compile_fn or _default_compile
        self.audit_fn = audit_fn
        self.max_rounds = max_rounds
        self.retriever = retriever
        self.parser = DraftOutputParser()
        self.transcript: list[BaseMessage] = []

    def _ask(self, messages: list[BaseMessage]) -> tuple[str, LLMDraft | None, str | None]:
        text = ask_model(self.chat_model, messages)
        messages.append(AIMessage(content=text))
        try:
            return text, self.parser.parse(text), None
        except OutputParserException as exc:
            return text, None, f"Your answer could not be parsed: {exc}. {self.parser_hint()}"

    @staticmethod
    def parser_hint() -> str:
        return "Answer with one ```solidity block (the whole file) and one ```json block {\"contract_name\", \"constructor_args\"}."

    def _check(self, draft: LLMDraft) -> tuple[Any | None, str | None]:
        """Compiled contract, or the problem to send back to the model."""
        bad = source_backdoors(draft.source)
        if bad:
            return None, (f"The contract contains forbidden constructs: {', '.join(bad)}. Remove them and return the "
                          "whole corrected file.")
        try:
            compiled = self.compile_fn(draft.source, f"{draft.contract_name}.sol", draft.contract_name)
        except CompilationError as exc:
            return None, f"The contract does not compile:\n{exc}\nFix it and return the whole corrected file."
        inputs = next((f.get("inputs", []) for f in getattr(compiled, "abi", []) if f.get("type") == "constructor"), [])
        if len(inputs) != len(draft.constructor_args):
            wanted = ", ".join(f"{i['type']} {i.get('name', '')}".strip() for i in inputs) or "none"
            return None, (f"constructor_args has {len(draft.constructor_args)} values but the constructor takes "
                          f"{len(inputs)} ({wanted}). Return both blocks again with matching constructor_args.")
        return compiled, None

    def generate(self, spec: ContractSpec) -> ContractDraft:
        retrieved, context = _context_documents(spec, self.retriever)
        request = {
            "request": spec.prompt, "family": spec.family, "name": spec.name, "contract_name": spec.contract_name,
            "symbol": spec.symbol, "decimals": spec.decimals, "initial_supply_whole_tokens": spec.initial_supply,
            "cap_whole_tokens": spec.cap, "features": spec.features,
            "values": {k: v for k, v in spec.options.items() if k not in ("family_reason", "template_options")},
            "addresses": spec.addresses, "address_placeholder": DEPLOYER,
        }
        messages: list[BaseMessage] = [
            SystemMessage(content=SYSTEM_PROMPT),
            HumanMessage(content=f"Write this contract.\nSpec (parsed from the request):\n{json.dumps(request, indent=1)}\n\n"
                                 f"Reference material (OpenZeppelin-based templates and security notes):\n{context or '(none)'}"),
        ]
        self.transcript = messages
        notes: list[str] = []
        audited = False
        last_good: tuple[LLMDraft, Any] | None = None
        rounds = 0
        while True:
            _, draft, problem = self._ask(messages)
            compiled = None
            if draft is not None:
                compiled, problem = self._check(draft)
            if problem is None and draft is not None:
                last_good = (draft, compiled)
                if self.audit_fn is not None and not audited:
                    audited = True
                    findings = [f for f in (self.audit_fn(draft.source) or []) if f]
                    if findings:
                        notes.append(f"audit round: {len(findings)} high finding(s) sent back to the model")
                        messages.append(HumanMessage(content="A security audit (Slither) reported these high-severity "
                                                             "findings:\n- " + "\n- ".join(findings)
                                                             + "\nFix them and return both blocks again."))
                        continue
                break
            rounds += 1
            notes.append(f"repair round {rounds}: {problem.splitlines()[0][:160]}")
            if rounds > self.max_rounds:
                if last_good is not None:
                    notes.append("kept the last version that compiled (the audit fix did not)")
                    break
                raise GenerationError(f"the LLM's contract still fails after {self.max_rounds} repair rounds: "
                                      f"{problem.splitlines()[0][:300]} (try another model, or a supported family "
                                      "without HYPERAGENT_LLM)")
            messages.append(HumanMessage(content=problem))
        draft, _compiled = last_good
        final_spec = spec.model_copy(update={"contract_name": draft.contract_name})
        return ContractDraft(
            spec=final_spec, source=draft.source, contract_name=draft.contract_name,
            file_name=f"{draft.contract_name}.sol", constructor_args=draft.constructor_args, engine="llm",
            template_id=f"templates/{spec.family}" if retrieved and retrieved[0] == f"templates/{spec.family}" else None,
            retrieved=retrieved, notes=[f"model {self.model_name}", *notes],
        )


__all__ = ["LLMEngine", "DraftOutputParser", "LLMDraft", "build_chat_model", "SYSTEM_PROMPT", "ask_model",
           "fenced_blocks", "solidity_block"]
