"""The LLM engine: a chat model writes the contract from the spec and reference material.

Any LangChain chat model works: `local` (llama.cpp serving a GGUF on this machine, started on demand:
hyperagent/stack/model_server.py), `provider:model` through `init_chat_model` (HYPERAGENT_LLM,
HYPERAGENT_LLM_BASE_URL for an OpenAI-compatible endpoint), or one passed in. The answer is parsed (a
```solidity block, and an optional ```json block with the contract name and constructor args), checked for
backdoor constructs, compiled; the first compiler error, located (the offending line and solc's code frame),
goes back to the model for up to `max_rounds` repairs, and the high findings of an optional
`audit_fn(source)` go back once.

What a small model needs to succeed (measured with bench/llm.py): for a free-form request, the closest
*complete* reference contract from rag_corpus/references (retrieved) to adapt rather than a blank page, a
constructor without parameters (the request's values become constants, so nothing can be mis-encoded at
deployment), and solc's own located error rather than a summary.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
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


FREE_FORM_PROMPT = """You write short, correct, secure Solidity contracts.
Rules:
- One file: `// SPDX-License-Identifier: MIT` then `pragma solidity ^0.8.24;` (compiled with solc 0.8.28).
- You may import OpenZeppelin Contracts 5 with named imports, e.g.
  `import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";` (then `constructor() Ownable(msg.sender) {}`),
  `import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";`.
- The constructor takes NO parameters: put the request's numbers in constants (`0.01 ether`, `7 days`) and use
  msg.sender for the owner.
- A mapping cannot be iterated, measured or cleared: keep an array next to it when you need a list.
- Send ether last, after updating state: `(bool ok, ) = payable(to).call{value: amount}(""); require(ok, "transfer failed");`
- Never use block.timestamp, block.prevrandao or blockhash as randomness. No selfdestruct, delegatecall,
  tx.origin, inline assembly, hidden owner powers.
