"""The shape every tool adapter shares: find the binary, run it bounded, say how to install it.

Why a base class: every tool fails the same three ways (missing, too slow, crashed) and users should
see the same one-line message for each, naming the tool and the command that fixes it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from hyperagent.deadline import bounded_timeout
from hyperagent.errors import ToolError, ToolNotFoundError, ToolTimeoutError
from hyperagent.paths import foundry_bin, project_root


@dataclass(frozen=True)
class ToolResult:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    duration: float

    @property
    def ok(self) -> bool:
        return self.returncode == 0


class ToolRunner:
    """Subclasses set `name`, `install_hint` and implement `binary()` and `_read_version()`."""

    name: str = ""
    install_hint: str = "make setup"
    default_timeout: float = 120.0
    yields_cpu: bool = False
    """True for tools off the pipeline's critical path (forge: the tests and the fuzzer): they run at the
    niceness HYPERAGENT_BACKGROUND_NICENESS, so on a small machine the CPU goes first to Mythril, whose
    exploration is bounded in wall time and covers less when it shares a core."""

    def binary(self) -> Path | None:
        found = shutil.which(self.name)
        return Path(found) if found else None

    def require(self) -> Path:
        path = self.binary()
        if path is None or not path.exists():
            raise ToolNotFoundError(f"{self.name} not found: run `{self.install_hint}` in {project_root()}")
        return path

    def available(self) -> bool:
        path = self.binary()
        return path is not None and path.exists()

    def environment(self) -> dict[str, str]:
        """The environment a tool runs in: the project's solc first on PATH."""
        env = dict(os.environ)
        env["PATH"] = os.pathsep.join([str(project_root() / "bin"), env.get("PATH", "")])
        return env

    def run(
        self,
        args: list[str],
        *,
        timeout: float | None = None,
        cwd: Path | str | None = None,
        input: str | None = None,
        env: dict[str, str] | None = None,
        check: bool = False,
    ) -> ToolResult:
        binary = self.require()
        full = [*self.priority_prefix(), str(binary), *args]
        limit, deadline = bounded_timeout(timeout or self.default_timeout)
        if deadline is not None and limit <= 0:
            raise deadline.exceeded(f"before {self.name} could start")
        started = time.monotonic()
        try:
            completed = subprocess.run(
                full,
                input=input,
                capture_output=True,
                text=True,
                timeout=limit,
                cwd=cwd,
                env=env or self.environment(),
                start_new_session=True,
            )
        except subprocess.TimeoutExpired as exc:
            if deadline is not None:  # the stage's time limit, not the tool's own, ran out
                raise deadline.exceeded(f"while {self.name} ran") from exc
            raise ToolTimeoutError(f"{self.name} timed out after {limit:.0f} s") from exc
        result = ToolResult(full, completed.returncode, completed.stdout, completed.stderr,
                            time.monotonic() - started)
        if check and not result.ok:
            raise ToolError(f"{self.name} failed (exit {result.returncode}): {first_line(result.stderr or result.stdout)}")
        return result

    def priority_prefix(self) -> list[str]:
        """`nice -n N` for a tool that yields the CPU (every thread and child of it inherits the niceness,
        which a setpriority after the start would not give a multi-threaded tool like forge), else nothing."""
        from hyperagent.settings import get_settings

        niceness = get_settings().background_niceness if self.yields_cpu else 0
        nice = shutil.which("nice") if niceness else None
        return [nice, "-n", str(niceness)] if nice else []

    @cached_property
    def version(self) -> str | None:
        if not self.available():
            return None
        try:
            return self._read_version()
        except (ToolError, OSError):
            return None

    def _read_version(self) -> str:
        raise NotImplementedError


class FoundryRunner(ToolRunner):
    """forge, anvil, cast: the binary npm put under node_modules/@foundry-rs, else one on PATH."""

    def binary(self) -> Path | None:
        path = foundry_bin(self.name)
        return path if path.exists() else super().binary()


def first_line(text: str, limit: int = 300) -> str:
    """The first non-empty line, trimmed: what a user sees of a tool's raw output."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:limit]
    return ""
