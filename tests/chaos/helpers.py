"""Running a lifecycle in a thread of the test process, so a test can break something while it runs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from flows import submit
from hyperagent.db import repository


class BackgroundRun:
    """`submit.run_in_process` of a new workflow in a thread; `wait_for` polls its row."""

    def __init__(self, prompt: str, options: dict[str, Any], api_url: str, network: str = "local") -> None:
        self.workflow_id = submit.create_workflow(prompt, network, options)
        self.api_url = api_url
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            submit.run_in_process(self.workflow_id, self.api_url)
        except BaseException as error:  # noqa: BLE001 - reported by join()
            self.error = error

    def start(self) -> "BackgroundRun":
        self.thread.start()
        return self

    def row(self) -> dict[str, Any]:
        return repository.get_workflow(self.workflow_id)

    def wait_for(self, condition: Callable[[], Any], what: str, timeout: float = 300) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = condition()
            if value:
                return value
            assert self.thread.is_alive() or condition(), f"the run ended before {what}: {self.row()}"
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}: {self.row()}")

    def join(self, timeout: float = 600) -> dict[str, Any]:
        self.thread.join(timeout)
        assert not self.thread.is_alive(), f"the run did not end: {self.row()}"
        assert self.error is None, repr(self.error)
        return self.row()


def stage_rows(workflow_id: str) -> dict[str, int]:
    """Rows per table of one workflow (findings and test cases included)."""
    from sqlalchemy import text

    from hyperagent.db.engine import get_engine

    with get_engine().connect() as connection:
        return {table: connection.execute(text(f"SELECT count(*) FROM {table} WHERE workflow_id = :w"),
                                          {"w": workflow_id}).scalar_one()
                for table in ("contracts", "security_audits", "audit_findings", "test_runs", "test_results",
                              "deployments")}
