"""Mythril adapter: symbolic execution of the pragma-matched build, findings mapped by SWC id.

Why bounded three ways: `--execution-timeout` (symbolic execution), `--solver-timeout` (each Z3
query) and the whole process (ToolSettings.timeout): Mythril's time varies widely between contracts.
Issues in imported files (OpenZeppelin) are dropped, as for every tool.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from agents.audit import mapping
from agents.audit.base import SYMBOLIC, AuditTarget, AuditTool, ToolSettings
from agents.models import Finding
from hyperagent.paths import data_dir, openzeppelin_dir
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
        workdir, relative = _workdir(target)
        data = self.runner.analyze(
            relative, solc_version=target.solc_version, solc=target.solc_binary,
            execution_timeout=settings.mythril_execution_timeout, solver_timeout_ms=settings.mythril_solver_timeout_ms,
            max_depth=settings.mythril_max_depth, timeout=settings.timeout, cwd=workdir)
        return [f for f in (normalise(issue, target.path, relative) for issue in data.get("issues", [])) if f]


def _workdir(target: AuditTarget) -> tuple[Path, str]:
    """Where Mythril runs, and the file's path there.

    Why a work dir: Mythril opens every source unit by its name to map findings to lines, so an
    import like `@openzeppelin/contracts/...` must exist as a path under its working directory. The
    work dir mirrors the audited folder with links and adds `@openzeppelin` -> node_modules; the
    user's folder is never written to.
    """
    base = (target.base_dir or target.path.parent).resolve()
    relative = target.path.resolve().relative_to(base).as_posix() if target.path.resolve().is_relative_to(base) \
        else target.path.name
    if "@openzeppelin/" not in target.source:
        return (base, relative) if relative != target.path.name else (target.path.parent, relative)
    work = data_dir() / "audit-work" / "mythril" / hashlib.sha256(str(base).encode()).hexdigest()[:16]
    work.mkdir(parents=True, exist_ok=True)
    for entry in base.iterdir():
        _link(work / entry.name, entry)
    _link(work / "@openzeppelin", openzeppelin_dir())
    return work, relative


def _link(link: Path, to: Path) -> None:
    if link.is_symlink() and link.resolve() == to.resolve():
        return
    if link.is_symlink():
        link.unlink()
    if not link.exists():
        link.symlink_to(to)


def normalise(issue: dict[str, Any], path: Path, audited: str) -> Finding | None:
    filename = issue.get("filename")
    if filename and Path(filename).as_posix().removeprefix("./") != audited and Path(filename).name != Path(audited).name:
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
