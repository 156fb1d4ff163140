"""contract-lifecycle end to end on the real stack: embedded PostgreSQL, solc, Slither, forge, anvil, Prefect."""

from __future__ import annotations

import pytest
from web3 import Web3

from agents import registry
from agents.models import ContractDraft
from flows import submit
from hyperagent.db import repository
from hyperagent.errors import CompilationError, GenerationError, ToolTimeoutError
from tests.e2e.conftest import read_artifacts, read_events

ERC20_PROMPT = "Create an ERC20 token called Hyper Token with symbol HYP and 1,000,000 supply, burnable"
FAST = {"audit_tools": ["slither"]}

REENTRANT_BANK = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract LeakyBank {
    mapping(address => uint256) public balances;

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }

    function withdraw() external {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
        balances[msg.sender] = 0;
    }
}
"""


def run(prompt: str, options: dict | None = None, network: str = "local") -> dict:
    workflow_id = submit.create_workflow(prompt, network, options or {})
    return submit.run_in_process(workflow_id)


@pytest.fixture
def plug():
    """Register a stage service for one test, restoring the default afterwards."""
    plugged: list[str] = []

    def _plug(stage: str, factory) -> None:
        registry.register(stage, factory)
        plugged.append(stage)

    yield _plug
    for stage in plugged:
        registry.unregister(stage)


class FlakyCompiler:
    """The real compiler behind one injected transient fault: the first call times out."""

    calls = 0

    def compile(self, draft: ContractDraft):
        FlakyCompiler.calls += 1
        if FlakyCompiler.calls == 1:
            raise ToolTimeoutError("solc timed out after 120 s (injected)")
        return registry._load(registry.DEFAULT_SERVICES["compilation"])().compile(draft)


class PlantedSourceGenerator:
    """The real generator's spec, but the source is a contract with a planted reentrancy."""

    def parse_spec(self, prompt: str, options: dict | None = None):
        return registry._load(registry.DEFAULT_SERVICES["generation"])().parse_spec(prompt)

    def generate(self, prompt: str, options: dict, spec=None) -> ContractDraft:
        spec = spec or self.parse_spec(prompt)
        return ContractDraft(spec=spec, source=REENTRANT_BANK, contract_name="LeakyBank", file_name="LeakyBank.sol",
                             constructor_args=[], engine="planted")


def test_erc20_request_completes_with_rows_events_and_artifacts(prefect_api):
    row = run(ERC20_PROMPT, {"audit_tools": ["slither", "fuzz"]})
    assert row["status"] == "completed", row.get("error_message")
    assert row["progress"] == 100
    result = row["result"]
    assert set(result["stages"]) == {"generation", "compilation", "audit", "testing", "deployment"}
    address = result["contract"]["address"]
    web3 = Web3(Web3.HTTPProvider(result["network"]["rpc_url"]))
    token = web3.eth.contract(address=address, abi=result["contract"]["abi"])
    assert token.functions.name().call() == "Hyper Token"
    assert token.functions.symbol().call() == "HYP"
    assert token.functions.totalSupply().call() == 1_000_000 * 10**18
    assert "burn" in {item.get("name") for item in result["contract"]["abi"]}

    counts = repository.row_counts(row["id"])
    assert counts["contracts"] == 1 and counts["security_audits"] == 1 and counts["deployments"] == 1
    assert counts["test_results"] >= 5

    workflow_resource = f"hyperagent.workflow.{row['id']}"
    expected = {"hyperagent.workflow.started", "hyperagent.workflow.completed"} | {
        f"hyperagent.{stage}.{phase}" for stage in result["stages"] for phase in ("started", "completed")}
    names = {event["event"] for event in read_events(prefect_api, workflow_resource, expected)}
    assert expected <= names

    keys = {artifact["key"] for artifact in read_artifacts(prefect_api, "")}
    for key in (f"workflow-{row['id']}-progress", f"contract-source-{row['id']}", f"audit-{row['id']}-report",
                f"audit-{row['id']}-findings", f"tests-{row['id']}-report", f"deployment-{row['id']}"):
        assert key in keys


