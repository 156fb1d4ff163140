"""Stage 3: every audit tool on the compiled source, merged into one report with a gate verdict."""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from agents import registry
from agents.audit.report import findings_table, to_markdown
from agents.models import AuditReport, CompiledContract, ContractDraft, WorkflowOptions
from hyperagent.db import repository
from tasks.retry import stage_task_options
from tasks.tracking import stage_scope


@task(**stage_task_options("audit-contract"))
def audit_contract(workflow_id: str, contract_id: str, draft: ContractDraft, compiled: CompiledContract,
                   options: WorkflowOptions) -> AuditReport:
    with stage_scope(workflow_id, "audit"):
        report = registry.service("audit").audit_source(
            compiled.source, compiled.file_name, tools=options.audit_tools, timeout=options.audit_timeout,
            fail_on=options.fail_on.value, family=draft.spec.family)
        repository.save_audit(workflow_id, contract_id, report)
        publish_audit(f"audit-{workflow_id}", compiled.contract_name, report)
        return report


def publish_audit(key: str, subject: str, report: AuditReport) -> None:
    create_markdown_artifact(key=f"{key}-report", markdown=to_markdown(report, title=subject),
                             description=f"Audit report of {subject}")
    create_table_artifact(key=f"{key}-findings", table=findings_table(report),
                          description=f"Findings for {subject}")
