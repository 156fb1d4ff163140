"""A long-lived local Prefect server, started once and reused by every later command.

Why: with no PREFECT_API_URL, Prefect starts a temporary server inside each process (8-16 s);
a server already up makes a flow run cost ~2 s. The server keeps its data in its own database on
the project's PostgreSQL cluster (embedded by default), or in `HYPERAGENT_PREFECT_DATABASE_URL`.
"""

from __future__ import annotations

import fcntl
import os
import sys
import urllib.request
from contextlib import contextmanager
from collections.abc import Iterator

from hyperagent.errors import ServiceUnavailableError
from hyperagent.paths import data_dir
from hyperagent.stack.ports import free_port
from hyperagent.stack.processes import log_tail, read_record, start_service, stop_service, wait_ready

SERVICE = "prefect-server"
STARTUP_TIMEOUT = 90.0


def healthy(api_url: str, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def running_api_url() -> str | None:
    """The API URL of this project's server when it is up, else None."""
    record = read_record(SERVICE)
    if record is None:
        return None
    url = record.info["api_url"]
    return url if healthy(url) else None


def current_api_url() -> str | None:
    """What a flow run would talk to: PREFECT_API_URL if set, else the project's server if up."""
    return os.environ.get("PREFECT_API_URL") or running_api_url()


@contextmanager
def _start_lock() -> Iterator[None]:
    with open(data_dir() / "services" / f"{SERVICE}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def server_database_url() -> str:
    """Where the server keeps its data: HYPERAGENT_PREFECT_DATABASE_URL, else a `prefect` database on the
    project's PostgreSQL cluster (the embedded one, or the one HYPERAGENT_DATABASE_URL points at; SQLite
    in the data dir when that account may not create databases)."""
    explicit = os.environ.get("HYPERAGENT_PREFECT_DATABASE_URL")
    if explicit:
        return explicit
    if os.environ.get("HYPERAGENT_DATABASE_URL") or os.environ.get("HYPERAGENT_DATABASE_BLOCK"):
        return _sibling_database_url() or f"sqlite+aiosqlite:///{data_dir() / 'prefect' / 'prefect.db'}"
    from hyperagent.db.embedded import prefect_database_url

    return prefect_database_url()


def _sibling_database_url() -> str | None:
    """A `prefect` database next to the configured one (created if missing), as an asyncpg URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from hyperagent.db.engine import database_url

    url = make_url(database_url())
    if url.database == "prefect":
        return None  # never share the app's database with the server's tables
    try:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            if not connection.execute(text("SELECT 1 FROM pg_database WHERE datname = 'prefect'")).first():
                connection.execute(text("CREATE DATABASE prefect"))
        engine.dispose()
    except Exception:  # no CREATEDB right: the caller falls back to SQLite
        return None
    return url.set(drivername="postgresql+asyncpg", database="prefect").render_as_string(hide_password=False)


def ensure_server(port: int | None = None) -> str:
    """Start the server unless it is up; return its API URL.

    The warm Mythril comes with it (started, not waited for): a flow run here then audits without paying
    Mythril's import per contract, as under `hyperagent up`; `hyperagent down` stops both."""
    from hyperagent.stack.mythril_server import ensure_mythril_server

    (data_dir() / "services").mkdir(parents=True, exist_ok=True)
    with _start_lock():
        ensure_mythril_server(wait=False)
        url = running_api_url()
        if url:
            return url
        stop_service(SERVICE, grace=2)
        port = port or int(os.environ.get("HYPERAGENT_PREFECT_PORT", 0)) or free_port()
        api_url = f"http://127.0.0.1:{port}/api"
        home = data_dir() / "prefect"
        home.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_DATABASE_CONNECTION_URL": server_database_url(),
               "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_API_URL": api_url,
               "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(port)}
        env.pop("PREFECT_API_URL", None)
        from hyperagent.db.engine import masked

        info = {"api_url": api_url, "port": port, "database": masked(env["PREFECT_API_DATABASE_CONNECTION_URL"])}
        record = start_service(SERVICE, [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                         "--port", str(port)], info, env=env)
        if wait_ready(record, lambda: healthy(api_url), STARTUP_TIMEOUT):
            return api_url
        raise ServiceUnavailableError(f"the Prefect server did not start on port {port}: "
                                 f"{log_tail(SERVICE, 1) or 'no output'} (log: {data_dir() / 'services'})")


def server_status() -> dict[str, object]:
    """The project's own server: running, API and UI URLs, which database it uses."""
    record = read_record(SERVICE)
    url = record.info.get("api_url") if record else None
    up = bool(url) and healthy(url)
    return {"running": up, "pid": record.pid if record else None, "api_url": url if up else None,
            "ui_url": url.removesuffix("/api") if up else None,
            "database": record.info.get("database") if record else None}


def stop_server() -> bool:
    return stop_service(SERVICE)


def ensure_api() -> str:
    """The API a flow run should use: PREFECT_API_URL, else the project's server (started if down)."""
    return current_api_url() or ensure_server()
