"""AuditService: projects in, one gated AuditReport per audited file out.

The one path every caller takes (the CLI, the audit-contract flow, the lifecycle's `audit_source`,
the nightly re-audit): find the project (agents/audit/project), compile each compilation unit once,
then run each tool on what that compile produced: unit-scope tools (Slither with the project's
detectors) once per unit, contract-scope tools (Mythril, the fuzzer) once per deployable contract.
Why threads: every tool and every compile is a subprocess, so threads only wait; runs go in
parallel up to the cores (at least two). A tool that crashes or times out becomes a ToolRun with
that status; the others' findings stand. Findings carry paths relative to the project root.
"""

from __future__ import annotations

import hashlib
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from agents.audit import cache, registry
from agents.audit.base import UNIT, AuditTarget, AuditTool, ToolSettings
from agents.audit.merge import merge
from agents.audit.project import CompilationUnit, CompiledUnit, Project, UnitCompiler, load_projects, single_file_project
from agents.audit.scoring import build_report, parse_fail_on
from agents.models import AuditReport, CompilationUnitAudit, FileAudit, Finding, ProjectAudit, ToolRun
from hyperagent.errors import AuditError, HyperAgentError, ToolTimeoutError
from hyperagent.paths import data_dir
from hyperagent.settings import get_settings

PER_SOURCE_SECONDS = 1.0


@dataclass
class Generated:
    """What the lifecycle knows about a generated contract: the fuzzer adds its family's properties."""

    family: str | None = None
    draft: Any = None
    compiled: Any = None


@dataclass
class _Job:
    tool: str
    target: AuditTarget
    files: list[str]
    """Relative paths of the audited files this run speaks for."""
    result: tuple[list[Finding], ToolRun] | None = None


@dataclass
class _ProjectRun:
    project: Project
    compiled: list[CompiledUnit] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    jobs: list[_Job] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, unit: CompilationUnit, compiled: list[CompiledUnit], failed: dict[str, str]) -> None:
        """A unit's compile: its compiled part(s), and the audited files that did not compile."""
        for name, message in failed.items():
            self.errors[unit.file(name).relative] = message
        self.compiled += compiled
        self.notes += [note for c in compiled for note in c.notes]


