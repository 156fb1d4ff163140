"""A stage's time limit (its SLA), seen by everything the stage runs, however deep.

Why a context variable: the limit is set once, where a stage starts (tasks/), and the tool runners far
below (solc, Slither, Mythril, forge) cap their own timeouts by what is left of it, without every
signature in between passing it along. Threads do not inherit context variables: code that hands work
to a thread pool wraps it in `carry_deadline` so the workers see the same deadline.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from hyperagent.errors import StageTimeoutError

T = TypeVar("T")


@dataclass(frozen=True)
class Deadline:
    stage: str
    limit: float
    """Seconds the stage may take."""
    started: float = field(default_factory=time.monotonic)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def remaining(self) -> float:
        return max(0.0, self.limit - self.elapsed())

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0.0

    @property
    def setting(self) -> str:
        return f"HYPERAGENT_SLA_{self.stage.upper()}"

    def exceeded(self, detail: str = "") -> StageTimeoutError:
        """The one-line error of a stage that ran out of time; `detail` says what was still running."""
        during = f" {detail}" if detail else ""
        return StageTimeoutError(f"{self.stage} stage exceeded its time limit of {self.limit:g} s{during}: "
                                 f"raise {self.setting} or ask for less work", stage=self.stage)


_current: ContextVar[Deadline | None] = ContextVar("hyperagent_deadline", default=None)


def current_deadline() -> Deadline | None:
    return _current.get()


@contextmanager
def deadline_scope(deadline: Deadline) -> Iterator[Deadline]:
    token = _current.set(deadline)
    try:
        yield deadline
    finally:
        _current.reset(token)


def carry_deadline(work: Callable[..., T]) -> Callable[..., T]:
    """`work`, to run in a pool thread under the caller's deadline (a thread does not inherit context)."""
    deadline = current_deadline()
    if deadline is None:
        return work

    def under_deadline(*args: Any, **kwargs: Any) -> T:
        with deadline_scope(deadline):
            return work(*args, **kwargs)

    return under_deadline


def bounded_timeout(timeout: float) -> tuple[float, Deadline | None]:
    """`timeout` capped by the current deadline, and that deadline when it is the tighter bound."""
    deadline = current_deadline()
    if deadline is not None and deadline.remaining() < timeout:
        return deadline.remaining(), deadline
    return timeout, None
