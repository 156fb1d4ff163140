"""Slither's shadowing-state, graded: shadowing a parent's private variable creates two separate slots that
neither contract can confuse (from 0.6 it is the only shadowing the compiler accepts)."""

from __future__ import annotations

from slither.core.variables.state_variable import StateVariable
from slither.detectors.shadowing.state import StateShadowing

from agents.audit.detectors._grading import Grade, Refined


class ShadowingState(Refined, StateShadowing):
    def grade(self, objects: list) -> Grade | None:
        variables = [o for o in objects if isinstance(o, StateVariable)]
        shadowed = variables[1:]
        if shadowed and all(v.visibility == "private" for v in shadowed):
            return Grade("low", "the shadowed variable is private to its contract: each contract has its own slot "
                                "and cannot read the other's", "low")
        return None