- Keep it short: only what the request asks for, no comments.
Answer with exactly one ```solidity block holding the whole file, and nothing else."""

LOCAL_MODEL = "local"
"""HYPERAGENT_LLM / --llm value for the model served on this machine by llama.cpp."""
MAX_ANSWER_TOKENS = 2048
REFERENCE_BUDGET_CHARS = 6000
"""At most this much reference source in a free-form prompt (~1,700 tokens): with the rules, the request and
four answers plus compiler errors it stays well inside an 8,192-token context."""


REPAIR_PROMPT = """You fix one Solidity compiler error (solc 0.8.28) in a file shown with line numbers.
Answer with exactly one ```solidity block holding only the replacement for the lines you are asked to rewrite
(no line numbers, nothing else). Keep what works; change what the error is about."""
REPAIR_WINDOW = 1
"""Lines either side of the error line that a line repair may rewrite."""


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
        return LLMDraft(source=mechanical_fixes(source.strip()) + "\n", contract_name=str(name), constructor_args=args)

    @property
    def _type(self) -> str:
        return "hyperagent_draft"


_DECLARATION_PARAMETERS = re.compile(r"\b(event|error)(\s+\w+\s*)\(([^()]*)\)")
_DATA_LOCATION = re.compile(r"\s+\b(memory|calldata|storage)\b")


def mechanical_fixes(source: str) -> str:
    """Fixes that cannot change what a contract means, made before compiling instead of spending a model round:
    a data location on an event's or error's parameter (`event Tip(string memory note)`) is a syntax error solc
    reports as "Expected primary expression", which a small model does not connect to the keyword."""
    return _DECLARATION_PARAMETERS.sub(
        lambda m: f"{m.group(1)}{m.group(2)}({_DATA_LOCATION.sub('', m.group(3))})", source)


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


def ask_model(chat_model: Any, messages: list[BaseMessage], usage: dict[str, float] | None = None,
              **call_kwargs: Any) -> str:
    """The text of the model's answer; any client or provider failure becomes a GenerationError.

    `usage` (if given) accumulates calls, input/output tokens and seconds; `call_kwargs` go to the call
    (e.g. `extra_body` for a llama.cpp grammar)."""
    started = time.monotonic()
    try:
        reply = chat_model.invoke(messages, **call_kwargs)
    except Exception as exc:
        retries = getattr(chat_model, "max_retries", None)
        tried = f" after {retries} retries" if retries else ""
        raise GenerationError(f"the LLM call failed{tried} ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
                              + ("the local model server is busy or down: `hyperagent status` shows it and its log, "
                                 "HYPERAGENT_LLM_LOCAL_TIMEOUT bounds a call" if is_local(chat_model) else
                                 "check HYPERAGENT_LLM, the provider's API key and HYPERAGENT_LLM_BASE_URL, "
                                 "or raise HYPERAGENT_LLM_TIMEOUT")) from exc
    if usage is not None:
        counted = getattr(reply, "usage_metadata", None) or {}
        usage["calls"] = usage.get("calls", 0) + 1
        usage["input_tokens"] = usage.get("input_tokens", 0) + int(counted.get("input_tokens", 0))
        usage["output_tokens"] = usage.get("output_tokens", 0) + int(counted.get("output_tokens", 0))
        usage["seconds"] = round(usage.get("seconds", 0.0) + time.monotonic() - started, 2)
    return reply.content if isinstance(reply.content, str) else str(reply.content)


def is_local(chat_model: Any) -> bool:
    """True for a chat model built by `local_chat_model` (a llama.cpp server: grammars work)."""
    return bool((getattr(chat_model, "metadata", None) or {}).get("hyperagent_local"))


def llama_cpp_json_kwargs(chat_model: Any, schema: dict[str, Any], max_tokens: int) -> dict[str, Any]:
    """Call arguments that make llama.cpp's server constrain the answer to `schema` (its GBNF grammar from
    the JSON schema: `response_format: {type: json_object, schema}`). The server reads `max_tokens` only
    from the body, so it goes there too."""
    return {"extra_body": {"response_format": {"type": "json_object", "schema": schema}, "max_tokens": max_tokens}}


def _last_contract(source: str) -> str | None:
    names = re.findall(r"^\s*contract\s+([A-Za-z_$][\w$]*)", source, re.MULTILINE)
    return names[-1] if names else None


def local_chat_model() -> Any:
    """ChatOpenAI on the managed llama.cpp server (started here if it is not up)."""
    from langchain_openai import ChatOpenAI

    from hyperagent.settings import get_settings
    from hyperagent.stack.model_server import MODEL_ALIAS, ensure_model_server

    return ChatOpenAI(base_url=ensure_model_server(), api_key="local", model=MODEL_ALIAS, temperature=0,
                      timeout=get_settings().llm_local_timeout, max_retries=0,
                      extra_body={"max_tokens": MAX_ANSWER_TOKENS}, metadata={"hyperagent_local": True})


def build_chat_model(model: str, base_url: str | None = None) -> Any:
    """`provider:model` through LangChain's init_chat_model (building makes no network call), or `local`
    (the managed llama.cpp server, started on demand)."""
    from langchain.chat_models import init_chat_model

    from hyperagent.settings import get_settings

    if model == LOCAL_MODEL:
        return local_chat_model()
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
    """compile_source, except that a failure carries solc's full first error with its code frame."""
    from agents.compilation.compiler import build_contract, standard_input
    from hyperagent.toolchain.solc import SolcRunner

    runner = SolcRunner()
    standard = runner.expand_sources(standard_input({file_name: source}))
    output = runner.compile_standard(standard)
    errors = [e for e in output.get("errors", []) if e.get("severity") == "error"]
    if errors:
        error = CompilationError(compiler_feedback(errors, source, file_name))
        error.line = error_line(errors[0], source, file_name)  # type: ignore[attr-defined]
        raise error
    return build_contract(output, standard, file_name, contract_name)


