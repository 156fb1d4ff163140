"""Randomness any contract can predict: block values, blockhashes that are zero, hashes of public data.

Reported:
- block.difficulty/prevrandao, coinbase, gaslimit anywhere they feed a hash or a remainder;
- `blockhash(n)` hashed or reduced, and `blockhash(block.number)` or of a stored block number, which is 0 for
  the current block and for blocks more than 256 back (old_blockhash);
- timestamp or block number hashed;
- a remainder (`%`) of a hash of on-chain data only (state variables, `private` included, msg.sender, block
  values, constants): every input is readable by an attacker's contract in the same transaction.
A hash that takes a caller-supplied secret (commit-reveal) is not reported.
"""

from __future__ import annotations

from slither.analyses.data_dependency.data_dependency import is_dependent
from slither.core.variables.state_variable import StateVariable
from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import Binary, BinaryType, SolidityCall

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, origin

ALWAYS = {"block.difficulty", "block.prevrandao", "block.coinbase", "block.gaslimit"}
WHEN_HASHED = {"block.timestamp", "now", "block.number"}
HASHES = {"keccak256()", "keccak256(bytes)", "sha3()", "sha256()", "sha256(bytes)"}
BLOCKHASH = ("blockhash", "block.blockhash")


class BlockRandomness(ProjectDetector):
    ARGUMENT = "block-randomness"
    HELP = "Randomness derived from values a miner, validator or any contract can know or predict"
    IMPACT = DetectorClassification.HIGH
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "block-randomness"
    WIKI_TITLE = "Predictable randomness"
    WIKI_DESCRIPTION = ("block.difficulty/prevrandao, coinbase, gaslimit, blockhash, timestamp and number are known "
                        "to the block producer and to any contract in the same block; `private` state is readable "
                        "off-chain; blockhash of the current block or of one older than 256 blocks is 0 (SWC-120).")
    WIKI_EXPLOIT_SCENARIO = "A lottery picks `keccak256(block.difficulty, now) % n`; an attacker contract computes the same value and only plays to win."
    WIKI_RECOMMENDATION = "Use a commit-reveal scheme or a verifiable randomness oracle."

    def _check(self) -> list:
        results = []
        seeds = _block_seeded(self.contracts)
        used: set = set()
        for function in self.functions():
            hashed_public = _hashes_of_public_data(function)
            blockhashes = [ir.lvalue for node in function.nodes for ir in node.irs
                           if isinstance(ir, SolidityCall) and ir.function.name.startswith(BLOCKHASH) and ir.lvalue]
            for node in function.nodes:
                reason = _reason(node, hashed_public, blockhashes, seeds, function)
                if reason:
                    used |= set(node.state_variables_read) & set(seeds)
                    results.append(self.generate_result([reason, " in ", function, ": ", node, "\n"]))
        for variable in used:
            results.append(self.generate_result([
                variable, f" is seeded from {seeds[variable]} and used as randomness\n"]))
        return results


def _reason(node, hashed_public: list, blockhashes: list, seeds: dict, function) -> str | None:
    names = {v.name for v in node.solidity_variables_read}
    calls = {ir.function.name for ir in node.irs if isinstance(ir, SolidityCall)}
    modulo = [ir for ir in node.irs if isinstance(ir, Binary) and ir.type == BinaryType.MODULO]
    hashed = bool(calls & HASHES) or bool(modulo)
    blockhash = [ir for ir in node.irs if isinstance(ir, SolidityCall) and ir.function.name.startswith(BLOCKHASH)]
    if names & ALWAYS and (hashed or node.contains_if() or node.contains_require_or_assert()):
        return "Block values used as randomness"
    for ir in blockhash:
        argument = ir.arguments[0] if ir.arguments else None
        if getattr(argument, "name", "") == "block.number":
            return "blockhash of the current block is always 0"
        if isinstance(origin(argument), StateVariable) and not origin(argument).is_constant:
            return "blockhash of a stored block number is 0 once that block is more than 256 blocks old"
    if blockhash and (hashed or _reduced_later(function, [ir.lvalue for ir in blockhash if ir.lvalue])):
        return "A blockhash used as randomness"
    if names & WHEN_HASHED and bool(calls & HASHES):
        return "Block timestamp or number hashed as randomness"
    if "block.number" in names and modulo:
        return "Block number reduced as randomness"
    for ir in modulo:
        if any(is_dependent(ir.variable_left, value, node) for value in hashed_public):
            return "A remainder of a hash of public on-chain data used as randomness"
        seeded = [v for v in seeds if is_dependent(ir.variable_left, v, node) or ir.variable_left == v]
        if seeded:
            return f"A remainder of {seeded[0].name}, seeded from {seeds[seeded[0]]}, used as randomness"
    return None


def _reduced_later(function, values: list) -> bool:
    """A value flows into a remainder or a division somewhere in the function (a draw from it)."""
    for node in function.nodes:
        for ir in node.irs:
            if isinstance(ir, Binary) and ir.type in (BinaryType.MODULO, BinaryType.DIVISION):
                if any(is_dependent(ir.variable_left, v, node) for v in values):
                    return True
    return False


def _block_seeded(contracts) -> dict:
    """State variables initialised from block values (`uint256 private salt = block.timestamp;`)."""
    seeds = {}
    for contract in contracts:
        for function in contract.functions:
            if function.name != "slitherConstructorVariables":
                continue
            for node in function.nodes:
                read = {v.name for v in node.solidity_variables_read} & (WHEN_HASHED | ALWAYS)
                for variable in node.state_variables_written:
                    if read:
                        seeds[variable] = sorted(read)[0]
    return seeds


def _hashes_of_public_data(function) -> list:
    """Hash outputs in the function whose inputs are all readable on-chain (no parameter, no caller secret)."""
    parameters = set(function.parameters)
    found = []
    for node in function.nodes:
        for ir in node.irs:
            if isinstance(ir, SolidityCall) and ir.function.name in HASHES and ir.lvalue is not None:
                inputs = set(node.variables_read)
                if not any(is_dependent(v, p, node) for v in inputs for p in parameters) and \
                        (node.state_variables_read or node.solidity_variables_read):
                    found.append(ir.lvalue)
    return found
