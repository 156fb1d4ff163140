"""forge (Foundry, from npm): builds, tests and measures coverage of a per-workflow Foundry project.

Why these environment settings: the machine is offline and has no native solc, so forge must never
try to download a compiler or a library; the project's foundry.toml names the solc command, and the
environment repeats `offline` so a user's global config cannot turn it back on. Colours and the
nightly banner are switched off so what we parse is plain text.
"""

from __future__ import annotations

import re
from pathlib import Path

from hyperagent.errors import ToolError
from hyperagent.toolchain.base import FoundryRunner, ToolResult, first_line


class ForgeRunner(FoundryRunner):
    name = "forge"
    install_hint = "make setup"
    default_timeout = 180.0
    yields_cpu = True

    def environment(self) -> dict[str, str]:
        env = super().environment()
        env.update({
            "FOUNDRY_OFFLINE": "true",
            "FOUNDRY_DISABLE_NIGHTLY_WARNING": "1",
            "NO_COLOR": "1",
            "CLICOLOR": "0",
        })
        env.pop("FOUNDRY_PROFILE", None)
        return env

    def _read_version(self) -> str:
        result = self.run(["--version"], timeout=20, check=True)
        match = re.search(r"Version:\s*(\S+)", result.stdout) or re.search(r"forge\s+(\S+)", result.stdout)
        return match.group(1) if match else first_line(result.stdout)

    def build(self, project: Path, *, timeout: float | None = None, extra: list[str] | None = None) -> ToolResult:
        """`forge build` in `project`; compile errors come back in the result (not raised)."""
        return self.run(["build", *(extra or [])], cwd=project, timeout=timeout)

    def test(self, project: Path, *, json: bool = True, timeout: float | None = None,
             extra: list[str] | None = None, env: dict[str, str] | None = None) -> ToolResult:
        """`forge test` (machine-readable with json=True). Exit 1 also means "some tests failed"."""
        args = ["test", *(["--json"] if json else []), *(extra or [])]
        return self.run(args, cwd=project, timeout=timeout, env=self._env(env))

    def coverage(self, project: Path, *, reports: tuple[str, ...] = ("lcov",), timeout: float | None = None,
                 extra: list[str] | None = None, env: dict[str, str] | None = None) -> ToolResult:
        """`forge coverage`; with an lcov report forge writes `lcov.info` in the project."""
        args = ["coverage"]
        for report in reports:
            args += ["--report", report]
        return self.run([*args, *(extra or [])], cwd=project, timeout=timeout, env=self._env(env))

    def _env(self, overrides: dict[str, str] | None) -> dict[str, str] | None:
        if not overrides:
            return None
        env = self.environment()
        env.update(overrides)
        return env


def require_success(result: ToolResult, what: str) -> ToolResult:
    """Raise a one-line ToolError when forge could not do `what` at all."""
    if not result.ok:
        raise ToolError(f"forge {what} failed (exit {result.returncode}): "
                        f"{compile_errors(result) or first_line(result.stderr or result.stdout)}")
    return result


def compile_errors(result: ToolResult, limit: int = 2000) -> str:
    """The compiler's error lines from a forge run (what a user or an LLM needs to fix a test)."""
    text = "\n".join(part for part in (result.stderr, result.stdout) if part)
    keep = [line for line in text.splitlines() if line.strip() and not line.startswith(("[", "Compiling"))]
    return "\n".join(keep)[:limit]
