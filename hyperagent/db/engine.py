"""Which PostgreSQL, one engine per URL, short transactions, and the schema brought to head on first use.

The database is chosen per call, in this order, so a test or a CLI flag can switch it without a
restart: HYPERAGENT_DATABASE_URL (any PostgreSQL), else HYPERAGENT_DATABASE_BLOCK (the name of a
prefect-sqlalchemy `SqlAlchemyConnector` block, for teams that keep credentials in Prefect), else
the embedded server in the data dir.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, exc, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from hyperagent.errors import DatabaseError, DatabaseUnavailableError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK_KEY = 0x4879706572416701
"""pg_advisory_xact_lock key: only one process migrates a database at a time."""

_migrated: set[str] = set()
_reached: set[str] = set()
"""Databases this process has committed to: losing one of them is a restart worth waiting for."""
_migrate_guard = threading.Lock()


def database_url() -> str:
    """The SQLAlchemy URL to use now (psycopg driver); may start the embedded server."""
    explicit = os.environ.get("HYPERAGENT_DATABASE_URL")
    if explicit:
        return normalize_url(explicit)
    block = os.environ.get("HYPERAGENT_DATABASE_BLOCK")
    if block:
        return normalize_url(_block_url(block))
    from hyperagent.db import embedded

    return normalize_url(embedded.app_database_url())


def normalize_url(url: str | URL) -> str:
    """`postgresql://` and `postgres://` (libpq style) mean psycopg 3, the driver this project ships."""
    text_url = str(url) if isinstance(url, str) else url.render_as_string(hide_password=False)
    if text_url.startswith("postgres://"):
        text_url = "postgresql://" + text_url.removeprefix("postgres://")
    try:
        parsed = make_url(text_url)
    except exc.ArgumentError:
        raise DatabaseError("HYPERAGENT_DATABASE_URL is not a database URL: use postgresql://USER:PASSWORD@HOST/DB")
    if parsed.get_backend_name() != "postgresql":
        raise DatabaseError(f"{masked(parsed)} is not PostgreSQL: HyperAgent stores its records in PostgreSQL only")
    if parsed.drivername in ("postgresql", "postgresql+psycopg2", "postgresql+asyncpg"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def masked(url: str | URL) -> str:
    """The URL as it may be shown or logged: the password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except exc.ArgumentError:
        return "<unparsable URL>"


def _block_url(name: str) -> str:
    try:
        from prefect_sqlalchemy import ConnectionComponents, SqlAlchemyConnector

        block = SqlAlchemyConnector.load(name)
    except Exception as error:  # unknown name (ValueError), no Prefect API (httpx), bad block data
        raise DatabaseError(f"cannot load the SqlAlchemyConnector block {name!r}: {_one_line(error)}; "
                            "create it in Prefect or unset HYPERAGENT_DATABASE_BLOCK") from None
    info = block.connection_info
    url = info.create_url() if isinstance(info, ConnectionComponents) else make_url(str(info))
    return url.render_as_string(hide_password=False)


@lru_cache(maxsize=8)
def _engine_for(url: str) -> Engine:
    parsed = make_url(url)
    connect_args: dict[str, Any] = {"application_name": "hyperagent"}
    if "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = 10
    return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args,
                         json_serializer=lambda value: json.dumps(value, default=str))


def get_engine(url: str | None = None) -> Engine:
    """One pooled engine per URL for the life of the process (pre-ping: survives a server restart)."""
    return _engine_for(normalize_url(url) if url else database_url())


@lru_cache(maxsize=8)
def _sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """One transaction: commit on success, roll back on error; the schema is at head before the first."""
    engine = get_engine(url)
    ensure_schema(engine)
    session = _sessions(engine)()
    try:
        yield session
        session.commit()
        _reached.add(str(engine.url))
    except (exc.OperationalError, exc.InterfaceError) as error:
        _rollback(session)
        if isinstance(error, exc.InterfaceError) or _is_connection_error(error):
            raise unreachable(engine.url, error) from error
        raise DatabaseError(f"PostgreSQL at {masked(engine.url)} failed: {_one_line(error.orig or error)}") from error
    except BaseException:
        _rollback(session)
        raise
    finally:
        session.close()


def reached_before(url: str | URL) -> bool:
    """True when this process has used the database at `url` (an engine's URL) before: an outage now is
    likely a restart worth waiting for, not a wrong URL."""
    return str(url) in _reached


def _rollback(session: Session) -> None:
    """Roll back; a connection that died with the server cannot, and need not (nothing was committed)."""
    try:
        session.rollback()
    except exc.SQLAlchemyError:
        pass


def ensure_schema(engine: Engine | None = None) -> None:
    """Run Alembic migrations to head, once per process and database, one process at a time."""
    engine = engine or get_engine()
    key = engine.url.render_as_string(hide_password=False)
    if key in _migrated:
        return
    with _migrate_guard:
        if key in _migrated:
            return
        try:
            with engine.begin() as connection:  # one transaction: the lock goes with its commit or rollback
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
                _upgrade(connection)
        except (exc.OperationalError, exc.InterfaceError) as error:
            if isinstance(error, exc.InterfaceError) or _is_connection_error(error):
                raise unreachable(engine.url, error) from None
            raise DatabaseError(f"cannot migrate the database at {masked(engine.url)}: {_one_line(error.orig)}") from error
        except exc.SQLAlchemyError as error:
            raise DatabaseError(f"cannot migrate the database at {masked(engine.url)}: "
                                f"{_one_line(getattr(error, 'orig', None) or error)}") from error
        _migrated.add(key)


def _upgrade(connection: Any) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection  # in a transaction already: Alembic runs inside it
    command.upgrade(config, "head")


def _is_connection_error(error: exc.DBAPIError) -> bool:
    """No SQLSTATE (libpq gave up before a server answered), class 08 (connection) or 57P (shutdown)."""
    sqlstate = getattr(error.orig, "sqlstate", None)
    return error.connection_invalidated or sqlstate is None or sqlstate.startswith(("08", "57P"))


def unreachable(url: str | URL, error: BaseException) -> DatabaseUnavailableError:
    detail = _one_line(getattr(error, "orig", None) or error)
    return DatabaseUnavailableError(f"cannot reach PostgreSQL at {masked(url)}: {detail}; "
                                    "set HYPERAGENT_DATABASE_URL or unset it to use the embedded server", url=str(url))


def _one_line(error: object) -> str:
    return " ".join(str(error).split())
