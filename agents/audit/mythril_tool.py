"""Mythril adapter: symbolic execution of one deployable contract, on the audit's own compile.

Why one contract per run: Mythril's time grows with the code it explores; a contract is the unit it
deploys and attacks, and runs of different contracts go in parallel. Why the build file: Mythril reads
the unit's compile (scripts/myth_launcher.py answers its compile request with it), so it never runs
solc, and its issues point at files by absolute path. Why bounded three ways: `--execution-timeout`
(symbolic execution), `--solver-timeout` (each Z3 query) and the whole process (ToolSettings.timeout).
Issues in files that are not audited (OpenZeppelin, other imports) are dropped, as for every tool.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from agents.audit import mapping
from agents.audit.base import SYMBOLIC, AuditTarget, AuditTool, ToolSettings
from agents.models import Finding
from hyperagent.toolchain.mythril import MythrilRunner


class MythrilTool(AuditTool):
    NAME = "mythril"
    HELP = "Symbolic execution of each deployable contract by Mythril (own venv, bounded)"
    KIND = SYMBOLIC
    DEFAULT_TIMEOUT = 180.0
    INSTALL_HINT = "make .venv-mythril/.installed"

    def __init__(self) -> None:
        super().__init__()
        self.runner = MythrilRunner()

    def available(self) -> bool:
        return self.runner.available()

    def version(self) -> str | None:
        """Mythril's version plus a digest of the launcher, which patches how Mythril runs (its clock, its
        compiler): editing the launcher invalidates cached Mythril results."""
        return f"{self.runner.version}+launcher.{launcher_digest()}" if self.runner.version else None

    def _run(self, target: AuditTarget, settings: ToolSettings) -> list[Finding]:
        data = self.runner.analyze(
            target.unit_name or target.path.name, contract=target.contract, build_file=target.build_file,
            solc_version=target.solc_version, solc=target.solc_binary,
            execution_timeout=settings.mythril_execution_timeout, solver_timeout_ms=settings.mythril_solver_timeout_ms,
            max_depth=settings.mythril_max_depth, timeout=settings.timeout, cwd=target.base_dir or target.path.parent)
        return [f for f in (normalise(issue, target) for issue in data.get("issues", [])) if f]


@lru_cache(maxsize=1)
def launcher_digest() -> str:
    runner = MythrilRunner()
    digest = hashlib.sha256(runner.launcher().read_bytes())
    digest.update((runner.launcher().parent / "myth_forkserver.py").read_bytes())
    return digest.hexdigest()[:10]


def normalise(issue: dict[str, Any], target: AuditTarget) -> Finding | None:
    """One Mythril issue -> a Finding in the audited file it points at (relative path), or None."""
    filename = issue.get("filename")
    file = target.relative(filename) if filename else target.relative(target.path)
    if file is None:
        return None
    mapped = mapping.for_swc(issue.get("swc-id"), issue.get("severity", "Low"))
    if mapped.swc_id in mapping.MYTHRIL_IGNORED:
        return None
    line = issue.get("lineno")
    function = (issue.get("function") or "").split("(")[0] or None
    title = issue.get("title") or mapped.swc_id or "Mythril issue"
    detector = f"mythril-{(mapped.swc_id or 'issue').lower()}"
    return Finding(tools=["mythril"], detector=detector, detectors=[detector], title=title,
                   description=str(issue.get("description", "")).strip(), severity=mapped.severity,
                   confidence="high" if issue.get("severity") == "High" else "medium", swc_id=mapped.swc_id,
                   category=mapped.category, file=file, line=line, lines=[line] if line else [],
                   function=None if function in ("fallback", "constructor", None) and not line else function,
                   contract=issue.get("contract"))
