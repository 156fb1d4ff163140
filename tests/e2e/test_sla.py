"""Stage time limits on the real pipeline: a stage out of time fails naming itself and its limit, emits
`hyperagent.<stage>.sla-exceeded`, and the audit keeps what the tools that finished found."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from hyperagent.db import repository
from hyperagent.settings import reload_settings
from tests.e2e.conftest import read_events
from tests.e2e.test_lifecycle import PlantedSourceGenerator, plug, run  # noqa: F401 (plug is a fixture)

pytestmark = pytest.mark.slow


@pytest.fixture
def limits() -> Iterator[callable]:
    """Set HYPERAGENT_* variables for one test; the settings are read again before and after."""
    saved: dict[str, str | None] = {}

    def _set(**values: str) -> None:
        for name, value in values.items():
            saved.setdefault(name, os.environ.get(name))
            os.environ[name] = value
        reload_settings()

    yield _set
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    reload_settings()


def test_testing_out_of_time_fails_the_workflow_naming_the_stage_and_its_limit(prefect_api, limits):
    limits(HYPERAGENT_SLA_TESTING="1")
    row = run("ERC20 named Hasty Coin, symbol HST, 1000 supply", {"audit_tools": ["slither"]})
    assert row["status"] == "failed"
    assert row["current_stage"] == "testing"
    message = row["error_message"]
    assert "testing stage exceeded its time limit of 1 s" in message and "HYPERAGENT_SLA_TESTING" in message
    assert "\n" not in message and "StageTimeoutError" in row["error_stacktrace"]
    assert not row["retry_counts"]  # a breach is not retried
    counts = repository.row_counts(row["id"])
    assert counts["test_results"] == 0 and counts["deployments"] == 0
    assert counts["security_audits"] == 1  # the audit ran beside it, within its own limit
    events = read_events(prefect_api, f"hyperagent.workflow.{row['id']}",
                         {"hyperagent.testing.sla-exceeded", "hyperagent.testing.failed"})
    breach = next(e for e in events if e["event"] == "hyperagent.testing.sla-exceeded")
    assert breach["payload"]["limit_s"] == 1.0 and breach["payload"]["elapsed_s"] >= 1.0
    assert "hyperagent.testing.failed" in {e["event"] for e in events}


def test_audit_out_of_time_keeps_the_findings_of_the_tools_that_finished(prefect_api, plug, limits):
    plug("generation", PlantedSourceGenerator)
    limits(HYPERAGENT_SLA_AUDIT="12", HYPERAGENT_MYTHRIL_EXECUTION_TIMEOUT="120")
    options = {"audit_tools": ["slither", "mythril"], "audit_timeout": 300, "skip": ["testing"]}
    row = run("ERC20 named Leaky, symbol LEAK, 10 supply", options)
    assert row["status"] == "failed" and row["current_stage"] == "audit"
    assert "audit gate" in row["error_message"] and "reentrancy" in row["error_message"].lower()
    audit = repository.latest_audit(row["id"])
    runs = {r["tool"]: r for r in audit["tools"]}
    assert runs["slither"]["status"] == "ok"
    assert runs["mythril"]["status"] == "timeout"
    assert "audit stage exceeded its time limit of 12 s" in runs["mythril"]["error"]
    assert any("slither" in f["tools"] and f["category"] == "reentrancy" for f in audit["findings"])
    assert row["stage_times"]["audit"] < 12 + 10
    events = read_events(prefect_api, f"hyperagent.workflow.{row['id']}", {"hyperagent.audit.sla-exceeded"})
    breach = next(e for e in events if e["event"] == "hyperagent.audit.sla-exceeded")
    assert breach["payload"]["unfinished"] == ["mythril"] and breach["payload"]["limit_s"] == 12.0

    again = run("ERC20 named Leaky, symbol LEAK, 10 supply", options)  # a partial audit is never cached
    assert "audit" not in again["result"]["cached_stages"]
    assert {r["tool"]: r["status"] for r in repository.latest_audit(again["id"])["tools"]}["mythril"] == "timeout"
