"""The running stack (`hyperagent up`): a worker killed mid-run, and a burst of workflows at once.

The stack has a data dir of its own (its own PostgreSQL, Prefect server, worker and chain). A short
heartbeat and staleness window make a dead run visible in seconds instead of minutes.
"""

from __future__ import annotations

import json
import os
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from bench.load import LocalStack, inconsistencies, measure_load, wait_all

FAST_CRASH = {"HYPERAGENT_HEARTBEAT_SECONDS": "1", "HYPERAGENT_STALE_AFTER_SECONDS": "10"}


@pytest.fixture(scope="module")
def stack() -> Iterator[LocalStack]:
    # Not under pytest's basetemp (see tests/integration/test_stack.py): the embedded PostgreSQL runs as its
    # own system user and must keep its way to the data dir.
    running = LocalStack(Path(tempfile.mkdtemp(prefix="hyperagent-chaos-stack-")), FAST_CRASH)
    try:
        yield running.up()
    finally:
        running.down()
        import shutil

        shutil.rmtree(running.home, ignore_errors=True)


def status(stack: LocalStack, workflow_id: str) -> dict:
    shown = stack.hyperagent("workflow", "status", workflow_id, "--json", timeout=120)
    assert shown.returncode == 0 and shown.stderr.strip() == "", shown.stderr
    return json.loads(shown.stdout)


def wait_status(stack: LocalStack, workflow_id: str, wanted: tuple[str, ...], timeout: float = 600) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        detail = status(stack, workflow_id)
        if detail["status"] in wanted:
            return detail
        time.sleep(1)
    raise AssertionError(f"{workflow_id} never reached {wanted}: {detail}")


def flow_run_processes(flow_run_id: str) -> list[psutil.Process]:
    """The processes running one flow run (the worker starts each in a process with its id in the env)."""
    found = []
    for process in psutil.process_iter():
        try:
            if process.environ().get("PREFECT__FLOW_RUN_ID") == flow_run_id:
                found.append(process)
        except psutil.Error:
            continue
    return found


def test_worker_killed_mid_run_is_marked_crashed_and_resumes(stack: LocalStack):
    created = stack.hyperagent("workflow", "create", "an ERC20 token called Phoenix Coin with symbol PHX and "
                               "42 supply", "--audit-tools", "slither", "--no-wait", "--json")
    assert created.returncode == 0, created.stderr
    submitted = json.loads(created.stdout)
    assert submitted["submitted_via"] == "deployment"
    workflow_id = submitted["workflow_id"]
    running = wait_status(stack, workflow_id, ("auditing", "testing", "completed", "failed"))
    assert running["status"] in ("auditing", "testing"), running

    worker_pid = json.loads((stack.home / "services" / "prefect-worker.json").read_text())["pid"]
    victims = flow_run_processes(running["flow_run_id"])
    assert victims, "no process runs the flow run"
    os.killpg(worker_pid, signal.SIGKILL)  # the worker's host dies: the worker and its flow run, no hook runs
    for process in victims:
        try:
            process.kill()
        except psutil.Error:
            pass

    time.sleep(12)  # past HYPERAGENT_STALE_AFTER_SECONDS without a heartbeat
    crashed = status(stack, workflow_id)
    assert crashed["status"] == "failed", crashed
    assert crashed["error"].startswith("crashed:") and f"workflow resume {workflow_id}" in crashed["error"]
    run = httpx.get(f"{stack.api_url}/flow_runs/{running['flow_run_id']}", timeout=10).json()
    assert run["state_type"] == "CRASHED", run["state"]
    listed = json.loads(stack.hyperagent("workflow", "list", "--json").stdout)
    assert next(r for r in listed if r["id"] == workflow_id)["status"] == "failed"

    assert stack.hyperagent("up").returncode == 0  # a new worker
    resumed = stack.hyperagent("workflow", "resume", workflow_id, "--no-wait", "--json")
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["submitted_via"] == "deployment"
    done = wait_status(stack, workflow_id, ("completed", "failed", "cancelled"))
    assert done["status"] == "completed", done.get("error")
    assert done["contract"]["address"].startswith("0x")
    rows = wait_all(stack.database_url, [workflow_id], timeout=10)
    assert inconsistencies(stack.database_url, rows) == []

    again = stack.hyperagent("workflow", "resume", workflow_id)
    assert again.returncode == 2 and "already completed" in again.stderr


def test_a_burst_of_workflows_all_end_with_consistent_records(stack: LocalStack):
    result = measure_load(6, {"skip": ["audit", "testing"]}, timeout=900, stack=stack)
    print(json.dumps({k: v for k, v in result.items() if k != "workflow_ids"}, indent=1))
    assert result["submit_errors"] == [] and result["submitted"] == 6
    assert result["not_ended"] == 0
    assert result["completed"] == 6, result["failures"]
    assert result["inconsistencies"] == []
