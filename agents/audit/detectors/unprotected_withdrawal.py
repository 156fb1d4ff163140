"""Anyone can withdraw the contract's whole balance: no access control on a function sending this.balance."""

from __future__ import annotations

from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import LowLevelCall, Send, Transfer

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector


class UnprotectedWithdrawal(ProjectDetector):
    ARGUMENT = "unprotected-withdrawal"
    HELP = "A public function sends the contract's whole balance without checking the caller"
    IMPACT = DetectorClassification.HIGH
    CONFIDENCE = DetectorClassification.HIGH
    WIKI = WIKI_BASE + "unprotected-withdrawal"
    WIKI_TITLE = "Unprotected ether withdrawal"
    WIKI_DESCRIPTION = ("Slither's arbitrary-send-eth ignores payments to msg.sender; a function that pays "
                        "`address(this).balance` to its caller with no check on who calls empties the contract (SWC-105).")
    WIKI_EXPLOIT_SCENARIO = "`function withdrawAll() public { msg.sender.transfer(address(this).balance); }`"
    WIKI_RECOMMENDATION = "Restrict the function to the owner (onlyOwner) or pay only what the caller is owed."

    def _check(self) -> list:
        results = []
        for function, node in self.unguarded_nodes():
            sends = any(isinstance(ir, (Transfer, Send)) or (isinstance(ir, LowLevelCall) and ir.call_value)
                        for ir in node.irs)
            text = str(node.expression or "")
            if sends and "this.balance" in text.replace("address(this)", "this").replace(" ", ""):
                results.append(self.generate_result([
                    "Anyone can withdraw the whole balance through ", function, ": ", node, "\n"]))
        return results
