"""hyperagent.db on a real PostgreSQL: the embedded server, migrations, and every repository write."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import inspect as sa_inspect, text
from sqlalchemy.engine import make_url

from agents.models import (AuditReport, CompiledContract, DeploymentResult, Finding, NetworkInfo, Severity,
                           TestCaseResult, TestReport, ToolRun)
from hyperagent.db import embedded, repository
from hyperagent.db.engine import database_url, ensure_schema, get_engine, masked, normalize_url
from hyperagent.db.models import WORKFLOW_STATUSES
from hyperagent.errors import DatabaseError, WorkflowNotFoundError

TABLES = {"workflows", "contracts", "security_audits", "audit_findings", "test_runs", "test_results", "deployments"}
ROOT = Path(__file__).resolve().parents[2]


def python(code: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def output(process: subprocess.Popen[str], timeout: float = 120) -> str:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err
    return out.strip()


def alembic_head_and_current(url: str) -> tuple[str, str | None]:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from hyperagent.db.engine import MIGRATIONS

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    with get_engine(url).connect() as connection:
        return head, MigrationContext.configure(connection).get_current_revision()


# --- the embedded server -------------------------------------------------------------------------

START_IN_CHILD = """
    import time; started = time.perf_counter()
    from hyperagent.db import embedded
    url = embedded.ensure_running()
    info = embedded._live(embedded.cluster_dir())
    print(url, info.pid, round(time.perf_counter() - started, 3))
