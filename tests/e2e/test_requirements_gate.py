"""The requirement gate through the real flow and CLI: an unmet requirement stops the workflow before
compilation with one line and nothing half-stored; --allow-partial deploys and lists what was left out."""

from __future__ import annotations

import json

from web3 import Web3

from flows import submit
from hyperagent.db import repository
from tests.e2e.conftest import read_artifacts
from tests.e2e.test_cli import cli

UNMET = "ERC20 'Tax Coin' (TAX), 1000 supply, burnable, with a 2% transfer fee"
FAST = {"skip": ["audit", "testing"]}


def run(prompt: str, options: dict) -> dict:
    workflow_id = submit.create_workflow(prompt, "local", options)
    return submit.run_in_process(workflow_id)


def test_an_unmet_requirement_stops_before_compilation_with_one_line(prefect_api):
    row = run(UNMET, FAST)
    assert row["status"] == "failed"
    message = row["error_message"]
    assert "\n" not in message
    assert message.startswith('unmet: "') and "transfer_fee" in message and "erc20 supports: mintable" in message
    assert message.endswith("rerun with --allow-partial to deploy without them")
    assert "compilation" not in (row["stage_times"] or {})
    counts = repository.row_counts(row["id"])
    assert counts["contracts"] == 0 and counts["deployments"] == 0  # nothing half-stored

    result = row["result"]
    assert result["spec"]["name"] == "Tax Coin" and result["spec"]["family"] == "erc20"
    statuses = {r["key"]: r["status"] for r in result["requirements"]}
    assert statuses["transfer_fee"] == "unmet" and statuses["burnable"] == "honoured"
    assert statuses["supply"] == "honoured"
    key = f"requirements-{row['id']}"
    artifacts = read_artifacts(prefect_api, key)
    assert artifacts and "| **unmet** |" in artifacts[0]["data"]


def test_allow_partial_deploys_what_is_honoured_and_lists_what_was_left_out(prefect_api):
    row = run(UNMET, {**FAST, "allow_partial": True})
    assert row["status"] == "completed", row.get("error_message")
    result = row["result"]
    assert any("transfer_fee" in item for item in result["left_out"])
    assert result["assumed"] == ["decimals 18: the ERC-20 default"]
    token = Web3(Web3.HTTPProvider(result["network"]["rpc_url"])).eth.contract(
        address=result["contract"]["address"], abi=result["contract"]["abi"])
    assert token.functions.name().call() == "Tax Coin"
    assert token.functions.totalSupply().call() == 1000 * 10**18
    assert "burn" in {item.get("name") for item in result["contract"]["abi"]}

    contract = repository.get_contract(row["id"])
    assert "requirements" not in contract["spec"]
    stored = {r["key"]: r["status"] for r in contract["requirements"]}
    assert stored["transfer_fee"] == "unmet" and stored["name"] == "honoured"


def test_cli_stops_by_default_and_deploys_with_allow_partial(prefect_api):
    stopped = cli("workflow", "create", UNMET, "--skip", "audit,testing", "--wait", "--json", api_url=prefect_api)
    assert stopped.returncode == 1, stopped.stderr
    payload = json.loads(stopped.stdout.strip().splitlines()[-1])
    assert payload["status"] == "failed" and payload["error"].startswith("unmet: ")
    assert any(r["status"] == "unmet" for r in payload["requirements"])

    partial = cli("workflow", "create", UNMET, "--skip", "audit,testing", "--wait", "--allow-partial",
                  api_url=prefect_api)
    assert partial.returncode == 0, partial.stderr
    assert "left out" in partial.stdout and "transfer_fee" in partial.stdout
    assert "requirement(s):" in partial.stdout
