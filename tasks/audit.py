"""Stage 3: every audit tool on the compiled source, merged into one report with a gate verdict."""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from agents import registry
from agents.audit.policy import apply_tool_policy, failed_tools
from agents.audit.report import files_markdown, findings_table, projects_json, to_markdown
from agents.models import AuditReport, CompiledContract, ContractDraft, WorkflowOptions
from hyperagent.db import repository
from tasks.caching import audit_key, cached_task_options
from tasks.retry import stage_task_options
from tasks.tracking import emit, run_cached, stage_scope


@task(**cached_task_options("audit-source", audit_key))
def audit_compiled(draft: ContractDraft, compiled: CompiledContract, tools: list[str] | None,
                   timeout: float | None, fail_on: str) -> AuditReport:
    return registry.service("audit").audit_source(compiled.source, compiled.file_name, tools=tools,
                                                   timeout=timeout, fail_on=fail_on, family=draft.spec.family,
                                                   draft=draft, compiled=compiled)


@task(**stage_task_options("audit-contract"))
def audit_contract(workflow_id: str, contract_id: str, draft: ContractDraft, compiled: CompiledContract,
                   options: WorkflowOptions) -> AuditReport:
    with stage_scope(workflow_id, "audit") as stage:
        report = run_cached(stage, audit_compiled, draft=draft, compiled=compiled, tools=options.audit_tools,
                            timeout=options.audit_timeout, fail_on=options.fail_on.value,
                            reusable=lambda cached: not failed_tools(cached))
        report = apply_tool_policy(report, options.on_tool_failure)
        repository.save_audit(workflow_id, contract_id, report)
        publish_audit(f"audit-{workflow_id}", compiled.contract_name, report)
        return report


def publish_audit(key: str, subject: str, report: AuditReport) -> None:
    create_markdown_artifact(key=f"{key}-report", markdown=to_markdown(report, title=subject),
                             description=f"Audit report of {subject}")
    create_table_artifact(key=f"{key}-findings", table=findings_table(report),
                          description=f"Findings for {subject}")


@task(**stage_task_options("audit-files"))
def audit_files(paths: list[str], tools: list[str] | None = None, timeout: float | None = None,
                fail_on: str = "high", include: list[str] | None = None, exclude: list[str] | None = None) -> dict:
    """Audit user projects, files or folders (as `hyperagent audit` does); one stored audit per file,
    one report artifact for the run."""
    service = registry.service("audit")
    projects = service.audit_projects(paths, tools=tools, timeout=timeout, fail_on=fail_on,
                                      include=include or [], exclude=exclude or [])
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
