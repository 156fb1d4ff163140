"""audit-batch: a batch audit fanned out per file over a Dask cluster, for `hyperagent audit --dask`.

The same reports as the audit service gives in process (tasks/audit.py `audit_projects`); nothing is stored
(the audit-contract flow stores and publishes, and takes the same `dask` parameter).
"""

from __future__ import annotations

from prefect import flow

from agents.models import ProjectAudit
from tasks.audit import audit_projects


@flow(name="audit-batch")
def audit_batch(paths: list[str], dask: str, tools: list[str] | None = None, timeout: float | None = None,
                fail_on: str = "high", include: list[str] | None = None,
                exclude: list[str] | None = None) -> list[ProjectAudit]:
    return audit_projects(paths, tools=tools, timeout=timeout, fail_on=fail_on, include=include, exclude=exclude,
                          dask=dask)
