"""The block timestamp deciding an outcome (a winner, a payout), or recorded as a moment in state.

Slither's `timestamp` reports every comparison (low). This detector says which ones matter: a condition on
the timestamp with `==` or `%` (a validator picks a timestamp within a few seconds, so an exact value or a
remainder is theirs to choose) that guards a payment or names a winner is medium; a timestamp stored when
a state variable is initialised is info (fine for time keeping, never for an exact deadline or a draw).
Deadlines (`<`, `>=`) stay with Slither's low finding: time keeping is what timestamps are for.
"""

from __future__ import annotations

from slither.analyses.data_dependency.data_dependency import is_dependent
from slither.core.declarations.solidity_variables import SolidityVariable, SolidityVariableComposed
from slither.detectors.abstract_detector import DetectorClassification
from slither.core.variables.local_variable import LocalVariable
from slither.slithir.operations import Binary, BinaryType, LowLevelCall, Send, Transfer

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector
from agents.audit.detectors._constants import constant_value
from agents.audit.detectors._grading import Grade, with_grade

TIME = (SolidityVariableComposed("block.timestamp"), SolidityVariable("now"))
RECORDED = Grade("info", "the timestamp is only recorded (a deployment moment): fine for time keeping", "high")


class TimestampOutcome(ProjectDetector):
    ARGUMENT = "timestamp-outcome"
    HELP = "block.timestamp decides a winner or a payout through == or %, or is recorded in state"
    IMPACT = DetectorClassification.MEDIUM
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "timestamp-outcome"
    WIKI_TITLE = "Timestamp decides an outcome"
    WIKI_DESCRIPTION = ("Validators choose the block timestamp within a window of seconds; an exact match or a "
                        "remainder of it is theirs to pick, so it must not decide who wins or is paid (SWC-116).")
    WIKI_EXPLOIT_SCENARIO = "`if (now % 15 == 0) msg.sender.transfer(pot);`: a validator sets the timestamp and wins the pot."
    WIKI_RECOMMENDATION = "Decide outcomes with commit-reveal or an oracle; use timestamps only for coarse deadlines."

    def _check(self) -> list:
        results = []
        for function in self.functions():
            if function.name == "slitherConstructorVariables":
                for node in function.nodes:
                    if {v.name for v in node.solidity_variables_read} & {"block.timestamp", "now"}:
                        results.append(self.generate_result(
                            ["Timestamp recorded in state in ", function, ": ", node, "\n"], with_grade(None, RECORDED)))
                continue
            pays = any(_decides_from(n) for n in function.nodes[:1])
            for node in function.nodes:
                if not _exact_or_remainder(node):
                    continue
                conditional = node.contains_if() or node.contains_require_or_assert()
                if (conditional and _decides(node)) or (not conditional and _remainder(node) and pays):
                    results.append(self.generate_result([
                        "The block timestamp decides an outcome in ", function, ": ", node, "\n"]))
        return results


def _exact_or_remainder(node) -> bool:
    """`==` with, or `%` of, the current timestamp (read here or through a local), not a stored moment
    compared with 0 (`require(user.investedAt == 0)` asks whether it was ever set)."""
    fresh = bool({v.name for v in node.solidity_variables_read} & {"block.timestamp", "now"})
    for ir in node.irs:
        if not isinstance(ir, Binary) or ir.type not in (BinaryType.EQUAL, BinaryType.MODULO):
            continue
        if ir.type == BinaryType.EQUAL and any(constant_value(v, node) == 0 for v in ir.read):
            continue
        for operand in ir.read:
            local = isinstance(operand, LocalVariable) or type(operand).__name__ == "TemporaryVariable"
            if (fresh or local) and any(is_dependent(operand, t, node) for t in TIME):
                return True
    return False


def _remainder(node) -> bool:
    return any(isinstance(ir, Binary) and ir.type == BinaryType.MODULO for ir in node.irs)


def _decides_from(entry) -> bool:
    """The function pays or records a winner somewhere (searched from its entry node)."""
    return _decides(entry, limit=400)


def _decides(node, limit: int = 60) -> bool:
    """The branch under the condition pays, or writes the caller into state (a winner)."""
    seen, todo = set(), list(node.sons)
    while todo and len(seen) < limit:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if any(isinstance(ir, (Transfer, Send)) or (isinstance(ir, LowLevelCall) and ir.call_value) for ir in current.irs):
            return True
        if current.state_variables_written and "msg.sender" in {v.name for v in current.solidity_variables_read}:
            return True
        todo.extend(current.sons)
    return False
