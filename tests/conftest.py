"""Shared fixtures: a real PostgreSQL database of its own for each test session.

The cluster is the project's embedded server (started if needed, left running for the next
session); the database is new (`hyperagent_test_<random>`), migrated by the code under test, and
dropped at the end, so sessions running side by side never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def database() -> Iterator[str]:
    from hyperagent.db import embedded
    from hyperagent.db.engine import get_engine

    name = f"hyperagent_test_{uuid.uuid4().hex[:12]}"
    url = embedded.ensure_database(name)
    previous = os.environ.get("HYPERAGENT_DATABASE_URL")
    os.environ["HYPERAGENT_DATABASE_URL"] = url
    try:
        yield url
    finally:
        get_engine(url).dispose()
        if previous is None:
            os.environ.pop("HYPERAGENT_DATABASE_URL", None)
        else:
            os.environ["HYPERAGENT_DATABASE_URL"] = previous
        embedded.drop_database(name)


@pytest.fixture
def scratch_database() -> Iterator[tuple[str, str]]:
    """A second, empty database for tests that watch migrations happen: (name, url)."""
    from hyperagent.db import embedded
    from hyperagent.db.engine import get_engine

    name = f"hyperagent_scratch_{uuid.uuid4().hex[:12]}"
    url = embedded.ensure_database(name)
    yield name, url
    get_engine(url).dispose()
    embedded.drop_database(name)


@pytest.fixture(scope="session")
def local_chain() -> Iterator[str]:
    """The project's managed anvil; stopped at the end if this session started it."""
    from hyperagent.toolchain.anvil import ensure_local_chain, local_chain_status, stop_local_chain

    was_running = local_chain_status()["running"]
    rpc_url = ensure_local_chain()
    yield rpc_url
    if not was_running:
        stop_local_chain()


@pytest.fixture(scope="session")
def prefect_api(database, local_chain) -> Iterator[str]:
    """One real, temporary Prefect server (the test harness) per session, shared by e2e and chaos tests."""
    os.environ.pop("PREFECT_API_URL", None)
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()


@pytest.fixture(scope="session")
def local_model():
    """A chat model on the project's managed llama.cpp server (the default model from `make llm`); the server
    is stopped at the end if this session started it. A missing model or runtime fails loudly."""
    from agents.generation.llm import local_chat_model
    from hyperagent.stack.model_server import model_server_status, stop_model_server

    was_running = model_server_status()["running"]
    chat_model = local_chat_model()
    yield chat_model
    if not was_running:
        stop_model_server()