"""


@pytest.fixture
def fresh_home() -> Iterator[Path]:
    """A data dir outside pytest's tmp_path: as root the server runs as another user, and each new
    pytest session chmods /tmp/pytest-of-root back to 0700, locking that user out mid-test."""
    home = Path(tempfile.mkdtemp(prefix="hyperagent-home-"))
    yield home
    shutil.rmtree(home, ignore_errors=True)


def test_embedded_server_starts_once_is_reused_and_recovers_from_a_crash(fresh_home, monkeypatch):
    home = fresh_home
    monkeypatch.setenv("HYPERAGENT_HOME", str(home))
    monkeypatch.delenv("HYPERAGENT_DATABASE_URL", raising=False)
    monkeypatch.delenv("HYPERAGENT_DATABASE_BLOCK", raising=False)
    try:
        # Two processes start a cold cluster at once: one initdb, one server, same answer.
        racers = [python(START_IN_CHILD) for _ in range(2)]
        answers = [output(racer).split() for racer in racers]
        assert answers[0][:2] == answers[1][:2]
        url, pid = answers[0][0], int(answers[0][1])
        assert url == f"postgresql+psycopg://postgres@/postgres?host={home / 'postgres'}"
        print(f"\ncold start (slowest of two racing processes): {max(float(a[2]) for a in answers):.3f}s")

        # A later process connects to the running server; it is still running after that process exits.
        warm_url, warm_pid, warm_seconds = output(python(START_IN_CHILD)).split()
        assert (warm_url, int(warm_pid)) == (url, pid)
        print(f"warm ensure_running in a new process: {float(warm_seconds):.3f}s")
        assert embedded.is_running()
        started = time.perf_counter()
        assert embedded.ensure_running() == url
        print(f"warm ensure_running in process: {time.perf_counter() - started:.4f}s")
        workflow_id = repository.create_workflow("kept across restarts", "local", {})

        # A stale postmaster.pid naming a live process that is not postgres (pid reuse after a crash).
        assert embedded.stop() is True
        assert not embedded.is_running()
        pidfile = home / "postgres" / "postmaster.pid"
        pidfile.write_text(f"{os.getpid()}\n{home / 'postgres'}\n1700000000\n5432\n{home / 'postgres'}\n\n"
                           "  1234   5678\nready\n")
        started = time.perf_counter()
        assert embedded.ensure_running() == url
        print(f"restart over a stale pid file: {time.perf_counter() - started:.3f}s")

        # The server is killed outright: the next call starts it again.
        crashed = embedded._live(home / "postgres").pid
        os.kill(crashed, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while embedded.is_running() and time.monotonic() < deadline:
            time.sleep(0.1)
        started = time.perf_counter()
        assert embedded.ensure_running() == url
        print(f"restart after SIGKILL (crash recovery): {time.perf_counter() - started:.3f}s")
        assert embedded._live(home / "postgres").pid != crashed
        # The pooled engine reconnects (pre-ping) and the committed row survived the crash.
        assert repository.get_workflow(workflow_id)["prompt"] == "kept across restarts"
    finally:
        if embedded.is_running():
            get_engine(database_url()).dispose()
        embedded.stop()
    assert embedded.stop() is False


def test_ensure_database_is_idempotent_and_checks_names(database):
    name = f"hyperagent_scratch_{uuid.uuid4().hex[:8]}"
    try:
        first = embedded.ensure_database(name)
        assert embedded.ensure_database(name) == first
        assert first.startswith("postgresql+psycopg://postgres@/" + name + "?host=")
    finally:
        embedded.drop_database(name)
    with pytest.raises(DatabaseError, match="invalid database name"):
        embedded.ensure_database("Robert'); DROP TABLE x;--")
    prefect_url = embedded.prefect_database_url()
    assert prefect_url.startswith("postgresql+asyncpg://postgres@/prefect?host=")


# --- migrations ------------------------------------------------------------------------------------

def test_migrations_bring_a_fresh_database_to_head(scratch_database):
    _, url = scratch_database
    started = time.perf_counter()
    ensure_schema(get_engine(url))
    print(f"\nmigration of a fresh database to head: {time.perf_counter() - started:.3f}s")
    head, current = alembic_head_and_current(url)
    assert current == head == "0003_requirements"
    assert TABLES <= set(sa_inspect(get_engine(url)).get_table_names())
    ensure_schema(get_engine(url))  # once per process: a no-op the second time

    # The downgrade is real too: base leaves no table and no enum type behind, and head comes back.
    from alembic import command
    from alembic.config import Config
    from hyperagent.db.engine import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.downgrade(config, "base")
    with get_engine(url).connect() as connection:
        assert set(sa_inspect(connection).get_table_names()) == {"alembic_version"}
        assert connection.execute(text("SELECT count(*) FROM pg_type WHERE typname IN "
                                       "('workflow_status', 'finding_severity', 'deployment_status')")).scalar() == 0
    command.upgrade(config, "head")
    assert alembic_head_and_current(url)[1] == head


def test_two_processes_migrating_at_once_do_not_collide(scratch_database):
    _, url = scratch_database
    code = """
        from hyperagent.db.engine import ensure_schema, get_engine
        ensure_schema(get_engine())
        print("ok")
    """
    processes = [python(code, env={"HYPERAGENT_DATABASE_URL": url}) for _ in range(2)]
    assert [output(p) for p in processes] == ["ok", "ok"]
    head, current = alembic_head_and_current(url)
    assert current == head


# --- connection settings and errors ----------------------------------------------------------------

def test_unreachable_url_is_a_one_line_error_without_the_password(monkeypatch):
    monkeypatch.setenv("HYPERAGENT_DATABASE_URL", "postgresql://hyper:s3cret@127.0.0.1:1/records?connect_timeout=2")
    started = time.perf_counter()
    with pytest.raises(DatabaseError) as caught:
        repository.list_workflows()
    message = str(caught.value)
    assert time.perf_counter() - started < 10
    assert "\n" not in message and "s3cret" not in message
    assert message.startswith("cannot reach PostgreSQL at postgresql+psycopg://hyper:***@127.0.0.1:1/records")
    assert message.endswith("set HYPERAGENT_DATABASE_URL or unset it to use the embedded server")


def test_urls_are_normalized_to_psycopg_and_other_databases_refused(monkeypatch):
    assert normalize_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalize_url("postgres://u@h:6543/db") == "postgresql+psycopg://u@h:6543/db"
    assert masked("postgresql+psycopg://u:p@h/db") == "postgresql+psycopg://u:***@h/db"
    monkeypatch.setenv("HYPERAGENT_DATABASE_URL", "mysql://u:p@h/db")
    with pytest.raises(DatabaseError, match="is not PostgreSQL"):
        database_url()


def test_without_a_url_the_embedded_server_is_used(monkeypatch):
    monkeypatch.delenv("HYPERAGENT_DATABASE_URL", raising=False)
    monkeypatch.delenv("HYPERAGENT_DATABASE_BLOCK", raising=False)
    assert make_url(database_url()) == make_url(embedded.ensure_running()).set(database="hyperagent")


def test_a_prefect_sqlalchemy_block_names_the_database(database, monkeypatch):
    """One Prefect test harness (a real temporary Prefect API, ~10 s) to store and load the block."""
    from prefect.testing.utilities import prefect_test_harness
    from prefect_sqlalchemy import ConnectionComponents, SqlAlchemyConnector
    from sqlalchemy.engine import make_url

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # offline: no telemetry attempts
    parsed = make_url(database)
    with prefect_test_harness(server_startup_timeout=120):
        SqlAlchemyConnector(connection_info=ConnectionComponents(
            driver="postgresql+psycopg", username="postgres", database=parsed.database,
            query={"host": parsed.query["host"]})).save("hyperagent-records", overwrite=True)
        monkeypatch.delenv("HYPERAGENT_DATABASE_URL")
        monkeypatch.setenv("HYPERAGENT_DATABASE_BLOCK", "hyperagent-records")
        assert make_url(database_url()) == make_url(database)
        workflow_id = repository.create_workflow("through the block", "local", {})
        monkeypatch.setenv("HYPERAGENT_DATABASE_BLOCK", "no-such-block")
        with pytest.raises(DatabaseError, match="cannot load the SqlAlchemyConnector block 'no-such-block'"):
            database_url()
    monkeypatch.setenv("HYPERAGENT_DATABASE_URL", database)
    assert repository.get_workflow(workflow_id)["prompt"] == "through the block"


# --- the repository --------------------------------------------------------------------------------

def compiled_contract() -> CompiledContract:
    source = "// SPDX-License-Identifier: MIT\npragma solidity 0.8.28;\ncontract Hyper { uint256 public x; }\n"
    return CompiledContract(
        contract_name="Hyper", source=source, source_hash="0x" + "ab" * 32, file_name="Hyper.sol",
        compiler_version="0.8.28+commit.7893614a",
        abi=[{"type": "function", "name": "x", "inputs": [], "outputs": [{"type": "uint256"}],
              "stateMutability": "view"}],
        bytecode="0x6080604052", deployed_bytecode="0x60806040",
        standard_json_input={"language": "Solidity", "sources": {"Hyper.sol": {"content": source}},
                             "settings": {"optimizer": {"enabled": True, "runs": 200}}})


def audit_report() -> AuditReport:
    return AuditReport(
        findings=[
            Finding(tools=["slither", "mythril"], detector="reentrancy-eth", title="Reentrancy in withdraw()",
                    description="External call before state write", severity=Severity.high, confidence="high",
                    swc_id="SWC-107", category="reentrancy", file="Hyper.sol", line=12, lines=[12, 13, 14],
                    function="withdraw()"),
            Finding(tools=["slither"], detector="solc-version", title="Pragma is exact", severity=Severity.info),
        ],
        tool_runs=[ToolRun(tool="slither", version="0.11.6", duration=2.1, findings=2),
                   ToolRun(tool="mythril", version="0.24.8", status="timeout", error="bounded at 20 s", duration=20.0)],
        risk_score=7, fail_on=Severity.high, passed=False, gate_reason="1 high finding (reentrancy)")


def forge_report() -> TestReport:
    return TestReport(
        project_dir="/tmp/builds/hyper", line_coverage=0.93, branch_coverage=0.75, forge_version="1.7.0",
        duration=2.2, cases=[
            TestCaseResult(name="test_Transfer", suite="HyperTest", kind="unit", status="passed", gas=51234,
                           duration_ms=1.5),
            TestCaseResult(name="testFuzz_Transfer(uint256)", suite="HyperTest", kind="fuzz", status="failed",
                           reason="assertion failed", counterexample="calldata=0x12 args=[7]"),
            TestCaseResult(name="invariant_SupplyEqualsBalances", suite="HyperInvariants", kind="invariant",
                           status="passed"),
        ])



def test_workflow_lifecycle_and_status_transitions(database):
    workflow_id = repository.create_workflow("ERC20 called Hyper", "local", {"skip": ["testing"], "fail_on": "high"})
    assert isinstance(workflow_id, uuid.UUID)
    row = repository.get_workflow(str(workflow_id))
    assert (row["status"], row["progress"], row["options"]) == ("created", 0, {"skip": ["testing"], "fail_on": "high"})
    updated_at = row["updated_at"]

    repository.update_workflow(workflow_id, flow_run_id="run-123", status="nlp_parsing", current_stage="generation")
    assert repository.find_workflow_by_flow_run("run-123")["id"] == workflow_id
    assert repository.find_workflow_by_flow_run("run-unknown") is None
    for progress, status in enumerate(WORKFLOW_STATUSES[2:7], start=1):
        repository.update_workflow(workflow_id, status=status, progress=progress * 20)
        assert repository.get_workflow(workflow_id)["status"] == status
    repository.record_stage_time(workflow_id, "compilation", 1.25)
    repository.record_stage_time(workflow_id, "compilation", 0.5)
    repository.record_stage_time(workflow_id, "audit", 21.0)
    repository.record_retry(workflow_id, "compilation")
    repository.record_retry(workflow_id, "compilation")
    repository.update_workflow(workflow_id, status="completed", progress=100,
                               result={"workflow_id": workflow_id, "contract": {"address": "0xabc"}},
                               completed_at=datetime.now(timezone.utc))
    row = repository.get_workflow(workflow_id)
    assert row["status"] == "completed" and row["progress"] == 100 and row["completed_at"] is not None
    assert row["stage_times"] == {"compilation": 1.75, "audit": 21.0}
    assert row["retry_counts"] == {"compilation": 2}
    assert row["result"] == {"workflow_id": str(workflow_id), "contract": {"address": "0xabc"}}
    assert row["updated_at"] > updated_at
    assert repository.list_workflows(limit=1)[0]["id"] == workflow_id

    failed = repository.create_workflow("broken", "local", {})
    repository.update_workflow(failed, status="failed", error_message="solc: ParserError",
                               error_stacktrace="Traceback (most recent call last): ...")
    assert repository.get_workflow(failed)["error_message"] == "solc: ParserError"

    with pytest.raises(ValueError, match="unknown workflow status 'done'"):
        repository.update_workflow(workflow_id, status="done")
    with pytest.raises(ValueError, match="progress must be 0-100"):
        repository.update_workflow(workflow_id, progress=140)
    with pytest.raises(ValueError, match="cannot set prompt"):
        repository.update_workflow(workflow_id, prompt="other")


def test_a_stage_enters_only_a_running_workflow(database):
    """A stage that a worker starts after its flow failed must not make the workflow look alive again."""
    running = repository.create_workflow("ERC20 called Late", "local", {})
    assert repository.enter_stage(running, "auditing", "audit") is None
    assert (repository.get_workflow(running)["status"], repository.get_workflow(running)["current_stage"]) == (
        "auditing", "audit")
    repository.update_workflow(running, status="failed", error_message="the flow stopped waiting")
    assert repository.enter_stage(running, "testing", "testing") == "failed"
    assert repository.get_workflow(running)["status"] == "failed"
    with pytest.raises(WorkflowNotFoundError):
        repository.enter_stage(uuid.uuid4(), "auditing", "audit")


def test_a_failed_transaction_leaves_nothing_behind(database):
    from hyperagent.db.engine import session_scope
    from hyperagent.db.models import Workflow

    marker = f"rolled back {uuid.uuid4()}"
    with pytest.raises(RuntimeError, match="stage blew up"):
        with session_scope() as session:
            session.add(Workflow(prompt=marker, network="local", options={}))
            session.flush()
            raise RuntimeError("stage blew up")
    assert marker not in {row["prompt"] for row in repository.list_workflows(limit=1000)}


def test_unknown_and_malformed_workflow_ids_are_one_line_errors(database):
    missing = uuid.uuid4()
    with pytest.raises(WorkflowNotFoundError, match=f"no workflow {missing}"):
        repository.get_workflow(missing)
    with pytest.raises(WorkflowNotFoundError, match=f"no workflow {missing}"):
        repository.update_workflow(str(missing), progress=10)
    with pytest.raises(WorkflowNotFoundError, match="'not-a-uuid' is not a workflow id"):
        repository.get_workflow("not-a-uuid")


def test_contract_audit_and_tests_round_trip(database):
    workflow_id = repository.create_workflow("ERC20 called Hyper", "local", {})
    compiled = compiled_contract()
    contract_id = repository.save_contract(workflow_id, compiled, family="erc20",
                                           spec={"name": "Hyper", "features": ["burnable"]}, engine="template")
    contract = repository.get_contract(workflow_id)
    assert contract["id"] == contract_id and contract["family"] == "erc20" and contract["engine"] == "template"
    assert contract["abi"] == compiled.abi and contract["standard_json_input"] == compiled.standard_json_input
    assert contract["optimizer"] == {"enabled": True, "runs": 200} and contract["source"] == compiled.source

    report = audit_report()
    audit_id = repository.save_audit(str(workflow_id), str(contract_id), report)
    audit = repository.latest_audit(workflow_id)
    assert audit["id"] == audit_id and audit["contract_id"] == contract_id
    assert (audit["risk_score"], audit["passed"], audit["fail_on"]) == (7, False, "high")
    assert audit["gate_reason"] == "1 high finding (reentrancy)"
    assert [run["tool"] for run in audit["tools"]] == ["slither", "mythril"]
    assert AuditReport.model_validate(audit["report"]) == report
    high = audit["findings"][0]
    assert (high["severity"], high["swc_id"], high["category"], high["line"], high["lines"], high["tools"]) == (
        "high", "SWC-107", "reentrancy", 12, [12, 13, 14], ["slither", "mythril"])
    assert high["workflow_id"] == workflow_id and audit["findings"][1]["line"] is None

    standalone = repository.save_audit(None, None, AuditReport(), source_path="/home/user/Vault.sol")
    assert isinstance(standalone, uuid.UUID)
    with pytest.raises(ValueError, match="needs a workflow_id or a source_path"):
        repository.save_audit(None, None, AuditReport())

    run_id = repository.save_test_report(workflow_id, contract_id, forge_report())
    run = repository.get_test_run(run_id)
    assert (run["passed"], run["failed"], run["line_coverage"], run["branch_coverage"]) == (2, 1, 0.93, 0.75)
    assert run["forge_version"] == "1.7.0" and run["project_dir"] == "/tmp/builds/hyper"
    by_name = {case["name"]: case for case in run["cases"]}
    assert by_name["testFuzz_Transfer(uint256)"]["counterexample"] == "calldata=0x12 args=[7]"
    assert by_name["test_Transfer"]["gas"] == 51234 and by_name["invariant_SupplyEqualsBalances"]["kind"] == "invariant"

    assert repository.row_counts(workflow_id) == {"contracts": 1, "security_audits": 1, "test_results": 3,
                                                  "deployments": 0}


def test_deployment_is_journalled_before_the_receipt_then_confirmed_or_failed(database):
    workflow_id = repository.create_workflow("ERC20 called Hyper", "local", {})
    compiled = compiled_contract()
    pending = dict(network="local", chain_id=31337, rpc_url="http://127.0.0.1:8545", deployer="0x" + "f3" * 20,
                   constructor_args=["Hyper", "HYP", 10**24], constructor_args_encoded="0x00",
                   compiler_version=compiled.compiler_version, standard_json_input=compiled.standard_json_input)
    assert repository.find_deployment(workflow_id) is None
    first = repository.record_pending_deployment(workflow_id, tx_hash="0x" + "01" * 32, nonce=0, **pending)
    again = repository.record_pending_deployment(str(workflow_id), tx_hash="0x" + "02" * 32, nonce=1,
                                                 raw_transaction="0x02f8", contract_name="Hyper", **pending)
    assert again == first  # one deployment row per workflow: a retry replaces the journal entry
    entry = repository.find_deployment(workflow_id)
    assert (entry["status"], entry["tx_hash"], entry["nonce"], entry["address"]) == ("pending", "0x" + "02" * 32, 1, None)
    assert entry["constructor_args"] == ["Hyper", "HYP", 10**24] and entry["raw_transaction"] == "0x02f8"

    result = DeploymentResult(
        network=NetworkInfo(name="local", chain_id=31337, rpc_url="http://127.0.0.1:8545"),
        address="0x" + "5f" * 20, tx_hash="0x" + "02" * 32, block_number=1, gas_used=1_234_567,
        effective_gas_price=2 * 10**18, deployer=pending["deployer"], constructor_args_encoded="0x00",
        explorer_link=None, nonce=1, code_check="exact")
    repository.confirm_deployment(workflow_id, result)
    entry = repository.find_deployment(workflow_id)
    assert (entry["status"], entry["address"], entry["block_number"], entry["gas_used"]) == (
        "confirmed", result.address, 1, 1_234_567)
    assert entry["cost_wei"] == 1_234_567 * 2 * 10**18 and entry["effective_gas_price"] == 2 * 10**18
    assert entry["confirmed_at"] is not None and entry["code_check"] == "exact"
    assert workflow_id in {d["workflow_id"] for d in repository.list_deployments(status="confirmed")}
    assert repository.row_counts(workflow_id)["deployments"] == 1

    other = repository.create_workflow("ERC721 called Art", "local", {})
    repository.record_pending_deployment(other, tx_hash="0x" + "03" * 32, **pending)
    repository.mark_deployment_failed(other, "reverted in block 7")
    entry = repository.find_deployment(other)
    assert (entry["status"], entry["error_message"]) == ("failed", "reverted in block 7")
    assert other not in {d["workflow_id"] for d in repository.list_deployments()}
    with pytest.raises(DatabaseError, match="has no recorded deployment"):
        repository.mark_deployment_failed(repository.create_workflow("none", "local", {}), "x")
