"""Triage: a finding on code that shows its intent keeps its place with a lower severity and the reason.

Two sources of grades, applied where a tool's raw result becomes a Finding:
- the detector's own (`hyperagent_grade` in a Slither result's additional fields, set by the project's
  detectors and refined Slither detectors, which see intent in Slither's objects: see detectors/_grading.py);
- rules on the source text that hold for any tool (Slither, Mythril, the fuzzer): an arithmetic finding on a
  line whose comment documents the wrap-around as intended ("overflow is desired") becomes info.
Nothing is dropped: the reason is recorded on the finding (`Finding.triage`), reports show it, and the
severity never goes up.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from agents.models import Finding, Severity

GRADE_FIELD = "hyperagent_grade"
CONFIDENCES = ("low", "medium", "high")
INTENDED_WRAP = re.compile(
    r"(overflow|underflow|wrap(s|ping)?(\s|-)?around|wraps?)\b[^\n]{0,40}\b(is\s+)?(desired|intended|intentional|expected|"
    r"fine|ok|okay|allowed|by design|on purpose|acceptable)"
    r"|(desired|intended|intentional|expected)\s+(over|under)flow", re.IGNORECASE)
COMMENT = re.compile(r"//(.*)$|/\*(.*?)\*/")


def review(finding: Finding, raw: dict[str, Any] | None = None, source: str | None = None) -> Finding:
    """The finding with every applicable grade applied (the lowest severity wins; reasons are joined)."""
    grade = ((raw or {}).get("additional_fields") or {}).get(GRADE_FIELD)
    if grade:
        lower(finding, Severity(grade["severity"]), grade["reason"], grade.get("confidence"))
    if finding.category == "arithmetic" and finding.line:
        text = source if source is not None else _read(finding.file)
        comment = intended_wrap_comment(text, finding.line) if text else None
        if comment:
            lower(finding, Severity.info, f'the wrap-around is documented as intended ("{comment}")', "low")
    return finding


def lower(finding: Finding, severity: Severity, reason: str, confidence: str | None = None) -> Finding:
    """Lower the severity (never raise it) and the confidence, and record why."""
    changed = []
    if severity.rank < finding.severity.rank:
        changed.append(f"{finding.severity.value} -> {severity.value}")
        finding.severity = severity
    if confidence in CONFIDENCES and CONFIDENCES.index(confidence) < CONFIDENCES.index(finding.confidence):
        changed.append(f"confidence {finding.confidence} -> {confidence}")
        finding.confidence = confidence
    if changed:
        note = f"{', '.join(changed)}: {reason}"
        finding.triage = f"{finding.triage}; {note}" if finding.triage else note
    return finding


def intended_wrap_comment(source: str, line: int) -> str | None:
    """A comment saying the overflow is intended, on the line or heading its group of statements.

    The group: the lines above up to a blank line or a block boundary (a line ending in `{` or `}`),
    at most 4, so `// + overflow is desired` covers both accumulator updates under it.
    """
    lines = source.splitlines()
    if not 0 < line <= len(lines):
        return None
    candidates = [lines[line - 1]]
    above = line - 2
    while above >= 0 and len(candidates) < 5:
        text = lines[above].strip()
        if not text or text.endswith(("{", "}")):
            break
        candidates.append(text)
        above -= 1
    for text in candidates:
        for match in COMMENT.finditer(text):
            comment = (match.group(1) or match.group(2) or "").strip(" */")
            if INTENDED_WRAP.search(comment):
                return comment[:80]
    return None


def _read(path: str | None) -> str | None:
    if not path:
        return None
    try:
        return _cached_text(path, Path(path).stat().st_mtime_ns)
    except OSError:
        return None


@lru_cache(maxsize=64)
def _cached_text(path: str, _mtime: int) -> str:
    return Path(path).read_text(errors="replace")
