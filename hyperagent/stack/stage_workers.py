"""Stage workers: one process per worker, each a Prefect task worker serving one stage task.

`hyperagent up --workers audit=2,testing=1` starts them here (recorded in the data dir like the other
services); a machine joins with `hyperagent up --join --workers audit=2` and the same PREFECT_API_URL,
HYPERAGENT_DATABASE_URL and result storage (docs/scaling.md). The lifecycle flow hands a stage to them
when one is alive (tasks/dispatch.py) and runs it itself otherwise.

Why a subclass of Prefect's TaskWorker: Prefect 3.9's worker acknowledges a run the moment the server
sends it, even when every slot is busy; a busy worker then holds a run an idle one could start, and loses
it if it dies. A stage worker subscribes only while it has a free slot and takes one run at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from hyperagent.errors import ConfigurationError
from hyperagent.paths import project_root
from hyperagent.stack.processes import read_record, services_dir, start_service, stop_service
from hyperagent.stack.worker import service_env

SERVED = {
    "generation": "tasks.generate:generate_contract",
    "audit": "tasks.audit:audit_contract",
    "testing": "tasks.test:test_contract",
}
PRESENCE_LEASE_SECONDS = 60.0
"""A dead worker stops counting as alive at most this long (plus the server's lease sweep, 15 s) after it
died; 60 s is the shortest lease Prefect 3.9 grants."""
PRESENCE_LIMIT_SLOTS = 10_000
STAGE_LIMIT_SLOTS = 32
"""Default cap on the runs of one stage at once across all machines (the tag limit `hyperagent-<stage>`)."""


def parse_counts(text: str | None) -> dict[str, int]:
    """`audit=2,testing=1` -> {"audit": 2, "testing": 1}; a one-line error naming the fix otherwise."""
    counts: dict[str, int] = {}
    for item in filter(None, (part.strip() for part in (text or "").split(","))):
        stage, _, number = item.partition("=")
        stage = stage.strip()
        if stage not in SERVED:
            raise ConfigurationError(f"no stage worker for {stage!r}: choose from {', '.join(SERVED)} "
                                     "(e.g. --workers audit=2,testing=1)")
        try:
            counts[stage] = int(number) if number.strip() else 1
        except ValueError:
            raise ConfigurationError(f"--workers {item}: the count must be a whole number, e.g. {stage}=2") from None
        if counts[stage] < 0:
            raise ConfigurationError(f"--workers {item}: the count cannot be negative")
    return counts


def service_name(stage: str, index: int) -> str:
    return f"stage-worker-{stage}-{index}"


def ensure_workers(counts: dict[str, int], api_url: str) -> dict[str, list[int]]:
    """Start or keep `count` workers per stage on this machine (stopping extra ones); stage -> pids."""
    pids: dict[str, list[int]] = {}
    for stage, count in counts.items():
        pids[stage] = []
        for index in range(1, count + 1):
            record = read_record(service_name(stage, index))
            if record is None or record.info.get("api_url") != api_url:
                stop_service(service_name(stage, index), grace=10)
                record = start_service(service_name(stage, index),
                                       [sys.executable, "-m", "hyperagent.stack.stage_workers", stage],
                                       {"stage": stage, "api_url": api_url}, env=service_env(api_url),
                                       cwd=project_root())
            pids[stage].append(record.pid)
        index = count + 1
        while stop_service(service_name(stage, index), grace=10):
            index += 1
    return pids


def running_workers() -> dict[str, list[int]]:
    """Stage -> pids of the workers this machine's data dir recorded and that are alive."""
    found: dict[str, list[int]] = {}
    for path in sorted(services_dir().glob("stage-worker-*.json")):
        record = read_record(path.stem)
        if record is not None:
            found.setdefault(record.info.get("stage", "?"), []).append(record.pid)
    return found


def stop_workers(grace: float = 10.0) -> int:
    """Stop every stage worker of this machine; how many were running."""
    return sum(stop_service(path.stem, grace) for path in sorted(services_dir().glob("stage-worker-*.json")))


# ---- the worker process ---------------------------------------------------------------------------------

def ensure_limits(stage: str) -> None:
    """The two limits a stage's workers rely on (created once; an existing one keeps its value). Workers
    starting together may race to create them: whoever loses reads the winner's."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectNotFound

    from tasks.dispatch import presence_limit, stage_tag

    with get_client(sync_client=True) as client:
        checks = [(lambda: client.read_global_concurrency_limit_by_name(presence_limit(stage)),
                   lambda: client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(
                       name=presence_limit(stage), limit=PRESENCE_LIMIT_SLOTS))),
                  (lambda: client.read_concurrency_limit_by_tag(stage_tag(stage)),
                   lambda: client.create_concurrency_limit(tag=stage_tag(stage), concurrency_limit=STAGE_LIMIT_SLOTS))]
        for read, create in checks:
            try:
                read()
            except ObjectNotFound:
                try:
                    create()
                except Exception:  # created meanwhile by another worker (the server may answer 409 or 500)
                    read()


def serve(stage: str, slots: int = 1) -> None:
    """Serve `stage`'s task until TERM, holding a presence lease while alive."""
    from prefect.concurrency.sync import concurrency

    from tasks.dispatch import presence_limit

    ensure_limits(stage)
    module_name, _, attribute = SERVED[stage].partition(":")
    stage_task = getattr(__import__(module_name, fromlist=[attribute]), attribute)
    with concurrency(presence_limit(stage), occupy=1, lease_duration=PRESENCE_LEASE_SECONDS, strict=True,
                     raise_on_lease_renewal_failure=False):
        asyncio.run(_serve(stage_task, slots))


async def _serve(stage_task: Any, slots: int) -> None:
    from prefect.task_worker import StopTaskWorker

    worker = _stage_worker_class()(stage_task, limit=slots)
    try:
        await worker.astart()
    except (StopTaskWorker, asyncio.CancelledError, KeyboardInterrupt):
        pass


def _stage_worker_class() -> type:
    import anyio
    from prefect.client.schemas.objects import TaskRun
    from prefect.client.subscriptions import Subscription
    from prefect.settings import get_current_settings
    from prefect.task_worker import TaskWorker, logger

    class StageWorker(TaskWorker):
        """Subscribes only while it has a free slot, and takes one run per subscription."""

        def __init__(self, stage_task: Any, limit: int | None) -> None:
            super().__init__(stage_task, limit=limit)
            for served in self.tasks:  # TaskWorker's copies get Prefect's own key back: keep the stage task's
                served.task_key = stage_task.task_key

        async def _subscribe_to_task_scheduling(self) -> None:
            base_url = get_current_settings().api.url
            if base_url is None:
                raise ConfigurationError("a stage worker needs PREFECT_API_URL: "
                                         "start it with `hyperagent up --workers`")
            while not self.stopping:
                while self._limiter is not None and self._limiter.available_tokens < 1:
                    await anyio.sleep(0.1)
                task_run = await self._next_run(base_url)
                logger.info(f"Received task run: {task_run.id} - {task_run.name}")
                if await self._acquire_token(task_run.id):
                    self._runs_task_group.start_soon(self._safe_submit_scheduled_task_run, task_run)

        async def _next_run(self, base_url: str) -> TaskRun:
            subscription = Subscription(model=TaskRun, path="/task_runs/subscriptions/scheduled",
                                        keys=self.task_keys, client_id=self.client_id, base_url=base_url)
            try:
                return await subscription.__anext__()
            finally:  # a run the server sends after this one and before the close goes back to its queue
                try:
                    await subscription.websocket.close()
                except RuntimeError:
                    pass

    return StageWorker


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve one HyperAgent stage as a Prefect task worker.")
    parser.add_argument("stage", choices=sorted(SERVED))
    parser.add_argument("--slots", type=int, default=1, help="runs of the stage at once in this process")
    args = parser.parse_args()
    serve(args.stage, args.slots)


if __name__ == "__main__":
    main()
