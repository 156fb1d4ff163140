"""Anyone can become owner: a public function writes the owner/admin variable with no caller check."""

from __future__ import annotations

import re

from slither.detectors.abstract_detector import DetectorClassification

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector

PRIVILEGED = re.compile(r"^_?(owner|admin|administrator|controller|creator|governance)$", re.IGNORECASE)


class UnprotectedOwnerChange(ProjectDetector):
    ARGUMENT = "unprotected-owner-change"
    HELP = "A public function sets the owner without checking the caller (or a misnamed constructor)"
    IMPACT = DetectorClassification.HIGH
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "unprotected-owner-change"
    WIKI_TITLE = "Unprotected owner change"
    WIKI_DESCRIPTION = ("A function meant as a constructor or initializer (a typo in a pre-0.4.22 constructor name, "
                        "an init left public) lets anyone take ownership (SWC-105, SWC-118).")
    WIKI_EXPLOIT_SCENARIO = "`contract Wallet { function Walet() public { owner = msg.sender; } }`: anyone calls Walet()."
    WIKI_RECOMMENDATION = "Use the `constructor` keyword, protect initializers and owner setters with onlyOwner."

    def _check(self) -> list:
        results = []
        for function, node in self.unguarded_nodes():
            if any(PRIVILEGED.match(v.name) and str(v.type) == "address" for v in node.state_variables_written):
                results.append(self.generate_result([
                    "Anyone can change the owner through ", function, ": ", node, "\n"]))
        return results
