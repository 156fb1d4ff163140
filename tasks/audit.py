"""Stage 3: every audit tool on the compiled source, merged into one report with a gate verdict."""

from __future__ import annotations

from typing import Any

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.transactions import get_transaction

from agents import registry
from agents.audit.policy import apply_tool_policy, failed_tools
from agents.audit.report import files_markdown, findings_table, projects_json, to_markdown
from agents.models import AuditReport, CompiledContract, ContractDraft, ProjectAudit, WorkflowOptions
from hyperagent.db import repository
from hyperagent.deadline import Deadline
from tasks.caching import audit_key, cached_task_options
from tasks.dispatch import same_key_everywhere, stage_tag
from tasks.retry import stage_task_options
from tasks.sla import report_breach, sla_scope
from tasks.tracking import emit, run_cached, stage_scope


@task(**cached_task_options("audit-source", audit_key))
def audit_compiled(draft: ContractDraft, compiled: CompiledContract, tools: list[str] | None,
                   timeout: float | None, fail_on: str) -> AuditReport:
    report = registry.service("audit").audit_source(compiled.source, compiled.file_name, tools=tools,
                                                     timeout=timeout, fail_on=fail_on, family=draft.spec.family,
                                                     draft=draft, compiled=compiled)
    if unfinished_tools(report):  # a partial audit is never served from the cache
        get_transaction().write_on_commit = False
    return report


@same_key_everywhere
@task(**stage_task_options("audit-contract"), tags=[stage_tag("audit")])
def audit_contract(workflow_id: str, contract_id: str, draft: ContractDraft, compiled: CompiledContract,
                   options: WorkflowOptions) -> AuditReport:
    with stage_scope(workflow_id, "audit") as stage, sla_scope(workflow_id, "audit") as deadline:
        report = run_cached(stage, audit_compiled, draft=draft, compiled=compiled, tools=options.audit_tools,
                            timeout=options.audit_timeout, fail_on=options.fail_on.value,
                            reusable=lambda cached: not failed_tools(cached))
        if deadline.expired and unfinished_tools(report):
            report_breach(workflow_id, deadline, partial_audit_reason(report, deadline),
                          unfinished=unfinished_tools(report))
        report = apply_tool_policy(report, options.on_tool_failure)
        repository.save_audit(workflow_id, contract_id, report)
        publish_audit(f"audit-{workflow_id}", compiled.contract_name, report)
        return report


def unfinished_tools(report: AuditReport) -> list[str]:
    return [run.tool for run in report.tool_runs if run.status == "timeout"]


def partial_audit_reason(report: AuditReport, deadline: Deadline) -> str:
    finished = [run.tool for run in report.tool_runs if run.status != "timeout"]
    return (f"audit stage reached its time limit of {deadline.limit:g} s ({deadline.setting}): kept the findings of "
            f"{', '.join(finished) or 'no tool'}; {', '.join(unfinished_tools(report))} did not finish")


def publish_audit(key: str, subject: str, report: AuditReport) -> None:
    create_markdown_artifact(key=f"{key}-report", markdown=to_markdown(report, title=subject),
                             description=f"Audit report of {subject}")
    create_table_artifact(key=f"{key}-findings", table=findings_table(report),
                          description=f"Findings for {subject}")


@task(name="audit-file", persist_result=False)
def audit_file(project: Any, tools: list[str] | None = None, timeout: float | None = None,
               fail_on: str = "high") -> ProjectAudit:
    """One audited file of a batch, as a project of its own (see `by_file`): pure (sources in, report out),
    so a Dask worker anywhere can run it."""
    [audit] = registry.service("audit").run_projects([project], tools=tools, timeout=timeout, fail_on=fail_on)
    return audit


def by_file(project: Any) -> list[Any]:
    """The project cut into one project per audited file: that file, compiled as its unit compiles it (same
    release and settings) with the sources it imports; the files that cannot be compiled go together."""
    from dataclasses import replace

    from agents.audit.project import CompilationUnit

    parts = []
    for unit in project.units:
        for name in unit.audited:
            closure = unit.closures.get(name) or set(unit.sources)
            one = CompilationUnit(id=f"{unit.id}-{len(parts) + 1}", solc_version=unit.solc_version,
                                  sources={n: unit.sources[n] for n in closure},
                                  contents={n: unit.contents[n] for n in closure}, audited=[name],
                                  settings=unit.settings, closures={name: closure})
            parts.append(replace(project, units=[one], errors={},
                                 audited=[f for f in project.audited if f.unit_name == name]))
    if project.errors:
        parts.append(replace(project, units=[], audited=[f for f in project.audited if f.relative in project.errors]))
    return parts


