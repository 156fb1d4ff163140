"""A deployer key never leaves the signature: after runs on a "remote" chain with a real-looking key, the
database (every table), Prefect's artifacts, events, flow and task runs, logs and variables, the data dir
(logs and build folders included) hold no trace of it, in any case, with or without 0x."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from eth_account import Account
from sqlalchemy import text

from tests.chaos.conftest import cli


@pytest.fixture
def data_home() -> Iterator[Path]:
    home = Path(tempfile.mkdtemp(prefix="hyperagent-secrets-"))
    yield home
    shutil.rmtree(home, ignore_errors=True)


def database_text(url: str) -> str:
    from hyperagent.db.engine import get_engine

    parts = []
    with get_engine(url).connect() as connection:
        tables = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
        for table in list(tables):
            parts += connection.execute(text(f'SELECT t::text FROM "{table}" t')).scalars().all()
    return "\n".join(parts)


def prefect_text(api_url: str) -> str:
    """Everything the Prefect server keeps that could hold a value: artifacts, events, runs, logs, variables."""
    parts = []
    for path, body in (("artifacts/filter", {"limit": 200}), ("flow_runs/filter", {"limit": 200}),
                       ("task_runs/filter", {"limit": 200}), ("variables/filter", {"limit": 200}),
                       ("block_documents/filter", {"limit": 200, "include_secrets": True})):
        response = httpx.post(f"{api_url}/{path}", json=body, timeout=30)
        response.raise_for_status()
        parts.append(response.text)
    offset = 0
    while True:
        page = httpx.post(f"{api_url}/logs/filter", json={"limit": 200, "offset": offset}, timeout=30)
        page.raise_for_status()
        parts.append(page.text)
        if len(page.json()) < 200:
            break
        offset += 200
    events = httpx.post(f"{api_url}/events/filter", json={"filter": {"occurred": {"since": "2020-01-01T00:00:00Z"}},
                                                          "limit": 200}, timeout=30).json()
    while True:
        parts.append(json.dumps(events))
        if not events.get("next_page"):
            break
        events = httpx.get(events["next_page"], timeout=30).json()
    return "\n".join(parts)


def files_bytes(root: Path) -> list[tuple[Path, bytes]]:
    found = []
    for path in root.rglob("*"):
        try:
            if path.is_file() and not path.is_symlink():
                found.append((path, path.read_bytes()))
        except OSError:
            continue
    return found


def test_the_key_is_nowhere(prefect_api, remote_chain, data_home):
    from hyperagent.logs import log_file

    rich, poor = Account.create(), Account.create()
    remote_chain.rpc("anvil_setBalance", rich.address, hex(10**20))
    remote_chain.rpc("anvil_setBalance", poor.address, hex(1000))
    env = {"HYPERAGENT_HOME": str(data_home)}
    remote = ("--rpc-url", remote_chain.rpc_url, "--chain-id", "31337", "--wait", "--json")
    done = cli("workflow", "create", "ERC20 token called Secret Coin with symbol SEC and 1000 supply, burnable",
               "--audit-tools", "slither", *remote, api_url=prefect_api,
               env={**env, "HYPERAGENT_PRIVATE_KEY": rich.key.hex()})
    assert done.returncode == 0, done.stderr
    deployed = json.loads(done.stdout)
    assert deployed["status"] == "completed" and deployed["contract"]["address"]
    poor_run = cli("workflow", "create", "ERC20 token called Poor Secret with symbol PSC and 10 supply",
                   "--skip", "audit,testing", *remote, api_url=prefect_api,
                   env={**env, "HYPERAGENT_PRIVATE_KEY": "0x" + poor.key.hex().removeprefix("0x").upper()})
    assert poor_run.returncode == 1 and "insufficient funds" in poor_run.stderr
    verbose = cli("-v", "workflow", "create", "ERC20 token called Loud Secret with symbol LSC and 10 supply",
                  "--skip", "audit,testing", *remote, api_url=prefect_api,
                  env={**env, "HYPERAGENT_PRIVATE_KEY": rich.key.hex().removeprefix("0x")})
    assert verbose.returncode == 0, verbose.stderr
    outputs = "\n".join(r.stdout + r.stderr for r in (done, poor_run, verbose))

    haystacks = {
        "database": database_text(os.environ["HYPERAGENT_DATABASE_URL"]),
        "prefect": prefect_text(prefect_api),
        "cli output": outputs,
        "project log": log_file().read_text(errors="replace") if log_file().exists() else "",
    }
    files = files_bytes(data_home)
    assert any(path.parent.name == "logs" for path, _ in files) and any("builds" in path.parts for path, _ in files)
    searched = "\n".join(haystacks.values()).lower()
    assert rich.address.lower() in searched and deployed["contract"]["address"].lower() in searched
    for account in (rich, poor):
        key = account.key.hex().removeprefix("0x").lower()
        for name, haystack in haystacks.items():
            assert key not in haystack.lower(), f"the key is in the {name}"
        for path, content in files:
            lowered = content.lower()
            assert key.encode() not in lowered and bytes(account.key) not in content, f"the key is in {path}"
