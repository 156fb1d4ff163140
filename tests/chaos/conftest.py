"""Faults injected into the real components: the CLI as a program runs it (no terminal), the chain,
PostgreSQL, the audit tools, a model server, the worker; every check reads what the user and the
database see. `make chaos` runs this folder alone."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

HYPERAGENT = str(Path(sys.executable).parent / "hyperagent")
TABLES = ("workflows", "contracts", "security_audits", "audit_findings", "test_runs", "test_results", "deployments")


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 900,
        api_url: str | None = None) -> subprocess.CompletedProcess[str]:
    """`hyperagent ARGS` as a script runs it: stdin is not a terminal, stdout and stderr are pipes."""
    full = {**os.environ, **(env or {})}
    full.pop("HYPERAGENT_VERBOSE", None)
    if api_url:
        full["PREFECT_API_URL"] = api_url
    return subprocess.run([HYPERAGENT, *args], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=timeout, env=full)


def stderr_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, *fragments: str) -> str:
    """Exit `code`, exactly one line on stderr (no traceback) holding every fragment; returns it."""
    lines = stderr_lines(result)
    assert result.returncode == code, (result.returncode, result.stderr[-3000:], result.stdout[-2000:])
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert len(lines) == 1, result.stderr[-3000:]
    assert lines[0].startswith("error: "), lines[0]
    for fragment in fragments:
        assert fragment.lower() in lines[0].lower(), lines[0]
    return lines[0]


def table_counts(url: str | None = None) -> dict[str, int]:
    """Rows in every table of the project's database (the session's test database)."""
    from hyperagent.db.engine import get_engine

    engine = get_engine(url or os.environ["HYPERAGENT_DATABASE_URL"])
    with engine.connect() as connection:
        return {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() for table in TABLES}


@pytest.fixture
def no_new_rows(database) -> Iterator[None]:
    """Fails the test if any table of the database gained (or lost) a row."""
    from hyperagent.db.engine import ensure_schema, get_engine

    ensure_schema(get_engine(database))
    before = table_counts(database)
    yield
    assert table_counts(database) == before


@pytest.fixture
def remote_chain() -> Iterator:
    """A second anvil playing a remote network (reached through --rpc-url/--chain-id)."""
    from hyperagent.toolchain.anvil import AnvilRunner

    with AnvilRunner().start() as node:
        yield node
