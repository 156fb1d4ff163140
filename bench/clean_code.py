"""Audited libraries as whole projects through Slither and the project's detectors (no high may remain).

Why here and not through `AuditService`: until the service compiles a project once (issue 11 pt 2), a
library is compiled here as one standard-JSON input (every source, relative imports and npm imports
resolved by the project's solc) and handed to Slither through crytic-compile's standard-JSON platform.
Findings then go through the same normalisation and triage as an audit's (`slither_tool.normalise`).

The code bases are npm packages (pinned devDependencies in package.json, or `npm pack` into a folder):
OpenZeppelin Contracts 5.4, Uniswap V2 core (solc 0.5.16), solady, solmate.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from agents.models import Finding


@dataclass
class Library:
    name: str
    root: Path
    """The folder source unit names are relative to (the package root)."""
    sources: list[str]
    """Source unit names to audit (relative to root); imports are compiled, not audited."""
    solc_version: str
    remappings: list[str] = field(default_factory=list)


def non_test_sources(root: Path, under: str, *, skip: tuple[str, ...] = ("mocks", "test", "tests", "mock")) -> list[str]:
    """Every .sol file under `root/under` but tests, mocks and interfaces-only folders are kept (they compile)."""
    found = []
    for path in sorted((root / under).rglob("*.sol")):
        parts = set(path.relative_to(root).parts[:-1])
        if parts & set(skip) or path.name.endswith((".t.sol", ".s.sol")):
            continue
        found.append(path.relative_to(root).as_posix())
    return found


def compile_and_analyse(library: Library, *, detectors: list[type] | None = None,
                        timeout: float = 900.0) -> tuple[dict[str, list[Finding]], float]:
    """Findings per audited source unit (after triage), and the seconds it took."""
    from crytic_compile import CryticCompile
    from crytic_compile.platform.solc_standard_json import SolcStandardJson
    from slither import Slither
    from slither.__main__ import get_detectors_and_printers

    from agents.audit.detectors import DETECTORS
    from agents.audit.slither_tool import normalise
    from hyperagent.paths import node_modules
    from hyperagent.toolchain import slither_launcher
    from hyperagent.errors import CompilationError
    from hyperagent.toolchain.solc import SolcRunner, solc_binary_for

    started = time.monotonic()
    slither_launcher.recognise_openzeppelin_access_control()
    standard = {
        "language": "Solidity",
        "sources": {unit: {"content": (library.root / unit).read_text()} for unit in library.sources},
        "settings": {"remappings": library.remappings,
                     "outputSelection": {"*": {"*": ["abi"], "": ["ast"]}}},
    }
    output = SolcRunner().compile_standard(standard, library.solc_version, base_path=library.root,
                                           include_paths=[node_modules()], timeout=timeout)
    errors = [e for e in output.get("errors", []) if e.get("severity") == "error"]
    if errors:
        raise CompilationError(errors[0].get("formattedMessage") or errors[0].get("message"))
    compilation = CryticCompile(_Compiled(output, library), solc=str(solc_binary_for(library.solc_version)))
    slither = Slither(compilation)
    builtin, _ = get_detectors_and_printers()
    from slither.detectors.abstract_detector import DetectorClassification

    replaced = {d.ARGUMENT for d in DETECTORS}
    for detector in [*(d for d in (detectors or builtin) if d.ARGUMENT not in replaced), *DETECTORS]:
        if detector.IMPACT in (DetectorClassification.INFORMATIONAL, DetectorClassification.OPTIMIZATION):
            continue
        slither.register_detector(detector)
    results = [r for batch in slither.run_detectors() for r in batch]
    audited = {unit: (library.root / unit).resolve() for unit in library.sources}
    findings: dict[str, list[Finding]] = {unit: [] for unit in library.sources}
    for result in results:
        for unit, path in audited.items():
            finding = normalise(result, path)
            if finding is not None:
                findings[unit].append(finding)
    return findings, time.monotonic() - started


def _compiled_platform():
    """A crytic-compile platform that hands over an output solc already produced (ABI and AST only: no
    code generation, so no "stack too deep" without the optimizer and a fraction of the time)."""
    from crytic_compile.compilation_unit import CompilationUnit
    from crytic_compile.compiler.compiler import CompilerVersion
    from crytic_compile.platform.solc_standard_json import SolcStandardJson, parse_standard_json_output

    class Compiled(SolcStandardJson):
        def __init__(self, output: dict, library: Library) -> None:
            super().__init__({})
            self.output, self.library = output, library

        def compile(self, crytic_compile, **kwargs) -> None:
            unit = CompilationUnit(crytic_compile, "standard_json")
            unit.compiler_version = CompilerVersion(compiler="solc", version=self.library.solc_version, optimized=False)
            for contracts in (self.output.get("contracts") or {}).values():
                for info in contracts.values():
                    info["evm"] = {"bytecode": {"object": "", "sourceMap": ""},
                                   "deployedBytecode": {"object": "", "sourceMap": ""}}
            parse_standard_json_output(self.output, unit, solc_working_dir=str(self.library.root))

    return Compiled


def _Compiled(output: dict, library: Library):
    return _compiled_platform()(output, library)


def libraries() -> list[tuple[str, list[Library]]]:
    """The audited code bases (npm packages pinned in package.json), each as one or more compilation groups.

    solady is compiled per folder: solcjs runs out of wasm memory on all of it at once.
    """
    from hyperagent.paths import node_modules

    modules = node_modules()
    table = [
        ("OpenZeppelin Contracts 5.4.0", modules / "@openzeppelin" / "contracts", ["."], "0.8.28"),
        ("Uniswap V2 core 1.0.1", modules / "@uniswap" / "v2-core", ["contracts"], "0.5.16"),
        ("Uniswap V3 core 1.0.1", modules / "@uniswap" / "v3-core", ["contracts"], "0.7.6"),
        ("solmate 6.8.0", modules / "solmate", ["src"], "0.8.28"),
        ("solady 0.1.26", modules / "solady", ["src/auth", "src/tokens", "src/accounts"], "0.8.28"),
    ]
    found = []
    for name, root, folders, version in table:
        if root.is_dir():
            found.append((name, [Library(f"{name} {folder}", root, non_test_sources(root, folder), version)
                                 for folder in folders]))
    return found


def audit_library(groups: list[Library]) -> dict:
    """Findings by severity, every high/critical one, and the graded (downgraded) ones with their reasons."""
    from collections import Counter

    severities: Counter = Counter()
    blocking, graded = [], Counter()
    seconds, sources = 0.0, 0
    for group in groups:
        findings, took = compile_and_analyse(group)
        seconds += took
        sources += len(group.sources)
        for unit, found in findings.items():
            for finding in found:
                severities[finding.severity.value] += 1
                if finding.severity.rank >= 3:
                    blocking.append(f"{unit}:{finding.line} {finding.detector} ({finding.severity.value})")
                if finding.triage:
                    graded[f"{finding.detector}: {finding.triage.split(':', 1)[0]}"] += 1
    return {"sources": sources, "seconds": round(seconds, 1), "severities": dict(severities),
            "high_or_critical": blocking, "graded": dict(graded)}
