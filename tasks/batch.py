"""Fan a batch out, one task run per item, on a Dask cluster (prefect-dask's DaskTaskRunner) or threads.

Why a task runner and not a pool of our own: Prefect already ships one for Dask; each item becomes a task
run of its own (visible, retried and logged by Prefect) wherever the cluster puts it. `--dask local` starts
a LocalCluster of worker processes for the batch and stops it after; `--dask tcp://HOST:PORT` uses a running
scheduler, whose workers must have this project installed (docs/scaling.md). The work given to a cluster
must be pure (files in, results out): rows and artifacts are written by the caller, which alone needs the
database.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from hyperagent.errors import ConfigurationError


def task_runner(dask: str | None, workers: int | None = None) -> TaskRunner:
    """Threads in this process (no `dask`), a LocalCluster of `workers` processes (`local`), or the
    scheduler at `tcp://HOST:PORT`."""
    count = workers or os.cpu_count() or 2
    if not dask:
        return ThreadPoolTaskRunner(max_workers=count)
    from prefect_dask import DaskTaskRunner

    if dask == "local":
        return DaskTaskRunner(cluster_kwargs={"n_workers": count, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    if dask.startswith(("tcp://", "tls://")):
        return DaskTaskRunner(address=dask)
    raise ConfigurationError(f"--dask {dask}: use `local` (a cluster on this machine for the batch) "
                             "or a scheduler address like tcp://HOST:8786")


def fan_out(work: Any, calls: Sequence[dict[str, Any]], dask: str | None = None,
            workers: int | None = None) -> list[Any]:
    """`work(**call)` for every call, side by side on the chosen runner; results in the order of `calls`."""
    if not calls:
        return []
    with task_runner(dask, workers) as runner:
        futures = [runner.submit(work, dict(call)) for call in calls]
        return [future.result() for future in futures]
