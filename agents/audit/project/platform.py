"""What every build system has in common; one small subclass per system (foundry, hardhat, plain).

Like crytic-compile's platforms: a class says whether it recognises a folder (`MARKERS`) and reads the
project's configuration (`config`). Compiling is not theirs: every project is compiled the same way
(standard JSON through the project's solc), from what the platform read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

from agents.audit.project.model import ProjectConfig


class Platform:
    NAME: ClassVar[str] = ""
    MARKERS: ClassVar[tuple[str, ...]] = ()
    """File names whose presence in a folder makes it a project root of this platform."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def detect(cls, folder: Path) -> bool:
        return any((folder / marker).is_file() for marker in cls.MARKERS)

    def config(self) -> ProjectConfig:
        raise NotImplementedError


def read_remappings_txt(folder: Path) -> list[str]:
    """`remappings.txt` lines (comments and blanks dropped)."""
    path = folder / "remappings.txt"
    if not path.is_file():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(errors="replace").splitlines())
    return [line for line in lines if "=" in line]


def merge_remappings(*layers: list[str]) -> list[str]:
    """Later layers win for the same (context, prefix), like Foundry's order: auto < toml < remappings.txt."""
    chosen: dict[str, str] = {}
    for layer in layers:
        for remapping in layer:
            chosen[remapping.split("=", 1)[0]] = remapping
    return list(chosen.values())


def lib_remappings(root: Path, lib_dirs: list[str]) -> list[str]:
    """Foundry's automatic remappings for dependency folders: `name/` -> its `src/` (or `contracts/`, or
    the folder itself), for each library and the libraries it vendors in its own `lib/`."""
    found: list[str] = []
    for lib in lib_dirs:
        folder = root / lib
        if not folder.is_dir() or lib == "node_modules":
            continue
        for dependency in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
            found += _library_remapping(root, dependency)
            nested = dependency / "lib"
            if nested.is_dir():
                for inner in sorted(p for p in nested.iterdir() if p.is_dir() and not p.name.startswith(".")):
                    found += _library_remapping(root, inner)
            for remapping in read_remappings_txt(dependency):
                found += [_in_context(root, dependency, remapping), _in_context(root, dependency, remapping, context=False)]
    return list({r.split("=", 1)[0]: r for r in reversed(found)}.values())[::-1]


def _library_remapping(root: Path, dependency: Path) -> list[str]:
    for inner in ("src", "contracts"):
        if (dependency / inner).is_dir():
            return [f"{dependency.name}/={(dependency / inner).relative_to(root).as_posix()}/"]
    return [f"{dependency.name}/={dependency.relative_to(root).as_posix()}/"]


def _in_context(root: Path, dependency: Path, remapping: str, *, context: bool = True) -> str:
    """A library's own remapping pointing inside it: for its own files only (`context`), or for
    everyone (how a project reaches `@openzeppelin/contracts/` in a library that declares it)."""
    prefix, _, target = remapping.partition("=")
    if ":" in prefix:
        return remapping
    if not Path(target).is_absolute():
        target = (dependency.relative_to(root) / target).as_posix() + ("/" if target.endswith("/") else "")
    scope = dependency.relative_to(root).as_posix() + "/:" if context else ""
    return f"{scope}{prefix}={target}"


def node_modules_upward(root: Path) -> list[Path]:
    """Every `node_modules` folder Node would search from the root: its own, then each parent's."""
    found = []
    for folder in (root, *root.parents):
        if folder.name == "node_modules":
            found.append(folder)
        candidate = folder / "node_modules"
        if candidate.is_dir():
            found.append(candidate)
    return list(dict.fromkeys(found))


def declared_packages(root: Path) -> set[str]:
    """Package names in package.json's dependencies (all kinds)."""
    try:
        manifest = json.loads((root / "package.json").read_text())
    except (OSError, ValueError):
        return set()
    names: set[str] = set()
    for key in ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies"):
        value = manifest.get(key)
        if isinstance(value, dict):
            names |= set(value)
    return names


def existing(root: Path, folders: list[str]) -> list[str]:
    return [f for f in folders if (root / f).is_dir()]
