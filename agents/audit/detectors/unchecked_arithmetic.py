"""Integer overflow/underflow: +, -, * on unsigned state in pre-0.8 code without SafeMath (or in 0.8 `unchecked`)."""

from __future__ import annotations

from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import Binary, BinaryType
from slither.slithir.variables import Constant

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, origin, version_tuple

RISKY = (BinaryType.ADDITION, BinaryType.SUBTRACTION, BinaryType.MULTIPLICATION)


class UncheckedArithmetic(ProjectDetector):
    ARGUMENT = "unchecked-arithmetic"
    HELP = "Arithmetic on state that can overflow (pre-0.8 without SafeMath, or in an unchecked block)"
    IMPACT = DetectorClassification.HIGH
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "unchecked-arithmetic"
    WIKI_TITLE = "Unchecked arithmetic"
    WIKI_DESCRIPTION = ("Before Solidity 0.8 (and inside `unchecked`), + - * wrap around silently. A result "
                        "written to state without a guard on its operands can overflow or underflow (SWC-101).")
    WIKI_EXPLOIT_SCENARIO = "`balances[msg.sender] -= amount;` with no balance check lets anyone mint 2**256-1 tokens."
    WIKI_RECOMMENDATION = "Use SafeMath before 0.8, compiler checks from 0.8, or require() on the operands first."

    def _check(self) -> list:
        checked_by_compiler = version_tuple(self.compilation_unit.solc_version) >= (0, 8, 0)
        results = []
        for function in self.functions():
            for node in function.nodes:
                if checked_by_compiler and getattr(node.scope, "is_checked", True):
                    continue
                if node.contains_require_or_assert() or node.contains_if() or not node.state_variables_written:
                    continue
                if any(self._unguarded(ir, node) for ir in node.irs):
                    results.append(self.generate_result([
                        "Unchecked arithmetic in ", function, " can overflow: ", node, "\n"]))
        return results

    @staticmethod
    def _unguarded(ir, node) -> bool:
        if not isinstance(ir, Binary) or ir.type not in RISKY:
            return False
        if not str(getattr(ir.lvalue, "type", "")).startswith("uint"):
            return False
        operands = [origin(v) for v in ir.read if not isinstance(v, Constant)]
        if not operands:
            return False
        if ir.type == BinaryType.ADDITION and len(operands) < len(ir.read):
            return False  # a counter stepping by a constant cannot reach 2**256
        if ir.type == BinaryType.ADDITION and any(getattr(v, "name", "") == "msg.value" for v in operands):
            return False  # no account holds 2**256 wei
        for guard in node.dominators:
            if guard is node or not (guard.contains_require_or_assert() or guard.contains_if()):
                continue
            read = set(guard.variables_read) | {origin(v) for ir_ in guard.irs for v in ir_.read}
            if all(op in read for op in operands):
                return False
        return True
