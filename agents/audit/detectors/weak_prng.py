"""Slither's weak-prng, graded: a timestamp reduced modulo 2**32 (or a period such as 1 days) keeps time, it draws nothing."""

from __future__ import annotations

from slither.detectors.operations.bad_prng import BadPRNG
from slither.slithir.operations import Binary, BinaryType

from agents.audit.detectors._constants import constant_value
from agents.audit.detectors._grading import Grade, Refined

PERIODS = {60, 3600, 86400, 604800, 2592000, 31536000, 31556952}
"""A minute, hour, day, week, 30 days, 365 days, a mean Gregorian year: modulo these is calendar arithmetic."""


class WeakPrng(Refined, BadPRNG):
    def grade(self, objects: list) -> Grade | None:
        nodes = [o for o in objects if hasattr(o, "irs")]
        moduli = [constant_value(ir.variable_right, node) for node in nodes for ir in node.irs
                  if isinstance(ir, Binary) and ir.type == BinaryType.MODULO]
        if None in moduli:
            return None
        if moduli and all(m >= 2**32 and m & (m - 1) == 0 for m in moduli):
            return Grade("info", f"modulo 2**{moduli[0].bit_length() - 1} truncates the value to a fixed width "
                                 "(time keeping, as in a 32-bit timestamp); it chooses nothing", "low")
        if moduli and all(m in PERIODS for m in moduli):
            return Grade("low", "modulo a calendar period (minute, hour, day, week, year): time arithmetic, "
                                "not a random draw", "low")
        return None
