"""Front-running a revealed answer: a reward paid to whoever first submits the preimage of a stored hash."""

from __future__ import annotations

from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import LowLevelCall, Send, SolidityCall, Transfer

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, is_public_entry

HASHES = {"keccak256()", "keccak256(bytes)", "sha3()", "sha256()", "sha256(bytes)"}


class HashPuzzleFrontRunning(ProjectDetector):
    ARGUMENT = "tod-hash-puzzle"
    HELP = "A reward for the preimage of a stored hash: the answer is public in the mempool and can be copied"
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
            pays = any(isinstance(ir, (Transfer, Send)) or (isinstance(ir, LowLevelCall) and ir.call_value)
                       for node in function.nodes for ir in node.irs)
            if not pays:
                continue
            for node in function.nodes:
                hashes = any(isinstance(ir, SolidityCall) and ir.function.name in HASHES for ir in node.irs)
                if hashes and (node.contains_require_or_assert() or node.contains_if()) \
                        and node.state_variables_read and set(function.parameters) & set(node.variables_read):
                    results.append(self.generate_result([
                        "Reward for a revealed answer can be front-run in ", function, ": ", node, "\n"]))
                    break
        return results
