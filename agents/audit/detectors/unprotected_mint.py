"""Anyone can mint: a public function without a caller check raises the total supply.

A sale (the function takes ether and checks msg.value) and a one-shot initializer are not reported; an
open faucet on a test token is, at the same severity: the detector cannot tell a faucet from a mistake.
"""

from __future__ import annotations

import re

from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import Binary, BinaryType

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, is_public_entry, origin, reads_sender
from agents.audit.detectors.unprotected_owner_change import one_shot

SUPPLY = re.compile(r"^_?(total_?supply|supply|minted|total_?minted)$", re.IGNORECASE)


class UnprotectedMint(ProjectDetector):
    ARGUMENT = "unprotected-mint"
    HELP = "A public function raises the token supply without checking the caller or taking payment"
    IMPACT = DetectorClassification.HIGH
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "unprotected-mint"
    WIKI_TITLE = "Unprotected mint"
    WIKI_DESCRIPTION = "Creating tokens is a privileged action; a mint open to every caller makes the token worthless (SWC-105)."
    WIKI_EXPLOIT_SCENARIO = "`function mint(address to, uint256 amount) public { totalSupply += amount; balances[to] += amount; }`"
    WIKI_RECOMMENDATION = "Restrict minting to a role (onlyOwner, MINTER_ROLE) or price it."

    def _check(self) -> list:
        results = []
        for function in self.functions():
            if not is_public_entry(function) or function.payable or reads_sender(function) or one_shot(function):
                continue
            if "msg.value" in {v.name for v in function.all_solidity_variables_read()}:
                continue
            for node in function.all_nodes():
                grows = [origin(ir.lvalue) for ir in node.irs if isinstance(ir, Binary) and ir.type == BinaryType.ADDITION
                         and ir.lvalue is not None]
                written = [v for v in node.state_variables_written if SUPPLY.match(v.name)]
                if written and (grows or "+=" in str(node.expression or "")):
                    results.append(self.generate_result([
                        "Anyone can mint through ", function, ": ", node, "\n"]))
                    break
        return results
