"""The process work pool, its worker, and the deployments of prefect.yaml."""

from __future__ import annotations

import os
import subprocess
import sys

from hyperagent.errors import ConfigurationError
from hyperagent.paths import project_root
from hyperagent.stack.processes import read_record, start_service, stop_service

SERVICE = "prefect-worker"
WORK_POOL = "hyperagent"


def _prefect(args: list[str], api_url: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PREFECT_API_URL": api_url}
    completed = subprocess.run([sys.executable, "-m", "prefect", "--no-prompt", *args], cwd=project_root(), env=env,
                               capture_output=True, text=True, timeout=timeout)
    if completed.returncode != 0:
        tail = (completed.stderr or completed.stdout).strip().splitlines()[-1:] or ["no output"]
        raise ConfigurationError(f"`prefect {' '.join(args)}` failed: {tail[0]}")
    return completed


def ensure_work_pool(api_url: str) -> None:
    listing = _prefect(["work-pool", "ls"], api_url).stdout
    if WORK_POOL not in listing:
        _prefect(["work-pool", "create", WORK_POOL, "--type", "process"], api_url)


def deploy_all(api_url: str) -> str:
    return _prefect(["deploy", "--all"], api_url, timeout=300).stdout


def ensure_worker(api_url: str) -> int:
    record = read_record(SERVICE)
    if record is not None:
        return record.pid
    env = {**os.environ, "PREFECT_API_URL": api_url, "PREFECT_WORKER_QUERY_SECONDS": "2",
           "PREFECT_WORKER_PREFETCH_SECONDS": "2"}
    record = start_service(SERVICE, [sys.executable, "-m", "prefect", "worker", "start", "--pool", WORK_POOL,
                                     "--type", "process"], {"pool": WORK_POOL}, env=env, cwd=project_root())
    return record.pid


def worker_running() -> bool:
    return read_record(SERVICE) is not None


def stop_worker() -> bool:
    return stop_service(SERVICE)
