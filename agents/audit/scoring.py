"""Risk score 0-100 and the deployment gate.

Formula (docs/audit.md): each finding weighs W(severity) x F(confidence) x T(tools), with
W = critical 40, high 20, medium 8, low 2, info 0; F = high 1.0, medium 0.8, low 0.5;
T = 1 + 0.25 per extra tool that agrees (two tools agreeing is stronger evidence).
S = sum of weights; score = round(100 x (1 - exp(-S / 40))). One high-confidence high finding scores 39,
one critical 63, two highs 63, one medium 16, one low 5; the score saturates towards 100 and never
exceeds it, and no finding means 0.

Gate: the report fails when any finding's severity is at or above `fail_on` (critical, high or
medium; default high), or when no tool completed (nothing was checked, so nothing can be vouched for).
"""

from __future__ import annotations

import math

from agents.models import AuditReport, Finding, Severity, ToolRun

WEIGHT = {Severity.critical: 40.0, Severity.high: 20.0, Severity.medium: 8.0, Severity.low: 2.0, Severity.info: 0.0}
CONFIDENCE_FACTOR = {"high": 1.0, "medium": 0.8, "low": 0.5}
SCALE = 40.0
FAIL_ON_CHOICES = ("critical", "high", "medium")


def risk_score(findings: list[Finding]) -> int:
    total = sum(WEIGHT[f.severity] * CONFIDENCE_FACTOR.get(f.confidence, 0.8) * (1 + 0.25 * (len(f.tools) - 1))
                for f in findings)
    return min(100, round(100 * (1 - math.exp(-total / SCALE))))


def parse_fail_on(value: str | Severity) -> Severity:
    name = value.value if isinstance(value, Severity) else str(value).strip().lower()
    if name not in FAIL_ON_CHOICES:
        raise ValueError(f"unknown gate level {value!r}: use one of {', '.join(FAIL_ON_CHOICES)}")
    return Severity(name)


def gate(findings: list[Finding], tool_runs: list[ToolRun], fail_on: str | Severity = "high") -> tuple[bool, str | None]:
    level = parse_fail_on(fail_on)
    blocking = [f for f in findings if f.severity.rank >= level.rank]
    if blocking:
        shown = ", ".join(f"{f.detector} ({f.severity.value}) line {f.line}" for f in blocking[:5])
        more = f" and {len(blocking) - 5} more" if len(blocking) > 5 else ""
        return False, f"{len(blocking)} finding(s) at or above {level.value}: {shown}{more}"
    if tool_runs and not any(run.status == "ok" for run in tool_runs):
        failed = "; ".join(f"{r.tool} {r.status}: {r.error or ''}".strip() for r in tool_runs)
        return False, f"no audit tool completed ({failed})"
    return True, None


def build_report(findings: list[Finding], tool_runs: list[ToolRun], fail_on: str | Severity = "high",
                 **extra) -> AuditReport:
    passed, reason = gate(findings, tool_runs, fail_on)
    return AuditReport(findings=findings, tool_runs=tool_runs, risk_score=risk_score(findings),
                       fail_on=parse_fail_on(fail_on), passed=passed, gate_reason=reason, **extra)
