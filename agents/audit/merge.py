"""Findings of several tools (or detectors) on the same issue and lines become one, listing every tool.

Same issue: same category, and the lines meet (one finding's reported line lies within the other's
lines when those are at most SPAN lines, or both report the same line). Same SWC is not required:
Slither and Mythril often name the same bug differently (weak-prng vs SWC-116). The merged finding
keeps the highest severity and confidence, every tool and detector, the union of lines, and as its
line the most specific location (the shortest span; a statement over a fuzzer's function header).
"""

from __future__ import annotations

from agents.models import Finding

CONFIDENCE_RANK = {"low": 0, "medium": 1, "high": 2}
SPAN = 5
"""A finding covering at most this many lines is precise enough to absorb another one inside it."""


def same_issue(a: Finding, b: Finding) -> bool:
    if a.category != b.category or (a.file and b.file and a.file != b.file):
        return False
    if a.line is None or b.line is None:
        return a.line is None and b.line is None and a.function == b.function and a.detector == b.detector
    if a.line == b.line:
        return True
    a_lines, b_lines = set(a.lines or [a.line]), set(b.lines or [b.line])
    return (a.line in b_lines and len(b_lines) <= SPAN) or (b.line in a_lines and len(a_lines) <= SPAN)


def combine(a: Finding, b: Finding) -> Finding:
    first, second = (a, b) if (a.severity.rank, len(a.tools)) >= (b.severity.rank, len(b.tools)) else (b, a)
    precise = min((a, b), key=lambda f: (_function_level(f), len(f.lines) or 1_000_000, f.line or 0))
    merged = first.model_copy(deep=True)
    merged.tools = sorted(set(a.tools) | set(b.tools))
    merged.detectors = list(dict.fromkeys([*(first.detectors or [first.detector]), *(second.detectors or [second.detector])]))
    merged.confidence = max(a.confidence, b.confidence, key=lambda c: CONFIDENCE_RANK.get(c, 1))
    merged.swc_id = first.swc_id or second.swc_id
    merged.line = precise.line
    merged.lines = sorted({*a.lines, *b.lines} | ({precise.line} if precise.line else set()))
    merged.function = first.function or second.function
    merged.contract = first.contract or second.contract
    if second.description and second.description not in merged.description:
        merged.description = f"{merged.description}\n\n[{', '.join(second.tools)}] {second.description}".strip()
    return merged


def _function_level(finding: Finding) -> bool:
    """Fuzz findings point at a function's declaration, not at the statement: never the location of choice."""
    return all(detector.startswith("fuzz-") for detector in (finding.detectors or [finding.detector]))


def merge(findings: list[Finding]) -> list[Finding]:
    """One finding per issue; order: severity (highest first), then line."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (-f.severity.rank, f.line or 0)):
        for index, existing in enumerate(merged):
            if same_issue(existing, finding):
                merged[index] = combine(existing, finding)
                break
        else:
            merged.append(finding.model_copy(deep=True))
    return sorted(merged, key=lambda f: (-f.severity.rank, f.line or 0, f.detector))