def error_line(error: dict[str, Any], source: str, file_name: str) -> int | None:
    """The 1-based line of `source` a solc error points at, or None (another file, no location)."""
    location = error.get("sourceLocation") or {}
    if location.get("file") != file_name or location.get("start", -1) < 0:
        return None
    return source.encode()[: location["start"]].count(b"\n") + 1


FIX_HINTS: tuple[tuple[str, str], ...] = (
    (r"rational_const \d+ / \d+|rational_const", "Solidity has no fractions: multiply first, then divide by an integer "
     "(write `amount * 19 / 20`, not `amount * (19 / 20)` or `amount * 0.95`)."),
    (r"Undeclared identifier\. Did you mean|Undeclared identifier", "Declare the variable or function before using it, "
     "or use the name the file already declares."),
    (r"Explicit type conversion not allowed from non-payable \"address\"|not implicitly convertible to expected type "
     r"address payable|\.transfer.*not (found|available)|send.*non-payable",
     "Send ether with `payable(to).transfer(amount)` or `(bool ok, ) = payable(to).call{value: amount}(\"\")`."),
    (r"Data location must be \"(memory|calldata)\"", "Give string, bytes, array and struct parameters a data location "
     "(`string memory name`)."),
    (r"Expected primary expression|Expected ';'", "Check the line for a missing `;`, a stray character or an "
     "unfinished expression."),
)
"""Compiler errors a small model repeats, with the rule it keeps missing (as rustc's `help:` lines do)."""


def compiler_feedback(errors: list[dict[str, Any]], source: str, file_name: str) -> str:
    """The first error whole (solc's formatted message: kind, text, `--> file:line:col` and the code frame),
    the offending line quoted, and a one-line list of the next two: a small model fixes one located error
    far more often than a summary of many."""
    first = errors[0]
    text = (first.get("formattedMessage") or first.get("message") or "").rstrip()
    line_no = error_line(first, source, file_name)
    if line_no is not None:
        line = source.splitlines()[line_no - 1].strip() if line_no <= len(source.splitlines()) else ""
        text += f"\nThe error is on line {line_no}: `{line}`"
    others = [f"- {e.get('type', 'Error')}: {' '.join(str(e.get('message', '')).split())}" for e in errors[1:3]]
    if others:
        text += "\nAlso reported:\n" + "\n".join(others)
    if len(errors) > 3:
        text += f"\n(and {len(errors) - 3} more)"
    hint = next((help_ for pattern, help_ in FIX_HINTS if re.search(pattern, str(first.get("message", "")))), None)
    if hint:
        text += f"\nHint: {hint}"
    return text


def _template_context(spec: ContractSpec) -> tuple[list[str], str] | None:
    """The family's template and notes, when the spec has a template family."""
    root = corpus_dir()
    family_dir = root / "templates" / spec.family
    if not (family_dir / "meta.json").is_file():
        return None
    parts = [f"## Template {spec.family} (meta.json)\n{(family_dir / 'meta.json').read_text()}",
             f"## Template {spec.family} (Jinja2 source)\n{(family_dir / 'template.sol.j2').read_text()}"]
    notes = root / "notes" / f"{spec.family}.md"
    if notes.is_file():
        parts.append(f"## Security notes\n{notes.read_text()}")
    return [f"templates/{spec.family}", f"notes/{spec.family}"], "\n\n".join(parts)


