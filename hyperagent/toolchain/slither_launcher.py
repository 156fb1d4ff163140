"""Slither's own CLI, with extra detectors loaded from modules named in HYPERAGENT_SLITHER_PLUGINS.

Why not Slither's plugin entry point: a plugin installed through `slither_analyzer.plugin` changes
every `slither` run on the machine; this launcher adds the project's detectors to our runs only.
The variable holds `module:ATTRIBUTE` items separated by commas; ATTRIBUTE is a list of detector classes.
A listed class with the ARGUMENT of a Slither detector replaces it (the project's refined version of
that detector, which grades its results by intent: see agents/audit/triage.py).
A target that is the audit's build file (a compiled compilation unit) is read, not compiled again.
"""

from __future__ import annotations

import importlib
import os
import sys


def extra_detectors() -> list[type]:
    found: list[type] = []
    for spec in filter(None, (s.strip() for s in os.environ.get("HYPERAGENT_SLITHER_PLUGINS", "").split(","))):
        module_name, _, attribute = spec.partition(":")
        found += list(getattr(importlib.import_module(module_name), attribute or "DETECTORS"))
    return found


ACCESS_CHECKS = {"_checkRole", "_checkOwner", "_onlyOwner", "_checkAuthorized", "_authorizeUpgrade"}


def recognise_openzeppelin_access_control() -> None:
    """Slither's `is_protected` only sees `onlyOwner` or a condition on msg.sender; OpenZeppelin 4-5 check
    `_msgSender()` inside `_checkRole`/`_checkOwner`, so role-gated withdrawals looked unprotected
    (arbitrary-send-eth, suicidal). Count `only*` modifiers and those checks as protection too."""
    from slither.core.declarations import Function

    original = Function.is_protected

    def is_protected(self) -> bool:
        if original(self):
            return True
        if any(m.name.startswith("only") for m in self.modifiers):
            return True
        called = {getattr(c, "name", "") for c in self.all_internal_calls()}
        called |= {getattr(getattr(c, "function", None), "name", "") for c in self.all_internal_calls()}
        return bool(called & ACCESS_CHECKS)

    Function.is_protected = is_protected


def read_build_files() -> None:
    """A target that is HyperAgent's build file (one compiled compilation unit) is loaded, not compiled:
    Slither's CLI gets the crytic-compile object of hyperagent/toolchain/crytic_build.py."""
    import slither.__main__ as cli

    from hyperagent.toolchain import crytic_build

    compile_all = cli.compile_all

    def compile_built(target: str, **kwargs):
        return [crytic_build.load(target)] if crytic_build.is_build_file(target) else compile_all(target, **kwargs)

    cli.compile_all = compile_built


def main() -> None:
    from slither.__main__ import get_detectors_and_printers, main_impl

    recognise_openzeppelin_access_control()
    read_build_files()

    sys.setrecursionlimit(1500)
    detectors, printers = get_detectors_and_printers()
    extra = extra_detectors()
    replaced = {d.ARGUMENT for d in extra}  # a project detector named like Slither's is its refined version
    detectors = [d for d in detectors if d.ARGUMENT not in replaced] + extra
    sys.argv = ["slither", *sys.argv[1:]]
    main_impl(all_detector_classes=detectors, all_printer_classes=printers)


if __name__ == "__main__":
    main()
