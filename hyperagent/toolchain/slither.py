"""Slither (pip `slither-analyzer`): static analysis, JSON out, the project's solc in.

Why a launcher module instead of the `slither` script: the project's own detectors must join
Slither's list for our runs only (see slither_launcher). Why always `--solc`: the venv's
solc-select shim tries to download a compiler and crashes offline. Slither exits non-zero when it
finds issues, so the JSON's `success` field, not the exit code, says whether it worked.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version as package_version
from pathlib import Path

from hyperagent.errors import ToolError
from hyperagent.paths import solc_command
from hyperagent.toolchain.base import ToolRunner, first_line


class SlitherRunner(ToolRunner):
    name = "slither"
    install_hint = "make setup"
    default_timeout = 120.0

    def binary(self) -> Path | None:
        return Path(sys.executable) if importlib.util.find_spec("slither") else None

    def _read_version(self) -> str:
        try:
            return package_version("slither-analyzer")
        except PackageNotFoundError as exc:
            raise ToolError("slither-analyzer is not installed") from exc

    def analyze(self, target: Path | str, *, solc: Path | str | None = None, remaps: Iterable[str] = (),
                plugins: Iterable[str] = (), exclude: Iterable[str] = (), filter_paths: str | None = None,
                solc_version: str | None = None, timeout: float | None = None,
                cwd: Path | str | None = None, extra_flags: Iterable[str] = ()) -> dict:
        """Slither's JSON (`{"success", "error", "results": {"detectors": [...]}}`) for one file.

        `plugins` are `module:ATTRIBUTE` lists of extra detector classes; `solc_version` is passed
        to the solc command as SOLC_VERSION so that its `--version` matches what it compiles with.
        Raises ToolError when Slither fails (compile error, internal crash), ToolTimeoutError on time.
        """
        args = ["-m", "hyperagent.toolchain.slither_launcher", str(target), "--solc", str(solc or solc_command()),
                "--json", "-", "--disable-color"]
        remaps = list(remaps)
        if remaps:
            args += ["--solc-remaps", " ".join(remaps)]
        if exclude:
            args += ["--exclude", ",".join(exclude)]
        args += list(extra_flags)
        if filter_paths:
            args += ["--filter-paths", filter_paths]
        env = self.environment()
        env["HYPERAGENT_SLITHER_PLUGINS"] = ",".join(plugins)
        if solc_version:
            env["SOLC_VERSION"] = solc_version
        result = self.run(args, timeout=timeout, cwd=cwd, env=env)
        try:
            data = json.loads(result.stdout)
        except json.JSONDecodeError as exc:
            raise ToolError(f"slither crashed: {_last_error(result.stderr) or 'no JSON output'}") from exc
        if not data.get("success", False):
            raise ToolError(f"slither failed: {first_line(str(data.get('error') or '')) or _last_error(result.stderr)}")
        return data


def _last_error(stderr: str) -> str:
    """The line a user needs from Slither's log: the last exception or error line."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip() and "Invalid asm.js" not in line]
    for line in reversed(lines):
        if "Error" in line or "error" in line or "Exception" in line:
            return line[:300]
    return lines[-1][:300] if lines else ""


