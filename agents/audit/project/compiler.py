"""Compile a compilation unit once, for every tool: standard JSON in, one shared build file out.

What is asked of solc: ASTs and ABIs of every source (Slither and the project's detectors), and,
only when a tool needs bytecode (Mythril, the fuzzer), bytecode and source maps of the contracts in
the audited files. Why not more: code generation is most of solc's time, and dependencies are
never run on their own.

A compile error is charged to the audited files whose imports reach the file it is in; the others
are compiled again without them, so one broken file does not hide the rest. When only code
generation fails (`Stack too deep` without the project's via-IR settings, say), the unit is kept for
static analysis and the bytecode tools are told why they cannot run. The build file (input, output,
the three names of every file) is what the Slither and Mythril launchers read instead of compiling.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from agents.audit.project.model import CompilationUnit, Project
from hyperagent.errors import ToolError
from hyperagent.toolchain.crytic_build import BUILD_FORMAT, BUILD_SUFFIX
from hyperagent.paths import data_dir

BYTECODE_OUTPUTS = ["evm.bytecode.object", "evm.bytecode.sourceMap", "evm.bytecode.linkReferences",
                    "evm.deployedBytecode.object", "evm.deployedBytecode.sourceMap",
                    "evm.deployedBytecode.linkReferences"]
CODEGEN_ERRORS = {"CompilerError", "YulException", "CodeGenerationError", "UnimplementedFeatureError"}
BUILD_FILE_DAYS = 7.0
"""Build files (read by hyperagent/toolchain/crytic_build.py for Slither, scripts/myth_launcher.py for
Mythril) unused this long are removed."""


@dataclass
class ContractInfo:
    """A contract, interface or library defined in an audited file, as the compiler saw it."""

    name: str
    unit_name: str
    kind: str
    """contract, interface or library."""
    abstract: bool
    line: int
    abi: list[dict[str, Any]] = field(default_factory=list)
    bytecode: str = ""
    has_external_functions: bool = False

    @property
    def deployable(self) -> bool:
        """Worth running on its own: a concrete contract, or a library with public entry points."""
        if self.kind == "library":
            return self.has_external_functions
        return self.kind == "contract" and not self.abstract


@dataclass
class CompiledUnit:
    """A unit after its one compile: solc's output, the build file the tools read, what it defines."""

    unit: CompilationUnit
    root: Path
    output: dict[str, Any]
    build_file: Path
    contracts: list[ContractInfo]
    bytecode: bool = False
    bytecode_error: str | None = None
    """Why there is no bytecode although a tool needed it (the tools that need it report this)."""
    dependencies: list[str] = field(default_factory=list)
    """Source unit names of files that are not the project's own (dependency folders, outside the root)."""
    notes: list[str] = field(default_factory=list)

    def contracts_in(self, unit_name: str) -> list[ContractInfo]:
        return [c for c in self.contracts if c.unit_name == unit_name]

    def subset_build_file(self, audited: list[str]) -> Path:
        """A build file with only `audited` and what they import, from the same compile: how one file is
        analysed alone when a tool crashed on the whole unit (a source's AST only refers to its imports)."""
        names = set().union(*(self.unit.closures.get(n, {n}) for n in audited))
        digest = hashlib.sha256("\n".join(sorted(audited)).encode()).hexdigest()[:8]
        path = self.build_file.with_name(f"{self.build_file.stem}-{digest}{self.build_file.suffix}")
        if not path.exists():
            output = {"sources": {n: s for n, s in (self.output.get("sources") or {}).items() if n in names},
                      "contracts": {n: c for n, c in (self.output.get("contracts") or {}).items() if n in names}}
            subset = _narrowed(self.unit, [n for n in audited if n in self.unit.closures] or audited)
            write_build(path, subset, self.root, [d for d in self.dependencies if d in names], output, self.bytecode)
        return path


