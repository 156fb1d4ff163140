"""The service registry and the lifecycle's options: plain Python, no server."""

from __future__ import annotations

import pytest

from agents import registry
from agents.models import Severity, WorkflowOptions


def test_registered_service_replaces_the_default_and_unregister_restores_it():
    class Custom:
        pass

    registry.register("testing", Custom)
    try:
        assert isinstance(registry.service("testing"), Custom)
    finally:
        registry.unregister("testing")
    assert type(registry.service("testing")).__name__ == "TestingService"


def test_every_stage_has_a_default_service():
    for stage in ("generation", "compilation", "audit", "testing", "deployment"):
        assert registry.service(stage) is not None


def test_unknown_stage_is_refused():
    with pytest.raises(ValueError, match="unknown stage 'linting'"):
        registry.register("linting", object)


def test_options_reject_unknown_skip_and_default_gate_is_high():
    assert WorkflowOptions().fail_on is Severity.high
    with pytest.raises(ValueError, match="cannot skip generation"):
        WorkflowOptions(skip=["generation"])
    with pytest.raises(ValueError):
        WorkflowOptions(fail_on="catastrophic")


def test_severity_ranks_order_the_gate():
    ranks = [s.rank for s in (Severity.info, Severity.low, Severity.medium, Severity.high, Severity.critical)]
    assert ranks == sorted(ranks) and len(set(ranks)) == 5
