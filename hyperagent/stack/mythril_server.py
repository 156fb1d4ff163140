"""The warm Mythril (scripts/myth_forkserver.py) as a background service of this machine's data dir.

`hyperagent up`, `make bench` and the first flow run that starts the local Prefect server start it; MythrilRunner sends its analyses there while its socket answers,
and starts Mythril cold otherwise (same results: the fork server runs the same launcher).
"""

from __future__ import annotations

from pathlib import Path

from hyperagent.paths import mythril_socket, mythril_venv, project_root
from hyperagent.stack.processes import log_tail, read_record, start_service, stop_service, wait_ready

SERVICE = "mythril-server"
STARTUP_TIMEOUT = 120.0


def running_socket() -> Path | None:
    """The socket of a live fork server, else None."""
    record = read_record(SERVICE)
    path = mythril_socket()
    return path if record is not None and path.exists() else None


def ensure_mythril_server(*, wait: bool = True) -> int | None:
    """Start the fork server unless it runs (or Mythril is not installed); its pid, or None.

    `wait=False` returns once it is started: analyses go cold until its socket appears (~3 s)."""
    record = read_record(SERVICE)
    if record is not None:
        return record.pid
    python = mythril_venv() / "bin" / "python"
    if not python.exists():
        return None
    mythril_socket().unlink(missing_ok=True)
    record = start_service(SERVICE, [str(python), str(project_root() / "scripts" / "myth_launcher.py"),
                                     "--fork-server", str(mythril_socket())], {"socket": str(mythril_socket())},
                           cwd=project_root())
    if not wait:
        return record.pid
    if wait_ready(record, lambda: record.alive and "ready on" in log_tail(SERVICE, 3), STARTUP_TIMEOUT, 0.2):
        return record.pid
    return None


def stop_mythril_server(grace: float = 5.0) -> bool:
    stopped = stop_service(SERVICE, grace)
    mythril_socket().unlink(missing_ok=True)
    return stopped
