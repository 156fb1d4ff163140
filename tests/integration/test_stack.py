"""The local stack for real: `hyperagent up` (twice), a deployment run, a triggered audit, `hyperagent down`.

The stack gets its own data dir (HYPERAGENT_HOME in a temp dir), so it has its own embedded PostgreSQL,
Prefect server, worker and anvil, and `down` never touches a server other tests rely on. Whatever
happens, the fixture ends with `down` and then kills any process the stack recorded.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
PROMPT = "Create an ERC20 token called Stack Token with symbol STK and 1,000,000 supply"
CHEAP = {"skip": ["audit", "testing"]}
TERMINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}
SOURCE = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Counter {
    uint256 public count;

    function increment() external {
        count += 1;
    }
}
"""


class Stack:
    def __init__(self, home: Path) -> None:
        self.home = home
        drop = {"PREFECT_API_URL", "HYPERAGENT_DATABASE_URL", "HYPERAGENT_DATABASE_BLOCK",
                "HYPERAGENT_PREFECT_DATABASE_URL", "HYPERAGENT_PREFECT_PORT", "HYPERAGENT_ANVIL_PORT"}
        self.env = {k: v for k, v in os.environ.items() if k not in drop} | {"HYPERAGENT_HOME": str(home)}
        self.api_url: str | None = None

    def run(self, *args: str, timeout: float = 300, api: bool = False) -> subprocess.CompletedProcess[str]:
        env = self.env | ({"PREFECT_API_URL": self.api_url} if api and self.api_url else {})
        return subprocess.run(list(args), env=env, capture_output=True, text=True, timeout=timeout)

    def hyperagent(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return self.run(str(BIN / "hyperagent"), *args, timeout=timeout)

    def status(self) -> dict[str, Any]:
        completed = self.hyperagent("status", "--json", timeout=120)
        assert completed.returncode == 0, completed.stderr
        return json.loads(completed.stdout)

    def recorded_pids(self) -> dict[str, int]:
        """Every pid the stack wrote down: services, chain, PostgreSQL's postmaster."""
        pids: dict[str, int] = {}
        for record in (self.home / "services").glob("*.json"):
            try:
                pids[record.stem] = int(json.loads(record.read_text())["pid"])
            except (OSError, ValueError, KeyError):
                pass
        try:
            chain = json.loads((self.home / "chain" / "anvil.json").read_text())
            if chain.get("pid"):
                pids["anvil"] = int(chain["pid"])
        except (OSError, ValueError):
            pass
        try:
            pids["postgres"] = int((self.home / "postgres" / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pass
        return pids

    def reap(self) -> None:
        """Last resort after `down`: KILL whatever is still alive."""
        for pid in self.recorded_pids().values():
            if alive(pid):
                for kill in (os.killpg, os.kill):
                    try:
                        kill(pid, signal.SIGKILL)
                        break
                    except (ProcessLookupError, PermissionError):
                        continue


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    # Not under pytest's basetemp: a later pytest session resets /tmp/pytest-of-<user> to 0700, and the
    # embedded PostgreSQL (run as its own system user when root) would lose its way to the data dir.
    stack = Stack(Path(tempfile.mkdtemp(prefix="hyperagent-stack-")))
    try:
        yield stack
    finally:
        try:
            stack.hyperagent("down", "--grace", "5", timeout=120)
        finally:
            stack.reap()
            shutil.rmtree(stack.home, ignore_errors=True)


@pytest.fixture(scope="module")
def up(stack: Stack) -> Stack:
    first = stack.hyperagent("up", "--workers", "audit=1")
    assert first.returncode == 0, first.stderr or first.stdout
    before = stack.status()
    second = stack.hyperagent("up", "--workers", "audit=1")
    assert second.returncode == 0, second.stderr or second.stdout
    after = stack.status()
    stack.api_url = after["prefect_api_url"]
    stack.first_up, stack.before, stack.after = first.stdout, before, after
    return stack


def test_up_twice_reuses_every_part(up: Stack) -> None:
    assert "UI http://127.0.0.1:" in up.first_up and "deployments" in up.first_up
    before, after = up.before, up.after
    assert before["prefect"]["pid"] == after["prefect"]["pid"]
    assert before["worker"]["pid"] == after["worker"]["pid"]
    assert before["chain"]["pid"] == after["chain"]["pid"]
    assert before["stage_workers"] == after["stage_workers"] and len(after["stage_workers"]["audit"]) == 1
    assert before["prefect_api_url"] == after["prefect_api_url"]


def test_status_reports_each_part(up: Stack) -> None:
    report = up.after
    assert report["postgresql"] == {"embedded": True, "running": True, "cluster_dir": str(up.home / "postgres")}
    assert report["database_url"].startswith("postgresql+psycopg://") and str(up.home) in report["database_url"].replace("%2F", "/")
    assert report["prefect_api_url"].startswith("http://127.0.0.1:") and report["prefect_api_url"].endswith("/api")
    assert report["prefect"]["running"] and report["prefect"]["database"].startswith("postgresql+asyncpg://postgres@/prefect?")
    assert report["worker"]["running"] and report["worker"]["pool"] == "hyperagent"
    assert report["chain"]["running"] and report["chain"]["rpc_url"].startswith("http://127.0.0.1:")
    assert set(report["deployments"]) == {"contract-lifecycle/default", "audit-contract/default",
                                          "reaudit-deployments/nightly"}
    for tool in ("solc", "slither", "mythril", "forge", "anvil"):
        assert report[f"{tool}_version"], tool
    health = httpx.get(f"{report['prefect_api_url']}/health", timeout=5)
    assert health.status_code == 200
    nightly = httpx.get(f"{up.api_url}/deployments/name/reaudit-deployments/nightly", timeout=5).json()
    assert nightly["schedules"][0]["schedule"]["cron"] == "0 3 * * *"


def test_prefect_deployment_run_watch_completes(up: Stack) -> None:
    started = time.monotonic()
    completed = up.run(sys.executable, "-m", "prefect", "deployment", "run", "contract-lifecycle/default",
                       "--param", f"prompt={PROMPT}", "--param", f"options={json.dumps(CHEAP)}",
                       "--watch", "--watch-timeout", "300", timeout=360, api=True)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output[-2000:]
    assert "Completed" in output, output[-2000:]
    flow_run_id = output.split("UUID:", 1)[1].split()[0]
    rows = json.loads(up.hyperagent("workflow", "list", "--json").stdout)
    row = next(r for r in rows if r["prompt"] == PROMPT)
    assert row["status"] == "completed", row
    detail = json.loads(up.hyperagent("workflow", "status", str(row["id"]), "--json").stdout)
    assert detail["flow_run_id"] == flow_run_id
    assert detail["contract"]["address"].startswith("0x")
    print(f"deployment run: {time.monotonic() - started:.1f} s")


def test_workflow_create_no_wait_goes_through_the_deployment(up: Stack) -> None:
    started = time.monotonic()
    completed = up.hyperagent("workflow", "create", "Create an ERC20 token called Quick Token with symbol QCK "
                              "and 1000 supply", "--skip", "audit,testing", "--no-wait", "--json", timeout=120)
    assert completed.returncode == 0, completed.stderr
    submitted = json.loads(completed.stdout)
    assert submitted["submitted_via"] == "deployment" and submitted["status"] == "created"
    assert time.monotonic() - started < 30
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        detail = json.loads(up.hyperagent("workflow", "status", submitted["workflow_id"], "--json").stdout)
        if detail["status"] in ("completed", "failed", "cancelled"):
            break
        time.sleep(2)
    assert detail["status"] == "completed", detail
    run = httpx.get(f"{up.api_url}/flow_runs/{detail['flow_run_id']}", timeout=5).json()
    assert run["state_type"] == "COMPLETED" and run["deployment_id"]


def test_submitted_contract_event_triggers_a_completed_audit(up: Stack) -> None:
    deployment = httpx.get(f"{up.api_url}/deployments/name/audit-contract/default", timeout=5).json()
    marker = uuid.uuid4().hex[:8]
    emit = ("from prefect.events import emit_event; import sys, json; "
            "emit_event(event='hyperagent.contract.submitted', "
            f"resource={{'prefect.resource.id': 'hyperagent.contract.{marker}'}}, "
            "payload=json.loads(sys.argv[1]))")
    payload = {"source": SOURCE, "name": f"Counter{marker}.sol", "tools": ["slither"]}
    emitted = up.run(sys.executable, "-c", emit, json.dumps(payload), timeout=60, api=True)
    assert emitted.returncode == 0, emitted.stderr
    deadline = time.monotonic() + 300
    runs: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        runs = httpx.post(f"{up.api_url}/flow_runs/filter", timeout=5, json={
            "deployments": {"id": {"any_": [deployment["id"]]}}}).json()
        runs = [r for r in runs if r["parameters"].get("name") == payload["name"]]
        if runs and runs[0]["state_type"] in TERMINAL:
            break
        time.sleep(2)
    assert runs, "the event created no audit-contract flow run"
    assert runs[0]["state_type"] == "COMPLETED", runs[0]["state"]
    assert runs[0]["parameters"]["tools"] == ["slither"] and runs[0]["parameters"]["path"] is None


def test_down_stops_everything(up: Stack) -> None:
    pids = up.recorded_pids()
    assert {"prefect-server", "prefect-worker", "stage-worker-audit-1", "anvil", "postgres"} <= set(pids), pids
    started = time.monotonic()
    completed = up.hyperagent("down", "--grace", "10", timeout=120)
    assert completed.returncode == 0, completed.stderr
    for name in ("stage workers", "worker", "prefect server", "local chain", "postgresql"):
        assert f"{name}" in completed.stdout and "stopped" in completed.stdout
    assert [name for name, pid in pids.items() if alive(pid)] == []
    assert time.monotonic() - started < 60
    report = up.status()
    assert report["prefect_api_url"] is None and not report["worker"]["running"] and report["stage_workers"] == {}
    assert not report["chain"]["running"] and not report["postgresql"]["running"]
    again = up.hyperagent("down")
    assert again.returncode == 0 and "stopped" not in again.stdout
