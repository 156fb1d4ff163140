"""Slither's own CLI, with extra detectors loaded from modules named in HYPERAGENT_SLITHER_PLUGINS.

Why not Slither's plugin entry point: a plugin installed through `slither_analyzer.plugin` changes
every `slither` run on the machine; this launcher adds the project's detectors to our runs only.
The variable holds `module:ATTRIBUTE` items separated by commas; ATTRIBUTE is a list of detector classes.
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


def main() -> None:
    from slither.__main__ import get_detectors_and_printers, main_impl

    sys.setrecursionlimit(1500)
    detectors, printers = get_detectors_and_printers()
    known = {d.ARGUMENT for d in detectors}
    detectors += [d for d in extra_detectors() if d.ARGUMENT not in known]
    sys.argv = ["slither", *sys.argv[1:]]
    main_impl(all_detector_classes=detectors, all_printer_classes=printers)


if __name__ == "__main__":
    main()
