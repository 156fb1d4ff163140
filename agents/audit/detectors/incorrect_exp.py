"""Slither's incorrect-exp, graded: `^` on a computed value (`(3 * d) ^ 2`) is bit arithmetic; the typo this
detector exists for has a literal base (`2 ^ 256`, `10 ^ decimals`)."""

from __future__ import annotations

from slither.detectors.operations.incorrect_exp import IncorrectOperatorExponentiation
from slither.slithir.operations import Binary, BinaryType
from slither.slithir.variables import Constant

from agents.audit.detectors._grading import Grade, Refined


class IncorrectExp(Refined, IncorrectOperatorExponentiation):
    def grade(self, objects: list) -> Grade | None:
        xors = [ir for node in objects if hasattr(node, "irs") for ir in node.irs
                if isinstance(ir, Binary) and ir.type == BinaryType.CARET]
        if xors and all(not isinstance(ir.variable_left, Constant) for ir in xors):
            return Grade("low", "the left operand is computed, not a literal base such as 2 or 10: "
                                "a deliberate XOR (bit arithmetic), not a mistyped power", "low")
        return None