def audit_projects(paths: list[str], *, tools: list[str] | None = None, timeout: float | None = None,
                   fail_on: str = "high", include: list[str] | None = None, exclude: list[str] | None = None,
                   dask: str | None = None, dask_workers: int | None = None) -> list[ProjectAudit]:
    """The audit service's `audit_projects`, here; or, with `dask` (`local` or `tcp://HOST:PORT`), one task run
    per audited file fanned out over a Dask cluster (tasks/batch.py; `dask_workers` processes for `local`),
    put back together per project."""
    service = registry.service("audit")
    if not dask:
        return service.audit_projects(paths, tools=tools, timeout=timeout, fail_on=fail_on,
                                      include=include or [], exclude=exclude or [])
    from agents.audit.project import load_projects
    from tasks.batch import fan_out

    projects = load_projects(paths, include=include or [], exclude=exclude or [])
    cuts = [by_file(project) for project in projects]
    done = iter(fan_out(audit_file, [{"project": part, "tools": tools, "timeout": timeout, "fail_on": fail_on}
                                     for parts in cuts for part in parts], dask=dask, workers=dask_workers))
    whole = []
    for project, parts in zip(projects, cuts):
        audits = [next(done) for _ in parts]
        files = {f.path: f for audit in audits for f in audit.files}
        whole.append(ProjectAudit(
            root=str(project.root), platform=project.platform, skipped=project.skipped,
            dependencies=project.dependencies, units=[unit for audit in audits for unit in audit.units],
            notes=list(dict.fromkeys(note for audit in audits for note in audit.notes)),
            files=[files[source.relative] for source in project.audited if source.relative in files]))
    return whole


@task(**stage_task_options("audit-files"))
def audit_files(paths: list[str], tools: list[str] | None = None, timeout: float | None = None,
                fail_on: str = "high", include: list[str] | None = None, exclude: list[str] | None = None,
                dask: str | None = None) -> dict:
    """Audit user projects, files or folders (as `hyperagent audit` does); one stored audit per file,
    one report artifact for the run."""
    projects = audit_projects(paths, tools=tools, timeout=timeout, fail_on=fail_on, include=include,
                              exclude=exclude, dask=dask)
    file_audits = [f for project in projects for f in project.files]
    for file_audit in file_audits:
        if file_audit.report is not None:
            repository.save_audit(None, None, file_audit.report, source_path=file_audit.absolute_path)
    result = projects_json(projects)
    create_markdown_artifact(key="audit-contract-report", markdown=files_markdown(file_audits),
                             description=f"Audit of {len(file_audits)} file(s)")
    rows = [{"file": f["path"], **finding} for f in result["files"] for finding in f["findings"]]
    create_table_artifact(key="audit-contract-findings", table=rows or [{"file": "-", "title": "no findings"}],
                          description="Findings")
    return result


@task(**stage_task_options("reaudit-deployment"))
def reaudit_deployment(deployment: dict, tools: list[str] | None = None, timeout: float | None = None) -> dict:
    """Audit a deployed contract again; announce high/critical findings its last audit lacked."""
    contract = repository.get_contract(deployment["workflow_id"])
    previous = repository.latest_audit(deployment["workflow_id"])
    report = registry.service("audit").audit_source(contract["source"], contract["file_name"], tools=tools,
                                                     timeout=timeout, family=contract.get("family"))
    repository.save_audit(deployment["workflow_id"], contract["id"], report)
    known = {(f["detector"], f["line"]) for f in (previous or {}).get("findings", [])}
    new = [f for f in report.findings
           if f.severity.rank >= 3 and (f.detector, f.line) not in known]
    if new:
        emit(str(deployment["workflow_id"]), "reaudit.new-findings", address=deployment["address"],
             network=deployment["network"], count=len(new),
             findings=[{"title": f.title, "severity": f.severity.value, "line": f.line} for f in new])
    return {"workflow_id": str(deployment["workflow_id"]), "new_findings": len(new)}
