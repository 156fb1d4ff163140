"""One audit, every output: markdown (people, Prefect artifacts), table rows, the CLI's JSON, SARIF 2.1.0.

Why one module: the same Finding feeds every format, so a field added once shows everywhere.
SARIF levels: critical/high -> error, medium -> warning, low/info -> note; the numeric
`security-severity` (critical 9.5, high 8.0, medium 5.5, low 3.0, info 0.0) is what GitHub code scanning sorts by.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from agents.models import AuditReport, FileAudit, Finding, Severity
from hyperagent import markdown as md

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {Severity.critical: "error", Severity.high: "error", Severity.medium: "warning",
               Severity.low: "note", Severity.info: "note"}
SECURITY_SEVERITY = {Severity.critical: "9.5", Severity.high: "8.0", Severity.medium: "5.5",
                     Severity.low: "3.0", Severity.info: "0.0"}
FINDING_KEYS = ("tool", "tools", "swc_id", "category", "severity", "line", "lines", "title", "detector", "function")


def finding_json(finding: Finding) -> dict[str, Any]:
    """The CLI contract's finding shape (plus confidence, detectors, description)."""
    return {"tool": finding.tool, "tools": finding.tools, "swc_id": finding.swc_id, "category": finding.category,
            "severity": finding.severity.value, "line": finding.line, "lines": finding.lines,
            "title": finding.title, "detector": finding.detector, "function": finding.function,
            "contract": finding.contract, "confidence": finding.confidence, "detectors": finding.detectors,
            "description": finding.description, "triage": finding.triage}


def file_json(file_audit: FileAudit) -> dict[str, Any]:
    report = file_audit.report
    return {
        "path": file_audit.path,
        "solc": file_audit.solc_version,
        "error": file_audit.error,
        "contracts": file_audit.contracts,
        "findings": [finding_json(f) for f in report.findings] if report else [],
        "risk_score": report.risk_score if report else None,
        "passed": report.passed if report else False,
        "gate_reason": report.gate_reason if report else file_audit.error,
        "tools": [run.model_dump() for run in report.tool_runs] if report else [],
    }


def files_json(file_audits: list[FileAudit]) -> dict[str, Any]:
    """`{"files": [...], "passed": bool}`: passed when every file compiled and passed its gate."""
    files = [file_json(f) for f in file_audits]
    return {"files": files, "passed": all(f["passed"] and not f["error"] for f in files)}


def findings_table(report: AuditReport) -> list[dict[str, Any]]:
    rows = [{"severity": f.severity.value, "category": f.category, "swc": f.swc_id or "-", "line": f.line,
             "function": f.function or "-", "title": f.title, "tools": ", ".join(f.tools)} for f in report.findings]
    return rows or [{"severity": "-", "category": "-", "swc": "-", "line": None, "function": "-",
                     "title": "no findings", "tools": ", ".join(r.tool for r in report.tool_runs)}]


def to_markdown(report: AuditReport, title: str = "Audit") -> str:
    verdict = "passed" if report.passed else f"**failed**: {md.text(report.gate_reason)}"
    lines = [f"# Audit of {md.text(title)}", "",
             f"Risk score **{report.risk_score}/100**; gate (fail on {report.fail_on.value} and above): {verdict}.",
             f"Compiler: {report.solc_version or '-'}.", "", "| tool | version | status | findings | seconds |",
             "|---|---|---|---|---|"]
    lines += [f"| {r.tool} | {r.version or '-'} | {r.status}{': ' + _cell(r.error) if r.error else ''} | {r.findings} "
              f"| {r.duration:.1f} |" for r in report.tool_runs]
    lines += ["", "| severity | category | SWC | line | function | finding | tools |", "|---|---|---|---|---|---|---|"]
    lines += [f"| {f.severity.value} | {f.category} | {f.swc_id or '-'} | {f.line or '-'} | {f.function or '-'} "
              f"| {_cell(f.title)} | {', '.join(f.tools)} |" for f in report.findings]
    if not report.findings:
        lines.append("| - | - | - | - | - | no findings | - |")
    return "\n".join(lines) + "\n"


def files_markdown(file_audits: list[FileAudit]) -> str:
    parts = [f"# Audit of {len(file_audits)} file(s)", ""]
    for file_audit in file_audits:
        if file_audit.error or file_audit.report is None:
            parts += [f"## {md.text(file_audit.path)}", "", f"Not audited: {md.text(file_audit.error)}", ""]
        else:
            parts.append(to_markdown(file_audit.report, title=file_audit.path).replace("# Audit of", "## Audit of", 1))
    return "\n".join(parts)


def _cell(text: str | None) -> str:
    return md.text(text, limit=200)


def _uri(path: str | None) -> str:
    if not path:
        return "unknown"
    try:
        relative = os.path.relpath(path)
        if not relative.startswith(".."):
            return Path(relative).as_posix()
    except ValueError:
        pass
    return Path(path).resolve().as_uri()


def to_sarif(file_audits: list[FileAudit], *, tool_version: str = "0") -> dict[str, Any]:
    """One SARIF 2.1.0 log, one run (driver HyperAgent; each result names the tools that agreed)."""
    rules: dict[str, dict[str, Any]] = {}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for file_audit in file_audits:
        if file_audit.error or file_audit.report is None:
            notifications.append({"level": "error", "message": {"text": file_audit.error or "not audited"},
                                  "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(file_audit.path)}}}]})
            continue
        for run in file_audit.report.tool_runs:
            if run.status != "ok":
                notifications.append({"level": "warning", "message": {"text": f"{run.tool} {run.status}: {run.error or ''}".strip()},
                                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(file_audit.path)}}}]})
        for finding in file_audit.report.findings:
            rule_id = finding.detector
            if rule_id not in rules:
                tags = ["security", finding.category] + ([finding.swc_id] if finding.swc_id else [])
                rules[rule_id] = {"id": rule_id, "name": rule_id, "shortDescription": {"text": finding.title[:120] or rule_id},
                                  "defaultConfiguration": {"level": SARIF_LEVEL[finding.severity]},
                                  "properties": {"tags": tags, "security-severity": SECURITY_SEVERITY[finding.severity]}}
            region: dict[str, Any] = {}
            if finding.line:
                region = {"startLine": finding.line, "endLine": max(finding.lines or [finding.line])}
            location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": _uri(finding.file or file_audit.path)}}}
            if region:
                location["physicalLocation"]["region"] = region
            if finding.function:
                location["logicalLocations"] = [{"name": finding.function, "kind": "function",
                                                 **({"fullyQualifiedName": f"{finding.contract}.{finding.function}"}
                                                    if finding.contract else {})}]
            results.append({
                "ruleId": rule_id, "ruleIndex": list(rules).index(rule_id), "level": SARIF_LEVEL[finding.severity],
                "message": {"text": f"{finding.title} [{', '.join(finding.tools)}]"},
                "locations": [location],
                "partialFingerprints": {"hyperagent/v1": f"{rule_id}:{finding.category}:{finding.function or ''}"},
                "properties": {"tools": finding.tools, "severity": finding.severity.value, "category": finding.category,
                               "swc": finding.swc_id, "confidence": finding.confidence, "detectors": finding.detectors},
            })
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "HyperAgent", "version": tool_version,
                                "informationUri": "https://github.com/hyperagent/hyperagent",
                                "rules": list(rules.values())}},
            "invocations": [{"executionSuccessful": not any(f.error for f in file_audits),
                             "toolExecutionNotifications": notifications}],
            "results": results,
        }],
    }
