"""Transaction order dependence: a payment whose amount is a stored value another transaction can change first.

The classic shape (SWC-114): `claimReward()` pays `reward`, and `setReward()` rewrites `reward`; whoever sees
a claim in the mempool (the owner, a miner, any bot when the setter is open) can land a change before it.
Only scalar state (a price, a reward, a rate) counts: per-account entries (`balances[msg.sender]`) are the
caller's own, and a value written nowhere but in the constructor cannot change.
"""

from __future__ import annotations

from slither.analyses.data_dependency.data_dependency import is_dependent
from slither.core.solidity_types import ElementaryType
from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import HighLevelCall, LowLevelCall, Send, Transfer

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, is_public_entry

TOKEN_TRANSFERS = {"transfer", "transferFrom", "safeTransfer", "safeTransferFrom"}


class MutableAmountFrontRunning(ProjectDetector):
    ARGUMENT = "tod-mutable-amount"
    HELP = "A payment's amount is a stored value another public function can change first (front-running)"
    IMPACT = DetectorClassification.MEDIUM
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "tod-mutable-amount"
    WIKI_TITLE = "Transaction order dependence on a mutable amount"
    WIKI_DESCRIPTION = ("The amount paid depends on a stored value that another public function rewrites; the "
                        "order of the two transactions in a block decides what the caller gets (SWC-114).")
    WIKI_EXPLOIT_SCENARIO = "Alice calls claimReward() for 10 ether; the owner sees it and lowers the reward to 0 first."
    WIKI_RECOMMENDATION = "Let the caller state the amount they expect (and revert otherwise), or lock the value while claims are open."

    def _check(self) -> list:
        results = []
        for contract in self.contracts:
            if contract.is_interface or contract.is_library:
                continue
            writers: dict = {}
            for function in contract.functions:
                if is_public_entry(function):
                    for variable in function.state_variables_written:
                        writers.setdefault(variable, set()).add(function)
            scalars = [v for v in writers if isinstance(v.type, ElementaryType) and v.type.name.startswith("uint")]
            for function in contract.functions_declared:
                if not is_public_entry(function):
                    continue
                for node in function.nodes:
                    for amount in _amounts(node):
                        changed = [v for v in scalars if writers[v] - {function} and is_dependent(amount, v, function)]
                        if changed:
                            setters = ", ".join(sorted(f.name for f in writers[changed[0]] - {function}))
                            results.append(self.generate_result([
                                "The amount paid in ", function, " depends on ", changed[0],
                                f", which {setters} can change first: ", node, "\n"]))
                            break
        return results


def _amounts(node) -> list:
    found = []
    for ir in node.irs:
        if isinstance(ir, (Transfer, Send)) or (isinstance(ir, LowLevelCall) and ir.call_value is not None):
            found.append(ir.call_value)
        elif isinstance(ir, HighLevelCall) and getattr(ir.function, "name", "") in TOKEN_TRANSFERS and ir.arguments:
            found.append(ir.arguments[-1])
    return [a for a in found if a is not None and not hasattr(a, "value")]
