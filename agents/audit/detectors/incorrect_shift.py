"""Slither's incorrect-shift, graded: `shl(n, 1)` shifts the constant 1 by n, which is how a bit mask is built."""

from __future__ import annotations

from slither.detectors.assembly.shift_parameter_mixup import ShiftParameterMixup
from slither.slithir.operations import Binary, BinaryType
from slither.slithir.variables import Constant

from agents.audit.detectors._grading import Grade, Refined


class IncorrectShift(Refined, ShiftParameterMixup):
    def grade(self, objects: list) -> Grade | None:
        shifts = [ir for node in objects if hasattr(node, "irs") for ir in node.irs
                  if isinstance(ir, Binary) and ir.type in (BinaryType.LEFT_SHIFT, BinaryType.RIGHT_SHIFT)
                  and isinstance(ir.variable_left, Constant)]
        values = [int(ir.variable_left.value) for ir in shifts if str(ir.variable_left.value).isdigit()]
        if values and all(v == 1 for v in values):
            return Grade("low", "1 shifted by a variable builds a bit mask: the operands are in the intended order", "low")
        if values and all(v > 255 for v in values):
            return Grade("low", "the constant is above 255, so it cannot be a shift amount (that would always give 0): "
                                "it is the value shifted, a lookup table or mask, in the intended order", "low")
        if values and all(v & (v - 1) == 0 for v in values):
            return Grade("medium", "a power of two shifted by a variable is usually a scaled mask; check the order", "low")
        return None
