"""PostgreSQL restarted while a workflow runs: the writes wait and retry, nothing is lost or doubled."""

from __future__ import annotations

import logging
import threading

from hyperagent.db import embedded
from tests.chaos.helpers import BackgroundRun, stage_rows


class RetrySeen(logging.Handler):
    """Set once the repository logs that it is waiting for PostgreSQL."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "PostgreSQL unreachable" in record.getMessage():
            self.seen.set()


def test_a_restart_mid_run_loses_and_doubles_nothing(prefect_api):
    watcher = RetrySeen()
    logger = logging.getLogger("hyperagent.db")
    logger.addHandler(watcher)
    try:
        run = BackgroundRun("an ERC20 token called Restart Coin with symbol RST and 500 supply, burnable",
                            {"audit_tools": ["slither"]}, prefect_api).start()
        run.wait_for(lambda: run.row()["status"] in ("auditing", "testing"), "the audit stage")
        assert embedded.stop(), "the embedded PostgreSQL was not running"
        try:
            assert watcher.seen.wait(300), "no write hit the stopped server"
        finally:
            embedded.ensure_running()
        row = run.join()
    finally:
        logger.removeHandler(watcher)

    assert row["status"] == "completed", row["error_message"]
    result = row["result"]
    assert set(row["stage_times"]) == {"generation", "compilation", "audit", "testing", "deployment"}
    counts = stage_rows(row["id"])
    assert counts["contracts"] == counts["security_audits"] == counts["test_runs"] == counts["deployments"] == 1
    assert counts["audit_findings"] == len(result["audit"]["findings"])
    assert counts["test_results"] == result["tests"]["passed"] + result["tests"]["failed"] > 0
    assert result["contract"]["address"].startswith("0x")
