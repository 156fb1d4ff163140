"""Slither's arbitrary-send-eth, graded: an internal payer reached only through guarded entry points or an
approved request (a proposal or operation whose hash is checked) forwards ether by design."""

from __future__ import annotations

from slither.core.declarations import Function
from slither.detectors.functions.arbitrary_send_eth import ArbitrarySendEth as SlitherArbitrarySendEth
from slither.slithir.operations import SolidityCall

from agents.audit.detectors._common import entry_points, is_guarded_entry
from agents.audit.detectors._grading import Grade, Refined

HASHES = {"keccak256(bytes)", "keccak256()", "sha3()"}


class ArbitrarySendEth(Refined, SlitherArbitrarySendEth):
    def grade(self, objects: list) -> Grade | None:
        function = next((o for o in objects if isinstance(o, Function)), None)
        if function is None:
            return None
        entries = entry_points(function)
        if not entries:
            return Grade("low", "no public or external function reaches this payment", "low")
        open_entries = [e for e in entries if not is_guarded_entry(e)]
        if not open_entries:
            names = ", ".join(sorted({e.name for e in entries})[:4])
            return Grade("low", f"reached only through entry points that check the caller ({names})", "medium")
        if all(approves_request(e) for e in open_entries):
            names = ", ".join(sorted({e.name for e in open_entries})[:4])
            return Grade("low", f"{names} executes a request identified by a hash of its arguments and checked "
                                "against storage (an approved proposal or operation)", "medium")
        return None


def approves_request(function: Function) -> bool:
    """The function (or what it calls) hashes its arguments and reverts on what storage says about that hash."""
    called = [function, *(getattr(c, "function", c) for c in function.all_internal_calls())]
    hashes = any(isinstance(ir, SolidityCall) and ir.function.name in HASHES
                 for f in called if isinstance(f, Function) for node in f.nodes for ir in node.irs)
    checks_state = any(node.is_conditional(include_loop=False) and node.state_variables_read
                       for f in called if isinstance(f, Function) for node in f.nodes)
    return hashes and checks_state
