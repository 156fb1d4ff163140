"""What every stage reports: workflow status, Prefect events, stage times, retries, cancellation.

A stage task wraps its work in `stage_scope(workflow_id, stage)`; the flow calls `WorkflowTracker`
for what belongs to the whole run (the row, the progress artifact, the final result).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from prefect.artifacts import create_progress_artifact, update_progress_artifact
from prefect.events import emit_event
from prefect import get_run_logger
from prefect.runtime import flow_run, task_run

from agents.models import STAGES
from hyperagent.db import repository
from hyperagent.errors import WorkflowCancelledError

STAGE_STATUS = {
    "generation": "generating",
    "compilation": "compiling",
    "audit": "auditing",
    "testing": "testing",
    "deployment": "deploying",
}
TERMINAL = {"completed", "failed", "cancelled"}
CARRIED_RESULT_KEYS = ("spec", "requirements", "left_out", "assumed")
"""What the generation stage records in the result before the run ends (kept by the final result)."""


def resource(workflow_id: str) -> dict[str, str]:
    return {"prefect.resource.id": f"hyperagent.workflow.{workflow_id}",
            "prefect.resource.name": f"workflow {workflow_id}"}


def emit(workflow_id: str, event: str, **payload: Any) -> None:
    emit_event(event=f"hyperagent.{event}", resource=resource(workflow_id),
               payload={"workflow_id": str(workflow_id), **payload})


def ensure_not_cancelled(workflow_id: str) -> None:
    if repository.get_workflow(workflow_id)["status"] == "cancelled":
        raise WorkflowCancelledError(f"workflow {workflow_id} was cancelled")


class StageRun:
    """What a stage task learns while it runs: whether its work came from the cache."""

    def __init__(self, workflow_id: str, name: str) -> None:
        self.workflow_id = workflow_id
        self.name = name
        self.cached = False


def run_cached(stage: StageRun, cached_task: Any, *, reusable: Any = None, **parameters: Any) -> Any:
    """Run the stage's cacheable task; note (and log) when Prefect served it from the cache.

    `reusable(result)` False means a cached result must not stand (an audit in which a tool crashed is
    not a verdict on the source): the task runs again and its fresh result replaces the cached one.
    """
    state = cached_task(**parameters, return_state=True)
    result = state.result()
    if state.name == "Cached" and reusable is not None and not reusable(result):
        get_run_logger().info("%s: the cached result records a failure: running it again", stage.name)
        return cached_task.with_options(refresh_cache=True)(**parameters)
    if state.name == "Cached":
        stage.cached = True
        get_run_logger().info("%s: same source, tools and settings as an earlier run: cached result reused",
                              stage.name)
    return result


@contextmanager
def stage_scope(workflow_id: str, stage: str, status: str | None = None) -> Iterator[StageRun]:
    """Status and event on entry; time, event and (on retry) the retry count on exit."""
    ended = repository.enter_stage(workflow_id, status or STAGE_STATUS[stage], stage)
    if ended:
        raise WorkflowCancelledError(f"workflow {workflow_id} has already ended ({ended}): "
                                     f"its {stage} stage does not run")
    attempt = task_run.run_count or 1
    if attempt > 1:
        repository.record_retry(workflow_id, stage)
    emit(workflow_id, f"{stage}.started", attempt=attempt)
    started = time.monotonic()
    run = StageRun(workflow_id, stage)
    try:
        yield run
    except Exception as error:
        emit(workflow_id, f"{stage}.failed", attempt=attempt, error=type(error).__name__)
        raise
    elapsed = time.monotonic() - started
    repository.record_stage_time(workflow_id, stage, elapsed)
    if run.cached:
        result = repository.get_workflow(workflow_id).get("result") or {}
        repository.update_workflow(workflow_id, result={**result, "cached_stages": [
            *result.get("cached_stages", []), stage]})
    emit(workflow_id, f"{stage}.completed", attempt=attempt, seconds=round(elapsed, 3), cached=run.cached)


class Heartbeat:
    """Moves the workflow row's `updated_at` every `heartbeat_seconds` while the run's process lives.

    Why: a worker killed with SIGKILL runs no hook, and its flow run stays RUNNING in Prefect; a row
    that stops moving is how `workflow status`/`list` tell a dead run from a slow stage (flows/reconcile.py).
    The thread ends when the row has ended (the UPDATE matches nothing) or `stop()` is called.
    """

    def __init__(self, workflow_id: str) -> None:
        from hyperagent.settings import get_settings

        self.workflow_id = workflow_id
        self.interval = get_settings().heartbeat_seconds
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"heartbeat-{workflow_id[:8]}", daemon=True)

    def start(self) -> "Heartbeat":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()

    def _beat(self) -> None:
        while not self._stopped.wait(self.interval):
            try:
                if not repository.heartbeat(self.workflow_id):
                    return
            except Exception:  # noqa: BLE001 - a missed beat is retried on the next tick
                continue


class WorkflowTracker:
    """The whole run's record: created row, progress artifact, terminal status and result."""

    def __init__(self, workflow_id: str) -> None:
        self.id = str(workflow_id)
        self.started = time.monotonic()
        self._progress_artifact = None
        self._heartbeat: Heartbeat | None = None

    @classmethod
    def begin(cls, prompt: str, network: str, options: dict[str, Any], workflow_id: str | None) -> "WorkflowTracker":
        if workflow_id is None:
            workflow_id = str(repository.create_workflow(prompt, network, options))
        tracker = cls(workflow_id)
        ensure_not_cancelled(tracker.id)
        repository.update_workflow(tracker.id, flow_run_id=str(flow_run.id) if flow_run.id else None,
                                   status="nlp_parsing", current_stage="generation", progress=0)
        tracker._progress_artifact = create_progress_artifact(
            progress=0.0, key=f"workflow-{tracker.id}-progress"[:100].lower(),
            description=f"HyperAgent workflow {tracker.id}")
        emit(tracker.id, "workflow.started", prompt_chars=len(prompt), network=network)
        tracker._heartbeat = Heartbeat(tracker.id).start()
        return tracker

    def _stop_heartbeat(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.stop()

    def advance(self, stage: str, progress: int) -> None:
        repository.update_workflow(self.id, progress=progress)
        if self._progress_artifact is not None:
            update_progress_artifact(self._progress_artifact, float(progress), description=f"{stage} done")

    def _final(self, result: dict[str, Any] | None, status: str) -> dict[str, Any]:
        row = repository.get_workflow(self.id)
        times = row.get("stage_times") or {}
        cached = (row.get("result") or {}).get("cached_stages", [])
        carried = {k: v for k, v in (row.get("result") or {}).items() if k in CARRIED_RESULT_KEYS}
        return {**carried, **(result or {}), "workflow_id": self.id, "status": status,
                "flow_run_id": row.get("flow_run_id"),
                "cached_stages": cached,
                "stages": {stage: round(times[stage], 3) for stage in STAGES if stage in times},
                "retries": row.get("retry_counts") or {}}

    def complete(self, result: dict[str, Any]) -> dict[str, Any]:
        self._stop_heartbeat()
        result = self._final(result, "completed")
        repository.update_workflow(self.id, status="completed", progress=100, result=result,
                                   completed_at=datetime.now(timezone.utc))
        emit(self.id, "workflow.completed", seconds=round(time.monotonic() - self.started, 3))
        return result

    def fail(self, error: BaseException, result: dict[str, Any] | None = None) -> None:
        self._stop_heartbeat()
        stack = "".join(traceback.format_exception(error))
        message = str(error) or type(error).__name__
        stage = {"current_stage": error.stage} if getattr(error, "stage", None) else {}  # stages run side by side
        repository.update_workflow(self.id, status="failed", error_message=message, error_stacktrace=stack, **stage,
                                   result={**self._final(result, "failed"), "error": message},
                                   completed_at=datetime.now(timezone.utc))
        emit(self.id, "workflow.failed", error=type(error).__name__)

    def cancelled(self) -> None:
        self._stop_heartbeat()
        repository.update_workflow(self.id, status="cancelled", result=self._final(None, "cancelled"),
                                   completed_at=datetime.now(timezone.utc))
        emit(self.id, "workflow.cancelled")


def _workflow_of(flow_run_state: Any) -> str | None:
    row = repository.find_workflow_by_flow_run(str(flow_run_state.id))
    return None if row is None else str(row["id"])


def mark_cancelled(flow: Any, run: Any, state: Any) -> None:
    """Flow hook: a run cancelled from the UI or API leaves its workflow cancelled, not hanging."""
    workflow_id = _workflow_of(run)
    if workflow_id and repository.get_workflow(workflow_id)["status"] not in {"completed", "failed"}:
        WorkflowTracker(workflow_id).cancelled()


def mark_crashed(flow: Any, run: Any, state: Any) -> None:
    """Flow hook: a crashed process (killed worker, lost infrastructure) records the failure."""
    workflow_id = _workflow_of(run)
    if workflow_id and repository.get_workflow(workflow_id)["status"] not in TERMINAL:
        WorkflowTracker(workflow_id).fail(RuntimeError(f"flow run crashed: {state.message or state.name}"))
