"""Exit codes, one-line messages, the tool-failure gate rule, Markdown escaping, request limits."""

from __future__ import annotations

import pickle

import pytest

from agents.audit.policy import apply_tool_policy
from agents.models import AuditReport, ToolRun
from flows.submit import parse_options_json, validate_request
from hyperagent import errors, markdown
from hyperagent.errors import exit_code_of, one_line


@pytest.mark.parametrize("error, code", [
    (errors.InvalidRequestError("empty"), 2), (errors.ConfigurationError("x"), 2), (errors.AuditInputError("x"), 2),
    (errors.WorkflowNotFoundError("x"), 2), (errors.ChainIdMismatchError("x"), 2),
    (errors.NetworkError("x"), 3), (errors.InsufficientFundsError("x"), 3), (errors.ToolNotFoundError("x"), 3),
    (errors.DatabaseError("x"), 3), (errors.DatabaseUnavailableError("x", url="u"), 3),
    (errors.ServiceUnavailableError("x"), 3),
    (errors.GenerationError("x"), 1), (errors.AuditGateError("x"), 1), (errors.DeploymentError("x"), 1),
    (ValueError("bug"), 4), (KeyboardInterrupt(), 130),
])
def test_every_error_has_its_documented_exit_code(error, code):
    assert exit_code_of(error) == code


def test_an_invalid_request_is_still_a_generation_error():
    assert isinstance(errors.InvalidRequestError("x"), errors.GenerationError)


def test_unavailable_database_errors_survive_pickling():
    copy = pickle.loads(pickle.dumps(errors.DatabaseUnavailableError("down", url="postgresql://x")))
    assert str(copy) == "down"


def test_one_line_collapses_and_bounds():
    assert one_line("a\n  b\tc") == "a b c"
    assert len(one_line("x" * 5000)) == 1000


def report(*runs: ToolRun, passed: bool = True, reason: str | None = None) -> AuditReport:
    return AuditReport(tool_runs=list(runs), passed=passed, gate_reason=reason)


def test_a_failed_tool_fails_the_gate_unless_the_policy_warns():
    crashed = report(ToolRun(tool="slither", status="crashed", error="exit -9"), ToolRun(tool="fuzz"))
    failed = apply_tool_policy(crashed)
    assert not failed.passed and failed.gate_reason.startswith("audit tool(s) did not complete: slither crashed")
    assert apply_tool_policy(crashed, "warn").passed
    clean = report(ToolRun(tool="slither"), ToolRun(tool="fuzz"))
    assert apply_tool_policy(clean) is clean
    both = apply_tool_policy(report(ToolRun(tool="mythril", status="timeout"), passed=False, reason="1 finding"))
    assert both.gate_reason.startswith("1 finding; audit tool(s) did not complete: mythril timeout")
    with pytest.raises(ValueError, match="fail or warn"):
        apply_tool_policy(clean, "ignore")


def test_markdown_text_cannot_open_html_or_leave_its_cell():
    shown = markdown.text("<img src=x onerror=alert(1)> | `x` \n# h")
    assert "<" not in shown and "\n" not in shown and "\\|" in shown and "\\`" in shown


def test_a_fence_outlasts_the_backticks_inside():
    body = 'string s = "```` four";'
    fenced = markdown.fence(body, "solidity")
    assert fenced.startswith("`````solidity\n") and fenced.endswith("\n`````")


def test_options_json_must_be_an_object():
    assert parse_options_json('{"skip": ["audit"]}') == {"skip": ["audit"]}
    with pytest.raises(errors.InvalidInputError, match="not valid JSON"):
        parse_options_json("{nope")
    with pytest.raises(errors.InvalidInputError, match="must be a JSON object"):
        parse_options_json("[]")


def test_request_limits(monkeypatch):
    from hyperagent.settings import reload_settings

    monkeypatch.setenv("HYPERAGENT_MAX_PROMPT_BYTES", "10")
    reload_settings()
    try:
        with pytest.raises(errors.InvalidRequestError, match="11 bytes, the limit is 10"):
            validate_request("x" * 11, {})
        assert validate_request("x" * 10, {})["fail_on"] == "high"
        with pytest.raises(errors.InvalidRequestError, match="empty request"):
            validate_request(" \n ", {})
        with pytest.raises(errors.InvalidInputError, match="unknown audit tool"):
            validate_request("x", {"audit_tools": ["slither", "nope"]})
    finally:
        monkeypatch.undo()
        reload_settings()
