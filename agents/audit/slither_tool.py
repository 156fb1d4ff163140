"""Slither adapter: one run per compilation unit on the audit's own compile, findings normalised by mapping.SLITHER.

Why the unit: Slither reads the build file the audit compiled (hyperagent/toolchain/crytic_build.py)
instead of compiling again, and analyses every audited file of the unit in one run, the project's
own detectors included. Why the statement lines first: a result's elements carry source mappings at
statement (node), function and contract level; users want the line of the call or the write, not the
function header. A result is credited to the audited file of its first element that lies in one;
results only about other files (OpenZeppelin, other imports) are dropped. `findings_from` (with
`normalise` for one result) is the one place where Slither's raw JSON becomes Findings.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from agents.audit import mapping, triage
from agents.audit.base import STATIC, UNIT, AuditTarget, AuditTool, ToolSettings
from agents.models import Finding
from hyperagent.toolchain import slither_launcher
from hyperagent.toolchain.slither import SlitherRunner

PLUGINS = ("agents.audit.detectors:DETECTORS",)


class SlitherTool(AuditTool):
    NAME = "slither"
    HELP = "Static analysis by Slither, with the project's own detectors for the categories it is blind to"
    KIND = STATIC
    SCOPE = UNIT
    DEFAULT_TIMEOUT = 120.0

    def __init__(self) -> None:
        super().__init__()
        self.runner = SlitherRunner()

    def available(self) -> bool:
        return self.runner.available()

    def version(self) -> str | None:
        """Slither's version plus a digest of the project's detectors: editing a detector invalidates the cache."""
        return f"{self.runner.version}+detectors.{detectors_digest()}" if self.runner.version else None

    def _run(self, target: AuditTarget, settings: ToolSettings) -> list[Finding]:
        data = self.runner.analyze(target.build_file, solc=target.solc_binary, plugins=PLUGINS,
                                   solc_version=target.solc_version, timeout=settings.timeout,
                                   cwd=target.base_dir or target.path.parent,
                                   exclude=settings.extra.get("slither_exclude", ()),
                                   extra_flags=["--exclude-optimization", "--exclude-informational"])
        return findings_from(data, target)


def findings_from(data: dict[str, Any], target: AuditTarget) -> list[Finding]:
    """Slither's JSON for one unit -> the Findings of the target's audited files (a triage step plugs in here)."""
    results = (data.get("results") or {}).get("detectors") or []
    return [f for f in (normalise(r, target) for r in results) if f is not None]


@lru_cache(maxsize=1)
def detectors_digest() -> str:
    digest = hashlib.sha256()
    files = sorted((Path(__file__).parent / "detectors").glob("*.py"))
    files += [Path(__file__), Path(mapping.__file__), Path(triage.__file__), Path(slither_launcher.__file__)]
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()[:10]


def normalise(result: dict[str, Any], target: AuditTarget | Path) -> Finding | None:
    """One Slither result -> one Finding credited to an audited file of the target (path relative to the
    project root), or None if the result is only about other files. A bare path stands for that one file,
    named by its absolute path (how bench/solidifi.py and bench/clean_code.py call it)."""
    if isinstance(target, Path):
        absolute = str(target.resolve())
        target = AuditTarget(path=target.resolve(), source="", files={absolute: absolute})
    check = result.get("check", "")
    mapped = mapping.for_slither(check, result.get("impact", ""))
    elements = result.get("elements", [])
    credited = next((f for f in (_file_of(e, target) for e in elements) if f), None)
    if credited is None:
        return None
    own = [e for e in elements if _file_of(e, target) == credited]
    nodes = [e for e in own if e.get("type") == "node"]
    functions = [e for e in own if e.get("type") == "function"]
    located = nodes or functions or own
    lines = sorted({line for e in located for line in e.get("source_mapping", {}).get("lines", [])})
    first = located[0].get("source_mapping", {}).get("lines", []) or lines
    function, contract = _function_of(nodes[0] if nodes else (functions[0] if functions else own[0]))
    description = str(result.get("description", "")).strip()
    return triage.review(Finding(
        tools=["slither"], detector=check, detectors=[check], title=_title(description, check),
        description=description, severity=mapped.severity, confidence=mapping.CONFIDENCE.get(
            result.get("confidence", ""), "medium"), swc_id=mapped.swc_id, category=mapped.category,
        file=credited, line=first[0] if first else None, lines=lines, function=function, contract=contract), result,
        source=target.text(credited))


def _file_of(element: dict[str, Any], target: AuditTarget) -> str | None:
    """The element's file relative to the root, when it is an audited file of the target."""
    mapping_ = element.get("source_mapping") or {}
    return target.relative(mapping_.get("filename_absolute") or mapping_.get("filename_used"))


def _function_of(element: dict[str, Any]) -> tuple[str | None, str | None]:
    if element.get("type") == "function":
        parent = (element.get("type_specific_fields") or {}).get("parent") or {}
        return element.get("name"), parent.get("name")
    parent = (element.get("type_specific_fields") or {}).get("parent") or {}
    if parent.get("type") == "function":
        grand = (parent.get("type_specific_fields") or {}).get("parent") or {}
        return parent.get("name"), grand.get("name")
    if parent.get("type") == "contract":
        return None, parent.get("name")
    return None, None


def _title(description: str, check: str) -> str:
    line = description.splitlines()[0] if description else check
    line = re.sub(r"\s*\([^()]*\.sol#[\d-]+\)", "", line).strip().rstrip(":")
    return line[:200] or check
