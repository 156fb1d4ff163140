"""Detached background services recorded in the data dir, so later commands find and reuse them.

Why: starting a Prefect server or a chain per command costs seconds; one started once and found
again through its record costs nothing. Stopping sends TERM, then KILL after a grace period.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable
from typing import Any

from hyperagent.paths import data_dir


@dataclass
class ServiceRecord:
    name: str
    pid: int
    info: dict[str, Any]

    @property
    def alive(self) -> bool:
        return pid_alive(self.pid)


def services_dir() -> Path:
    path = data_dir() / "services"
    path.mkdir(parents=True, exist_ok=True)
    return path


def record_path(name: str) -> Path:
    return services_dir() / f"{name}.json"


def read_record(name: str) -> ServiceRecord | None:
    """The live service called `name`, or None (a stale record of a dead process is removed)."""
    path = record_path(name)
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    record = ServiceRecord(name, int(data["pid"]), data.get("info", {}))
    if not record.alive:
        path.unlink(missing_ok=True)
        return None
    return record


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie child counts as dead
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except OSError:
        return True


def start_service(name: str, args: list[str], info: dict[str, Any], env: dict[str, str] | None = None,
                  cwd: Path | None = None) -> ServiceRecord:
    log = (services_dir() / f"{name}.log").open("ab")
    process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               env=env, cwd=cwd, start_new_session=True)
    record = ServiceRecord(name, process.pid, info)
    record_path(name).write_text(json.dumps({"pid": process.pid, "info": info}))
    return record


def wait_ready(record: ServiceRecord, ready: Callable[[], bool], timeout: float, interval: float = 0.3) -> bool:
    """Poll `ready()` until it holds (True) or the service dies or `timeout` passes: then the service is
    stopped (whatever it left running) and the answer is False."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return True
        if not record.alive:
            break
        time.sleep(interval)
    stop_service(record.name, grace=2)
    return False


def stop_service(name: str, grace: float = 10.0) -> bool:
    """TERM the service's process group, KILL it after `grace` seconds. True if one was running."""
    record = read_record(name)
    if record is None:
        return False
    _signal_group(record.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and record.alive:
        time.sleep(0.1)
    if record.alive:
        _signal_group(record.pid, signal.SIGKILL)
    record_path(name).unlink(missing_ok=True)
    return True


def _signal_group(pid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass


def log_tail(name: str, lines: int = 5) -> str:
    path = services_dir() / f"{name}.log"
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
