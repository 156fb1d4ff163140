"""The process work pool, its worker, and the deployments of prefect.yaml."""

from __future__ import annotations

import os
import subprocess
import sys

from hyperagent.errors import ConfigurationError
from hyperagent.paths import data_dir, project_root
from hyperagent.stack.processes import read_record, start_service, stop_service

SERVICE = "prefect-worker"
WORK_POOL = "hyperagent"
QUERY_SECONDS = "2"


def service_env(api_url: str) -> dict[str, str]:
    """What the workers and their runs need: the API, where the project and its data are (prefect.yaml's
    pull step is `set_working_directory` to `{{ $HYPERAGENT_PROJECT_ROOT }}`, resolved in the flow run's
    process), and the result storage that flows and stage workers share (background task parameters and
    results travel through it)."""
    from tasks.caching import result_storage_path

    env = {**os.environ, "PREFECT_API_URL": api_url, "HYPERAGENT_PROJECT_ROOT": str(project_root()),
           "HYPERAGENT_HOME": str(data_dir())}
    env.setdefault("PREFECT_LOCAL_STORAGE_PATH", str(result_storage_path()))  # shared with stage workers
    return env


def _prefect(args: list[str], api_url: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run([sys.executable, "-m", "prefect", "--no-prompt", *args], cwd=project_root(),
                               env=service_env(api_url), capture_output=True, text=True, timeout=timeout)
    if completed.returncode != 0:
        lines = [line for line in (completed.stderr + completed.stdout).strip().splitlines() if line.strip()]
        raise ConfigurationError(f"`prefect {' '.join(args)}` failed: {lines[-1] if lines else 'no output'}")
    return completed


def ensure_work_pool(api_url: str) -> bool:
    """Create the process work pool unless it exists; True when it was created."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        try:
            client.read_work_pool(WORK_POOL)
            return False
        except ObjectNotFound:
            pass
        try:
            client.create_work_pool(WorkPoolCreate(name=WORK_POOL, type="process"))
        except ObjectAlreadyExists:
            return False
        return True


def deploy_all(api_url: str) -> str:
    """`prefect deploy --all`: prefect.yaml's deployments, schedule and trigger (an upsert: rerunning is safe)."""
    return _prefect(["deploy", "--all"], api_url, timeout=300).stdout


def ensure_worker(api_url: str) -> int:
    """The worker's pid; a worker polling another server (the server moved) is replaced."""
    record = read_record(SERVICE)
    if record is not None and record.info.get("api_url") == api_url:
        return record.pid
    stop_service(SERVICE, grace=10)
    env = {**service_env(api_url), "PREFECT_WORKER_QUERY_SECONDS": QUERY_SECONDS,
           "PREFECT_WORKER_PREFETCH_SECONDS": "2"}
    record = start_service(SERVICE, [sys.executable, "-m", "prefect", "worker", "start", "--pool", WORK_POOL,
                                     "--type", "process"], {"pool": WORK_POOL, "api_url": api_url},
                           env=env, cwd=project_root())
    return record.pid


def worker_status() -> dict[str, object]:
    record = read_record(SERVICE)
    return {"running": record is not None, "pid": record.pid if record else None, "pool": WORK_POOL,
            "api_url": record.info.get("api_url") if record else None}


def worker_running() -> bool:
    return read_record(SERVICE) is not None


def stop_worker() -> bool:
    return stop_service(SERVICE)
