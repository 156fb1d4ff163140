"""Anyone can mint: a public function without a caller check raises the total supply.

Not reported: a sale or a deposit (the function takes ether, pulls tokens with transferFrom, or reads the
contract's own token balance to price the new shares, like an ERC4626 vault or an AMM's liquidity tokens)
and a one-shot initializer. An open faucet on a test token is reported, at the same severity: the detector
cannot tell a faucet from a mistake.
"""

from __future__ import annotations

import re

from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import Binary, BinaryType

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, is_public_entry, reads_sender
from agents.audit.detectors.unprotected_owner_change import one_shot

MINTS = {"_mint", "_safeMint", "_mintTo"}
"""The conventional internal minting functions (OpenZeppelin, solmate, solady): a public caller of one mints."""
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
            if "msg.value" in {v.name for v in function.all_solidity_variables_read()} or backed(function):
                continue
            for node in function.nodes:
                grows = [ir for ir in node.irs if isinstance(ir, Binary) and ir.type == BinaryType.ADDITION]
                written = [v for v in node.state_variables_written if SUPPLY.match(v.name)]
                mints = [c for c in node.internal_calls if getattr(getattr(c, "function", c), "name", "") in MINTS]
                if (written and (grows or "+=" in str(node.expression or ""))) or mints:
                    results.append(self.generate_result([
                        "Anyone can mint through ", function, ": ", node, "\n"]))
                    break
        return results


PAYMENTS = {"transferFrom", "safeTransferFrom", "balanceOf"}


def backed(function) -> bool:
    """New tokens are paid for: tokens pulled from the caller, or deposits counted from the contract's balance."""
    called = [function, *(getattr(c, "function", c) for c in function.all_internal_calls())]
    for part in called:
        for node in getattr(part, "nodes", []):
            names = {getattr(getattr(ir, "function", None), "name", "") for ir in node.irs}
            names |= {getattr(getattr(c, "function", c), "name", "") for c in node.internal_calls}
            if names & PAYMENTS:
                return True
    return False
