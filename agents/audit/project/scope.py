"""Which files of a project are audited: its own contracts, not its tests, scripts, mocks or dependencies.

Rules, in order: a file named on the command line is always audited; under a named folder, a file is
skipped when a folder on its way down from the named folder is a test, script or mock folder, when
its name says test (`X.t.sol`), script (`X.s.sol`) or mock (`ERC20Mock.sol`, `MockToken.sol`), or, when
the named folder is the root (or holds the sources folder), when it lies outside the sources folder;
a named folder that is itself a test, script or mock folder asks for that kind of file.
Dependency folders (any `lib/` or `node_modules/`, and Foundry's configured `libs`) and build output
are never walked; a folder that is a project of its own (its own foundry.toml or Hardhat config) is
left to that project. `--include GLOB`
adds files (matched against the path relative to the root, `*` crossing folders), `--exclude GLOB`
removes them.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from agents.audit.project.model import ProjectConfig

BUILD_DIRS = {".git", "out", "cache", "cache_forge", "artifacts", "broadcast", "crytic-export", "typechain",
              "typechain-types", ".hyperagent", "node_modules", ".deps", "coverage"}
DEPENDENCY_DIRS = {"lib", "node_modules"}
"""Folders of vendored code wherever they are (Foundry's `lib/`, npm's): compiled when imported, never walked."""
SKIP_DIRS = {"test": "test", "tests": "test", "script": "script", "scripts": "script", "mock": "mock",
             "mocks": "mock"}
MOCK_NAME = re.compile(r"Mocks?(?![a-z])|^(?i:mock)[_-]")
GLOB_CHARS = set("*?[")


class Scope:
    """The audited files of one project, and how many the rules left out (by reason)."""

    def __init__(self, root: Path, config: ProjectConfig, is_project: Callable[[Path], bool] | None = None) -> None:
        self.root = root
        self.config = config
        self.is_project = is_project or (lambda folder: False)
        self.nested: list[Path] = []
        """Folders below a named one that are projects of their own (a foundry.toml, a hardhat config)."""
        self.audited: dict[Path, None] = {}
        self.explicit: set[Path] = set()
        self._left_out: dict[Path, str] = {}

    @property
    def skipped(self) -> Counter[str]:
        """How many files the rules left out, by reason (a file an --include brought back is not counted)."""
        return Counter(reason for file, reason in self._left_out.items() if file not in self.audited)

    def add_named(self, path: Path) -> None:
        if path.is_file():
            self.audited[path] = None
            self.explicit.add(path)
            return
        own = [self.root / d for d in self.config.source_dirs if (self.root / d).is_dir()]
        holds_sources = [o for o in own if o.is_relative_to(path)]
        asked = self._categories_of(path)
        for file in self._walk(path):
            reason = self.reason(file.relative_to(path))
            reason = None if reason in asked else reason
            if reason is None and holds_sources and not any(file.is_relative_to(o) for o in holds_sources):
                reason = self._outside_reason(file)
            if reason:
                self._left_out[file] = reason
            else:
                self.audited[file] = None

    def include(self, pattern: str) -> None:
        literal = []
        for part in PurePosixPath(pattern).parts:
            if GLOB_CHARS & set(part):
                break
            literal.append(part)
        start = self.root.joinpath(*literal)
        candidates = [start] if start.is_file() else self._walk(start, dependencies=True)
        for file in candidates:
            if fnmatch.fnmatch(self.relative(file), pattern):
                self.audited[file] = None

    def exclude(self, pattern: str) -> None:
        for file in [f for f in self.audited if f not in self.explicit and fnmatch.fnmatch(self.relative(f), pattern)]:
            del self.audited[file]
            self._left_out[file] = "excluded"

    def reason(self, below: Path) -> str | None:
        """Why a file `below` a named folder is not audited by default, or None."""
        for part in below.parts[:-1]:
            if part.lower() in SKIP_DIRS:
                return SKIP_DIRS[part.lower()]
        name = below.name
        if name.endswith(".t.sol"):
            return "test"
        if name.endswith(".s.sol"):
            return "script"
        if MOCK_NAME.search(name.removesuffix(".sol")):
            return "mock"
        return None

    def _categories_of(self, folder: Path) -> set[str]:
        """The kinds of file a named folder is about (`test/` asks for tests, `src/mocks` for mocks)."""
        relative = self.relative(folder)
        asked = {SKIP_DIRS[p.lower()] for p in Path(relative).parts if p.lower() in SKIP_DIRS}
        for folders, reason in ((self.config.test_dirs, "test"), (self.config.script_dirs, "script")):
            if any(relative == d.rstrip("/") or relative.startswith(d.rstrip("/") + "/") for d in folders):
                asked.add(reason)
        return asked

    def relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else path.as_posix()

    def _outside_reason(self, file: Path) -> str:
        relative = self.relative(file)
        for folders, reason in ((self.config.test_dirs, "test"), (self.config.script_dirs, "script")):
            if any(relative.startswith(d.rstrip("/") + "/") for d in folders):
                return reason
        return "outside"

    def _walk(self, folder: Path, *, dependencies: bool = False) -> list[Path]:
        """Every .sol file under `folder`, sorted; build output pruned, and dependency folders unless
        `dependencies` (an --include pattern that reaches into them)."""
        pruned = BUILD_DIRS - {"node_modules"} if dependencies else BUILD_DIRS | DEPENDENCY_DIRS
        libs = set() if dependencies else {(self.root / lib).resolve() for lib in self.config.lib_dirs}
        found = []
        for current, dirs, files in os.walk(folder):
            here = Path(current)
            dirs[:] = sorted(d for d in dirs if d not in pruned and (here / d).resolve() not in libs)
            if not dependencies:
                self.nested += [here / d for d in dirs if self.is_project(here / d)]
                dirs[:] = [d for d in dirs if here / d not in self.nested]
            found += [here / f for f in sorted(files) if f.endswith(".sol")]
        return found
