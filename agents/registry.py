"""Stage name -> service. The flow asks the registry, so another implementation can be plugged in.

A third party registers through the entry-point group `hyperagent.services` (name = stage,
value = `module:factory`) or by calling `register()` before the flow runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

from agents.models import STAGES

DEFAULT_SERVICES: dict[str, str] = {
    "generation": "agents.generation:GenerationService",
    "compilation": "agents.compilation:CompilationService",
    "audit": "agents.audit.service:AuditService",
    "testing": "agents.testing.service:TestingService",
    "deployment": "agents.deployment:DeploymentService",
}

_registered: dict[str, Callable[[], Any]] = {}


def register(stage: str, factory: Callable[[], Any]) -> None:
    """Use `factory()` for `stage` from now on in this process."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}: one of {', '.join(STAGES)}")
    _registered[stage] = factory


def unregister(stage: str) -> None:
    _registered.pop(stage, None)


def _load(target: str) -> Callable[[], Any]:
    module_name, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def service(stage: str) -> Any:
    """A fresh service object for `stage`: registered, then plugin, then default."""
    if stage in _registered:
        return _registered[stage]()
    for entry in entry_points(group="hyperagent.services"):
        if entry.name == stage:
            return entry.load()()
    if stage not in DEFAULT_SERVICES:
        raise ValueError(f"unknown stage {stage!r}: one of {', '.join(STAGES)}")
    return _load(DEFAULT_SERVICES[stage])()


def is_default(stage: str) -> bool:
    """True when `stage` is served by the project's own service (nothing registered or plugged in)."""
    if stage in _registered:
        return False
    return not any(entry.name == stage for entry in entry_points(group="hyperagent.services"))
