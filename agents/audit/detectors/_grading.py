"""Grades: a detector's result may carry a lower severity or confidence than its class, with the reason.

Why in the detector: intent (an `unchecked` block, a call reachable only from protected entry points,
a timestamp truncated for time keeping) is visible in Slither's objects, not in its JSON. A graded
result keeps its place in the report; `agents/audit/triage.py` applies the grade and records the reason.
`Refined` wraps a Slither detector without copying it: every result it generates passes through
`grade(objects)`, which sees the functions, nodes and variables the result names.
"""

from __future__ import annotations

from dataclasses import dataclass

FIELD = "hyperagent_grade"


@dataclass(frozen=True)
class Grade:
    severity: str
    """critical, high, medium, low or info."""
    reason: str
    confidence: str | None = None

    def fields(self) -> dict:
        return {FIELD: {"severity": self.severity, "reason": self.reason,
                        **({"confidence": self.confidence} if self.confidence else {})}}


def with_grade(additional_fields: dict | None, grade: Grade | None) -> dict | None:
    if grade is None:
        return additional_fields
    return {**(additional_fields or {}), **grade.fields()}


class Refined:
    """Mixin placed before a Slither detector class: same ARGUMENT (it replaces it), graded results."""

    def grade(self, objects: list) -> Grade | None:
        return None

    def generate_result(self, info, additional_fields: dict | None = None):
        objects = [item for item in (info if isinstance(info, list) else [info]) if not isinstance(item, str)]
        return super().generate_result(info, with_grade(additional_fields, self.grade(objects)))