def _reference_context(spec: ContractSpec, retriever: Callable[[str], list[Any]] | None) -> tuple[list[str], str]:
    """The closest reference contracts, best first, within REFERENCE_BUDGET_CHARS."""
    if retriever is None:
        return [], ""
    try:
        hits = retriever(spec.prompt)
    except Exception as exc:  # noqa: BLE001 - retrieval is help, not a requirement: say so and go on without it
        logging.getLogger(__name__).warning("reference retrieval failed, writing without a reference: %s", exc)
        return [], ""
    ids, parts, used = [], [], 0
    best = max((getattr(h, "score", 0.0) for h in hits), default=0.0)
    for hit in hits:
        if ids and (used + len(hit.text) > REFERENCE_BUDGET_CHARS or getattr(hit, "score", 0.0) < 0.75 * best):
            break  # a second reference only when it is nearly as close: a small model mixes up two patterns
        ids.append(hit.id)
        parts.append(f"```solidity\n{hit.text.strip()}\n```")
        used += len(hit.text)
    return ids, "\n\n".join(parts)


def slither_feedback(source: str) -> list[str]:
    """High and critical Slither findings of a compiled draft, one line each (located), for the audit round.
    The audit stage runs later anyway; this gives the model one chance to fix what would stop the gate."""
    from agents.audit.service import AuditService
    from hyperagent.errors import AuditError

    name = _last_contract(source) or "Contract"
    try:
        report = AuditService().audit_source(source, f"{name}.sol", tools=["slither"])
    except AuditError:
        return []  # the audit stage reports it
    return [f"line {f.line}: {f.title} ({f.detector}){': ' + f.description[:300] if f.description else ''}"
            for f in report.findings if f.severity.rank >= 3]


def _default_retriever(text: str) -> list[Any]:
    from agents.generation.retrieval import query

    return query(text, 2, kind="reference")


