"""Denial of service by gas: a loop over a storage array that anyone can make longer.

When a public function without access control appends to an array and another function loops over all
of it, an attacker (or plain growth) pushes the loop past the block gas limit and that function can never
run again (SWC-128). Reported at the loop; the append that anyone can call is named.
"""

from __future__ import annotations

from slither.core.cfg.node import NodeType
from slither.core.solidity_types import ArrayType
from slither.core.variables.state_variable import StateVariable
from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import Length

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, is_public_entry, origin, reads_sender

class UnboundedLoop(ProjectDetector):
    ARGUMENT = "dos-unbounded-loop"
    HELP = "A loop over a storage array that any caller can make longer, until it exceeds the block gas limit"
    IMPACT = DetectorClassification.MEDIUM
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "dos-unbounded-loop"
    WIKI_TITLE = "Unbounded loop over a growing array"
    WIKI_DESCRIPTION = ("Every iteration costs gas; an array anyone can append to makes the loop's cost unbounded, "
                        "and once it exceeds the block gas limit the function is dead (SWC-128).")
    WIKI_EXPLOIT_SCENARIO = "An attacker calls join() ten thousand times; payout(), which loops over every member, never fits in a block again."
    WIKI_RECOMMENDATION = "Bound the array, process it in batches from a stored index, or let each member withdraw."

    def _check(self) -> list:
        results = []
        for contract in self.contracts:
            if contract.is_interface or contract.is_library:
                continue
            grown = {}
            for function in contract.functions:
                if is_public_entry(function) and not reads_sender(function):
                    for variable in _appended(function):
                        grown.setdefault(variable, function)
            if not grown:
                continue
            for function in contract.functions_declared:
                for node in function.nodes:
                    if node.type != NodeType.IFLOOP:
                        continue
                    looped = [v for v in _lengths(node) if v in grown]
                    if looped:
                        results.append(self.generate_result([
                            "Loop over ", looped[0], ", which anyone can lengthen through ", grown[looped[0]],
                            ", in ", function, ": ", node, "\n"]))
        return results


def _appended(function) -> set:
    """Dynamic storage arrays the function appends to (`push`, which Slither lowers to a length write)."""
    found = set()
    for node in function.nodes:
        if ".push(" not in str(node.expression or ""):
            continue
        for variable in node.state_variables_written:
            if isinstance(variable.type, ArrayType) and variable.type.is_dynamic:
                found.add(variable)
    return found


def _lengths(node) -> list:
    found = []
    for ir in node.irs:
        if isinstance(ir, Length):
            variable = origin(ir.value)
            if isinstance(variable, StateVariable):
                found.append(variable)
    return found
