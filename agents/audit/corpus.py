"""Annotated samples: `// @vuln category=NAME [tool ...]` ends each vulnerable line.

Why annotations in the file: the expected line moves with the code when a sample is edited, so the
tests and the recall bench never drift from the samples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from agents.models import Finding

ANNOTATION = re.compile(r"//\s*@vuln\s+category=(\w+)([^\n]*)")


@dataclass(frozen=True)
class Expected:
    path: Path
    line: int
    category: str
    tools: tuple[str, ...] = field(default=())
    """Extra tools expected to find it too (e.g. mythril), beyond the static analysis."""


def annotations(path: Path) -> list[Expected]:
    found = []
    for number, text in enumerate(path.read_text().splitlines(), start=1):
        match = ANNOTATION.search(text)
        if match:
            found.append(Expected(path, number, match.group(1), tuple(match.group(2).split())))
    return found


def samples(root: Path) -> list[Path]:
    return sorted(root.rglob("*.sol"))


def is_found(expected: Expected, findings: list[Finding], tool: str | None = None) -> bool:
    """Found: a finding of that category whose reported line is the annotated one (or covers it, within 5 lines)."""
    for finding in findings:
        if finding.category != expected.category or (tool and tool not in finding.tools):
            continue
        if finding.line == expected.line:
            return True
        if expected.line in finding.lines and len(finding.lines) <= 5:
            return True
    return False
