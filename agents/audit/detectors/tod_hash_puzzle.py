"""Front-running a revealed answer: whoever first submits the preimage of a hash is rewarded (paid now, or
recorded as the winner who is paid later). The answer travels in clear in the transaction."""

from __future__ import annotations

from slither.core.variables.state_variable import StateVariable
from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import LowLevelCall, Send, SolidityCall, Transfer

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, is_public_entry, origin

HASHES = {"keccak256()", "keccak256(bytes)", "sha3()", "sha256()", "sha256(bytes)"}


class HashPuzzleFrontRunning(ProjectDetector):
    ARGUMENT = "tod-hash-puzzle"
    HELP = "A reward for the preimage of a hash: the answer is public in the mempool and can be copied"
    IMPACT = DetectorClassification.MEDIUM
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "tod-hash-puzzle"
    WIKI_TITLE = "Transaction order dependence on a revealed answer"
    WIKI_DESCRIPTION = ("The solver's transaction carries the answer in clear; anyone can resubmit it with a higher "
                        "gas price and take the reward (SWC-114).")
    WIKI_EXPLOIT_SCENARIO = "FindThisHash: Bob submits the solution, Eve copies it with more gas and is paid first."
    WIKI_RECOMMENDATION = "Use commit-reveal: commit a hash of (answer, sender, salt) first, reveal later."

    def _check(self) -> list:
        results = []
        for function in self.functions():
            if not is_public_entry(function) or not function.parameters:
                continue
            if not (pays(function) or records_caller_as_payee(function)):
                continue
            for node in function.nodes:
                hashes = any(isinstance(ir, SolidityCall) and ir.function.name in HASHES for ir in node.irs)
                if not hashes or not (node.contains_require_or_assert() or node.contains_if()):
                    continue
                read = {v.name for v in node.solidity_variables_read}
                if set(function.parameters) & set(node.variables_read) and "msg.sender" not in read:
                    results.append(self.generate_result([
                        "Reward for a revealed answer can be front-run in ", function, ": ", node, "\n"]))
                    break
        return results


def pays(function) -> bool:
    return any(isinstance(ir, (Transfer, Send)) or (isinstance(ir, LowLevelCall) and ir.call_value)
               for node in function.nodes for ir in node.irs)


def records_caller_as_payee(function) -> bool:
    """The function stores msg.sender in an address variable that some function of the contract pays."""
    contract = getattr(function, "contract", None)
    if contract is None:
        return False
    stored = {v for node in function.nodes if "msg.sender" in {s.name for s in node.solidity_variables_read}
              for v in node.state_variables_written if str(v.type).startswith("address")}
    if not stored:
        return False
    for other in contract.functions:
        for node in other.nodes:
            for ir in node.irs:
                if isinstance(ir, (Transfer, Send, LowLevelCall)) and isinstance(origin(ir.destination), StateVariable) \
                        and origin(ir.destination) in stored:
                    return True
    return False
