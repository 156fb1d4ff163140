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
