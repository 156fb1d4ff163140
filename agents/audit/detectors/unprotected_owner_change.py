"""Anyone can become owner: a public function without a caller check writes what the access checks read.

What the access checks read is found, not guessed from names alone: an address variable compared with
msg.sender/tx.origin in some condition (`require(msg.sender == owner)`, a modifier), a mapping indexed by
msg.sender in a condition (`require(isOwner[msg.sender])`), or a variable named like owner/admin. Writing
one from a public function that checks neither the caller nor a one-shot flag (an initializer that sets
`initialized` and refuses a second call) hands the contract to whoever calls first: a misnamed pre-0.4.22
constructor, an init left public (Parity), a setter that forgot its modifier.
"""

from __future__ import annotations

import re

from slither.core.solidity_types import MappingType
from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import Binary, BinaryType, Index

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, is_public_entry, origin, reads_sender

PRIVILEGED = re.compile(r"^_?(owner|owners|admin|admins|administrator|controller|creator|governance|operator)$",
                        re.IGNORECASE)
CALLER = {"msg.sender", "tx.origin"}
INITIALIZER = re.compile(r"^_?init([A-Z_].*)?$|^_?initiali[sz]e", re.IGNORECASE)
"""init, initialize, initWallet, initMultiowned: set-up functions that must run once, by the deployer."""


class UnprotectedOwnerChange(ProjectDetector):
    ARGUMENT = "unprotected-owner-change"
    HELP = "A public function changes who passes the access checks without checking the caller"
    IMPACT = DetectorClassification.HIGH
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "unprotected-owner-change"
    WIKI_TITLE = "Unprotected owner change"
    WIKI_DESCRIPTION = ("A function meant as a constructor or initializer (a typo in a pre-0.4.22 constructor name, "
                        "an init left public) or a setter without its modifier lets anyone take ownership "
                        "(SWC-105, SWC-118).")
    WIKI_EXPLOIT_SCENARIO = "`contract Wallet { function Walet() public { owner = msg.sender; } }`: anyone calls Walet()."
    WIKI_RECOMMENDATION = "Use the `constructor` keyword, protect initializers (one-shot flag) and owner setters with onlyOwner."

    def _check(self) -> list:
        results = []
        for contract in self.contracts:
            if contract.is_interface or contract.is_library:
                continue
            guarded = access_variables(contract)
            for function in contract.functions_declared:
                if not is_public_entry(function) or reads_sender(function) or one_shot(function) or function.payable:
                    continue  # payable: a position bought (the highest bidder), not taken
                initializer = INITIALIZER.match(function.name)
                for node in function.nodes:
                    hit = [v for v in node.state_variables_written if v in guarded or
                           (PRIVILEGED.match(v.name) and str(v.type).startswith(("address", "mapping(address")))]
                    if hit:
                        results.append(self.generate_result([
                            "Anyone can change ", hit[0], " (read by the access checks) through ", function, ": ",
                            node, "\n"]))
                        break
                    if initializer and (node.state_variables_written or any(
                            getattr(getattr(c, "function", c), "all_state_variables_written", lambda: [])()
                            for c in node.internal_calls)):
                        results.append(self.generate_result([
                            "Initializer ", function, " is public, checks no caller and can run again: ", node, "\n"]))
                        break
        return results


def access_variables(contract) -> set:
    """State variables that conditions compare with the caller, or index with the caller."""
    found = set()
    for function in contract.functions + contract.modifiers:
        for node in function.nodes:
            if not (node.contains_require_or_assert() or node.is_conditional(include_loop=False)):
                continue
            if not {v.name for v in node.solidity_variables_read} & CALLER:
                continue
            for ir in node.irs:
                if isinstance(ir, Binary) and ir.type in (BinaryType.EQUAL, BinaryType.NOT_EQUAL):
                    names = {getattr(v, "name", "") for v in ir.read}
                    if names & CALLER:
                        found |= {origin(v) for v in ir.read if origin(v) in contract.state_variables}
                if isinstance(ir, Index) and getattr(ir.variable_right, "name", "") in CALLER:
                    variable = origin(ir.variable_left)
                    if variable in contract.state_variables and isinstance(variable.type, MappingType) \
                            and str(variable.type.type_to) == "bool":
                        found.add(variable)
    return {v for v in found if str(v.type).startswith(("address", "mapping(address"))}


def one_shot(function) -> bool:
    """The function (or a modifier) tests a state flag and sets it: an initializer that runs once.

    OpenZeppelin's `initializer`/`reinitializer` (Initializable) keep their flag in ERC-7201 namespaced
    storage, written through assembly, which Slither does not see as a state variable: trusted by name
    and declaring contract."""
    if any(getattr(m, "name", "") in ("initializer", "reinitializer")
           and getattr(getattr(m, "contract_declarer", None), "name", "") == "Initializable" for m in function.modifiers):
        return True
    for part in [function, *function.modifiers]:
        tested = {v for node in part.nodes if node.contains_require_or_assert() or node.is_conditional(include_loop=False)
                  for v in node.state_variables_read}
        written = set(part.all_state_variables_written()) if hasattr(part, "all_state_variables_written") else set()
        if tested & written and any(str(v.type) in ("bool", "uint8", "uint64") for v in tested & written):
            return True
    return False
