"""The gate's rule for a tool that did not complete (crashed, timed out, not installed).

Why a rule of its own: a tool that crashed found nothing, and "nothing found" must not read as "safe".
With `on_tool_failure="fail"` (the default, for the lifecycle gate and `hyperagent audit`) any chosen
tool that did not complete fails the gate, naming the tool; with `"warn"` the other tools' verdict
stands and the report still names the failed tool. Either way the other tools' findings are kept.
(The scoring module's own rule still holds under both: when no tool completed, the gate fails.)
"""

from __future__ import annotations

from agents.models import AuditReport

ON_TOOL_FAILURE = ("fail", "warn")


def failed_tools(report: AuditReport) -> list[str]:
    return [f"{run.tool} {run.status}" + (f" ({run.error})" if run.error else "")
            for run in report.tool_runs if run.status != "ok"]


def apply_tool_policy(report: AuditReport, on_tool_failure: str = "fail") -> AuditReport:
    """The report with the tool-failure rule applied to its gate verdict."""
    if on_tool_failure not in ON_TOOL_FAILURE:
        raise ValueError(f"unknown on_tool_failure {on_tool_failure!r}: use fail or warn")
    failed = failed_tools(report)
    if not failed or on_tool_failure == "warn":
        return report
    reason = (f"audit tool(s) did not complete: {'; '.join(failed)}; the gate fails when a tool fails "
              "(on_tool_failure=fail; use warn to accept the other tools' verdict)")
    if not report.passed and report.gate_reason and reason not in report.gate_reason:
        reason = f"{report.gate_reason}; {reason}"
    return report.model_copy(update={"passed": False, "gate_reason": reason})
