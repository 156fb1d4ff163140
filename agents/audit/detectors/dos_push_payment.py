"""Denial of service by push payment: ether sent to a stored address inside a require, a transfer, or a loop."""

from __future__ import annotations

from slither.core.variables.state_variable import StateVariable
from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import LowLevelCall, Send, Transfer

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, origin


class PushPaymentDoS(ProjectDetector):
    ARGUMENT = "dos-push-payment"
    HELP = "A payment to a stored address that must succeed: a recipient that reverts blocks everyone"
    IMPACT = DetectorClassification.MEDIUM
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "dos-push-payment"
    WIKI_TITLE = "Denial of service by push payment"
    WIKI_DESCRIPTION = ("When a function pays a previously stored address (the last bidder, every payee in a list) "
                        "and reverts if that payment fails, one recipient that refuses ether blocks the function "
                        "forever (SWC-113).")
    WIKI_EXPLOIT_SCENARIO = "The current leader is a contract whose fallback reverts; no one can ever outbid it."
    WIKI_RECOMMENDATION = "Let recipients withdraw (pull payments) instead of pushing ether to them."

    def _check(self) -> list:
        results = []
        for function in self.functions():
            for node in function.nodes:
                for ir in node.irs:
                    if not isinstance(ir, (Transfer, Send, LowLevelCall)):
                        continue
                    if isinstance(ir, LowLevelCall) and ir.call_value is None:
                        continue
                    if not isinstance(origin(ir.destination), StateVariable):
                        continue
                    must_succeed = isinstance(ir, Transfer) or node.contains_require_or_assert()
                    if must_succeed or (node.is_in_loop if hasattr(node, "is_in_loop") else False):
                        results.append(self.generate_result([
                            "Push payment to a stored address in ", function, " can be blocked: ", node, "\n"]))
                        break
        return results
