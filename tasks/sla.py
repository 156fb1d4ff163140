"""Stage time limits (SLAs): the deadline each stage task runs under, and what a breach does.

Why not Prefect's `timeout_seconds`: in a worker thread (audit and testing run side by side in threads,
a task worker runs its tasks in threads) it cannot interrupt a blocking call and only fires once the call
has returned; and its TaskRunTimeoutError is a TimeoutError, which the transient-retry policy retries
(three more times the limit). Here the deadline is a context variable (hyperagent/deadline.py): every
tool run is capped by what is left of it, and `run_within` stops waiting for anything else at the limit.
A breach is a StageTimeoutError (never retried) plus the event `hyperagent.<stage>.sla-exceeded`.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from typing import Any, TypeVar

from prefect import get_run_logger

from hyperagent.deadline import Deadline, deadline_scope
from hyperagent.errors import StageTimeoutError
from hyperagent.settings import get_settings
from tasks.tracking import emit

T = TypeVar("T")


@contextmanager
def sla_scope(workflow_id: str, stage: str, llm: str | None = None) -> Iterator[Deadline]:
    """The stage's deadline for everything inside; a StageTimeoutError leaving it is reported as a breach.
    `llm` is the workflow's model option: a local model gets its own, longer limit (Settings.sla)."""
    settings = get_settings()
    deadline = Deadline(stage, settings.sla(stage, local_model=settings.uses_local_model(llm)))
    with deadline_scope(deadline):
        try:
            yield deadline
        except StageTimeoutError as error:
            report_breach(workflow_id, deadline, str(error))
            raise


def report_breach(workflow_id: str, deadline: Deadline, reason: str, **payload: Any) -> None:
    """Log the reason and emit `hyperagent.<stage>.sla-exceeded` (limit, elapsed, and what was unfinished)."""
    get_run_logger().warning(reason)
    emit(workflow_id, f"{deadline.stage}.sla-exceeded", stage=deadline.stage, limit_s=deadline.limit,
         elapsed_s=round(deadline.elapsed(), 3), **payload)


def run_within(deadline: Deadline, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`work(*args, **kwargs)` in a helper thread, given up at the deadline with a StageTimeoutError.

    Why a thread: an LLM call or any other blocking wait outside the tool runners would otherwise hold the
    stage past its limit. Work given up on keeps its thread until it returns (its tool runs are capped by
    the same deadline); its late result is dropped, and the caller stores nothing of it.
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"{deadline.stage}-within-sla")
    future = pool.submit(contextvars.copy_context().run, work, *args, **kwargs)
    pool.shutdown(wait=False)
    try:
        return future.result(timeout=deadline.remaining())
    except FutureTimeout:
        raise deadline.exceeded() from None
