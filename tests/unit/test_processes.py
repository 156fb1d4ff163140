"""Background services: recorded, found again, stopped with TERM then KILL."""

from __future__ import annotations

import sys
import time

from hyperagent.stack import processes


def test_service_is_recorded_found_and_stopped(tmp_path, monkeypatch):
    monkeypatch.setenv("HYPERAGENT_HOME", str(tmp_path))
    record = processes.start_service("sleeper", [sys.executable, "-c", "import time; time.sleep(60)"], {"port": 1})
    found = processes.read_record("sleeper")
    assert found is not None and found.pid == record.pid and found.info == {"port": 1}
    assert processes.stop_service("sleeper", grace=5)
    assert processes.read_record("sleeper") is None
    assert not processes.stop_service("sleeper")


def test_a_service_ignoring_term_is_killed_after_the_grace_period(tmp_path, monkeypatch):
    monkeypatch.setenv("HYPERAGENT_HOME", str(tmp_path))
    code = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ready', flush=True); time.sleep(60)"
    processes.start_service("stubborn", [sys.executable, "-c", code], {})
    log = tmp_path / "services" / "stubborn.log"
    deadline = time.monotonic() + 10
    while "ready" not in (log.read_text() if log.exists() else "") and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.monotonic()
    assert processes.stop_service("stubborn", grace=0.5)
    assert time.monotonic() - started < 5
    assert processes.read_record("stubborn") is None


def test_a_stale_record_of_a_dead_process_is_dropped(tmp_path, monkeypatch):
    monkeypatch.setenv("HYPERAGENT_HOME", str(tmp_path))
    record = processes.start_service("brief", [sys.executable, "-c", "pass"], {})
    deadline = time.monotonic() + 10
    while processes.pid_alive(record.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert processes.read_record("brief") is None
    assert not processes.record_path("brief").exists()
