"""One audit, every output: markdown (people, Prefect artifacts), table rows, the CLI's JSON, SARIF 2.1.0.

Why one module: the same Finding feeds every format, so a field added once shows everywhere.
Paths: a file is named relative to its project's root everywhere; SARIF gives that relative `uri`
with a `uriBaseId` (`%SRCROOT%` for the first project) that `originalUriBaseIds` resolves to the
root, so a code-scanning service that checked the repository out annotates the right file and line.
SARIF levels: critical/high -> error, medium -> warning, low/info -> note; the numeric
`security-severity` (critical 9.5, high 8.0, medium 5.5, low 3.0, info 0.0) is what GitHub code scanning sorts by.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from agents.models import AuditReport, FileAudit, Finding, ProjectAudit, Severity
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


def project_json(project: ProjectAudit) -> dict[str, Any]:
    return {"root": project.root, "platform": project.platform,
            "compilation_units": [{"id": u.id, "solc": u.solc_version, "files": u.files, "sources": u.sources,
                                   "tools": [{"tool": r.tool, "status": r.status, "duration": r.duration}
                                             for r in u.tool_runs]}
                                  for u in project.units],
            "audited": len(project.files), "skipped": project.skipped, "dependencies": project.dependencies,
            "notes": project.notes}


def projects_json(projects: list[ProjectAudit]) -> dict[str, Any]:
    """The CLI's JSON: `files` (every audited file, paths relative to its project's root), `project`
    (the first project: root, platform, compilation units with their solc release, skipped counts),
    `projects` (all of them, when paths in several projects were named) and `passed`."""
    result = files_json([f for p in projects for f in p.files])
    result["project"] = project_json(projects[0]) if projects else None
    if len(projects) > 1:
        result["projects"] = [project_json(p) for p in projects]
    return result


def scope_line(project: ProjectAudit) -> str:
    """One line: what was compiled and audited, what was left out and how to widen it."""
    units = ", ".join(f"solc {u.solc_version} ({u.files} file{'s' * (u.files != 1)})" for u in project.units)
    line = (f"{project.root} ({project.platform}): audited {len(project.files)} file{'s' * (len(project.files) != 1)}"
            f"{f' in {len(project.units)} compilation unit' + 's' * (len(project.units) != 1) + f': {units}' if units else ''}")
    skipped = {k: v for k, v in project.skipped.items() if v}
    if skipped:
        parts = [f"{count} {reason}" for reason, count in sorted(skipped.items())]
        line += f"; skipped {', '.join(parts)} file(s) (add --include GLOB to audit them)"
    if project.dependencies:
        line += f"; {project.dependencies} imported file(s) compiled, not audited"
    return line


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
              f"| {_cell(f.title)}{' (' + _cell('triage: ' + f.triage) + ')' if f.triage else ''} "
              f"| {', '.join(f.tools)} |" for f in report.findings]
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


def _location(path: str | None, file_audit: FileAudit, bases: dict[str, str]) -> dict[str, Any]:
    """An artifactLocation: relative to the project root with its base id, or an absolute file URI."""
    if not path:
        return {"uri": "unknown"}
    if file_audit.root and not Path(path).is_absolute():
        return {"uri": quote(Path(path).as_posix()), "uriBaseId": bases[file_audit.root]}
    return {"uri": Path(path).resolve().as_uri()}


def _base_ids(file_audits: list[FileAudit]) -> dict[str, str]:
    roots = list(dict.fromkeys(f.root for f in file_audits if f.root))
    return {root: "%SRCROOT%" if index == 0 else f"PROJECTROOT{index + 1}" for index, root in enumerate(roots)}


def to_sarif(file_audits: list[FileAudit], *, tool_version: str = "0") -> dict[str, Any]:
    """One SARIF 2.1.0 log, one run (driver HyperAgent; each result names the tools that agreed)."""
    rules: dict[str, dict[str, Any]] = {}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    bases = _base_ids(file_audits)
    for file_audit in file_audits:
        if file_audit.error or file_audit.report is None:
            notifications.append({"level": "error", "message": {"text": file_audit.error or "not audited"},
                                  "locations": [{"physicalLocation": {"artifactLocation": _location(file_audit.path, file_audit, bases)}}]})
            continue
        for run in file_audit.report.tool_runs:
            if run.status != "ok":
                notifications.append({"level": "warning", "message": {"text": f"{run.tool} {run.status}: {run.error or ''}".strip()},
                                      "locations": [{"physicalLocation": {
                                          "artifactLocation": _location(file_audit.path, file_audit, bases)}}]})
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
            location: dict[str, Any] = {"physicalLocation": {
                "artifactLocation": _location(finding.file or file_audit.path, file_audit, bases)}}
            if region:
                location["physicalLocation"]["region"] = region
            if finding.function:
                location["logicalLocations"] = [{"name": finding.function, "kind": "function",
                                                 **({"fullyQualifiedName": f"{finding.contract}.{finding.function}"}
                                                    if finding.contract else {})}]
            results.append({
                "ruleId": rule_id, "ruleIndex": list(rules).index(rule_id), "level": SARIF_LEVEL[finding.severity],
                "message": {"text": f"{finding.title} [{', '.join(finding.tools)}]"
                                    + (f" (triage: {finding.triage})" if finding.triage else "")},
                "locations": [location],
                "partialFingerprints": {"hyperagent/v1": f"{rule_id}:{finding.file or file_audit.path}:{finding.category}:"
                                                         f"{finding.function or ''}"},
                "properties": {"tools": finding.tools, "severity": finding.severity.value, "category": finding.category,
                               "swc": finding.swc_id, "confidence": finding.confidence, "detectors": finding.detectors,
                               **({"triage": finding.triage} if finding.triage else {})},
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
            "originalUriBaseIds": {base: {"uri": Path(root).resolve().as_uri() + "/"} for root, base in bases.items()},
            "results": results,
        }],
    }
