"""Generation stage: a plain-language request -> a ContractDraft ready to compile.

The request is read by rules (spec_parser); a supported family is rendered from its template in rag_corpus
(the composer: deterministic, tested). With an LLM configured (HYPERAGENT_LLM or options["llm"]; `local` is
the model on this machine) the model also reads the request into the same spec, and where the two readings
disagree the request is reported ambiguous (an error unless options["allow_partial"]); a request outside the
template families goes to the model, which writes it from the closest reference contracts, with
compile-repair rounds. A chat model object passed in (tests, bench) makes the model write every request.
"""

from __future__ import annotations

import logging
from typing import Any

from agents.generation import composer, requirements, spec_parser
from agents.generation.spec_parser import LLM_HINT, SUPPORTED_FAMILIES
from agents.models import ContractDraft, ContractSpec
from hyperagent.errors import GenerationError, RequirementsUnmetError

__all__ = ["GenerationService", "SUPPORTED_FAMILIES", "LLM_HINT"]

log = logging.getLogger(__name__)


class GenerationService:
    """`parse_spec` and `generate`; `chat_model` (a LangChain chat model) forces the LLM engine."""

    def __init__(self, chat_model: Any = None, *, compile_fn: Any = None, audit_fn: Any = None,
                 max_repair_rounds: int = 3) -> None:
        self.chat_model = chat_model
        self.compile_fn = compile_fn
        self.audit_fn = audit_fn
        self.max_repair_rounds = max_repair_rounds
        self._models: dict[str, Any] = {}

    def parse_spec(self, prompt: str, options: dict[str, Any] | None = None) -> ContractSpec:
        """The typed spec. A request the templates cannot serve is an error offline; with an LLM
        configured it becomes a `custom` spec for the model (refusals and empty requests stay errors).
        With an LLM configured by name, the model's reading is compared with the rules' (`check_reading`)."""
        _require_prompt(prompt)
        options = dict(options or {})
        try:
            spec = spec_parser.parse(prompt, family_hint=options.get("family"))
        except GenerationError as exc:
            if not str(exc).startswith("cannot generate") or self._llm_configured(options) is None:
                raise
            return ContractSpec(prompt=prompt, family="custom", name="Custom Contract",
                                contract_name="CustomContract", options={"parse_note": str(exc)})
        llm = self._llm_configured(options)
        if llm not in (None, "injected"):
            spec = self.check_reading(spec, self._chat_model(llm, options), bool(options.get("allow_partial")))
        return spec

    def check_reading(self, spec: ContractSpec, chat_model: Any, allow_partial: bool = False) -> ContractSpec:
        """The spec with the model's reading and the ambiguities in `options`; GenerationError when the
        readings disagree and a partial result is not allowed."""
        from agents.generation.model_reader import compare, read_request

        usage: dict[str, float] = {}
        reading = read_request(chat_model, spec.prompt, usage)
        ambiguities = compare(spec, reading)
        options = {**spec.options, "model_reading": reading.model_dump(), "model_reading_usage": usage,
                   "ambiguities": [a.model_dump(mode="json") for a in ambiguities]}
        if ambiguities and not allow_partial:
            raise GenerationError("the request is ambiguous (" + "; ".join(a.describe() for a in ambiguities)
                                  + "): say it more precisely, or pass --allow-partial to go on with the rules' reading")
        disagreements = [requirements.disagreement(a.field, a.rule, a.model) for a in ambiguities]
        return spec.model_copy(update={"options": options, "requirements": [*spec.requirements, *disagreements]})

    def _llm_configured(self, options: dict[str, Any]) -> str | None:
        if self.chat_model is not None:
            return "injected"
        if options.get("llm"):
            return str(options["llm"])
        from hyperagent.settings import get_settings

        return get_settings().llm

    def _chat_model(self, llm: str, options: dict[str, Any]) -> Any:
        if llm not in self._models:
            from agents.generation.llm import build_chat_model

            self._models[llm] = build_chat_model(llm, options.get("llm_base_url"))
        return self._models[llm]

    def generate(self, prompt: str, options: dict[str, Any] | None = None, *,
                 spec: ContractSpec | None = None) -> ContractDraft:
        _require_prompt(prompt)
        options = dict(options or {})
        llm = self._llm_configured(options)
        spec = spec or self.parse_spec(prompt, options)
        if llm is None or (llm != "injected" and spec.family in SUPPORTED_FAMILIES):
            try:
                draft = compose_accounted(spec, options.get("template_options"))
            except RequirementsUnmetError as stop:
                if options.get("allow_partial") and isinstance(stop.__cause__, GenerationError):
                    raise stop.__cause__ from None  # nothing to deploy even partially: the template's own refusal
                raise
            ambiguities = spec.options.get("ambiguities") or []
            if ambiguities:
                draft.notes.append(f"{len(ambiguities)} ambiguit{'y' if len(ambiguities) == 1 else 'ies'} "
                                   "between the rules' and the model's reading; built from the rules' reading")
            return draft

        from agents.generation import llm as llm_engine

        audit_fn = self.audit_fn
        if audit_fn is None and llm != "injected" and "audit" not in (options.get("skip") or []):
            audit_fn = llm_engine.slither_feedback
        engine = llm_engine.LLMEngine(
            chat_model=self.chat_model or self._chat_model(llm, options), model=None if llm == "injected" else llm,
            compile_fn=self.compile_fn, audit_fn=audit_fn, max_rounds=self.max_repair_rounds,
        )
        return engine.generate(spec)


def compose_accounted(spec: ContractSpec, template_options: dict[str, Any] | None = None) -> ContractDraft:
    """The family's template composed with the options the request asks for (explicit `template_options`
    win), and every requirement of the spec marked honoured or unmet. A family with no template stops
    here (RequirementsUnmetError): there is nothing to deliver even partially."""
    if not requirements.template_exists(spec.family):
        spec = requirements.no_template(spec)
        raise RequirementsUnmetError(requirements.stop_line(spec), spec=spec)
    overrides = {**requirements.option_overrides(spec), **(template_options or {})}
    try:
        draft = composer.compose(requirements.template_spec(spec), overrides)
    except GenerationError as refused:
        stop = requirements.stop_line(spec)
        if stop:  # "750,000 tokens max" with no supply: the unread supply, not the default it clashes with, is the news
            raise RequirementsUnmetError(stop, spec=spec) from refused
        raise
    accounted = requirements.account(draft, overrides)
    options = {**spec.options, "template_options": draft.spec.options["template_options"]}
    return draft.model_copy(update={"spec": accounted.model_copy(update={"options": options})})


def _require_prompt(prompt: str) -> None:
    if prompt is None or not isinstance(prompt, str) or not prompt.strip():
        raise GenerationError('the request is empty: describe the contract, e.g. "ERC20 called Hyper, symbol HYP, 1M supply"')
