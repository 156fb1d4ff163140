"""What the project's Slither detectors share: version gating and the contracts worth looking at.

Why a base class: like Slither's reentrancy family, each detector only filters and formats; the base
refuses a detector whose compiler range does not apply, skips interfaces and libraries (SafeMath is
the fix, not the bug) and yields the functions a contract declares, once each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from slither.core.cfg.node import Node
from slither.core.declarations import Function
from slither.detectors.abstract_detector import AbstractDetector
from slither.slithir.variables import ReferenceVariable

WIKI_BASE = "https://github.com/hyperagent/hyperagent/blob/main/docs/audit.md#"


def version_tuple(version: str) -> tuple[int, ...]:
    numbers = re.findall(r"\d+", version or "0.0.0")[:3]
    return tuple(int(n) for n in numbers) or (0, 0, 0)


class ProjectDetector(AbstractDetector):
    """Base of HyperAgent's detectors. `BELOW` limits a detector to older compilers (e.g. (0, 8, 0))."""

    BELOW: tuple[int, ...] | None = None
    ABSTRACT = True

    def compiler_applies(self) -> bool:
        if self.BELOW is None:
            return True
        return version_tuple(self.compilation_unit.solc_version) < self.BELOW

    def functions(self) -> Iterator[Function]:
        for contract in self.contracts:
            if contract.is_interface or contract.is_library:
                continue
            yield from contract.functions_and_modifiers_declared

    def unguarded_nodes(self) -> Iterator[tuple[Function, Node]]:
        """Statements of public, state-changing functions that never check who the caller is."""
        for function in self.functions():
            if is_public_entry(function) and not reads_sender(function):
                for node in function.nodes:
                    yield function, node

    def _detect(self) -> list:
        if not self.compiler_applies():
            return []
        return self._check()

    def _check(self) -> list:
        raise NotImplementedError


def origin(variable):
    """The declared variable behind a SlithIR reference (`balances[a]` -> `balances`)."""
    while isinstance(variable, ReferenceVariable):
        variable = variable.points_to_origin
    return variable


def is_public_entry(function: Function) -> bool:
    return (function.visibility in ("public", "external") and not function.is_constructor
            and not getattr(function, "view", False) and not getattr(function, "pure", False)
            and function.name not in ("fallback", "receive", "slitherConstructorVariables",
                                      "slitherConstructorConstantVariables"))


def reads_sender(function: Function) -> bool:
    """Access control on the caller in the function or its modifiers (require/if on msg.sender, tx.origin)."""
    names = {v.name for v in function.all_conditional_solidity_variables_read(include_loop=False)}
    if names & {"msg.sender", "tx.origin"}:
        return True
    if any(m.name.startswith("only") for m in function.modifiers):
        return True
    called = {getattr(getattr(c, "function", c), "name", "") for c in function.all_internal_calls()}
    if called & {"_checkRole", "_checkOwner", "_onlyOwner", "_checkAuthorized"}:
        return True
    return checks_caller(function)


SENDER_GETTERS = {"_msgSender", "msgSender", "_sender"}


def checks_caller(function: Function, depth: int = 4) -> bool:
    """A condition (require, if/revert) on the caller anywhere in the function, its modifiers or the internal
    functions they call (solmate's `requiresAuth` -> `isAuthorized(msg.sender, ...)`, OZ's `_msgSender()`)."""
    seen: set = set()
    todo = [(function, 0), *((m, 0) for m in getattr(function, "modifiers", []))]
    while todo:
        current, level = todo.pop()
        if current in seen or level > depth:
            continue
        seen.add(current)
        for node in current.nodes:
            conditional = node.contains_require_or_assert() or node.is_conditional(include_loop=False)
            if conditional and caller_in(node):
                return True
        for call in current.internal_calls:
            callee = getattr(call, "function", call)
            if isinstance(callee, Function):
                todo.append((callee, level + 1))
        for modifier in getattr(current, "modifiers", []):
            todo.append((modifier, level + 1))
    return False


def caller_in(node: Node) -> bool:
    names = {v.name for v in node.solidity_variables_read}
    if names & {"msg.sender", "tx.origin"}:
        return True
    return any(getattr(getattr(c, "function", c), "name", "") in SENDER_GETTERS for c in node.internal_calls)


def entry_points(function: Function, limit: int = 200) -> list[Function]:
    """The public/external functions whose calls reach `function` (itself when it is one)."""
    found, seen, todo = [], set(), [function]
    while todo and len(seen) < limit:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if getattr(current, "visibility", "") in ("public", "external"):
            found.append(current)
        todo.extend(getattr(current, "reachable_from_functions", ()) or ())
    return found


def is_guarded_entry(function: Function) -> bool:
    """An entry point restricted to some callers (Slither's notion, OZ's checks, caller conditions)."""
    return function.is_constructor or function.is_protected() or reads_sender(function)
