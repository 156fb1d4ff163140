"""Audit tools crashing (SIGKILL) or hanging (SIGSTOP) while they run on a real contract: the per-tool
timeout ends the hang, the report names the failed tool, the other tools' findings stand, and the gate
fails unless the policy says `on_tool_failure=warn`. A failed tool run is never served from the cache."""

from __future__ import annotations

import json
import secrets
import signal
import string
import threading
from pathlib import Path

import psutil

from hyperagent.db import repository
from tests.chaos.conftest import cli
from tests.chaos.helpers import BackgroundRun, stage_rows

TIMELOCK = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Timelock%s {
    uint256 public unlockAt;
    address public immutable owner;

    constructor(uint256 delay) {
        owner = msg.sender;
        unlockAt = block.timestamp + delay;
    }

    function withdraw() external {
        require(msg.sender == owner, "owner");
        require(block.timestamp >= unlockAt, "locked");
        payable(owner).transfer(address(this).balance);
    }

    receive() external payable {}
}
"""


class Saboteur(threading.Thread):
    """Sends `sig` to every descendant process of this test whose command line holds `marker`."""

    def __init__(self, marker: str, sig: signal.Signals) -> None:
        super().__init__(daemon=True)
        self.marker, self.sig = marker, sig
        self.hit: set[int] = set()
        self.stopped = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self.stopped.wait(0.05):
            for process in me.children(recursive=True):
                try:
                    if process.pid not in self.hit and self.marker in " ".join(process.cmdline()):
                        process.send_signal(self.sig)
                        self.hit.add(process.pid)
                except psutil.Error:
                    continue

    def __enter__(self) -> "Saboteur":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        self.join(5)
        for pid in self.hit:  # never leave a stopped process behind
            try:
                psutil.Process(pid).kill()
            except psutil.Error:
                pass


def unique_name() -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(6)).title()


def tool_runs(workflow_id: str) -> dict[str, dict]:
    audit = repository.latest_audit(workflow_id)
    assert audit is not None, "the audit row must be stored even when the gate fails"
    return {run["tool"]: run for run in audit["tools"]}, audit


def test_crash_and_hang_fail_the_gate_by_default_and_name_the_tools(prefect_api):
    name = unique_name()
    with Saboteur("bin/forge test", signal.SIGKILL) as crash, Saboteur("myth_launcher", signal.SIGSTOP) as hang:
        run = BackgroundRun(f"an ERC20 token called {name} Coin with symbol {name[:3].upper()} and 700 supply",
                            {"audit_tools": ["slither", "mythril", "fuzz"], "audit_timeout": 60}, prefect_api).start()
        row = run.join()
    assert crash.hit and hang.hit, "the tools were not sabotaged"
    assert row["status"] == "failed" and row["current_stage"] == "audit"
    assert "fuzz crashed" in row["error_message"] and "mythril timeout" in row["error_message"]
    assert "on_tool_failure" in row["error_message"]
    runs, audit = tool_runs(row["id"])
    assert runs["fuzz"]["status"] == "crashed" and runs["mythril"]["status"] == "timeout"
    assert runs["slither"]["status"] == "ok"  # the tool that ran keeps its verdict
    assert audit["passed"] is False
    assert stage_rows(row["id"])["deployments"] == 0


def test_warn_policy_keeps_the_other_tools_findings_and_a_cached_failure_is_run_again(prefect_api):
    name = unique_name()
    prompt = f"an ERC20 token called {name} Token with symbol {name[:3].upper()} and 900 supply"
    options = {"audit_tools": ["slither", "fuzz"], "on_tool_failure": "warn", "skip": ["testing"]}
    with Saboteur("slither_launcher", signal.SIGKILL) as crash:
        first = BackgroundRun(prompt, options, prefect_api).start().join()
    assert crash.hit
    assert first["status"] == "completed", first["error_message"]
    runs, audit = tool_runs(first["id"])
    assert runs["slither"]["status"] == "crashed" and runs["fuzz"]["status"] == "ok"
    named = {t["tool"]: t["status"] for t in first["result"]["audit"]["tools"]}
    assert named == {"slither": "crashed", "fuzz": "ok"}  # the result names the failed tool

    second = BackgroundRun(prompt, options, prefect_api).start().join()  # same source: a cache hit, refused
    runs, _ = tool_runs(second["id"])
    assert runs["slither"]["status"] == "ok", "a crashed tool run must not be served from the cache"
    assert "audit" not in (second["result"].get("cached_stages") or [])


def test_cli_audit_with_a_hanging_tool(tmp_path: Path):
    source = tmp_path / "Timelock.sol"
    source.write_text(TIMELOCK % unique_name())
    with Saboteur("myth_launcher", signal.SIGSTOP) as hang:
        strict = cli("audit", str(source), "--tools", "slither,mythril", "--timeout", "30", "--json")
    assert hang.hit
    assert strict.returncode == 1, strict.stderr
    [entry] = json.loads(strict.stdout)["files"]
    statuses = {run["tool"]: run["status"] for run in entry["tools"]}
    assert statuses == {"slither": "ok", "mythril": "timeout"}
    slither_findings = [f for f in entry["findings"] if "slither" in f["tools"]]
    assert slither_findings and all(f["severity"] in ("low", "medium", "info") for f in slither_findings)
    assert entry["gate_reason"].startswith("audit tool(s) did not complete: mythril timeout")
    assert not entry["passed"]
    assert "Traceback" not in strict.stderr

    with Saboteur("myth_launcher", signal.SIGSTOP):
        relaxed = cli("audit", str(source), "--tools", "slither,mythril", "--timeout", "30",
                      "--on-tool-failure", "warn", "--json")
    assert relaxed.returncode == 0, relaxed.stdout[-2000:]
    [entry] = json.loads(relaxed.stdout)["files"]
    assert {run["tool"]: run["status"] for run in entry["tools"]}["mythril"] == "timeout"
    assert [f["detector"] for f in entry["findings"] if "slither" in f["tools"]] == [
        f["detector"] for f in slither_findings]  # the other tool's findings stand
