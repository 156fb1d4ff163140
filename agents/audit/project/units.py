"""From audited files to compilation units: the import graph, missing dependencies, version groups.

Why the graph comes from `bin/solc --import-graph`: the compiler's own resolver (relative imports,
remappings, base and include paths) answers, so what is planned here is what solc will load.
Why groups: files whose pragmas (with their imports') cannot share one release are compiled apart;
the fewest groups are found greedily (the release that fits the most files first, ties by the
project's preference: its pins, then HyperAgent's bundled release, then the newest).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agents.audit.project.model import CompilationUnit, Project, SourceFile
from hyperagent.errors import AuditInputError


def plan(project: Project, graph: dict[str, Any]) -> None:
    """Fill `project.units` (and `project.errors` for audited files that cannot be compiled)."""
    units: dict[str, dict[str, Any]] = graph["units"]
    missing_dependencies(project, units)
    roots = [f.unit_name for f in project.audited]
    closures = {root: closure(units, root) for root in roots}
    fits: dict[str, list[str]] = {}
    for root in roots:
        problem = unresolved_import(project, units, closures[root]) or graph["roots"][root].get("error")
        releases = graph["roots"][root].get("releases") or []
        if problem is None and not releases:
            problem = (f"no solc release satisfies the pragmas of {root} and its imports "
                       f"({', '.join(pragmas_of(units, closures[root])) or 'none'}): fix the pragma")
        if problem:
            project.errors[root] = problem
        else:
            fits[root] = releases
    rank = {release: index for index, release in enumerate(graph.get("order") or [])}
    pins = project.config.settings.solc_versions
    for index, (release, members) in enumerate(version_groups(fits, rank), start=1):
        if pins and release not in pins:
            project.config.notes.append(
                f"the project pins solc {', '.join(pins)}, which {members[0]}'s pragmas (or its imports') do not "
                f"allow{f' (nor those of {len(members) - 1} more)' if len(members) > 1 else ''}: compiled with {release}")
        names = sorted(set().union(*(closures[m] for m in members)))
        project.units.append(CompilationUnit(
            id=f"unit-{index}", solc_version=release,
            sources={name: source_file(project, name, units[name]["path"]) for name in names},
            contents={name: units[name]["contents"] for name in names},
            audited=[m for m in roots if m in members],
            settings={"remappings": project.config.remappings, **project.config.settings_for(release).standard_json()},
            closures={m: closures[m] for m in members}))


def version_groups(fits: dict[str, list[str]], rank: dict[str, int]) -> list[tuple[str, list[str]]]:
    remaining = dict(fits)
    groups = []
    while remaining:
        counts: dict[str, int] = {}
        for releases in remaining.values():
            for release in releases:
                counts[release] = counts.get(release, 0) + 1
        best = min(counts, key=lambda r: (-counts[r], rank.get(r, len(rank))))
        members = [root for root, releases in remaining.items() if best in releases]
        groups.append((best, members))
        for member in members:
            del remaining[member]
    return groups


def closure(units: dict[str, dict[str, Any]], root: str) -> set[str]:
    seen = {root}
    queue = [root]
    while queue:
        for imported in units.get(queue.pop(), {}).get("imports", []):
            if imported["unit"] not in seen:
                seen.add(imported["unit"])
                queue.append(imported["unit"])
    return seen


def pragmas_of(units: dict[str, dict[str, Any]], names: set[str]) -> list[str]:
    return sorted({p for name in names for p in units.get(name, {}).get("pragmas", [])})


def source_file(project: Project, name: str, path: str) -> SourceFile:
    absolute = Path(path).resolve() if Path(path).is_absolute() else (project.root / path).resolve()
    return SourceFile(absolute=absolute, relative=project.relative(absolute), unit_name=name)


def unresolved_import(project: Project, units: dict[str, dict[str, Any]], names: set[str]) -> str | None:
    """`import "X" in src/A.sol not found (looked in ...)` for the first import of `names` that is missing."""
    for importer in sorted(names):
        for imported in units.get(importer, {}).get("imports", []):
            target = units.get(imported["unit"], {})
            if target.get("path") is None:
                remapped = f" (remapped to {imported['unit']})" if imported["unit"] != imported["import"] else ""
                looked = ", ".join(project.relative(p) for p in target.get("searched", []))
                return (f'import "{imported["import"]}"{remapped} in {project.relative(units[importer]["path"])} '
                        f"not found (looked in {looked}): fix the path, or add a remapping (remappings.txt)")
    return None


def missing_dependencies(project: Project, units: dict[str, dict[str, Any]]) -> None:
    """One AuditError naming every dependency folder the imports need but the project lacks, and the fix."""
    missing: dict[str, str] = {}
    for name, unit in units.items():
        if unit.get("path") is None:
            found = _dependency_of(project, name)
            if found:
                missing[found[0]] = found[1]
    if not missing:
        return
    fixes = []
    if any(kind == "submodule" for kind in missing.values()):
        fixes.append("`git submodule update --init --recursive` (or `forge install`)")
    if any(kind == "npm" for kind in missing.values()):
        fixes.append("`npm install`")
    described = ", ".join(f"{name} ({'empty: a git submodule not cloned' if kind == 'submodule' else 'not installed'})"
                          for name, kind in sorted(missing.items()))
    raise AuditInputError(f"{project.root}: dependencies are missing: {described}: run {' and '.join(fixes)} "
                     f"in {project.root}")


def _dependency_of(project: Project, name: str) -> tuple[str, str] | None:
    """(dependency folder, kind) when an unresolved source unit name lies in a dependency that is absent."""
    parts = name.split("/")
    for lib in project.config.lib_dirs:
        lib_parts = lib.strip("/").split("/")
        if lib == "node_modules" or parts[:len(lib_parts)] != lib_parts or len(parts) <= len(lib_parts) + 1:
            continue
        folder = project.root.joinpath(*parts[:len(lib_parts) + 1])
        if _empty(folder):
            return folder.relative_to(project.root).as_posix(), "submodule"
    for submodule in _submodules(project.root):  # `forge-std/Test.sol` with lib/forge-std never cloned
        if Path(submodule).name == parts[0] and _empty(project.root / submodule):
            return submodule, "submodule"
    if parts[0] == "node_modules":
        package = "/".join(parts[1:3] if parts[1].startswith("@") else parts[1:2])
        if _empty(project.root / "node_modules" / package):
            return f"node_modules/{package}", "npm"
    package = "/".join(parts[:2] if parts[0].startswith("@") else parts[:1])
    if package in project.config.declared_packages and all(
            _empty(folder / package) for folder in project.config.include_paths if folder.name == "node_modules"):
        return f"node_modules/{package}", "npm"
    return None


def _submodules(root: Path) -> list[str]:
    """Paths of the git submodules `.gitmodules` declares."""
    try:
        text = (root / ".gitmodules").read_text()
    except OSError:
        return []
    return [line.split("=", 1)[1].strip() for line in text.splitlines() if line.strip().startswith("path")]


def _empty(folder: Path) -> bool:
    return not folder.is_dir() or not any(folder.iterdir())
