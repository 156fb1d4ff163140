"""Mythril (pip `mythril` 0.24.8) in its own venv, through the project's launcher script.

Why its own venv: Mythril's pins (eth-abi<5, py-solc-x<2, py-evm 0.7.0a1) cannot live with web3 7 or
Slither. Why a launcher: see scripts/myth_launcher.py (offline compiler choice, integer module).
Why two bounds: `--execution-timeout` bounds symbolic execution only; solving and reporting can
run long, so the whole process has its own timeout too. `-o json` exits 0 on failure: read `success`.
"""

from __future__ import annotations

import json
from pathlib import Path

from hyperagent.errors import ToolError
from hyperagent.paths import mythril_venv, project_root, solc_command
from hyperagent.toolchain.base import ToolRunner, first_line


class MythrilRunner(ToolRunner):
    name = "mythril"
    install_hint = "make .venv-mythril/.installed"
    default_timeout = 180.0

    def binary(self) -> Path | None:
        python = mythril_venv() / "bin" / "python"
        return python if (mythril_venv() / "bin" / "myth").exists() else None

    def launcher(self) -> Path:
        return project_root() / "scripts" / "myth_launcher.py"

    def _read_version(self) -> str:
        for dist in (mythril_venv() / "lib").glob("python*/site-packages/mythril-*.dist-info"):
            return dist.name.removesuffix(".dist-info").split("-")[1]
        raise ToolError("mythril is not installed in its venv")

    def analyze(self, source_file: Path | str, *, solc_version: str | None, solc: Path | str | None = None,
                execution_timeout: int = 20, solver_timeout_ms: int = 10000, max_depth: int = 64,
                contract: str | None = None, timeout: float | None = None, build_file: Path | str | None = None,
                cwd: Path | str | None = None, extra: list[str] | None = None) -> dict:
        """Mythril's JSON (`{"success", "error", "issues": [...]}`) for one source file (one `contract` of it).

        With `build_file` (the audit's compile of the file's unit), Mythril reads that output instead of
        running solc; `source_file` is then the file's source unit name, relative to `cwd`."""
        target = f"{source_file}:{contract}" if contract else str(source_file)
        args = [str(self.launcher()), "analyze", target, "-o", "json",
                "--execution-timeout", str(execution_timeout), "--solver-timeout", str(solver_timeout_ms),
                "--max-depth", str(max_depth), *(extra or [])]
        env = self.environment()
        env["SOLC"] = str(solc or solc_command())
        if build_file:
            env["HYPERAGENT_BUILD"] = str(build_file)
        if solc_version:
            env["HYPERAGENT_SOLC_VERSION"] = solc_version
            env["SOLC_VERSION"] = solc_version
        result = self.run(args, timeout=timeout, cwd=cwd, env=env)
        try:
            data = json.loads(result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "")
        except (json.JSONDecodeError, IndexError) as exc:
            raise ToolError(f"mythril crashed: {first_line(result.stderr[-2000:]) or 'no JSON output'}") from exc
        if not data.get("success", False):
            raise ToolError(f"mythril failed: {first_line(str(data.get('error') or ''))}")
        return data
