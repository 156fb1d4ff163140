"""One line for people and programs: `--json` without a terminal prints the JSON on stdout and at most
one line per error on stderr; Prefect's run log (with its traceback) goes to the log file, and `-v`
streams it."""

from __future__ import annotations

import json
from pathlib import Path

from eth_account import Account

from tests.chaos.conftest import cli, stderr_lines

UNSERVABLE = "Write a Uniswap v4 hook with dynamic fees based on volatility oracles"


def log_file() -> Path:
    from hyperagent.logs import log_file as path

    return path()


def test_a_failed_workflow_prints_json_and_one_stderr_line(prefect_api):
    before = log_file().stat().st_size if log_file().exists() else 0
    result = cli("workflow", "create", UNSERVABLE, "--wait", "--json", api_url=prefect_api)
    assert result.returncode == 1, result.stderr
    payload = json.loads(result.stdout)  # the whole of stdout is one JSON object
    assert payload["status"] == "failed" and "HYPERAGENT_LLM" in payload["error"]
    [line] = stderr_lines(result)
    assert line.startswith(f"error: workflow {payload['workflow_id']} failed at generation: ")
    assert "HYPERAGENT_LLM" in line and str(log_file()) in line
    assert "Traceback" not in result.stderr
    logged = log_file().read_text(errors="replace")[before:]
    assert "Traceback" in logged and "Finished in state Failed" in logged  # the run log went to the file


def test_verbose_streams_the_run_log(prefect_api):
    result = cli("-v", "workflow", "create", UNSERVABLE, "--wait", "--json", api_url=prefect_api)
    assert result.returncode == 1
    assert json.loads(result.stdout)["status"] == "failed"
    assert "Finished in state Failed" in result.stderr and len(stderr_lines(result)) > 3


def test_too_little_funds_fails_the_deployment_in_one_line(prefect_api, remote_chain):
    """Preflight lets a non-zero balance through; the deployment stage then names the amount needed."""
    poor = Account.create()
    remote_chain.rpc("anvil_setBalance", poor.address, hex(1000))
    result = cli("workflow", "create", "an ERC20 token called Poor Coin with symbol POOR and 5 supply",
                 "--skip", "audit,testing", "--rpc-url", remote_chain.rpc_url, "--chain-id", "31337",
                 "--wait", "--json", api_url=prefect_api, env={"HYPERAGENT_PRIVATE_KEY": poor.key.hex()})
    assert result.returncode == 1, result.stderr
    payload = json.loads(result.stdout)
    assert payload["status"] == "failed" and "insufficient funds" in payload["error"]
    [line] = stderr_lines(result)
    assert "failed at deployment" in line and "insufficient funds: need" in line and "fund the deployer" in line
    assert "Traceback" not in result.stderr


def test_success_prints_only_the_json(prefect_api):
    result = cli("workflow", "create", "an ERC20 token called Quiet Coin with symbol QUI and 9 supply",
                 "--skip", "audit,testing", "--wait", "--json", api_url=prefect_api)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "completed"
    assert result.stderr.strip() == ""


def test_status_and_list_json_are_clean(prefect_api):
    from flows import submit

    workflow_id = submit.create_workflow("an ERC20 token called Listed Coin with symbol LST and 3 supply", "local",
                                         {"skip": ["audit", "testing", "deployment"]})
    submit.run_in_process(workflow_id, prefect_api)
    listed = cli("workflow", "list", "--json", "--limit", "5")
    assert listed.returncode == 0 and listed.stderr.strip() == ""
    assert workflow_id in {row["id"] for row in json.loads(listed.stdout)}
    shown = cli("workflow", "status", workflow_id, "--json")
    assert shown.returncode == 0 and shown.stderr.strip() == ""
    assert json.loads(shown.stdout)["status"] == "completed"
