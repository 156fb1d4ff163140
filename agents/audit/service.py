"""AuditService: every chosen tool on a file, in parallel, merged into one gated AuditReport.

Why compile first: a file that does not compile gets one clear error (solc's own message), instead
of one cryptic failure per tool; the compile also names the pragma-matched release every tool then
uses (`solc-vX.Y.Z`, so each tool's `solc --version` tells the truth). Why threads: every tool is a
subprocess, so threads only wait; files run in parallel up to the cores, tools in parallel per file.
A tool that crashes or times out becomes a ToolRun with that status; the others' findings stand.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from agents.audit import cache, registry
from agents.audit.base import AuditTarget, ToolSettings
from agents.audit.merge import merge
from agents.audit.scoring import build_report, parse_fail_on
from agents.models import AuditReport, FileAudit, Finding, ToolRun
from hyperagent.errors import (AuditError, AuditInputError, CompilationError, HyperAgentError, ToolError,
                               ToolTimeoutError)
from hyperagent.paths import data_dir, node_modules
from hyperagent.settings import get_settings

IMPORT_RE = re.compile(r"""^\s*import\s+(?:[^'"]*from\s+)?["']([^"']+)["']""", re.MULTILINE)


class AuditService:
    """The audit stage. `audit_source` for the lifecycle, `audit_paths` for user files and folders."""

    def __init__(self, settings=None, *, use_cache: bool = True) -> None:
        self.settings = settings or get_settings()
        self.use_cache = use_cache

    # ---- public API -------------------------------------------------------------------------------
    def audit_source(self, source: str, file_name: str, *, tools: list[str] | str | None = None,
                     timeout: float | None = None, fail_on: str = "high", family: str | None = None,
                     draft: Any = None, compiled: Any = None) -> AuditReport:
        """Audit one source (a generated contract); raises AuditError when it cannot be audited at all.

        With `draft` and `compiled` (the lifecycle has both), the fuzzer adds the family's own invariant
        properties from the testing stage to its generic ones.
        """
        digest = hashlib.sha256(source.encode()).hexdigest()[:16]
        folder = data_dir() / "audit-work" / digest
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / Path(file_name or "Contract.sol").name
        if not path.exists() or path.read_text() != source:
            path.write_text(source)
        result = self.audit_file(path, tools=tools, timeout=timeout, fail_on=fail_on, family=family, base=folder,
                                 draft=draft, compiled=compiled)
        if result.error:
            raise AuditError(result.error)
        return result.report

    def audit_paths(self, paths: list[str | Path], *, tools: list[str] | str | None = None,
                    timeout: float | None = None, fail_on: str = "high") -> list[FileAudit]:
        """Audit files and folders (every .sol under a folder, node_modules and lib excluded)."""
        parse_fail_on(fail_on)
        chosen = registry.parse_tools(tools)
        files = collect_files(paths)
        if not files:
            raise AuditInputError(f"no .sol files in {', '.join(map(str, paths))}: give a Solidity file or a folder "
                                  "holding some")
        workers = max(1, min(len(files), os.cpu_count() or 2))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(lambda item: self.audit_file(item[0], tools=chosen, timeout=timeout,
                                                               fail_on=fail_on, base=item[1]), files))

    def audit_file(self, path: Path, *, tools: list[str] | str | None = None,
                   timeout: float | dict[str, float] | None = None,
                   fail_on: str = "high", family: str | None = None, base: Path | None = None,
                   draft: Any = None, compiled: Any = None) -> FileAudit:
        started = time.monotonic()
        path = Path(path).resolve()
        chosen = registry.parse_tools(tools)
        try:
            target = self.prepare(path, base=base, family=family)
            target.draft, target.compiled = draft, compiled
        except (CompilationError, ToolError) as exc:
            return FileAudit(path=str(path), error=f"{path.name} does not compile: {exc}")
        except OSError as exc:
            return FileAudit(path=str(path), error=f"{path.name} cannot be read: {exc}")
        with ThreadPoolExecutor(max_workers=len(chosen)) as pool:
            outcomes = list(pool.map(lambda name: self.run_tool(name, target, self.tool_settings(
                timeout.get(name) if isinstance(timeout, dict) else timeout)), chosen))
        findings = merge([f for found, _ in outcomes for f in found])
        runs = [run for _, run in outcomes]
        report = build_report(findings, runs, fail_on, solc_version=target.solc_version,
                              duration=round(time.monotonic() - started, 2))
        return FileAudit(path=str(path), solc_version=target.solc_version, contracts=target.contracts,
                         report=report)

    # ---- steps ------------------------------------------------------------------------------------
    def tool_settings(self, timeout: float | None) -> ToolSettings:
        """`timeout` bounds each tool run (a dict given to audit_file sets it per tool name)."""
        limit = float(timeout or self.settings.tool_timeout)
        execution = max(5, min(self.settings.mythril_execution_timeout, int(limit * 0.5)))
        return ToolSettings(timeout=limit, mythril_execution_timeout=execution)

    def prepare(self, path: Path, *, base: Path | None = None, family: str | None = None) -> AuditTarget:
        """Compile once with the pragma-matched release; CompilationError carries solc's first error."""
        from hyperagent.toolchain.solc import SolcRunner, solc_binary_for

        source = path.read_text()
        solc = SolcRunner()
        version = solc.select_version(source)
        binary = solc_binary_for(version)
        base = (base or path.parent).resolve()
        if not path.is_relative_to(base):
            base = path.parent
        remaps = solc.remappings()
        unit = path.relative_to(base).as_posix()
        output = solc.compile_standard({
            "language": "Solidity",
            "sources": {unit: {"content": source}},
            "settings": {"remappings": remaps, "outputSelection": {"*": {"*": ["abi", "evm.bytecode.object"]}}},
        }, version, base_path=base, include_paths=[node_modules()], timeout=self.settings.tool_timeout)
        errors = [e for e in output.get("errors", []) if e.get("severity") == "error"]
        if errors:
            message = (errors[0].get("formattedMessage") or errors[0].get("message") or "").strip()
            raise CompilationError(" ".join(message.split("\n")[:2])[:400])
        target = AuditTarget(path=path, source=source, solc_version=version, solc_binary=binary, remaps=remaps,
                             base_dir=base, family=family)
        compiled = (output.get("contracts") or {}).get(unit, {})
        target.contracts = sorted(compiled)
        target.artifacts = {name: {"abi": item.get("abi", []),
                                   "bytecode": ((item.get("evm") or {}).get("bytecode") or {}).get("object", "")}
                            for name, item in compiled.items()}
        return target

    def run_tool(self, name: str, target: AuditTarget, settings: ToolSettings) -> tuple[list[Finding], ToolRun]:
        started = time.monotonic()
        try:
            tool = registry.get_tool(name)
        except (ValueError, ImportError) as exc:
            return [], ToolRun(tool=name, status="skipped", error=str(exc))
        if not tool.available():
            return [], ToolRun(tool=name, status="skipped", error=missing_tool_error(name, tool.INSTALL_HINT))
        version = tool.version()
        key = cache.cache_key(source_hash=target.source_hash, tool=name, tool_version=version,
                              solc_version=target.solc_version, settings={**settings.key_for(name),
                                                                          "path": str(target.path),
                                                                          "family": target.family,
                                                                          "family_suite": target.draft is not None},
                              imports_hash=imports_hash(target.path, target.source))
        cached = cache.load(key) if self.use_cache else None
        if cached is not None:
            return cached, ToolRun(tool=name, version=version, status="ok", findings=len(cached),
                                   duration=0.0, error=None)
        try:
            findings = tool.run(target, settings)
        except ToolTimeoutError as exc:
            return [], ToolRun(tool=name, version=version, status="timeout", error=str(exc),
                               duration=round(time.monotonic() - started, 2))
        except HyperAgentError as exc:
            return [], ToolRun(tool=name, version=version, status="crashed", error=str(exc)[:500],
                               duration=round(time.monotonic() - started, 2))
        except Exception as exc:  # an adapter's own bug is that tool's crash, not the audit's
            return [], ToolRun(tool=name, version=version, status="crashed",
                               error=f"{type(exc).__name__}: {exc}"[:500], duration=round(time.monotonic() - started, 2))
        if self.use_cache:
            cache.store(key, findings)
        return findings, ToolRun(tool=name, version=version, status="ok", findings=len(findings),
                                 duration=round(time.monotonic() - started, 2))


def missing_tool_error(name: str, hint: str) -> str:
    """One line naming the missing tool and how to get it.

    A hint is a command (`make setup`: "run `make setup`") unless it is advice naming where to get the
    tool (a URL, like Echidna's, which the project never installs): then it is quoted as it is.
    """
    return f"{name} is not installed: {hint if '://' in hint else f'run `{hint}`'}"


def collect_files(paths: list[str | Path]) -> list[tuple[Path, Path]]:
    """(file, base folder) for every .sol file named or found under a named folder."""
    found: list[tuple[Path, Path]] = []
    for raw in paths:
        path = Path(raw).resolve()
        if path.is_dir():
            for file in sorted(path.rglob("*.sol")):
                if not ({"node_modules", "lib", ".git", "out", "cache"} & set(file.relative_to(path).parts[:-1])):
                    found.append((file, path))
        elif path.is_file():
            if path.suffix != ".sol":
                raise AuditInputError(f"{raw} is not a Solidity file (.sol): give a .sol file or a folder holding some")
            found.append((path, path.parent))
        else:
            raise AuditInputError(f"{raw} does not exist: give a .sol file or a folder")
    return list(dict.fromkeys(found))


def imports_hash(path: Path, source: str, seen: set[Path] | None = None) -> str:
    """A hash of the local files a source imports (recursively), so an edited import invalidates the cache."""
    seen = seen if seen is not None else set()
    digest = hashlib.sha256()
    for name in IMPORT_RE.findall(source):
        if not name.startswith("."):
            continue
        imported = (path.parent / name).resolve()
        if imported in seen or not imported.is_file():
            continue
        seen.add(imported)
        text = imported.read_text()
        digest.update(text.encode())
        digest.update(imports_hash(imported, text, seen).encode())
    return digest.hexdigest()
