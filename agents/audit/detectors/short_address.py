"""Short address attack: pre-0.5 token functions taking (address, uint) with no calldata length check."""

from __future__ import annotations

from slither.detectors.abstract_detector import DetectorClassification

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector, is_public_entry


class ShortAddress(ProjectDetector):
    ARGUMENT = "short-address"
    HELP = "Value-moving function callable with a truncated address argument (no msg.data length check)"
    IMPACT = DetectorClassification.MEDIUM
    CONFIDENCE = DetectorClassification.MEDIUM
    BELOW = (0, 5, 0)
    WIKI = WIKI_BASE + "short-address"
    WIKI_TITLE = "Short address attack"
    WIKI_DESCRIPTION = ("Before 0.5 the ABI decoder pads missing calldata bytes with zeros: a call to transfer() "
                        "with an address one byte short shifts the amount left by 8 bits (DASP 9).")
    WIKI_EXPLOIT_SCENARIO = "An exchange sends `transfer(0x..00 minus last byte, 100)`; the token moves 25600 units."
    WIKI_RECOMMENDATION = "Check `msg.data.length` in an onlyPayloadSize modifier, or compile with 0.5 or later."

    def _check(self) -> list:
        results = []
        for function in self.functions():
            if not is_public_entry(function) or len(function.parameters) < 2:
                continue
            types = [str(p.type) for p in function.parameters]
            if not (types[0] == "address" and types[-1].startswith("uint")):
                continue
            if not any(str(v.type).startswith("mapping(address") for v in function.state_variables_written):
                continue
            checked = any(v.name == "msg.data" for m in [function, *function.modifiers]
                          for v in m.solidity_variables_read)
            if not checked:
                results.append(self.generate_result([function, " takes (address, amount) with no calldata "
                                                                "length check (short address attack)\n"]))
        return results
