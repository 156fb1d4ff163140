"""The audit's picture of a project, in crytic-compile's shape: Project -> CompilationUnit -> SourceFile.

Why this shape: a tool analyses what one compiler run produced, so the unit of work is the
compilation unit (one release, one set of settings, every source of the group), not the file; and a
file has three names that matter to different readers: where it is on disk (tools open it), where it
is relative to the project root (people, reports, SARIF), and its source unit name (the compiler's
and the tools' key for it).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class SourceFile:
    """One file of a compilation unit."""

    absolute: Path
    relative: str
    """Relative to the project root (posix); the absolute path when the file lies outside it."""
    unit_name: str
    """The source unit name, as the compiler saw it."""


@dataclass
class CompilerSettings:
    """How the project's own build compiles: its pinned releases and solc settings."""

    solc_versions: list[str] = field(default_factory=list)
    """Releases the project pins, preferred in this order (Foundry's `solc`, Hardhat's compilers)."""
    evm_version: str | None = None
    optimizer: bool = False
    optimizer_runs: int = 200
    via_ir: bool = False

    def standard_json(self) -> dict[str, Any]:
        settings: dict[str, Any] = {"optimizer": {"enabled": self.optimizer, "runs": self.optimizer_runs}}
        if self.evm_version:
            settings["evmVersion"] = self.evm_version
        if self.via_ir:
            settings["viaIR"] = True
        return settings


@dataclass
class ProjectConfig:
    """What a platform reads from the project's own configuration."""

    source_dirs: list[str] = field(default_factory=list)
    """The project's own contracts (relative to the root): `src`, `contracts`, what foundry.toml says."""
    test_dirs: list[str] = field(default_factory=list)
    script_dirs: list[str] = field(default_factory=list)
    lib_dirs: list[str] = field(default_factory=list)
    """Dependency folders (Foundry's `libs`, `node_modules`): never audited unless named."""
    remappings: list[str] = field(default_factory=list)
    include_paths: list[Path] = field(default_factory=list)
    settings: CompilerSettings = field(default_factory=CompilerSettings)
    release_settings: dict[str, CompilerSettings] = field(default_factory=dict)
    """Settings of one configured release (Hardhat's `compilers` list each have their own)."""
    bundled_node_modules: bool = False
    """Resolve imports no project folder holds from HyperAgent's own node_modules (plain files only)."""
    declared_packages: set[str] = field(default_factory=set)
    """npm packages the project's package.json asks for (so a missing one is named with `npm install`)."""
    notes: list[str] = field(default_factory=list)
    """What a reader should know about how the configuration was read (a part that could not be)."""

    def settings_for(self, release: str) -> CompilerSettings:
        return self.release_settings.get(release, self.settings)


@dataclass
class CompilationUnit:
    """One compiler run: one release, the project's settings, every source of one version group."""

    id: str
    solc_version: str
    sources: dict[str, SourceFile]
    """Source unit name -> file, for every source of the unit (the audited files and all they import)."""
    contents: dict[str, str]
    audited: list[str]
    """Source unit names of the files audited in this unit (the rest are compiled for their sake)."""
    settings: dict[str, Any]
    """solc's standard-JSON settings without outputSelection (remappings, optimizer, evmVersion, viaIR)."""
    closures: dict[str, set[str]] = field(default_factory=dict)
    """Audited source unit name -> every source unit it needs (itself and its imports, transitively)."""

    def standard_input(self, output_selection: dict[str, Any]) -> dict[str, Any]:
        return {"language": "Solidity",
                "sources": {name: {"content": self.contents[name]} for name in sorted(self.sources)},
                "settings": {**self.settings, "outputSelection": output_selection}}

    @property
    def input_hash(self) -> str:
        """What the compiler's answer depends on: release, settings, every source's name and text."""
        raw = json.dumps([self.solc_version, self.settings, sorted(self.contents.items())], sort_keys=True)
        return hashlib.sha256(raw.encode()).hexdigest()

    def file(self, unit_name: str) -> SourceFile:
        return self.sources[unit_name]


@dataclass
class Project:
    """A project found at or above the paths a user named, and what of it is audited."""

    root: Path
    platform: str
    config: ProjectConfig
    audited: list[SourceFile] = field(default_factory=list)
    explicit: set[str] = field(default_factory=set)
    """Relative paths of the files the user named one by one (audited whatever the scope rules say)."""
    skipped: dict[str, int] = field(default_factory=dict)
    """Files left out by the scope rules, by reason: test, script, mock, outside (the sources folder)."""
    units: list[CompilationUnit] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    """Relative path -> why that audited file cannot be compiled (an import not found, no release fits)."""

    def relative(self, path: Path | str) -> str:
        path = Path(path)
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else path.as_posix()

    @property
    def dependencies(self) -> int:
        """Files compiled only because an audited file imports them."""
        audited = {f.absolute for f in self.audited}
        return len({f.absolute for unit in self.units for f in unit.sources.values()} - audited)
