"""Slither's incorrect-return, graded: an assembly `return` that halts the caller skips nothing when the
call is the caller's last statement (a proxy forwarding its fallback)."""

from __future__ import annotations

from slither.core.declarations import Function
from slither.detectors.assembly.incorrect_return import IncorrectReturn as SlitherIncorrectReturn

from agents.audit.detectors._grading import Grade, Refined


class IncorrectReturn(Refined, SlitherIncorrectReturn):
    def grade(self, objects: list) -> Grade | None:
        functions = [o for o in objects if isinstance(o, Function)]
        if len(functions) < 2:
            return None
        caller, called = functions[0], functions[1]
        calls = [c.node for c in caller.internal_calls if getattr(c, "function", None) == called and hasattr(c, "node")]
        if calls and all(nothing_after(node) for node in calls):
            return Grade("info", f"nothing in {caller.name} runs after {called.name}: halting there skips no code", "low")
        halts = [o for o in objects if hasattr(o, "dominators")]
        if halts and all(any(d.is_conditional(include_loop=False) for d in h.dominators if d is not h) for h in halts):
            return Grade("medium", f"{called.name} halts only on a condition it checks first (it answers some calls "
                                   "itself, like a dispatcher); the rest of the caller runs otherwise", "low")
        return None


def nothing_after(node) -> bool:
    """No statement with an effect follows the node on any path (only end-of-block markers)."""
    seen, todo = set(), list(node.sons)
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if current.irs:
            return False
        todo.extend(current.sons)
    return True