class UnitCompiler:
    def __init__(self, project: Project, *, timeout: float, reuse: bool = True) -> None:
        self.project = project
        self.timeout = timeout
        self.reuse = reuse

    def compile(self, unit: CompilationUnit, *, bytecode: bool) -> tuple[list[CompiledUnit], dict[str, str]]:
        """The compiled unit(s) and audited name -> error for the files that do not compile.

        Usually one unit; when the compiler itself crashes on a large unit (solcjs can run out of wasm
        memory), the unit is split in halves until each part compiles or one file is left to blame."""
        compiled: list[CompiledUnit] = []
        failed: dict[str, str] = {}
        pending = [unit]
        while pending:
            current = pending.pop(0)
            result, errors, crashed = self._compile_one(current, bytecode)
            failed.update(errors)
            if result is not None:
                compiled.append(result)
            elif crashed:
                half = len(current.audited) // 2
                pending += [replace(_narrowed(current, part), id=f"{current.id}{suffix}")
                            for part, suffix in ((current.audited[:half], "a"), (current.audited[half:], "b"))]
        return compiled, failed

    def _compile_one(self, unit: CompilationUnit, bytecode: bool) -> tuple[CompiledUnit | None, dict[str, str], bool]:
        failed: dict[str, str] = {}
        notes: list[str] = []
        bytecode_error = None
        while unit.audited:
            output = self._run(unit, bytecode)
            errors = [e for e in output.get("errors", []) if e.get("severity") == "error"]
            if len(unit.audited) > 1 and any(e.get("type") == "InternalCompilerError" and not e.get("sourceLocation")
                                             for e in errors):
                return None, failed, True
            if errors and "evmVersion" in unit.settings and any(_about_evm_version(e) for e in errors):
                notes.append(f"solc {unit.solc_version} does not know evm_version {unit.settings['evmVersion']!r}: "
                             "compiled for its default EVM")
                unit = replace(unit, settings={k: v for k, v in unit.settings.items() if k != "evmVersion"})
                continue
            if errors and bytecode and all(e.get("type") in CODEGEN_ERRORS for e in errors):
                bytecode_error = _message(errors[0])
                bytecode = False
                continue
            if not errors:
                return self._finish(unit, output, bytecode, bytecode_error, notes), failed, False
            broken = {(e.get("sourceLocation") or {}).get("file") for e in errors}
            first: dict[str | None, str] = {}
            for error in errors:
                first.setdefault((error.get("sourceLocation") or {}).get("file"), _message(error))
            keep = []
            for name in unit.audited:
                reached = unit.closures.get(name, {name}) & broken
                if reached or None in broken:
                    failed[name] = first[sorted(reached, key=lambda n: n != name)[0]] if reached else first[None]
                else:
                    keep.append(name)
            unit = _narrowed(unit, keep)
        return None, failed, False

    def _run(self, unit: CompilationUnit, bytecode: bool) -> dict[str, Any]:
        from hyperagent.toolchain.solc import SolcRunner

        request = unit.standard_input(output_selection(unit, bytecode))
        cached = self._build_path(unit, bytecode)
        if self.reuse and cached.exists():
            try:
                output = json.loads(cached.read_text())["output"]
                os.utime(cached)
                return output
            except (OSError, ValueError, KeyError):
                pass
        config = self.project.config
        try:
            return SolcRunner().compile_standard(request, unit.solc_version, base_path=self.project.root,
                                                 include_paths=config.include_paths, timeout=self.timeout)
        except ToolError as exc:  # no answer at all (a release that cannot be fetched, a timeout): the unit's files fail
            return {"errors": [{"severity": "error", "type": "ToolError", "message": str(exc)}]}

    def _build_path(self, unit: CompilationUnit, bytecode: bool) -> Path:
        """Named by what was compiled and where the files are (the build file holds absolute paths)."""
        folder = data_dir() / "audit-work" / "units"
        folder.mkdir(parents=True, exist_ok=True)
        where = hashlib.sha256("\n".join([str(self.project.root), *sorted(unit.audited),
                                           *(str(f.absolute) for f in unit.sources.values())]).encode()).hexdigest()[:12]
        return folder / f"{unit.input_hash[:24]}-{'bin' if bytecode else 'ast'}-{where}{BUILD_SUFFIX}"

    def _finish(self, unit: CompilationUnit, output: dict[str, Any], bytecode: bool, bytecode_error: str | None,
                notes: list[str]) -> CompiledUnit:
        path = self._build_path(unit, bytecode)
        dependencies = sorted(n for n, f in unit.sources.items() if not self._own(f.absolute))
        if not path.exists():
            write_build(path, unit, self.project.root, dependencies, output, bytecode)
        return CompiledUnit(unit=unit, root=self.project.root, output=output, build_file=path,
                            contracts=defined_contracts(unit, output), bytecode=bytecode,
                            bytecode_error=bytecode_error, dependencies=dependencies, notes=notes)

    def _own(self, path: Path) -> bool:
        """A file of the project itself (not under a dependency folder, not outside the root)."""
        if not path.is_relative_to(self.project.root):
            return False
        relative = path.relative_to(self.project.root).as_posix()
        return not any(relative.startswith(lib.rstrip("/") + "/") for lib in self.project.config.lib_dirs)


