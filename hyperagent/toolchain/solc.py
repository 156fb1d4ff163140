"""solc: the project's own `bin/solc` (Node on solcjs), which behaves like the native CLI.

Why a Node command and not solcjs from Python: every tool (py-solc-x, Slither, Mythril, forge)
expects a `solc` executable, so HyperAgent uses the same one. Version choice (pragma -> release) and
import resolution live once, in `toolchain/js/`; this adapter only asks it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

from hyperagent.errors import CompilationError, ToolError
from hyperagent.paths import compiler_cache, node_modules, openzeppelin_dir, solc_command
from hyperagent.settings import get_settings
from hyperagent.toolchain.base import ToolResult, ToolRunner, first_line

VERSION_RE = re.compile(r"^\d+\.\d+\.\d+$")
INSTALL_FAILED = 2
"""bin/solc's exit code when the compiler itself could not be installed (not the source's fault)."""


class SolcRunner(ToolRunner):
    name = "solc"
    install_hint = "make setup"

    def __init__(self, timeout: float | None = None) -> None:
        self.default_timeout = timeout or get_settings().tool_timeout

    def binary(self) -> Path | None:
        """bin/solc, when what it runs on is there too (Node, and solcjs from `make setup`)."""
        if shutil.which("node") is None or not (node_modules() / "solc" / "soljson.js").exists():
            return None
        return solc_command()

    def _read_version(self) -> str:
        """The release alone ("0.8.28"): what callers compare; `long_version` has the commit."""
        match = re.search(r"\d+\.\d+\.\d+", self.long_version or "")
        if not match:
            raise ToolError("solc --version printed no version: run `make setup`")
        return match.group(0)

    @property
    def long_version(self) -> str | None:
        """Like 0.8.28+commit.7893614a.Emscripten.clang (cached by bin/solc, ~0.06 s)."""
        result = self.run(["--version"], check=True)
        match = re.search(r"Version:\s*(\S+)", result.stdout)
        return match.group(1) if match else None

    def select_version(self, source: str) -> str:
        """The release the source's pragma (and its imports' pragmas) selects; SOLC_VERSION wins."""
        result = self.run(["--select-version"], input=source)
        if not result.ok:
            self._fail(result)
        return result.stdout.strip()

    def expand_sources(self, input_json: dict[str, Any]) -> dict[str, Any]:
        """The standard-JSON input with every imported file inlined under its source unit name."""
        result = self.run(["--expand-sources"], input=json.dumps(input_json))
        if not result.ok:
            self._fail(result)
        return json.loads(result.stdout)

    def import_graph(self, request: dict[str, Any], *, base_path: Path,
                     include_paths: list[Path] | tuple[Path, ...] = ()) -> dict[str, Any]:
        """Every source reachable from `request["roots"]` as solc will load it (see `bin/solc --help`):
        `{"units": {name: {path, contents, imports, pragmas, searched}}, "roots": {name: {releases, error}},
        "order": [...]}`. One Node process for a whole project."""
        args = ["--import-graph", "--base-path", str(base_path)]
        for path in include_paths:
            args += ["--include-path", str(path)]
        result = self.run(args, input=json.dumps(request))
        if not result.ok:
            self._fail(result)
        return json.loads(result.stdout)

    def compile_standard(self, input_json: dict[str, Any], version: str | None = None, *,
                         base_path: Path | None = None, include_paths: list[Path] | tuple[Path, ...] = (),
                         timeout: float | None = None) -> dict[str, Any]:
        """solc's standard-JSON output; compile errors stay in its `errors` (the caller judges them).

        `version` forces a release; without it the sources' pragmas choose.
        """
        args = ["--standard-json"]
        if base_path:
            args += ["--base-path", str(base_path)]
        for path in include_paths:
            args += ["--include-path", str(path)]
        env = self.environment()
        if version:
            env["SOLC_VERSION"] = _checked(version)
        result = self.run(args, input=json.dumps(input_json), env=env, timeout=timeout)
        if not result.ok:
            self._fail(result)
        try:
            return json.loads(result.stdout)
        except json.JSONDecodeError as exc:
            raise ToolError(f"solc printed no JSON (exit {result.returncode}): "
                            f"{first_line(result.stderr) or 'empty output'}") from exc

    def remappings(self) -> list[str]:
        """For tools that take remappings (Slither's --solc-remaps, forge): OpenZeppelin from npm."""
        return [f"@openzeppelin/={openzeppelin_dir()}/"]

    @staticmethod
    def _fail(result: ToolResult) -> None:
        message = first_line(result.stderr).removeprefix("Error: ") or f"exit {result.returncode}"
        if result.returncode == INSTALL_FAILED:
            raise ToolError(message)
        raise CompilationError(message)


def _checked(version: str) -> str:
    version = version.strip().removeprefix("v")
    if not VERSION_RE.match(version):
        raise CompilationError(f"invalid solc version {version!r}: use x.y.z, like 0.8.28")
    return version


def solcx_binary_dir() -> Path:
    """A directory of `solc-vX.Y.Z` links to bin/solc: py-solc-x's SOLCX_BINARY_PATH, Mythril's SOLC."""
    path = compiler_cache() / "bin"
    path.mkdir(parents=True, exist_ok=True)
    return path


def solc_binary_for(version: str, *, ensure: bool = True) -> Path:
    """A `solc-vX.Y.Z` command that always runs release X.Y.Z (installed on first use).

    Why: tools ask `solc --version` once and then trust it (crytic-compile picks its output format,
    Mythril its modules), so a file's command must report and use the file's release.
    `ensure` installs the release now, so a tool's first run is not the one that pays for it.
    """
    version = _checked(version)
    link = solcx_binary_dir() / f"solc-v{version}"
    target = solc_command()
    if not (link.is_symlink() and os.readlink(link) == str(target)):
        tmp = link.with_name(f".{link.name}.{os.getpid()}")
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(target)
        os.replace(tmp, link)
    if ensure:
        runner = _LinkRunner(link)
        env = runner.environment()
        env.pop("SOLC_VERSION", None)  # the link's name must decide, as it will for the tool
        result = runner.run(["--version"], env=env)
        if not result.ok:
            SolcRunner._fail(result)
    return link


class _LinkRunner(SolcRunner):
    """bin/solc called through a `solc-vX.Y.Z` link."""

    def __init__(self, link: Path) -> None:
        super().__init__()
        self.link = link

    def binary(self) -> Path | None:
        return self.link
