"""The `hyperagent` command as a user runs it: a real process, real stack, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HYPERAGENT = str(Path(sys.executable).parent / "hyperagent")


def cli(*args: str, api_url: str | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return subprocess.run([HYPERAGENT, *args], capture_output=True, text=True, timeout=timeout, env=env)


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]


def test_create_wait_json_prints_the_contract_and_stage_times(prefect_api):
    result = cli("workflow", "create", "ERC20 token called Json Coin with symbol JSN and 42 supply",
                 "--wait", "--json", "--audit-tools", "slither", api_url=prefect_api)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout.strip().splitlines()[-1])
    assert payload["status"] == "completed"
    assert payload["contract"]["name"] and payload["contract"]["address"].startswith("0x")
    assert payload["network"]["chain_id"] == 31337
    assert set(payload["stages"]) == {"generation", "compilation", "audit", "testing", "deployment"}
    assert payload["tests"]["failed"] == 0 and payload["audit"]["passed"] is True

    shown = cli("workflow", "status", payload["workflow_id"], "--json")
    assert json.loads(shown.stdout)["status"] == "completed"
    listed = json.loads(cli("workflow", "list", "--json").stdout)
    assert payload["workflow_id"] in {row["id"] for row in listed}


def test_a_request_that_cannot_be_served_fails_the_workflow_and_exits_non_zero(prefect_api):
    result = cli("workflow", "create", "Write a Uniswap v4 hook with dynamic fees based on volatility oracles",
                 "--wait", "--json", api_url=prefect_api)
    assert result.returncode == 1, result.stdout
    payload = json.loads(result.stdout.strip().splitlines()[-1])
    assert payload["status"] == "failed"
    assert "HYPERAGENT_LLM" in payload["error"] and "erc20" in payload["error"]


def test_empty_prompt_is_one_line_error_and_writes_nothing(database):
    before = json.loads(cli("workflow", "list", "--json", "--limit", "1000").stdout)
    assert_one_line_error(cli("workflow", "create", "  ", "--json"), "empty request")
    after = json.loads(cli("workflow", "list", "--json", "--limit", "1000").stdout)
    assert len(after) == len(before)


@pytest.mark.parametrize("args, fragment", [
    (("workflow", "status", "not-a-uuid"), "is not a workflow id"),
    (("workflow", "status", "00000000-0000-0000-0000-000000000000"), "no workflow"),
    (("workflow", "create", "an ERC20 called X", "--skip", "generation"), "cannot skip generation"),
    (("workflow", "create", "an ERC20 called X", "--network", "nowhere"), "nowhere"),
])
def test_bad_input_is_one_line_error(database, args, fragment):
    assert_one_line_error(cli(*args), fragment)


def test_status_json_reports_database_chain_and_tool_versions(database):
    result = cli("status", "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert status["database_url"].startswith("postgresql")
    assert "prefect_api_url" in status
    assert set(status["chain"]) >= {"rpc_url", "running"}
    for tool in ("solc", "slither", "mythril", "forge", "anvil"):
        assert status["tools"][tool], f"{tool} version missing"
    assert status["tools"]["solc"].startswith("0.8.28")
