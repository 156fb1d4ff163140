"""Echidna (crytic/echidna 2.x, a Haskell binary): optional; used only when `echidna` is on PATH.

Why optional and never installed by `make setup`: Echidna ships as release binaries (GitHub, Homebrew,
Nix, a Docker image), not through a package registry the project uses. Why the venv's bin on PATH:
Echidna compiles through the `crytic-compile` executable and reads constants with `slither`, both
installed in the project's venv. Echidna exits 1 when a property fails, so the JSON, not the exit
code, says whether the campaign ran.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from hyperagent.errors import ToolError, ToolNotFoundError
from hyperagent.toolchain.base import ToolRunner, first_line

INSTALL_HINT = ("Echidna is optional: install a 2.x release binary from https://github.com/crytic/echidna/releases "
                "(or `brew install echidna`) and put `echidna` on PATH")


class EchidnaRunner(ToolRunner):
    name = "echidna"
    install_hint = INSTALL_HINT
    default_timeout = 300.0

    def require(self) -> Path:
        path = self.binary()
        if path is None or not path.exists():
            raise ToolNotFoundError(f"echidna not found: {INSTALL_HINT}")
        return path

    def environment(self) -> dict[str, str]:
        env = super().environment()
        env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
        return env

    def _read_version(self) -> str:
        """`echidna --version` prints like "Echidna 2.2.5"."""
        result = self.run(["--version"], timeout=30)
        match = re.search(r"\d+\.\d+\.\d+", result.stdout or result.stderr)
        if not match:
            raise ToolError(f"echidna --version printed no version: {first_line(result.stdout or result.stderr)}")
        return match.group(0)

    def fuzz(self, source_file: Path | str, *, contract: str, config: Path | str, timeout: float | None = None,
             cwd: Path | str | None = None) -> dict[str, Any]:
        """Echidna's campaign JSON (`{"success", "error", "tests": [...], "seed", "coverage"}`) for one contract."""
        result = self.run([str(source_file), "--contract", contract, "--config", str(config), "--format", "json"],
                          timeout=timeout, cwd=cwd)
        data = campaign_json(result.stdout)
        if data is None:
            raise ToolError(f"echidna could not run (exit {result.returncode}): "
                            f"{first_error(result.stderr or result.stdout)}")
        if data.get("error"):
            raise ToolError(f"echidna failed: {first_line(str(data['error']))}")
        return data


def campaign_json(stdout: str) -> dict[str, Any] | None:
    """The campaign object: the whole output, or its last line that is a JSON object (logs may precede it)."""
    text = stdout.strip()
    candidates = [text] + [line.strip() for line in reversed(text.splitlines())]
    for candidate in candidates:
        if not candidate.startswith("{"):
            continue
        try:
            data = json.loads(candidate)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict) and "tests" in data:
            return data
    return None


def first_error(text: str) -> str:
    for line in text.splitlines():
        if "rror" in line:
            return line.strip()[:300]
    return first_line(text) or "no output"