def write_build(path: Path, unit: CompilationUnit, root: Path, dependencies: list[str], output: dict[str, Any],
                bytecode: bool) -> None:
    prune(path.parent)
    build = {"_format": BUILD_FORMAT, "solcVersion": unit.solc_version, "root": str(root),
             "files": {name: str(f.absolute) for name, f in unit.sources.items()}, "dependencies": dependencies,
             "input": unit.standard_input(output_selection(unit, bytecode)), "output": output}
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(build))
    os.replace(tmp, path)


def prune(folder: Path, *, days: float = BUILD_FILE_DAYS) -> None:
    """Build files unused for `days` go (one OpenZeppelin-sized unit is ~15 MB); a reused one is touched."""
    cutoff = time.time() - days * 86400
    for old in folder.glob(f"*{BUILD_SUFFIX}"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass


def output_selection(unit: CompilationUnit, bytecode: bool) -> dict[str, Any]:
    selection: dict[str, Any] = {"*": {"": ["ast"], "*": ["abi", "evm.methodIdentifiers"]}}
    if bytecode:
        extra = ["evm.bytecode.generatedSources", "evm.deployedBytecode.generatedSources"] \
            if _at_least(unit.solc_version, (0, 8, 0)) else []
        for name in unit.audited:
            selection[name] = {"*": ["abi", "evm.methodIdentifiers", *BYTECODE_OUTPUTS, *extra]}
    return selection


def defined_contracts(unit: CompilationUnit, output: dict[str, Any]) -> list[ContractInfo]:
    found = []
    for name in unit.audited:
        ast = ((output.get("sources") or {}).get(name) or {}).get("ast") or {}
        compiled = (output.get("contracts") or {}).get(name) or {}
        text = unit.contents.get(name, "").encode()
        for node in ast.get("nodes") or []:
            if node.get("nodeType") != "ContractDefinition":
                continue
            offset = int(str(node.get("src", "0:0:0")).split(":")[0])
            item = compiled.get(node.get("name"), {})
            functions = [n for n in node.get("nodes") or [] if n.get("nodeType") == "FunctionDefinition"]
            found.append(ContractInfo(
                name=node["name"], unit_name=name, kind=node.get("contractKind", "contract"),
                abstract=bool(node.get("abstract")) or node.get("fullyImplemented") is False,
                line=text[:offset].count(b"\n") + 1, abi=item.get("abi") or [],
                bytecode=((item.get("evm") or {}).get("bytecode") or {}).get("object", ""),
                has_external_functions=any(f.get("visibility") in ("public", "external") for f in functions)))
    return found


def _narrowed(unit: CompilationUnit, keep: list[str]) -> CompilationUnit:
    names = set().union(*(unit.closures[k] for k in keep)) if keep else set()
    return replace(unit, audited=keep, sources={n: f for n, f in unit.sources.items() if n in names},
                   contents={n: c for n, c in unit.contents.items() if n in names},
                   closures={k: unit.closures[k] for k in keep})


def _message(error: dict[str, Any]) -> str:
    text = (error.get("formattedMessage") or error.get("message") or "").strip()
    return " ".join(line.strip() for line in text.split("\n")[:2])[:400]


def _about_evm_version(error: dict[str, Any]) -> bool:
    return "evm version" in (error.get("message") or "").lower() or "evmversion" in (error.get("message") or "").lower()


def _at_least(version: str, floor: tuple[int, int, int]) -> bool:
    return tuple(int(x) for x in version.split(".")) >= floor

