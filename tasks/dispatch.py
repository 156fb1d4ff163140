"""Where a stage task runs: on its stage workers when some are alive, else in the flow's own process.

Stage workers (hyperagent/stack/stage_workers.py) are Prefect task workers, each serving one stage task;
a run goes to them as a Prefect background task (`apply_async`), its parameters and result in the result
storage both sides share. It is the same task either way: same rows, events and artifacts.

Two things Prefect 3.9 does not do for background tasks are done here, with its own machinery:
- Whether a stage has a live worker: every stage worker holds a lease on the global concurrency limit
  `hyperagent-<stage>-workers` while it lives (Prefect renews it; the server revokes it when the process
  dies and stops renewing), so `active_slots > 0` means at least one worker is alive.
- Redelivery: a worker acknowledges a run when it receives it; if the worker is killed, the run stays
  Running forever. Every stage task is tagged `hyperagent-<stage>` and that tag has a concurrency limit, so
  the task engine holds a 60 s lease per running run, renewed while its process lives. A run that is
  Running without a live lease lost its worker: the flow waiting for it puts it back to Scheduled (same
  task run, same stored parameters), another worker picks it up, and Prefect counts a rerun. If every
  worker is gone, the waiting flow cancels the run and does the stage itself.
"""

from __future__ import annotations

import hashlib
import inspect
import time
from collections.abc import Callable
from typing import Any

from prefect.client.orchestration import get_client
from prefect.exceptions import ObjectNotFound
from prefect.futures import PrefectDistributedFuture, PrefectFuture
from prefect.logging import get_logger
from prefect.states import Cancelled, Scheduled

WORKER_STAGES = ("generation", "audit", "testing")
"""The stages a worker may serve (the heavy ones: the model, the audit tools, forge)."""
POLL_SECONDS = 3.0
LEASELESS_GRACE_SECONDS = 10.0
"""How long a run may be Running without a lease before its worker counts as dead (a run takes its lease
just before it enters Running, so a live one is never without it for more than a moment)."""

logger = get_logger("hyperagent.dispatch")


def stage_tag(stage: str) -> str:
    """The tag on a stage's task; its tag concurrency limit caps the stage's runs across all machines."""
    return f"hyperagent-{stage}"


def presence_limit(stage: str) -> str:
    """The global concurrency limit on which each live worker of `stage` holds one leased slot."""
    return f"hyperagent-{stage}-workers"


def same_key_everywhere(stage_task: Any) -> Any:
    """Give a stage task a key that is the same in every process, so a worker serves what a flow submits.

    Why: Prefect 3.9 keys a task by a hash of its pickled code object, and those bytes differ between
    processes that happened to intern different strings (seen: test_contract got two keys depending on
    import order). The key here hashes the function's source text instead.
    """
    source = inspect.getsource(stage_task.fn)
    stage_task.task_key = f"{stage_task.fn.__qualname__}-{hashlib.sha256(source.encode()).hexdigest()[:8]}"
    return stage_task


def workers_alive(stage: str) -> int:
    """How many workers of `stage` hold a live lease (0 when the stage has none, or never had)."""
    if stage not in WORKER_STAGES:
        return 0
    with get_client(sync_client=True) as client:
        try:
            return client.read_global_concurrency_limit_by_name(presence_limit(stage)).active_slots
        except ObjectNotFound:
            return 0


class StageRun:
    """A started stage. `wait()` lets it end; `result()` gives its value or raises its exception."""

    def __init__(self, stage: str, future: PrefectFuture[Any] | None = None,
                 run_here: Callable[[], Any] | None = None) -> None:
        self.stage = stage
        self.future = future
        self.run_here = run_here
        self._outcome: tuple[Any, BaseException | None] | None = None if future else (None, None)

    @property
    def on_worker(self) -> bool:
        return isinstance(self.future, PrefectDistributedFuture)

    def wait(self) -> None:
        if self._outcome is not None:
            return
        try:
            value = _wait_on_workers(self) if self.on_worker else self.future.result()
            self._outcome = (value, None)
        except Exception as error:  # kept, raised by result()
            self._outcome = (None, error)

    def result(self) -> Any:
        self.wait()
        value, error = self._outcome
        if error is not None:
            raise error
        return value


def start_stage(stage: str, stage_task: Any, *args: Any, enabled: bool = True, **kwargs: Any) -> StageRun:
    """Start `stage_task(*args, **kwargs)` on the stage's workers if any is alive, else in this process
    (on the flow's task runner, so stages started one after the other run side by side)."""
    if not enabled:
        return StageRun(stage)
    if workers_alive(stage):
        return StageRun(stage, stage_task.apply_async(args, kwargs), run_here=lambda: stage_task(*args, **kwargs))
    return StageRun(stage, stage_task.submit(*args, **kwargs))


def wait_all(*runs: StageRun) -> None:
    """Let every run end (none is left running unseen when an earlier one failed)."""
    for run in runs:
        run.wait()


def _wait_on_workers(run: StageRun) -> Any:
    future = run.future
    assert isinstance(future, PrefectDistributedFuture)
    leaseless_since: float | None = None
    while True:
        with get_client(sync_client=True) as client:
            task_run = client.read_task_run(future.task_run_id)
            # None until the server records the run's first state, and for a moment after a reschedule; Prefect's
            # future.wait() raises on such a run, so this loop reads the run itself and never calls it.
            state = task_run.state
            if state is not None:
                if state.is_final():
                    return state.result(raise_on_failure=True)
                if state.is_running() and not _holds_lease(client, run.stage, task_run):
                    leaseless_since = leaseless_since or time.monotonic()
                    if time.monotonic() - leaseless_since > LEASELESS_GRACE_SECONDS:
                        reschedule(client, task_run)
                        leaseless_since = None
                else:
                    leaseless_since = None
                    if state.is_scheduled() and not workers_alive(run.stage):
                        logger.warning("%s: no %s worker is alive any more; running the stage in the flow's process",
                                       task_run.name, run.stage)
                        client.set_task_run_state(task_run.id, Cancelled(
                            message="no stage worker alive: run in the flow"), force=True)
                        return run.run_here()
        time.sleep(POLL_SECONDS)


def _holds_lease(client: Any, stage: str, task_run: Any) -> bool:
    """Whether the run holds a live lease on its stage's tag limit (True when there is no limit to tell by)."""
    try:
        return task_run.id in set(client.read_concurrency_limit_by_tag(stage_tag(stage)).active_slots)
    except ObjectNotFound:
        return True


def reschedule(client: Any, task_run: Any) -> None:
    """Put a background task run whose worker died back in its queue, with the parameters it was given."""
    history = client.read_task_run_states(task_run.id)
    state = Scheduled(message="its stage worker died: scheduled again for another worker")
    state.state_details.deferred = True
    state.state_details.task_parameters_id = next(  # kept on the first Scheduled state, not on Running
        (old.state_details.task_parameters_id for old in history if old.state_details.task_parameters_id), None)
    client.set_task_run_state(task_run.id, state, force=True)
    logger.warning("%s lost its worker (Running without a live lease for %.0f s): scheduled again",
                   task_run.name, LEASELESS_GRACE_SECONDS)