class AuditService:
    """The audit stage. `audit_source` for the lifecycle, `audit_projects` for user files and folders."""

    def __init__(self, settings=None, *, use_cache: bool = True) -> None:
        self.settings = settings or get_settings()
        self.use_cache = use_cache

    # ---- public API -------------------------------------------------------------------------------
    def audit_source(self, source: str, file_name: str, *, tools: list[str] | str | None = None,
                     timeout: float | None = None, fail_on: str = "high", family: str | None = None,
                     draft: Any = None, compiled: Any = None) -> AuditReport:
        """Audit one source (a generated contract) as a one-file project; raises AuditError when it cannot be audited.

        With `draft` and `compiled` (the lifecycle has both), the fuzzer adds the family's own invariant
        properties from the testing stage to its generic ones.
        """
        digest = hashlib.sha256(source.encode()).hexdigest()[:16]
        folder = data_dir() / "audit-work" / digest
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / Path(file_name or "Contract.sol").name
        if not path.exists() or path.read_text() != source:
            path.write_text(source)
        [result] = self.run_projects([single_file_project(path)], tools=tools, timeout=timeout, fail_on=fail_on,
                                     generated=Generated(family=family, draft=draft, compiled=compiled))
        [file_audit] = result.files
        if file_audit.error:
            raise AuditError(file_audit.error)
        return file_audit.report

    def audit_projects(self, paths: list[str | Path], *, tools: list[str] | str | None = None,
                       timeout: float | None = None, fail_on: str = "high", include: list[str] | tuple = (),
                       exclude: list[str] | tuple = ()) -> list[ProjectAudit]:
        """Audit the projects holding `paths` (files and folders; default `.`), each as its build compiles it."""
        parse_fail_on(fail_on)
        chosen = registry.parse_tools(tools)
        projects = load_projects(list(paths), include=include, exclude=exclude)
        return self.run_projects(projects, tools=chosen, timeout=timeout, fail_on=fail_on)

    def audit_paths(self, paths: list[str | Path], *, tools: list[str] | str | None = None,
                    timeout: float | None = None, fail_on: str = "high") -> list[FileAudit]:
        """Every audited file of `audit_projects`, flat."""
        return [f for project in self.audit_projects(paths, tools=tools, timeout=timeout, fail_on=fail_on)
                for f in project.files]

    def audit_file(self, path: Path, *, tools: list[str] | str | None = None,
                   timeout: float | dict[str, float] | None = None, fail_on: str = "high",
                   family: str | None = None, base: Path | None = None, draft: Any = None,
                   compiled: Any = None) -> FileAudit:
        """One file, compiled inside the project that holds it (`base` is kept for callers; the project decides)."""
        path = Path(path).resolve()
        try:
            projects = load_projects([path])
        except AuditError as exc:
            return FileAudit(path=str(path), error=str(exc))
        generated = Generated(family=family, draft=draft, compiled=compiled)
        [result] = self.run_projects(projects, tools=tools, timeout=timeout, fail_on=fail_on, generated=generated)
        return result.files[0]

    def prepare(self, path: Path, *, base: Path | None = None, family: str | None = None) -> AuditTarget:
        """The compiled target of one file (all its contracts, with bytecode), as a contract-scope tool gets it."""
        [project] = load_projects([Path(path).resolve()])
        run = _ProjectRun(project)
        self._compile(run, bytecode=True)
        if run.errors:
            from hyperagent.errors import CompilationError

            raise CompilationError(next(iter(run.errors.values())))
        [compiled] = run.compiled
        return self._target(compiled, compiled.unit.audited[0], contract=None, generated=Generated(family=family))

    # ---- the run ----------------------------------------------------------------------------------
    def run_projects(self, projects: list[Project], *, tools: list[str] | str | None = None,
                     timeout: float | dict[str, float] | None = None, fail_on: str = "high",
                     generated: Generated | None = None) -> list[ProjectAudit]:
        chosen = registry.parse_tools(tools)
        adapters, unavailable = self._tools(chosen)
        bytecode = any(tool.SCOPE != UNIT for tool in adapters.values())
        runs = [_ProjectRun(project, errors=dict(project.errors)) for project in projects]
        workers = max(2, os.cpu_count() or 2)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            pieces = [(run, unit) for run in runs for unit in run.project.units]
            for (run, unit), outcome in zip(pieces, pool.map(lambda piece: self._compile_unit(
                    piece[0].project, piece[1], bytecode=bytecode), pieces)):
                run.add(unit, *outcome)
            for run in runs:
                run.jobs = self._jobs(run, adapters, generated or Generated())
            jobs = [job for run in runs for job in run.jobs]
            jobs.sort(key=lambda job: adapters[job.tool].SCOPE != UNIT)
            outcomes = pool.map(lambda job: self.run_tool(job.tool, job.target, self._settings_for(job, timeout),
                                                          tool=adapters[job.tool]), jobs)
            for job, outcome in zip(jobs, outcomes):
                job.result = outcome
            retried = {id(job): self._split(job) for job in jobs if adapters[job.tool].SCOPE == UNIT
                       and job.result[1].status == "crashed" and len(job.files) > 1}
            parts = [part for split in retried.values() for part in split]
            for part, outcome in zip(parts, pool.map(lambda p: self.run_tool(p.tool, p.target, self._settings_for(
                    p, timeout), tool=adapters[p.tool]), parts)):
                part.result = outcome
            for run in runs:
                run.jobs = [part for job in run.jobs for part in retried.get(id(job), [job])]
        return [self._project_audit(run, chosen, adapters, unavailable, fail_on) for run in runs]

    def _tools(self, chosen: list[str]) -> tuple[dict[str, AuditTool], dict[str, ToolRun]]:
        adapters: dict[str, AuditTool] = {}
        unavailable: dict[str, ToolRun] = {}
        for name in chosen:
            try:
                tool = registry.get_tool(name)
            except (ValueError, ImportError) as exc:
                unavailable[name] = ToolRun(tool=name, status="skipped", error=str(exc))
                continue
            if not tool.available():
                unavailable[name] = ToolRun(tool=name, status="skipped",
                                            error=missing_tool_error(name, tool.INSTALL_HINT))
            else:
                adapters[name] = tool
        return adapters, unavailable

    def _compile(self, run: _ProjectRun, *, bytecode: bool) -> None:
        for unit in run.project.units:
            run.add(unit, *self._compile_unit(run.project, unit, bytecode=bytecode))

    def _compile_unit(self, project: Project, unit: CompilationUnit, *, bytecode: bool) -> tuple[list[CompiledUnit], dict[str, str]]:
        """One unit's compile, bounded like a tool run over it (twice the tool timeout, plus a second a source)."""
        timeout = self.settings.tool_timeout * 2 + PER_SOURCE_SECONDS * len(unit.sources)
        return UnitCompiler(project, timeout=timeout, reuse=self.use_cache).compile(unit, bytecode=bytecode)

    def _jobs(self, run: _ProjectRun, adapters: dict[str, AuditTool], generated: Generated) -> list[_Job]:
        jobs = []
        for compiled in run.compiled:
            for name, tool in adapters.items():
                if tool.SCOPE == UNIT:
                    target = self._target(compiled, None, contract=None, generated=generated)
                    jobs.append(_Job(name, target, sorted(target.files.values())))
                    continue
                if compiled.bytecode_error:
                    continue
                for contract in compiled.contracts:
                    if contract.deployable and contract.bytecode:
                        target = self._target(compiled, contract.unit_name, contract=contract.name,
                                              generated=generated)
                        jobs.append(_Job(name, target, [compiled.unit.file(contract.unit_name).relative]))
        return jobs

    @staticmethod
    def _split(job: _Job) -> list[_Job]:
        """A unit run that crashed, again file by file from the same compile: one file Slither cannot
        digest (its IR fails on a few old contracts) must not cost the other files their findings."""
        compiled = job.target.unit
        parts = []
        for name in compiled.unit.audited:
            source = compiled.unit.file(name)
            target = replace(job.target, files={str(source.absolute): source.relative},
                             subset_build=compiled.subset_build_file([name]))
            parts.append(_Job(job.tool, target, [source.relative]))
        return parts

    def _target(self, compiled: CompiledUnit, unit_name: str | None, *, contract: str | None,
                generated: Generated) -> AuditTarget:
        """A unit-scope target (`unit_name` None: every audited file of the unit) or one file's/contract's."""
        from hyperagent.toolchain.solc import solc_binary_for

        unit = compiled.unit
        names = [unit_name] if unit_name else unit.audited
        first = unit.file(names[0])
        contracts = [c for c in compiled.contracts if c.unit_name in names and (contract is None or c.name == contract)]
        artifacts = {c.name: {"abi": c.abi, "bytecode": c.bytecode} for c in contracts if c.deployable and c.bytecode}
        is_generated = generated.compiled is not None and (contract or "") == generated.compiled.contract_name
        return AuditTarget(
            path=first.absolute, source=unit.contents[first.unit_name], solc_version=unit.solc_version,
            solc_binary=solc_binary_for(unit.solc_version), remaps=list(unit.settings.get("remappings") or []),
            base_dir=compiled.root, family=generated.family, contracts=[c.name for c in contracts],
            artifacts=artifacts, draft=generated.draft if is_generated else None,
            compiled=generated.compiled if is_generated else None, unit=compiled, contract=contract,
            unit_name=first.unit_name, files={str(unit.file(n).absolute): unit.file(n).relative for n in names})

    def _project_audit(self, run: _ProjectRun, chosen: list[str], adapters: dict[str, AuditTool],
                       unavailable: dict[str, ToolRun], fail_on: str) -> ProjectAudit:
        project = run.project
        units = {f.relative: compiled for compiled in run.compiled for f in
                 (compiled.unit.file(n) for n in compiled.unit.audited)}
        files = []
        for source in project.audited:
            relative = source.relative
            if relative in run.errors:
                files.append(FileAudit(path=relative, root=str(project.root),
                                       error=f"{relative} does not compile: {run.errors[relative]}"
                                       if relative not in project.errors else run.errors[relative]))
                continue
            compiled = units[relative]
            findings: list[Finding] = []
            runs: list[ToolRun] = []
            for name in chosen:
                if name in unavailable:
                    runs.append(unavailable[name])
                    continue
                mine = [job for job in run.jobs if job.tool == name and relative in job.files]
                if not mine and compiled.bytecode_error:
                    runs.append(ToolRun(tool=name, version=adapters[name].version(), status="skipped",
                                        error=f"no bytecode to run on: {compiled.bytecode_error}"))
                if not mine:  # no deployable contract here: the tool looks at it through the contracts using it
                    continue
                found = [f for job in mine for f in job.result[0] if f.file == relative]
                findings += found
                runs.append(_combined([job.result[1] for job in mine], len(found)))
            report = build_report(merge(findings), runs, fail_on, solc_version=compiled.unit.solc_version,
                                  duration=max([r.duration for r in runs] + [0.0]))
            files.append(FileAudit(path=relative, root=str(project.root), solc_version=compiled.unit.solc_version,
                                   contracts=sorted(c.name for c in compiled.contracts_in(source.unit_name)), report=report))
        return ProjectAudit(
            root=str(project.root), platform=project.platform, skipped=project.skipped,
            dependencies=len({f.absolute for c in run.compiled for f in c.unit.sources.values()}
                             - {f.absolute for f in project.audited}),
            units=[CompilationUnitAudit(id=c.unit.id, solc_version=c.unit.solc_version, files=len(c.unit.audited),
                                        sources=len(c.unit.sources),
                                        tool_runs=[j.result[1] for j in run.jobs
                                                   if j.target.unit is c and j.target.contract is None])
                   for c in run.compiled],
            notes=list(dict.fromkeys(project.config.notes + run.notes)), files=files)

    # ---- one tool run -----------------------------------------------------------------------------
    def tool_settings(self, timeout: float | None, *, sources: int = 0) -> ToolSettings:
        """`timeout` bounds each tool run (a dict given to audit_file sets it per tool name); a run over a
        whole compilation unit gets a second more per source file in it (`sources`), since Slither's
        time grows with the code it parses."""
        limit = float(timeout or self.settings.tool_timeout)
        execution = max(5, min(self.settings.mythril_execution_timeout, int(limit * 0.5)))
        return ToolSettings(timeout=limit + PER_SOURCE_SECONDS * sources, mythril_execution_timeout=execution)

    def _settings_for(self, job: _Job, timeout: float | dict[str, float] | None) -> ToolSettings:
        chosen = timeout.get(job.tool) if isinstance(timeout, dict) else timeout
        unit_scope = job.target.contract is None and job.target.unit is not None
        return self.tool_settings(chosen, sources=len(job.target.unit.unit.sources) if unit_scope else 0)

    def run_tool(self, name: str, target: AuditTarget, settings: ToolSettings,
                 tool: AuditTool | None = None) -> tuple[list[Finding], ToolRun]:
        started = time.monotonic()
        if tool is None:
            try:
                tool = registry.get_tool(name)
            except (ValueError, ImportError) as exc:
                return [], ToolRun(tool=name, status="skipped", error=str(exc))
            if not tool.available():
                return [], ToolRun(tool=name, status="skipped", error=missing_tool_error(name, tool.INSTALL_HINT))
        version = tool.version()
        key = cache.cache_key(source_hash=target.unit.unit.input_hash if target.unit else target.source_hash,
                              tool=name, tool_version=version, solc_version=target.solc_version,
                              settings={**settings.key_for(name), "files": sorted(target.files.values()),
                                        "contract": target.contract, "family": target.family,
                                        "family_suite": target.draft is not None})
        cached = cache.load(key) if self.use_cache else None
        if cached is not None:
            return cached, ToolRun(tool=name, version=version, status="ok", findings=len(cached), duration=0.0)
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


def _combined(runs: list[ToolRun], findings: int) -> ToolRun:
    """One file's view of a tool's runs (one per contract, or the unit's run it shares)."""
    worst = next((s for s in ("crashed", "timeout", "skipped") if any(r.status == s for r in runs)), "ok")
    errors = list(dict.fromkeys(r.error for r in runs if r.error))
    return ToolRun(tool=runs[0].tool, version=runs[0].version, status=worst, findings=findings,
                   duration=round(max(r.duration for r in runs), 2), error="; ".join(errors)[:500] or None)


def missing_tool_error(name: str, hint: str) -> str:
    """One line naming the missing tool and how to get it.

    A hint is a command (`make setup`: "run `make setup`") unless it is advice naming where to get the
    tool (a URL, like Echidna's, which the project never installs): then it is quoted as it is.
    """
    return f"{name} is not installed: {hint if '://' in hint else f'run `{hint}`'}"
