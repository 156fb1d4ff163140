"""`hyperagent audit [PATH...]`: audit a project (Foundry, Hardhat or a plain folder) or files in it.

The project is found at or above each path and compiled the way its own build does (agents/audit/
project); its own contracts are audited, not its tests, scripts, mocks or dependencies, unless named
or `--include`d. Runs the audit service in this process (no server, no database): the fastest way to an answer.
The `audit-contract` Prefect flow runs the same service and also stores and publishes the report.
Exit code: 0 when every file compiled and passed the gate, 1 when a gate failed, 2 when a file could
not be audited (missing, not Solidity, does not compile, no compiler satisfies its pragma).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command(name="audit")(audit)


def audit(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Project folders or Solidity files (default: the current folder); the project is found at or above each.")] = None,
    tools: Annotated[str | None, typer.Option(help="Comma-separated tools: slither,mythril,fuzz (and plugins).")] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds each tool run may take (Slither per compilation unit, "
                                                       "Mythril and the fuzzer per contract).")] = None,
    fail_on: Annotated[str, typer.Option(help="Gate: fail on findings of this severity or above: critical, high, medium.")] = "high",
    include: Annotated[list[str] | None, typer.Option(
        "--include", help="Also audit files matching this glob (relative to the project root, e.g. 'test/**'); repeatable.")] = None,
    exclude: Annotated[list[str] | None, typer.Option(
        "--exclude", help="Do not audit files matching this glob (relative to the project root); repeatable.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object: {\"files\": [...], \"project\": {...}}.")] = False,
    sarif: Annotated[Path | None, typer.Option(help="Also write a SARIF 2.1.0 log to this file (paths relative to the project root).")] = None,
    on_tool_failure: Annotated[str, typer.Option(
        help="When a tool crashes, times out or is missing: fail (the gate fails) or warn.")] = "fail",
    dask: Annotated[str | None, typer.Option(
        help="Fan the files out over a Dask cluster: local (one for this batch) or tcp://HOST:PORT.")] = None,
) -> None:
    """Audit a project's contracts with Slither, Mythril and a fuzzer; exit 1 if a file fails the gate or does not compile."""
    from agents.audit import registry
    from agents.audit.report import projects_json, to_sarif
    from agents.audit.scoring import parse_fail_on
    from agents.audit.service import AuditService
    from agents.audit.policy import ON_TOOL_FAILURE, apply_tool_policy
    from hyperagent.errors import AuditInputError

    try:
        parse_fail_on(fail_on)
        chosen = registry.parse_tools(tools)
        if on_tool_failure not in ON_TOOL_FAILURE:
            raise ValueError(f"unknown --on-tool-failure {on_tool_failure!r}: use fail or warn")
    except ValueError as exc:
        raise AuditInputError(f"{exc}") from None
    if dask:
        projects = _on_dask(dask, [str(p) for p in paths or [Path(".")]], tools=chosen, timeout=timeout,
                            fail_on=fail_on, include=include or [], exclude=exclude or [])
    else:
        projects = AuditService().audit_projects(list(paths or [Path(".")]), tools=chosen, timeout=timeout,
                                                 fail_on=fail_on, include=include or [], exclude=exclude or [])
    for file_audit in (f for project in projects for f in project.files):
        if file_audit.report is not None:
            file_audit.report = apply_tool_policy(file_audit.report, on_tool_failure)
    result = projects_json(projects)
    if sarif is not None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            own_version = version("hyperagent")
        except PackageNotFoundError:
            own_version = "0"
        sarif.parent.mkdir(parents=True, exist_ok=True)
        file_audits = [f for project in projects for f in project.files]
        sarif.write_text(json.dumps(to_sarif(file_audits, tool_version=own_version), indent=2))
    if as_json:
        typer.echo(json.dumps(result, indent=2))
    else:
        _print_human(projects, result)
    from hyperagent.errors import EXIT_BAD_INPUT, one_line

    unaudited = [entry for entry in result["files"] if entry["error"]]
    for entry in unaudited:  # one stderr line per file that could not be audited
        typer.echo(f"error: {one_line(entry['error'])} ({entry['path']})", err=True)
    if unaudited:
        raise typer.Exit(code=EXIT_BAD_INPUT)
    if not result["passed"]:
        raise typer.Exit(code=1)


def _on_dask(dask: str, paths: list[str], **options) -> list:
    """The `audit-batch` flow against the project's Prefect server: one task run per file on Dask."""
    from flows.batch import audit_batch
    from flows.submit import prefect_api
    from hyperagent.stack.prefect_server import ensure_api
    from tasks.batch import task_runner

    task_runner(dask)  # a bad address is one line before anything starts
    with prefect_api(ensure_api()):
        return audit_batch(paths, dask, **options)


def _print_human(projects: list, result: dict) -> None:
    from agents.audit.report import scope_line
    from hyperagent.cli.render import console

    for project in projects:
        console.print(scope_line(project), markup=False, highlight=False)
        for note in project.notes:
            console.print(f"  note: {note}", markup=False, highlight=False)
    for entry in result["files"]:
        if entry["error"]:
            console.print(f"[red]✗[/red] {entry['path']}: ", end="")
            console.print(entry["error"], markup=False, highlight=False)
            continue
        mark = "[green]✓[/green]" if entry["passed"] else "[red]✗[/red]"
        tools = ", ".join(f"{t['tool']} {t['status']} {t['duration']:.1f}s" for t in entry["tools"])
        console.print(f"{mark} {entry['path']} (solc {entry['solc']}, risk {entry['risk_score']}/100; {tools})",
                      highlight=False)
        for finding in entry["findings"]:
            console.print(f"    {finding['severity']:<8} line {finding['line'] or '-':<5} {finding['category']:<26} "
                          f"{finding['title']} [{', '.join(finding['tools'])}]", markup=False, highlight=False)
            if finding.get("triage"):
                console.print(f"             triage: {finding['triage']}", markup=False, highlight=False)
        for run in entry["tools"]:
            if run["status"] != "ok" and run.get("error"):
                console.print(f"    {run['tool']} {run['status']}: {run['error']}", markup=False, highlight=False)
        if entry["gate_reason"]:
            console.print(f"    gate: {entry['gate_reason']}", markup=False, highlight=False)
