"""What the reading tests ask of a request: its spec with every requirement accounted for (whether the workflow
would go on or stop), and its option requirements as key -> (value, status)."""

from __future__ import annotations

from agents.generation import GenerationService, requirements
from agents.models import ContractSpec
from hyperagent.errors import RequirementsUnmetError


def accounted(prompt: str) -> ContractSpec:
    try:
        return GenerationService().generate(prompt).spec
    except RequirementsUnmetError as stop:
        return stop.spec


def option_readings(spec: ContractSpec) -> dict[str, tuple[object, str]]:
    return {r.key: (r.value, r.status.value) for r in spec.requirements if r.kind.value == "option"}


def clean(prompt: str) -> ContractSpec:
    """The spec of a request that must deploy as read: no requirement unmet or ambiguous."""
    spec = accounted(prompt)
    assert not requirements.stop_line(spec), requirements.stop_line(spec)
    return spec
