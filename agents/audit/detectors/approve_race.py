"""ERC20 approve race (front-running): `approve` overwrites a non-zero allowance in one step."""

from __future__ import annotations

from slither.detectors.abstract_detector import DetectorClassification

from agents.audit.detectors._common import WIKI_BASE, ProjectDetector


class ApproveRace(ProjectDetector):
    ARGUMENT = "erc20-approve-race"
    HELP = "approve() changes a non-zero allowance directly: the spender can front-run and spend both"
    IMPACT = DetectorClassification.LOW
    CONFIDENCE = DetectorClassification.HIGH
    WIKI = WIKI_BASE + "erc20-approve-race"
    WIKI_TITLE = "ERC20 approve race condition"
    WIKI_DESCRIPTION = ("Changing an allowance from N to M lets the spender see the transaction in the mempool, "
                        "spend N first and M after (SWC-114, transaction order dependence).")
    WIKI_EXPLOIT_SCENARIO = "Alice lowers Bob's allowance from 100 to 50; Bob front-runs with transferFrom(100), then spends 50 more."
    WIKI_RECOMMENDATION = "Require the current allowance to be 0 before setting a new one, or offer increase/decreaseAllowance."

    def _check(self) -> list:
        results = []
        for function in self.functions():
            if function.name != "approve" or len(function.parameters) != 2:
                continue
            if not str(function.parameters[0].type).startswith("address"):
                continue
            for node in function.nodes:
                written = [v for v in node.state_variables_written if str(v.type).startswith("mapping(")]
                if not written:
                    continue
                guarded = any((g.contains_require_or_assert() or g.contains_if())
                              and any(v in g.state_variables_read for v in written) for g in node.dominators)
                if not guarded:
                    results.append(self.generate_result([
                        "Allowance overwritten without a zero check in ", function, ": ", node, "\n"]))
        return results