class LLMEngine:
    def __init__(self, chat_model: Any = None, *, model: str | None = None, base_url: str | None = None,
                 compile_fn: Callable[[str, str, str], Any] | None = None,
                 audit_fn: Callable[[str], list[str]] | None = None, max_rounds: int = 3,
                 retriever: Callable[[str], list[Any]] | None = _default_retriever) -> None:
        if chat_model is None:
            if not model:
                raise GenerationError("no LLM configured: set HYPERAGENT_LLM=local (or openai:gpt-4o-mini, ...) "
                                      "or pass --llm")
            chat_model = build_chat_model(model, base_url)
        self.chat_model = chat_model
        self.model_name = model or type(chat_model).__name__
        self.compile_fn = compile_fn or _default_compile
        self.audit_fn = audit_fn
        self.max_rounds = max_rounds
        self.retriever = retriever
        self.parser = DraftOutputParser()
        self.transcript: list[BaseMessage] = []
        self.usage: dict[str, float] = {}
        self.error_line: int | None = None

    def _ask(self, messages: list[BaseMessage], **call_kwargs: Any) -> tuple[str, LLMDraft | None, str | None]:
        text = ask_model(self.chat_model, messages, self.usage, **call_kwargs)
        messages.append(AIMessage(content=text))
        try:
            return text, self.parser.parse(text), None
        except OutputParserException as exc:
            return text, None, f"Your answer could not be parsed: {exc}. {self.parser_hint()}"

    @staticmethod
    def parser_hint() -> str:
        return ("Answer with one ```solidity block (the whole file); when its constructor takes parameters, add one "
                "```json block {\"contract_name\", \"constructor_args\"}.")

    def _check(self, draft: LLMDraft) -> tuple[Any | None, str | None]:
        """Compiled contract, or the problem to send back to the model."""
        bad = source_backdoors(draft.source)
        if bad:
            return None, (f"The contract contains forbidden constructs: {', '.join(bad)}. Remove them and return the "
                          "whole corrected file.")
        self.error_line = None
        try:
            compiled = self.compile_fn(draft.source, f"{draft.contract_name}.sol", draft.contract_name)
        except CompilationError as exc:
            self.error_line = getattr(exc, "line", None)
            return None, f"The contract does not compile:\n{exc}\nFix it and return the whole corrected file."
        inputs = next((f.get("inputs", []) for f in getattr(compiled, "abi", []) if f.get("type") == "constructor"), [])
        if len(inputs) != len(draft.constructor_args):
            wanted = ", ".join(f"{i['type']} {i.get('name', '')}".strip() for i in inputs) or "none"
            return None, (f"constructor_args has {len(draft.constructor_args)} values but the constructor takes "
                          f"{len(inputs)} ({wanted}). Make the constructor take no parameters (use constants and "
                          "msg.sender) and return the whole file again.")
        return compiled, None

    def _patch(self, draft: LLMDraft, line: int, problem: str) -> LLMDraft | None:
        """A line repair: the model rewrites only the lines around the error (a short answer, and a small model
        fixes one line it is shown far more often than it fixes the line inside a whole-file rewrite: measured,
        it repeated the same failing file three times). None when the answer is unusable."""
        lines = draft.source.splitlines()
        lo, hi = max(1, line - REPAIR_WINDOW), min(len(lines), line + REPAIR_WINDOW)
        numbered = "\n".join(f"{n:3}| {text}" for n, text in enumerate(lines, 1))
        error = problem.removesuffix("\nFix it and return the whole corrected file.")
        text = ask_model(self.chat_model, [
            SystemMessage(content=REPAIR_PROMPT),
            HumanMessage(content=f"```solidity\n{numbered}\n```\n{error}\n\nRewrite lines {lo}-{hi} so that the error "
                                 f"is gone. Answer with one ```solidity block holding only the new lines {lo}-{hi}."),
        ], self.usage)
        if "pragma solidity" in text:  # the whole file after all
            try:
                return self.parser.parse(text)
            except OutputParserException:
                return None
        blocks = fenced_blocks(text)
        if not blocks:
            return None
        replacement = [re.sub(r"^\s*\d+\s*\| ?", "", row) for row in blocks[0][1].rstrip("\n").splitlines()]
        source = "\n".join(lines[:lo - 1] + replacement + lines[hi:]) + "\n"
        return draft.model_copy(update={"source": mechanical_fixes(source)})

    def _first_messages(self, spec: ContractSpec) -> tuple[list[str], list[BaseMessage]]:
        template = _template_context(spec)
        if template is not None:
            retrieved, context = template
            request = {
                "request": spec.prompt, "family": spec.family, "name": spec.name, "contract_name": spec.contract_name,
                "symbol": spec.symbol, "decimals": spec.decimals, "initial_supply_whole_tokens": spec.initial_supply,
                "cap_whole_tokens": spec.cap, "features": spec.features,
                "values": {k: v for k, v in spec.options.items() if k not in ("family_reason", "template_options")},
                "addresses": spec.addresses, "address_placeholder": DEPLOYER,
            }
            return retrieved, [
                SystemMessage(content=SYSTEM_PROMPT),
                HumanMessage(content=f"Write this contract.\nSpec (parsed from the request):\n"
                                     f"{json.dumps(request, indent=1)}\n\nReference material (OpenZeppelin-based "
                                     f"templates and security notes):\n{context}"),
            ]
        retrieved, references = _reference_context(spec, self.retriever)
        shown = (f"A complete contract of a similar kind that compiles (adapt it: keep what fits, change what the "
                 f"request asks differently, drop the rest):\n{references}\n\n") if references else ""
        return retrieved, [
            SystemMessage(content=FREE_FORM_PROMPT),
            HumanMessage(content=f"{shown}Request: {spec.prompt}\n\nWrite the contract for this request"
                                 + (f" (contract name: {spec.contract_name})." if spec.family != "custom" else ".")),
        ]

    @staticmethod
    def _current(draft: LLMDraft | None, messages: list[BaseMessage]) -> str:
        """The file as it stands, when it is not the model's last answer (a line repair changed it)."""
        last = next((m.content for m in reversed(messages) if isinstance(m, AIMessage)), "")
        if draft is None or draft.source.strip() in str(last):
            return ""
        return f"The file now reads:\n```solidity\n{draft.source}```\n"

    def generate(self, spec: ContractSpec) -> ContractDraft:
        started = time.monotonic()
        retrieved, messages = self._first_messages(spec)
        self.transcript = messages
        self.usage = {}
        notes: list[str] = []
        audited = False
        last_good: tuple[LLMDraft, Any] | None = None
        compiled_after: int | None = None
        rounds = 0
        patched_lines: set[int] = set()
        seen: set[str] = set()
        answer = self._ask(messages)
        while True:
            _, draft, problem = answer
            compiled = None
            if draft is not None:
                compiled, problem = self._check(draft)
            if problem is None and draft is not None:
                last_good = (draft, compiled)
                compiled_after = rounds if compiled_after is None else compiled_after
                if self.audit_fn is not None and not audited:
                    audited = True
                    findings = [f for f in (self.audit_fn(draft.source) or []) if f]
                    if findings:
                        notes.append(f"audit round: {len(findings)} high finding(s) sent back to the model")
                        messages.append(HumanMessage(content=self._current(draft, messages)
                                                     + "A security audit (Slither) reported these high-severity "
                                                       "findings:\n- " + "\n- ".join(findings)
                                                     + "\nFix them and return the whole file again."))
                        answer = self._ask(messages)
                        continue
                break
            rounds += 1
            notes.append(f"repair round {rounds}: {problem.splitlines()[0][:160]}")
            if rounds > self.max_rounds:
                if last_good is not None:
                    notes.append("kept the last version that compiled (the audit fix did not)")
                    break
                raise GenerationError(f"the model's contract still fails after {self.max_rounds} repair rounds "
                                      f"({self.model_name}); the last problem:\n{problem}\n(rephrase the request, "
                                      "use a larger model, or a template family without an LLM)")
            line = self.error_line if draft is not None else None
            if draft is not None and line is not None and line not in patched_lines:
                patched_lines.add(line)
                seen.add(draft.source)
                patched = self._patch(draft, line, problem)
                if patched is not None:
                    notes.append(f"line repair at line {line}")
                    answer = ("", patched, None)
                    continue
            repeated = draft is not None and draft.source in seen
            if draft is not None:
                seen.add(draft.source)
            content = self._current(draft, messages) + problem
            if repeated:  # greedy decoding would write the same file again: say so, and sample
                content = "Your file is the same as an earlier one that failed.\n" + content
            messages.append(HumanMessage(content=content))
            answer = self._ask(messages, **({"temperature": 0.5} if repeated else {}))
        draft, _compiled = last_good
        final_spec = spec.model_copy(update={"contract_name": draft.contract_name})
        stats = {"model": self.model_name, "repair_rounds": rounds, "compiled_after_round": compiled_after,
                 "answers": int(self.usage.get("calls", 0)), "input_tokens": int(self.usage.get("input_tokens", 0)),
                 "output_tokens": int(self.usage.get("output_tokens", 0)),
                 "seconds": round(time.monotonic() - started, 1)}
        return ContractDraft(
            spec=final_spec, source=draft.source, contract_name=draft.contract_name,
            file_name=f"{draft.contract_name}.sol", constructor_args=draft.constructor_args, engine="llm",
            template_id=f"templates/{spec.family}" if retrieved and retrieved[0] == f"templates/{spec.family}" else None,
            retrieved=retrieved, llm=stats,
            notes=[f"written by {self.model_name}, compiled after {compiled_after} repair round(s)", *notes],
        )


__all__ = ["LLMEngine", "DraftOutputParser", "LLMDraft", "build_chat_model", "local_chat_model", "SYSTEM_PROMPT",
           "FREE_FORM_PROMPT", "ask_model", "slither_feedback", "is_local", "llama_cpp_json_kwargs", "compiler_feedback",
           "fenced_blocks", "solidity_block", "LOCAL_MODEL", "mechanical_fixes"]
