"""Projects as their own build sees them: found at or above a path, scoped, grouped into compilation units.

`load_projects(paths)` is the one way into an audit: the CLI, the audit-contract flow and the
lifecycle's `audit_source` (a one-file plain project) all come through here. The shape follows
crytic-compile (Project -> CompilationUnit -> SourceFile; one small class per platform):
- `foundry.py`, `hardhat.py`, `plain.py`: how each build system configures its compiler;
- `scope.py`: which files are the project's own (tests, scripts, mocks, dependencies left out);
- `units.py`: the import graph from `bin/solc`, missing dependencies, version groups;
- `compiler.py`: one compile per unit, shared by every tool through a build file.
"""

from __future__ import annotations

from pathlib import Path

from agents.audit.project.compiler import CompiledUnit, ContractInfo, UnitCompiler
from agents.audit.project.foundry import Foundry
from agents.audit.project.hardhat import Hardhat
from agents.audit.project.model import CompilationUnit, CompilerSettings, Project, ProjectConfig, SourceFile
from agents.audit.project.plain import Plain
from agents.audit.project.platform import Platform
from agents.audit.project.scope import Scope
from agents.audit.project.units import plan
from hyperagent.errors import AuditInputError

PLATFORMS: tuple[type[Platform], ...] = (Foundry, Hardhat, Plain)
"""Checked in this order in each folder, from the named path up; the first folder with a marker is the root."""


def find_root(path: Path) -> tuple[Path, type[Platform]]:
    start = path if path.is_dir() else path.parent
    for folder in (start, *start.parents):
        for platform in PLATFORMS:
            if platform.detect(folder):
                return folder, platform
    return start, Plain


def load_projects(paths: list[str | Path], *, include: list[str] | tuple[str, ...] = (),
                  exclude: list[str] | tuple[str, ...] = ()) -> list[Project]:
    """The projects holding `paths` (default: the current folder), with their audited files and units."""
    grouped: dict[Path, tuple[type[Platform], list[Path]]] = {}
    for raw in paths or ["."]:
        path = Path(raw).resolve()
        if not path.exists():
            raise AuditInputError(f"{raw} does not exist: give a .sol file or a folder")
        if path.is_file() and path.suffix != ".sol":
            raise AuditInputError(f"{raw} is not a Solidity file (.sol): give a .sol file or a folder holding some")
        root, platform = find_root(path)
        grouped.setdefault(root, (platform, []))[1].append(path)
    projects = []
    queue = list(grouped.items())
    while queue:  # a folder holding other build systems' projects (a monorepo) audits each as its own
        root, (platform, named) = queue.pop(0)
        project, nested = scoped(root, platform, named, include, exclude)
        projects.append(project)
        for folder in nested:
            if folder not in grouped:
                grouped[folder] = (find_root(folder)[1], [folder])
                queue.append((folder, grouped[folder]))
    if not any(p.audited for p in projects):
        skipped = sum(sum(p.skipped.values()) for p in projects)
        raise AuditInputError(f"no .sol files to audit in {', '.join(map(str, paths or ['.']))}"
                         + (f" ({skipped} skipped as tests, scripts, mocks or outside the sources folder): "
                            "name the files, or add --include GLOB" if skipped else
                            ": give a Solidity file or a folder holding some"))
    for project in projects:
        if project.audited:
            plan_units(project)
    return [p for p in projects if p.audited]


def scoped(root: Path, platform: type[Platform], named: list[Path], include, exclude) -> tuple[Project, list[Path]]:
    """The project at `root` with what of it is audited, and the roots of projects found inside it."""
    config = platform(root).config()
    scope = Scope(root, config, is_project=lambda folder: any(p.detect(folder) for p in PLATFORMS[:-1]))
    for path in named:
        scope.add_named(path)
    for pattern in include:
        scope.include(pattern)
    for pattern in exclude:
        scope.exclude(pattern)
    audited = [SourceFile(absolute=f, relative=scope.relative(f), unit_name=scope.relative(f))
               for f in sorted(scope.audited, key=scope.relative)]
    return Project(root=root, platform=platform.NAME, config=config, audited=audited,
                   explicit={scope.relative(f) for f in scope.explicit}, skipped=dict(scope.skipped)), scope.nested


def single_file_project(path: Path, config: ProjectConfig | None = None) -> Project:
    """A file on its own (a generated contract): its folder is the root, HyperAgent's node_modules serve imports."""
    from hyperagent.paths import node_modules

    path = path.resolve()
    config = config or ProjectConfig(include_paths=[node_modules()], bundled_node_modules=True)
    project = Project(root=path.parent, platform=Plain.NAME, config=config,
                      audited=[SourceFile(absolute=path, relative=path.name, unit_name=path.name)],
                      explicit={path.name})
    plan_units(project)
    return project


def plan_units(project: Project) -> None:
    from hyperagent.toolchain.solc import SolcRunner

    config = project.config
    graph = SolcRunner().import_graph(
        {"roots": [f.unit_name for f in project.audited], "remappings": config.remappings,
         "preferred": config.settings.solc_versions, "bundledNodeModules": config.bundled_node_modules},
        base_path=project.root, include_paths=config.include_paths)
    plan(project, graph)


__all__ = ["CompilationUnit", "CompiledUnit", "CompilerSettings", "ContractInfo", "PLATFORMS", "Project",
           "ProjectConfig", "Scope", "SourceFile", "UnitCompiler", "find_root", "load_projects", "single_file_project"]
