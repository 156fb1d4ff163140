"""The warm Mythril: a fork server that imported Mythril once gives what a cold `myth` gives, and an
analysis given up at its time limit leaves nothing running."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from agents.audit.base import AuditTarget, ToolSettings
from agents.audit.service import AuditService
from agents.audit.mythril_tool import MythrilTool
from hyperagent.errors import ToolTimeoutError
from hyperagent.stack import mythril_server
from hyperagent.toolchain import mythril as mythril_runner

pytestmark = pytest.mark.slow

BANK = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Bank {
    address owner = msg.sender;
    mapping(address => uint256) public balances;

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }

    function close() external {
        selfdestruct(payable(msg.sender));
    }

    function sweep(uint256 amount) external {
        require(tx.origin == owner, "owner only");
        payable(msg.sender).transfer(amount);
    }
}
"""

@pytest.fixture
def server(tmp_path, monkeypatch) -> Iterator[int]:
    monkeypatch.setenv("HYPERAGENT_HOME", str(tmp_path / "home"))
    pid = mythril_server.ensure_mythril_server()
    assert pid, "the mythril fork server did not start"
    try:
        yield pid
    finally:
        assert mythril_server.stop_mythril_server()
        assert not mythril_server.running_socket()


def gone(server: int, within: float = 5.0) -> bool:
    """No child of the fork server left (not even a zombie) within a few seconds."""
    deadline = time.monotonic() + within
    while psutil.Process(server).children(recursive=True):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def target(folder: Path) -> AuditTarget:
    """Bank.sol compiled once, as the audit service hands it to a contract-scope tool."""
    path = folder / "Bank.sol"
    path.write_text(BANK)
    return AuditService(use_cache=False).prepare(path)


def test_warm_and_cold_mythril_find_the_same(server, tmp_path, monkeypatch):
    settings = ToolSettings(timeout=300, mythril_execution_timeout=20)
    warm = MythrilTool().run(target(tmp_path), settings)
    assert gone(server)  # the analysis ran in a forked child that has exited and been reaped
    monkeypatch.setattr(mythril_runner, "mythril_socket", lambda: tmp_path / "no-server.sock")
    cold = MythrilTool().run(target(tmp_path), settings)
    assert {(f.swc_id, f.line) for f in warm} == {(f.swc_id, f.line) for f in cold}
    assert {"SWC-106", "SWC-115"} <= {f.swc_id for f in warm}  # the unprotected selfdestruct, tx.origin


def test_an_analysis_past_its_limit_is_killed_with_its_compiler(server, tmp_path):
    started = time.monotonic()
    with pytest.raises(ToolTimeoutError, match="mythril timed out after 4 s"):
        MythrilTool().run(target(tmp_path), ToolSettings(timeout=4, mythril_execution_timeout=120))
    assert time.monotonic() - started < 30
    assert gone(server)


def test_starting_the_local_prefect_server_starts_the_warm_mythril(tmp_path, monkeypatch):
    """A flow run that starts the project's Prefect server (`workflow create` without `up`) gets the warm Mythril
    too; the Prefect server itself is taken as already up here (starting one is test_stack.py's job)."""
    from hyperagent.paths import mythril_socket
    from hyperagent.stack import prefect_server
    from hyperagent.stack.processes import read_record

    monkeypatch.setenv("HYPERAGENT_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(prefect_server, "running_api_url", lambda: "http://127.0.0.1:9/api")
    try:
        assert prefect_server.ensure_server() == "http://127.0.0.1:9/api"
        record = read_record(mythril_server.SERVICE)
        assert record is not None and record.alive
        deadline = time.monotonic() + mythril_server.STARTUP_TIMEOUT
        while not mythril_socket().exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert mythril_server.running_socket() == mythril_socket()
        assert prefect_server.ensure_server() and read_record(mythril_server.SERVICE).pid == record.pid  # reused
    finally:
        assert mythril_server.stop_mythril_server()


def test_mythril_message_calls_share_the_execution_timeout_with_creation(tmp_path):
    """scripts/myth_launcher.py's clock, in Mythril's own venv: after a short creation the message calls get what
    is left of `--execution-timeout`, when the solver's budget ends too (Mythril alone would explore them for
    the whole timeout again, on a solver with no time left); after a long one they still get a third of it, and
    so does the solver."""
    import subprocess
    import sys

    from hyperagent.paths import mythril_venv, project_root

    probe = """
import sys
from datetime import datetime, timedelta
sys.path.insert(0, sys.argv[1])
import myth_launcher
from mythril.laser.ethereum import svm
from mythril.laser.ethereum.time_handler import time_handler
myth_launcher.one_time_budget()
for spent in (6, 14):
    time_handler.start_execution(15)
    time_handler._start_time -= spent * 1000  # the solver's budget started with symbolic execution
    laser = svm.LaserEVM(execution_timeout=15, transaction_count=0)
    laser.hyperagent_started = datetime.now() - timedelta(seconds=spent)
    laser.time = datetime.now()  # what LaserEVM.execute_transactions sets before the message calls
    laser._execute_transactions_incremental(0)
    print(round((laser.time + timedelta(seconds=15) - datetime.now()).total_seconds()),
          round(time_handler.time_remaining() / 1000))
"""
    completed = subprocess.run([str(mythril_venv() / "bin" / "python"), "-c", probe, str(project_root() / "scripts")],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr[-2000:]
    # seconds left for the message calls, on the laser's clock and on the solver's: the same
    assert completed.stdout.split() == ["9", "9", "5", "5"]
