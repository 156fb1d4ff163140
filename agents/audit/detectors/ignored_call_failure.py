"""A send/call whose failure is looked at and then ignored, or whose call is never made.

Three shapes of the same mistake (SWC-104): the failure branch of `if (!x.send(v))` does nothing that
lasts (no revert, no state written, no event); the check is or-ed with a condition that is always true
(`!x.send(v) || 1 == 1`), so the result decides nothing; or, before 0.7, `x.call.value(v);` names the call
without making it (no `()`), so no ether moves and nothing notices.
"""

from __future__ import annotations

import re

from slither.core.cfg.node import NodeType
from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import Binary, BinaryType, EventCall, LowLevelCall, Send, SolidityCall

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector
from agents.audit.detectors._constants import constant_value

NOT_CALLED = re.compile(r"\.call\.value\([^()]*(\([^()]*\)[^()]*)*\)\s*;?\s*$")


class IgnoredCallFailure(ProjectDetector):
    ARGUMENT = "ignored-call-failure"
    HELP = "A send/call whose failure is checked but ignored, or-ed away, or a call that is never made"
    IMPACT = DetectorClassification.MEDIUM
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "ignored-call-failure"
    WIKI_TITLE = "Ignored call failure"
    WIKI_DESCRIPTION = ("A failed send or call returns false; code that tests the result but does nothing on "
                        "failure, or whose test is always true, carries on as if the ether had moved (SWC-104).")
    WIKI_EXPLOIT_SCENARIO = "`if (!winner.send(prize)) {}` marks the prize paid while the winner (a contract that rejects ether) got nothing."
    WIKI_RECOMMENDATION = "Revert on failure (or record the debt for a later withdrawal), and make the call with `()`."

    def _check(self) -> list:
        results = []
        for function in self.functions():
            for node in function.nodes:
                reason = self._reason(node)
                if reason:
                    results.append(self.generate_result([reason, " in ", function, ": ", node, "\n"]))
        return results

    def _reason(self, node) -> str | None:
        calls = [ir for ir in node.irs if isinstance(ir, Send) or isinstance(ir, LowLevelCall)]
        if not calls:
            text = str(node.expression or "")
            if node.type == NodeType.EXPRESSION and NOT_CALLED.search(text) and self._before_07():
                return "The call is named but never made (no `()` after `.value(...)`)"
            return None
        if node.type != NodeType.IF:
            return None
        if any(isinstance(ir, Binary) and ir.type == BinaryType.OROR for ir in node.irs) and _always_true_operand(node):
            return "The call's result is or-ed with a condition that is always true, so it decides nothing"
        failure, success = _branches(node)
        success_nodes = _reachable(success)
        if not _books(success_nodes - _reachable(failure)) and not _lasting_effect(failure, stop=success_nodes):
            return "The call's failure is tested but the failure branch does nothing that lasts"
        return None

    def _before_07(self) -> bool:
        from agents.audit.detectors._common import version_tuple

        return version_tuple(self.compilation_unit.solc_version) < (0, 7, 0)


def _always_true_operand(node) -> bool:
    for ir in node.irs:
        if isinstance(ir, Binary) and ir.type == BinaryType.EQUAL:
            left, right = constant_value(ir.variable_left, node), constant_value(ir.variable_right, node)
            if left is not None and left == right:
                return True
        if isinstance(ir, Binary) and ir.type == BinaryType.OROR and str(ir.variable_right) == "True":
            return True
    return False


def _branches(node):
    """(failure branch, success branch) of `if (!ok)` / `if (ok)`."""
    negated = any(ir.__class__.__name__ == "Unary" for ir in node.irs)
    return (node.son_true, node.son_false) if negated else (node.son_false, node.son_true)


def _reachable(start, limit: int = 400) -> set:
    seen, todo = set(), [start]
    while todo and len(seen) < limit:
        current = todo.pop()
        if current is None or current in seen:
            continue
        seen.add(current)
        todo.extend(current.sons)
    return seen


def _books(nodes: set) -> bool:
    """The success path records the payment (writes state or emits): then doing nothing on failure is right."""
    return any(n.state_variables_written or any(isinstance(ir, EventCall) for ir in n.irs) for n in nodes)


def _lasting_effect(start, stop: set) -> bool:
    seen, todo = set(), [start]
    while todo:
        current = todo.pop()
        if current is None or current in seen or current in stop:
            continue
        seen.add(current)
        if current.type in (NodeType.THROW, NodeType.RETURN) or current.state_variables_written:
            return True
        if any(isinstance(ir, (EventCall, Send, LowLevelCall)) or (isinstance(ir, SolidityCall) and
               ir.function.name.startswith(("revert", "require", "assert"))) for ir in current.irs):
            return True
        if current.high_level_calls or current.internal_calls:
            return True
        todo.extend(current.sons)
    return False
