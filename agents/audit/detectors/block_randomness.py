"""Randomness drawn from block values: difficulty/prevrandao, coinbase, gaslimit, blockhash, or a hash of timestamp/number."""

from __future__ import annotations

from slither.detectors.abstract_detector import DetectorClassification
from slither.slithir.operations import Binary, BinaryType, SolidityCall

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector

ALWAYS = {"block.difficulty", "block.prevrandao", "block.coinbase", "block.gaslimit"}
WHEN_HASHED = {"block.timestamp", "now", "block.number"}
HASHES = {"keccak256()", "keccak256(bytes)", "sha3()", "sha256()", "sha256(bytes)"}


class BlockRandomness(ProjectDetector):
    ARGUMENT = "block-randomness"
    HELP = "Randomness derived from block values a miner or validator controls or can predict"
    IMPACT = DetectorClassification.HIGH
    CONFIDENCE = DetectorClassification.MEDIUM
    WIKI = WIKI_BASE + "block-randomness"
    WIKI_TITLE = "Randomness from block values"
    WIKI_DESCRIPTION = ("block.difficulty/prevrandao, coinbase, gaslimit, blockhash, timestamp and number are known "
                        "to the block producer and to any contract in the same block (SWC-120).")
    WIKI_EXPLOIT_SCENARIO = "A lottery picks `keccak256(block.difficulty, now) % n`; an attacker contract computes the same value and only plays to win."
    WIKI_RECOMMENDATION = "Use a commit-reveal scheme or a verifiable randomness oracle."

    def _check(self) -> list:
        results = []
        for function in self.functions():
            for node in function.nodes:
                names = {v.name for v in node.solidity_variables_read}
                calls = {ir.function.name for ir in node.irs if isinstance(ir, SolidityCall)}
                hashed = bool(calls & HASHES) or any(
                    isinstance(ir, Binary) and ir.type == BinaryType.MODULO for ir in node.irs)
                uses_blockhash = any(name.startswith(("blockhash", "block.blockhash")) for name in calls)
                if names & ALWAYS or (uses_blockhash and hashed) or (names & WHEN_HASHED and bool(calls & HASHES)):
                    results.append(self.generate_result([
                        "Block values used as randomness in ", function, ": ", node, "\n"]))
        return results


