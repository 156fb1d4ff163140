"""reaudit-deployments: re-audit every deployed contract with today's tools, on a schedule.

A finding at high or critical severity that the contract's last audit did not have is a new risk for
a live contract: it is stored and announced with the event `hyperagent.reaudit.new-findings`.
Each stored source is audited as a one-file project (`AuditService.audit_source`), the same path as
`hyperagent audit` and the audit-contract flow.
"""

from __future__ import annotations

from typing import Any

from prefect import flow

from tasks.audit import reaudit_deployment
from hyperagent.db import repository


@flow(name="reaudit-deployments")
def reaudit_deployments(tools: list[str] | None = None, timeout: float | None = None) -> dict[str, Any]:
    deployments = repository.list_deployments(status="confirmed")
    results = [reaudit_deployment(deployment, tools=tools, timeout=timeout) for deployment in deployments]
    return {"reaudited": len(results), "with_new_findings": sum(1 for r in results if r["new_findings"])}


if __name__ == "__main__":
    reaudit_deployments()
