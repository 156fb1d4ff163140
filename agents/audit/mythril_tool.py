"""Mythril adapter: symbolic execution of the pragma-matched build, findings mapped by SWC id.

Why bounded three ways: `--execution-timeout` (symbolic execution), `--solver-timeout` (each Z3
query) and the whole process (ToolSettings.timeout): Mythril's time varies widely between contracts.
Issues in imported files (OpenZeppelin) are dropped, as for every tool.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agents.audit import mapping
from agents.audit.base import SYMBOLIC, AuditTarget, AuditTool, ToolSettings
from agents.models import Finding
from hyperagent.toolchain.mythril import MythrilRunner


class MythrilTool(AuditTool):
    NAME = "mythril"
    HELP = "Symbolic execution of the compiled contract by Mythril (own venv, bounded)"
    KIND = SYMBOLIC
    DEFAULT_TIMEOUT = 180.0
    INSTALL_HINT = "make .venv-mythril/.installed"

    def __init__(self) -> None:
        super().__init__()
        self.runner = MythrilRunner()

    def available(self) -> bool:
        return self.runner.available()

    def version(self) -> str | None:
        return self.runner.version

    def _run(self, target: AuditTarget, settings: ToolSettings) -> list[Finding]:
        data = self.runner.analyze(
            target.path.name, solc_version=target.solc_version, solc=target.solc_binary,
            execution_timeout=settings.mythril_execution_timeout, solver_timeout_ms=settings.mythril_solver_timeout_ms,
            max_depth=settings.mythril_max_depth, timeout=settings.timeout, cwd=target.path.parent,
            extra=_remap_args(target))
        audited = target.path.name
        return [f for f in (normalise(issue, target.path, audited) for issue in data.get("issues", [])) if f]


def _remap_args(target: AuditTarget) -> list[str]:
    """Mythril passes `--solc-args` to solc's CLI; remappings let OpenZeppelin imports resolve."""
    if not target.remaps or "import" not in target.source:
        return []
    return ["--solc-args", " ".join([*target.remaps, "--allow-paths", "/"])]


def normalise(issue: dict[str, Any], path: Path, audited: str) -> Finding | None:
    filename = issue.get("filename")
    if filename and Path(filename).name != audited:
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
                   category=mapped.category, file=str(path.resolve()), line=line, lines=[line] if line else [],
                   function=None if function in ("fallback", "constructor", None) and not line else function,
                   contract=issue.get("contract"))
