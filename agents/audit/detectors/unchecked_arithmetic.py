"""Integer overflow/underflow: + - * that can wrap, before 0.8 without SafeMath or a guard, and in `unchecked`.

What is reported, and how severe:
- state written from unguarded arithmetic (pre-0.8): high; a local of a narrow type (uint8..uint128) or a
  local computed from a parameter: medium (the wrapped value lives on in the function);
- a guard that cannot fail (`require(a - b >= 0)` on unsigned values) is no guard: the check itself is
  reported, and the arithmetic it was meant to protect too;
- inside `unchecked {}` (0.8+) the author turned the checks off on purpose: low, with the reason, unless a
  public function subtracts a caller-supplied amount from state with no check at all before (high).
Not reported: SafeMath (library calls, not operators), a constant step (`counter + 1`), `msg.value` sums,
operands compared in a dominating require/if, and (0.8) operands already bounded by checked arithmetic.
"""

from __future__ import annotations

from slither.analyses.data_dependency.data_dependency import is_dependent
from slither.core.solidity_types import ElementaryType
from slither.core.variables.local_variable import LocalVariable
from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import Binary, BinaryType
from slither.slithir.variables import Constant

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, origin, version_tuple
from agents.audit.detectors._constants import constant_value
from agents.audit.detectors._grading import Grade, with_grade

RISKY = (BinaryType.ADDITION, BinaryType.SUBTRACTION, BinaryType.MULTIPLICATION)
COMPARISONS = (BinaryType.LESS, BinaryType.GREATER, BinaryType.LESS_EQUAL, BinaryType.GREATER_EQUAL,
               BinaryType.EQUAL, BinaryType.NOT_EQUAL)
UNCHECKED = Grade("low", "inside `unchecked` (0.8+): the author turned overflow checks off on purpose; the bound "
                         "rests on an invariant the detector cannot verify (e.g. a balance never exceeds the supply)",
                  "low")
LOCAL = Grade("medium", "the wrapped value stays in a local variable; check where it goes", "medium")


class UncheckedArithmetic(ProjectDetector):
    ARGUMENT = "unchecked-arithmetic"
    HELP = "Arithmetic that can overflow (pre-0.8 without SafeMath or a guard, or in an unchecked block)"
    IMPACT = DetectorClassification.HIGH
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "unchecked-arithmetic"
    WIKI_TITLE = "Unchecked arithmetic"
    WIKI_DESCRIPTION = ("Before Solidity 0.8 (and inside `unchecked`), + - * wrap around silently. A result "
                        "computed without a guard on its operands can overflow or underflow (SWC-101).")
    WIKI_EXPLOIT_SCENARIO = "`balances[msg.sender] -= amount;` with no balance check lets anyone mint 2**256-1 tokens."
    WIKI_RECOMMENDATION = "Use SafeMath before 0.8, compiler checks from 0.8, or require() on the operands first."

    def _check(self) -> list:
        checked_by_compiler = version_tuple(self.compilation_unit.solc_version) >= (0, 8, 0)
        results = []
        for function in self.functions():
            if function.name == "slitherConstructorConstantVariables":
                continue  # constants are folded by the compiler, which rejects an overflowing one
            parameters = set(function.parameters)
            public = function.visibility in ("public", "external")
            for node in function.nodes:
                in_unchecked = checked_by_compiler and not getattr(node.scope, "is_checked", True)
                if checked_by_compiler and not in_unchecked:
                    continue
                if is_tautology(node):
                    results.append(self.generate_result([
                        "Check that cannot fail in ", function, " (an unsigned difference is always >= 0; "
                        "the subtraction underflows instead): ", node, "\n"]))
                    continue
                if node.contains_require_or_assert() or node.contains_if():
                    continue
                risky = [ir for ir in node.irs if self._unguarded(ir, node, checked_by_compiler)]
                if not risky:
                    continue
                writes_state = bool(node.state_variables_written)
                operands = {origin(v) for ir in risky for v in ir.read}
                from_input = bool(operands & parameters)
                narrow = any(width(ir.lvalue) < 256 for ir in risky)
                if not (writes_state or narrow or from_input):
                    continue
                grade = None
                if in_unchecked:
                    subtracts_input = any(ir.type == BinaryType.SUBTRACTION and set(map(origin, ir.read)) & parameters
                                          for ir in risky)
                    if not (public and writes_state and subtracts_input):
                        grade = UNCHECKED
                elif not writes_state:
                    grade = LOCAL
                results.append(self.generate_result([
                    "Unchecked arithmetic in ", function, " can overflow: ", node, "\n"], with_grade(None, grade)))
        return results

    @staticmethod
    def _unguarded(ir, node, checked_by_compiler: bool) -> bool:
        if not isinstance(ir, Binary) or ir.type not in RISKY:
            return False
        if not str(getattr(ir.lvalue, "type", "")).startswith("uint"):
            return False
        operands = [origin(v) for v in ir.read if constant_value(v, node) is None and not getattr(v, "is_constant", False)]
        if not operands:
            return False
        if ir.type == BinaryType.ADDITION and len(operands) < len(ir.read):
            return False  # a counter stepping by a constant cannot reach 2**256
        if ir.type == BinaryType.ADDITION and any(getattr(v, "name", "") == "msg.value" for v in operands):
            return False  # no account holds 2**256 wei
        for guard in node.dominators:
            if guard is node:
                continue
            read = set(guard.variables_read) | {origin(v) for ir_ in guard.irs for v in ir_.read}
            if (guard.contains_require_or_assert() or guard.contains_if()) and not is_tautology(guard):
                if all(op in read or _aliased(op, read, node) for op in operands):
                    return False
            elif checked_by_compiler and getattr(guard.scope, "is_checked", False) and any(
                    isinstance(i, Binary) and i.type in RISKY for i in guard.irs) and set(operands) & read:
                return False  # 0.8 checked arithmetic on the same operand already reverts past the bound
        return True


def _aliased(operand, read: set, node) -> bool:
    """A guard on a local copy counts (`uint a = allowed[f][s]; require(a >= v); allowed[f][s] -= v;`)."""
    return any(isinstance(v, LocalVariable) and is_dependent(v, operand, node) for v in read)


def width(variable) -> int:
    kind = getattr(variable, "type", None)
    name = kind.name if isinstance(kind, ElementaryType) else str(kind or "")
    digits = name.removeprefix("uint")
    return int(digits) if name.startswith("uint") and digits.isdigit() else 256


def is_tautology(node) -> bool:
    """A condition comparing an unsigned value with `>= 0` (or `0 <=`): always true."""
    if not (node.contains_require_or_assert() or node.contains_if()):
        return False
    for ir in node.irs:
        if not isinstance(ir, Binary) or ir.type not in COMPARISONS:
            continue
        left, right = ir.variable_left, ir.variable_right
        if ir.type == BinaryType.GREATER_EQUAL and _zero(right) and _unsigned(left):
            return True
        if ir.type == BinaryType.LESS_EQUAL and _zero(left) and _unsigned(right):
            return True
    return False


def _zero(value) -> bool:
    return isinstance(value, Constant) and str(value.value) == "0"


def _unsigned(value) -> bool:
    return str(getattr(value, "type", "")).startswith("uint")
