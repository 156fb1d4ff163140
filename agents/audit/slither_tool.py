"""Slither adapter: the project's solc in, Slither's JSON out, findings normalised by mapping.SLITHER.

Why the statement lines first: a result's elements carry source mappings at statement (node),
function and contract level; users want the line of the call or the write, not the function header.
Elements outside the audited file (OpenZeppelin, other imports) never become findings of this file.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from agents.audit import mapping, triage
from agents.audit.base import STATIC, AuditTarget, AuditTool, ToolSettings
from agents.models import Finding
from hyperagent.toolchain import slither_launcher
from hyperagent.toolchain.slither import SlitherRunner

PLUGINS = ("agents.audit.detectors:DETECTORS",)


class SlitherTool(AuditTool):
    NAME = "slither"
    HELP = "Static analysis by Slither, with the project's own detectors for the categories it is blind to"
    KIND = STATIC
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
        data = self.runner.analyze(target.path, solc=target.solc_binary, remaps=target.remaps, plugins=PLUGINS,
                                   solc_version=target.solc_version, timeout=settings.timeout,
                                   cwd=target.base_dir or target.path.parent,
                                   exclude=settings.extra.get("slither_exclude", ()),
                                   extra_flags=["--exclude-optimization", "--exclude-informational"])
        results = (data.get("results") or {}).get("detectors") or []
        findings = [f for f in (normalise(r, target.path) for r in results) if f is not None]
        return findings


@lru_cache(maxsize=1)
def detectors_digest() -> str:
    digest = hashlib.sha256()
    files = sorted((Path(__file__).parent / "detectors").glob("*.py"))
    files += [Path(__file__), Path(mapping.__file__), Path(triage.__file__), Path(slither_launcher.__file__)]
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()[:10]


def normalise(result: dict[str, Any], audited: Path) -> Finding | None:
    """One Slither result -> one Finding credited to the audited file, or None if it is elsewhere."""
    check = result.get("check", "")
    mapped = mapping.for_slither(check, result.get("impact", ""))
    audited = audited.resolve()
    own = [e for e in result.get("elements", []) if _in_file(e, audited)]
    if not own:
        return None
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
        file=str(audited), line=first[0] if first else None, lines=lines, function=function, contract=contract), result)


def _in_file(element: dict[str, Any], audited: Path) -> bool:
    mapping_ = element.get("source_mapping") or {}
    name = mapping_.get("filename_absolute") or mapping_.get("filename_used")
    if not name:
        return False
    try:
        return Path(name).resolve() == audited
    except OSError:
        return False


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
