"""Slither's reentrancy-unlimited-gas, reported (low): re-entry through send/transfer, which forward 2300 gas.

Why not informational: the 2300-gas stipend is a gas-cost assumption (EIP-1884 already repriced opcodes
once), and the pattern, state written after paying, is the reentrancy pattern itself.
"""

from __future__ import annotations

from slither.detectors.abstract_detector import DetectorClassification
from slither.detectors.reentrancy.reentrancy_no_gas import ReentrancyNoGas


class ReentrancyStipend(ReentrancyNoGas):
    IMPACT = DetectorClassification.LOW
