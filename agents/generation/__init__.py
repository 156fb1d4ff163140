"""Generation stage: a plain-language request -> a ContractDraft ready to compile.

Offline (default): deterministic spec parsing picks the family, the family's template in rag_corpus
is rendered with the spec's options. With an LLM configured (HYPERAGENT_LLM or options["llm"], or a
chat model object passed in), the model writes the contract from the spec plus retrieved templates
and notes, and a compile-repair loop keeps it honest.
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

    def parse_spec(self, prompt: str, options: dict[str, Any] | None = None) -> ContractSpec:
        """The typed spec. A request the templates cannot serve is an error offline; with an LLM
        configured it becomes a `custom` spec for the model (refusals and empty requests stay errors)."""
        _require_prompt(prompt)
        options = dict(options or {})
        try:
            return spec_parser.parse(prompt, family_hint=options.get("family"))
        except GenerationError as exc:
            if not str(exc).startswith("cannot generate") or self._llm_configured(options) is None:
                raise
            return ContractSpec(prompt=prompt, family="custom", name="Custom Contract",
                                contract_name="CustomContract", options={"parse_note": str(exc)})

    def _llm_configured(self, options: dict[str, Any]) -> str | None:
        if self.chat_model is not None:
            return "injected"
        if options.get("llm"):
            return str(options["llm"])
        from hyperagent.settings import get_settings

        return get_settings().llm

    def generate(self, prompt: str, options: dict[str, Any] | None = None, *,
                 spec: ContractSpec | None = None) -> ContractDraft:
        _require_prompt(prompt)
        options = dict(options or {})
        llm = self._llm_configured(options)
        if llm is None:
            spec = spec or self.parse_spec(prompt, options)
            return compose_accounted(spec, options.get("template_options"))

        from agents.generation import llm as llm_engine

        spec = spec or self.parse_spec(prompt, options)
        engine = llm_engine.LLMEngine(
            chat_model=self.chat_model, model=None if llm == "injected" else llm,
            base_url=options.get("llm_base_url"), compile_fn=self.compile_fn, audit_fn=self.audit_fn,
            max_rounds=self.max_repair_rounds,
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
    draft = composer.compose(requirements.template_spec(spec), overrides)
    accounted = requirements.account(draft, overrides)
    options = {**spec.options, "template_options": draft.spec.options["template_options"]}
    return draft.model_copy(update={"spec": accounted.model_copy(update={"options": options})})


def _require_prompt(prompt: str) -> None:
    if prompt is None or not isinstance(prompt, str) or not prompt.strip():
        raise GenerationError('the request is empty: describe the contract, e.g. "ERC20 called Hyper, symbol HYP, 1M supply"')
