"""The managed local model server for real, in a data dir of its own: started on demand on a loopback port,
found again by the next command, shown by `hyperagent status`, stopped by `hyperagent down`; a wrong model
path is a one-line error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
ENSURE = "from hyperagent.stack.model_server import ensure_model_server; print(ensure_model_server())"


def run(home: Path, *args: str, extra: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HYPERAGENT_")} | {"HYPERAGENT_HOME": str(home)}
    return subprocess.run(list(args), env=env | (extra or {}), capture_output=True, text=True, timeout=timeout)


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_started_on_demand_reused_shown_and_stopped(tmp_path: Path) -> None:
    home = tmp_path / "home"
    try:
        first = run(home, sys.executable, "-c", ENSURE)
        assert first.returncode == 0, first.stderr
        url = first.stdout.strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1")
        again = run(home, sys.executable, "-c", ENSURE)
        assert again.stdout.strip() == url  # found through its record, not started twice
        status = json.loads(run(home, str(BIN / "hyperagent"), "status", "--json").stdout)["llm_server"]
        assert status["running"] and status["base_url"] == url and status["n_ctx"] == 8192
        assert status["model"].endswith("qwen2.5-coder-1.5b-instruct-q4_k_m.gguf")
        assert Path(status["log"]) == home / "services" / "llm-server.log" and Path(status["log"]).is_file()
        pid = status["pid"]
        assert alive(pid)
        down = run(home, str(BIN / "hyperagent"), "down", "--grace", "10")
        assert down.returncode == 0 and "local model     stopped" in down.stdout, down.stdout
        assert not alive(pid)
        assert not json.loads(run(home, str(BIN / "hyperagent"), "status", "--json").stdout)["llm_server"]["running"]
    finally:
        run(home, str(BIN / "hyperagent"), "down", "--grace", "5")


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run(tmp_path / "home", sys.executable, "-c", ENSURE,
                 extra={"HYPERAGENT_LLM_MODEL": str(tmp_path / "nope.gguf")})
    assert result.returncode != 0
    assert "HYPERAGENT_LLM_MODEL" in result.stderr and "is not a file" in result.stderr
