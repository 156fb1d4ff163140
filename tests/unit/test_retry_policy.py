"""Only transient failures are retried; deterministic ones fail at once."""

from __future__ import annotations

import pytest
import requests
import sqlalchemy.exc
from prefect.states import Failed

from hyperagent.errors import (AuditGateError, CompilationError, DatabaseError, GenerationError, NetworkError,
                               ToolTimeoutError)
from tasks.retry import is_transient, retry_on_transient, stage_task_options


@pytest.mark.parametrize("error", [
    ToolTimeoutError("slither timed out"), NetworkError("rpc down"), DatabaseError("pg gone"),
    ConnectionResetError(), TimeoutError(), requests.exceptions.ConnectionError(),
    sqlalchemy.exc.OperationalError("SELECT 1", {}, Exception("server closed the connection")),
])
def test_transient(error):
    assert is_transient(error)
    assert retry_on_transient(None, None, Failed(data=error))


@pytest.mark.parametrize("error", [CompilationError("x"), AuditGateError("high finding"), GenerationError("empty"),
                                   ValueError("bad"), KeyError("k")])
def test_deterministic(error):
    assert not is_transient(error)
    assert not retry_on_transient(None, None, Failed(data=error))


def test_stage_tasks_use_backoff_with_jitter():
    options = stage_task_options("x")
    assert options["retries"] == 3
    assert options["retry_delay_seconds"](3) == [1, 2, 4]
    assert 0 < options["retry_jitter_factor"] <= 1
