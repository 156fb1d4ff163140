"""Stage workers for real: separate processes serving audit and testing as Prefect background tasks.

The lifecycle hands audit and testing to them when they are alive (same rows, events and artifacts as in
process); runs spread over two audit workers; a worker killed mid-task has its run finished by the other.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows import submit
from hyperagent.db import repository
from hyperagent.stack.worker import service_env
from tasks.dispatch import WORKER_STAGES, presence_limit, workers_alive
from tests.e2e.conftest import read_artifacts, read_events

pytestmark = pytest.mark.slow

RECEIVED = re.compile(r"Received task run: ([0-9a-f-]{36})")


class Worker:
    def __init__(self, stage: str, index: int, api_url: str, logs: Path) -> None:
        self.stage = stage
        self.log = logs / f"{stage}-{index}.log"
        with self.log.open("wb") as out:
            self.process = subprocess.Popen([sys.executable, "-m", "hyperagent.stack.stage_workers", stage],
                                            env=service_env(api_url), stdout=out, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, start_new_session=True)

    def received(self) -> list[str]:
        return RECEIVED.findall(self.log.read_text(errors="replace"))

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=20)


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.5)


@pytest.fixture(scope="module")
def workers(prefect_api: str) -> Iterator[dict[str, list[Worker]]]:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    logs = Path(tempfile.mkdtemp(prefix="hyperagent-stage-workers-"))  # outside pytest's rotated basetemp
    started = {"audit": [Worker("audit", i, prefect_api, logs) for i in (1, 2)],
               "testing": [Worker("testing", 1, prefect_api, logs)]}
    try:
        def up() -> bool:
            dead = [w for group in started.values() for w in group if w.process.poll() is not None]
            assert not dead, f"a stage worker exited: {dead[0].log.read_text(errors='replace')[-3000:]}"
            return workers_alive("audit") == 2 and workers_alive("testing") == 1

        wait_until(up, 120, "two audit workers and one testing worker to hold their presence leases")
        yield started
    finally:
        for worker in [w for group in started.values() for w in group]:
            worker.stop()
        shutil.rmtree(logs, ignore_errors=True)
        with temporary_settings(updates={PREFECT_API_URL: prefect_api}), get_client(sync_client=True) as client:
            for stage in WORKER_STAGES:  # later tests of the session run their stages in process again
                try:
                    client.delete_global_concurrency_limit_by_name(presence_limit(stage))
                except Exception:
                    pass


def tails(workers: dict[str, list[Worker]]) -> str:
    """What each worker logged last, for a failure message."""
    return "\n".join(f"--- {w.log.name}\n{w.log.read_text(errors='replace')[-1500:]}"
                     for group in workers.values() for w in group)


def run_async(prompt: str, options: dict, api_url: str) -> tuple[str, threading.Thread]:
    workflow_id = submit.create_workflow(prompt, "local", options)
    thread = threading.Thread(target=submit.run_in_process, args=(workflow_id, api_url), daemon=True)
    thread.start()
    return workflow_id, thread


def test_lifecycle_runs_audit_and_testing_on_their_workers(prefect_api, workers):
    workflow_id = submit.create_workflow("ERC20 named Worker Coin, symbol WKR, 5000 supply, burnable", "local",
                                         {"audit_tools": ["slither", "fuzz"]})
    row = submit.run_in_process(workflow_id, prefect_api)
    assert row["status"] == "completed", f"{row.get('error_message')}\n{tails(workers)}"
    audit_runs = {run for worker in workers["audit"] for run in worker.received()}
    testing_runs = set(workers["testing"][0].received())
    assert len(audit_runs) == 1 and len(testing_runs) == 1  # one run each, taken by a worker

    counts = repository.row_counts(workflow_id)
    assert counts["contracts"] == 1 and counts["security_audits"] == 1 and counts["deployments"] == 1
    assert counts["test_results"] >= 5
    stages = ("generation", "compilation", "audit", "testing", "deployment")
    expected = {f"hyperagent.{stage}.{phase}" for stage in stages for phase in ("started", "completed")}
    names = {e["event"] for e in read_events(prefect_api, f"hyperagent.workflow.{workflow_id}", expected)}
    assert expected <= names
    keys = {artifact["key"] for artifact in read_artifacts(prefect_api, "")}
    assert {f"audit-{workflow_id}-report", f"audit-{workflow_id}-findings", f"tests-{workflow_id}-report",
            f"tests-{workflow_id}-results"} <= keys


def test_runs_spread_over_two_audit_workers_and_a_killed_one_is_finished_by_the_other(prefect_api, workers):
    first, second = workers["audit"]
    before = {w: set(w.received()) for w in (first, second)}
    options = {"audit_tools": ["slither", "mythril"], "skip": ["testing", "deployment"]}
    supply = random.randint(10_000, 999_999)  # a source no earlier run audited: no cached result to finish early
    started = [run_async(f"ERC20 named Spread {n}, symbol SP{n}, {supply + n} supply", options, prefect_api)
               for n in (1, 2, 3)]

    def new(worker: Worker) -> list[str]:
        return [run for run in worker.received() if run not in before[worker]]

    wait_until(lambda: new(first) and new(second), 180, "both audit workers to take a run")
    time.sleep(3)  # mid-task: Slither and Mythril are running
    victim, survivor = first, second
    lost = new(victim)[-1]
    victim.stop(signal.SIGKILL)

    for _, thread in started:
        thread.join(timeout=600)
    rows = [repository.get_workflow(workflow_id) for workflow_id, _ in started]
    assert [row["status"] for row in rows] == ["completed"] * 3, tails(workers)
    assert lost in survivor.received(), tails(workers)  # the dead worker's run was delivered again, to the live one
    assert sorted(row["retry_counts"].get("audit", 0) for row in rows) == [0, 0, 1]
    assert all(repository.row_counts(row["id"])["security_audits"] == 1 for row in rows)
