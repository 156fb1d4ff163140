"""audit-contract: audit user projects (files, folders or a submitted source) and publish the report.

The same path as `hyperagent audit`: each path's project is found and compiled as its build does
(agents/audit/project); a submitted source is a one-file project of its own.

Triggered by the event `hyperagent.contract.submitted` (payload: `source` or `path`, optional `name`),
or run from `hyperagent audit` and `prefect deployment run 'audit-contract/default'`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from prefect import flow

from tasks.audit import audit_files


@flow(name="audit-contract")
def audit_contract_flow(path: str | list[str] | None = None, source: str | None = None, name: str | None = None,
                        tools: list[str] | None = None, timeout: float | None = None, fail_on: str = "high",
                        include: list[str] | None = None, exclude: list[str] | None = None) -> dict[str, Any]:
    paths = [path] if isinstance(path, str) and path else list(path or [])
    if source and source.strip():
        folder = Path(tempfile.mkdtemp(prefix="hyperagent-submitted-"))
        submitted = folder / (Path(name).name if name and name.endswith(".sol") else "Submitted.sol")
        submitted.write_text(source)
        paths.append(str(submitted))
    if not paths:
        raise ValueError("nothing to audit: give `path` (file or folder) or `source`")
    return audit_files(paths, tools=tools, timeout=timeout, fail_on=fail_on, include=include, exclude=exclude)


if __name__ == "__main__":
    audit_contract_flow(path="tests/data/vulnerable")
