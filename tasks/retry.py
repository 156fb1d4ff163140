"""Retry only what is transient: a tool that timed out, an RPC or database that dropped.

Deterministic failures (a compile error, the audit gate, bad input) fail at once: retrying them only
delays the message the user needs.
"""

from __future__ import annotations

from typing import Any

from prefect.tasks import exponential_backoff

from hyperagent.errors import DatabaseError, NetworkError, ToolTimeoutError

RETRIES = 3
RETRY_DELAYS = exponential_backoff(backoff_factor=1)
RETRY_JITTER = 0.5


def transient_errors() -> tuple[type[BaseException], ...]:
    import requests
    import sqlalchemy.exc

    return (
        ToolTimeoutError,
        NetworkError,
        DatabaseError,
        ConnectionError,
        TimeoutError,
        requests.exceptions.ConnectionError,
        requests.exceptions.Timeout,
        sqlalchemy.exc.OperationalError,
        sqlalchemy.exc.InterfaceError,
    )


def is_transient(error: BaseException) -> bool:
    return isinstance(error, transient_errors())


def retry_on_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect's retry_condition_fn: retry when the failure's exception is transient."""
    try:
        state.result()
    except Exception as error:  # the state's own exception, re-raised by result()
        return is_transient(error)
    return False


def stage_task_options(name: str) -> dict[str, Any]:
    """The retry settings every stage task shares."""
    return {
        "name": name,
        "retries": RETRIES,
        "retry_delay_seconds": RETRY_DELAYS,
        "retry_jitter_factor": RETRY_JITTER,
        "retry_condition_fn": retry_on_transient,
        "persist_result": False,
    }