def test_transient_fault_is_retried_and_counted(prefect_api, plug):
    FlakyCompiler.calls = 0
    plug("compilation", FlakyCompiler)
    row = run("ERC20 named Retry Coin, symbol RTY, 1000 supply", {**FAST, "skip": ["testing"]})
    assert row["status"] == "completed", row.get("error_message")
    assert FlakyCompiler.calls == 2
    assert row["retry_counts"] == {"compilation": 1}


def test_audit_gate_stops_a_planted_reentrancy_before_deployment(prefect_api, plug):
    plug("generation", PlantedSourceGenerator)
    row = run("ERC20 named Leaky, symbol LEAK, 10 supply", FAST)
    assert row["status"] == "failed"
    assert row["current_stage"] == "audit"
    assert "audit gate" in row["error_message"] and "reentrancy" in row["error_message"].lower()
    counts = repository.row_counts(row["id"])
    assert counts["security_audits"] == 1 and counts["deployments"] == 0


def test_policy_can_allow_a_failed_audit(prefect_api, plug):
    plug("generation", PlantedSourceGenerator)
    row = run("ERC20 named Leaky, symbol LEAK, 10 supply", {**FAST, "skip": ["testing"],
                                                             "allow_audit_failures": True})
    assert row["status"] == "completed", row.get("error_message")
    assert row["result"]["audit"]["passed"] is False
    assert repository.row_counts(row["id"])["deployments"] == 1


def test_deterministic_failure_stores_message_and_stacktrace_without_retry(prefect_api, plug):
    class BrokenCompiler:
        def compile(self, draft):
            raise CompilationError("Contract.sol:3: ParserError: Expected ';' but got '}'")

    plug("compilation", BrokenCompiler)
    row = run("ERC20 named Broken, symbol BRK, 5 supply", FAST)
    assert row["status"] == "failed"
    assert "ParserError" in row["error_message"]
    assert "CompilationError" in row["error_stacktrace"] and "Traceback" in row["error_stacktrace"]
    assert not row["retry_counts"]


def test_cancel_stops_the_run_and_nothing_is_deployed(prefect_api, plug):
    class CancelledWhileGenerating(PlantedSourceGenerator):
        """A user cancels while generation runs; the stages after it must not start."""

        def generate(self, prompt, options, spec=None):
            workflow_id = repository.list_workflows(limit=1)[0]["id"]
            submit.cancel(str(workflow_id))
            return registry._load(registry.DEFAULT_SERVICES["generation"])().generate(prompt, options, spec=spec)

    plug("generation", CancelledWhileGenerating)
    row = run("ERC20 named Stop Coin, symbol STOP, 5 supply", FAST)
    assert row["status"] == "cancelled"
    assert repository.row_counts(row["id"]) == {"contracts": 0, "security_audits": 0, "test_results": 0,
                                                "deployments": 0}


def test_empty_request_is_rejected_before_any_row(database):
    before = len(repository.list_workflows(limit=1000))
    with pytest.raises(GenerationError, match="empty request"):
        submit.create_workflow("   ", "local", {})
    assert len(repository.list_workflows(limit=1000)) == before


def test_same_request_again_reuses_cached_compile_audit_and_tests(prefect_api):
    prompt = "ERC20 token named Cache Coin with symbol CCH and 777 supply, pausable"
    first = run(prompt, FAST)
    second = run(prompt, FAST)
    assert first["status"] == second["status"] == "completed", second.get("error_message")
    assert set(second["result"]["cached_stages"]) == {"compilation", "audit", "testing"}
    assert second["result"]["contract"]["address"] != first["result"]["contract"]["address"]
    assert repository.row_counts(second["id"])["test_results"] == repository.row_counts(first["id"])["test_results"]
