"""The writes and reads the stages make: plain functions, each one short transaction, plain dicts out.

Why plain dicts: callers are Prefect tasks, the CLI and tests in other threads and processes; an ORM
object outlives its session there and fails on first lazy load. Ids come back as `uuid.UUID`,
times as aware datetimes; every id argument also accepts its string form.

Why every function retries: PostgreSQL restarts (an upgrade, a crash, `hyperagent down`/`up` while a
run is going) must not fail a workflow. While the server is unreachable a call waits and tries again
with backoff, for up to `HYPERAGENT_DB_RETRY_SECONDS` (a few seconds only for a database this process has
never reached: a wrong URL should fail fast). An insert makes its ids before the first try
and, on a retry, first checks whether its row already exists: a commit whose answer was lost in the
restart is not written twice. Updates set values (the same result however often they run).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import delete, func, inspect, select, update
from sqlalchemy.dialects.postgresql import insert

from agents.models import AuditReport, CompiledContract, DeploymentResult, TestReport
from hyperagent.db.engine import reached_before, session_scope
from hyperagent.db.models import (TERMINAL_STATUSES, WORKFLOW_STATUSES, AuditFinding, Base, Contract, Deployment, SecurityAudit,
                                  TestResult, TestRun, Workflow)
from hyperagent.errors import DatabaseError, DatabaseUnavailableError, WorkflowNotFoundError

log = logging.getLogger("hyperagent.db")
T = TypeVar("T")
MAX_RETRY_DELAY = 5.0
FIRST_CONTACT_SECONDS = 3.0
"""How long a process waits for a database it has never reached (a wrong URL should fail fast)."""

WORKFLOW_FIELDS = frozenset({"status", "current_stage", "progress", "error_message", "error_stacktrace",
                             "flow_run_id", "result", "completed_at"})


def as_uuid(value: uuid.UUID | str, what: str = "workflow") -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        message = f"{value!r} is not a {what} id: ids are UUIDs (see `hyperagent workflow list`)"
        raise (WorkflowNotFoundError if what == "workflow" else ValueError)(message) from None


def retrying(work: Callable[[], T]) -> T:
    """Run `work` (one or more short transactions), again with backoff while PostgreSQL is unreachable."""
    from hyperagent.settings import get_settings

    deadline: float | None = None
    delay = 0.25
    while True:
        try:
            return work()
        except DatabaseUnavailableError as error:
            now = time.monotonic()
            if deadline is None:  # a database never reached in this process is likely misconfigured: fail fast
                window = get_settings().db_retry_seconds
                deadline = now + (window if reached_before(error.url) else min(FIRST_CONTACT_SECONDS, window))
            if now + delay > deadline:
                raise
            log.warning("PostgreSQL unreachable, retrying in %.2f s: %s", delay, error)
            time.sleep(delay)
            delay = min(delay * 2, MAX_RETRY_DELAY)


def _in_session(work: Callable[[Any], T]) -> T:
    """`work(session)` in one transaction, retried while the server is unreachable."""

    def attempt() -> T:
        with session_scope() as session:
            return work(session)

    return retrying(attempt)


def _add_once(model: type[Base], row_id: uuid.UUID, build: Callable[[], list[Base]]) -> uuid.UUID:
    """Insert `build()` (its first row is `model` with `row_id`, the rest its children) in one transaction,
    once: a retry after a commit whose answer was lost finds the row and adds nothing."""

    def work(session: Any) -> uuid.UUID:
        if session.get(model, row_id) is None:
            parent, *children = build()
            session.add(parent)
            session.flush()  # no relationship() tells the unit of work that children come after
            session.add_all(children)
        return row_id

    return _in_session(work)


def _row(obj: Base) -> dict[str, Any]:
    return {column.key: getattr(obj, column.key) for column in inspect(obj).mapper.column_attrs}


def _json(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def _workflow(session: Any, workflow_id: uuid.UUID | str, lock: bool = False) -> Workflow:
    wid = as_uuid(workflow_id)
    query = select(Workflow).where(Workflow.id == wid)
    row = session.scalars(query.with_for_update() if lock else query).first()
    if row is None:
        raise WorkflowNotFoundError(f"no workflow {wid}: see `hyperagent workflow list`")
    return row


# --- workflows -------------------------------------------------------------------------------------

def create_workflow(prompt: str, network: str, options: dict[str, Any] | BaseModel | None = None) -> uuid.UUID:
    wid = uuid.uuid4()
    return _add_once(Workflow, wid, lambda: [Workflow(id=wid, prompt=prompt, network=network,
                                                      options=_json(options) or {}, status="created", progress=0)])


def update_workflow(workflow_id: uuid.UUID | str, **fields: Any) -> None:
    """Set any of WORKFLOW_FIELDS; `updated_at` moves on every call."""
    unknown = sorted(set(fields) - WORKFLOW_FIELDS)
    if unknown:
        raise ValueError(f"update_workflow cannot set {', '.join(unknown)}")
    if "status" in fields and fields["status"] not in WORKFLOW_STATUSES:
        raise ValueError(f"unknown workflow status {fields['status']!r}: one of {', '.join(WORKFLOW_STATUSES)}")
    if "progress" in fields and not 0 <= int(fields["progress"]) <= 100:
        raise ValueError(f"progress must be 0-100, not {fields['progress']}")
    if "result" in fields:
        fields["result"] = _json(fields["result"])
    wid = as_uuid(workflow_id)

    def work(session: Any) -> None:
        done = session.execute(update(Workflow).where(Workflow.id == wid).values(**fields, updated_at=func.now()))
        if done.rowcount == 0:
            raise WorkflowNotFoundError(f"no workflow {wid}: see `hyperagent workflow list`")

    _in_session(work)


def heartbeat(workflow_id: uuid.UUID | str) -> bool:
    """Mark a running workflow alive (its `updated_at` moves); False once it has ended."""
    wid = as_uuid(workflow_id)

    def work(session: Any) -> bool:
        done = session.execute(update(Workflow).where(Workflow.id == wid, Workflow.status.not_in(TERMINAL_STATUSES))
                               .values(updated_at=func.now()))
        return done.rowcount > 0

    return _in_session(work)


def enter_stage(workflow_id: uuid.UUID | str, status: str, stage: str) -> str | None:
    """Move a running workflow into `stage`; the status it already ended with (nothing moves) otherwise.

    Why conditional: a stage run on a worker may start after its flow has already failed (the flow stopped
    waiting for it); it must not turn a failed workflow back into a running one.
    """
    wid = as_uuid(workflow_id)

    def work(session: Any) -> str | None:
        done = session.execute(update(Workflow).where(Workflow.id == wid, Workflow.status.not_in(TERMINAL_STATUSES))
                               .values(status=status, current_stage=stage, updated_at=func.now()))
        return None if done.rowcount else _workflow(session, wid).status

    return _in_session(work)


def stale_workflows(older_than: float) -> list[dict[str, Any]]:
    """Running workflows (past `created`) whose row has not moved for `older_than` seconds."""
    running = [status for status in WORKFLOW_STATUSES if status not in (*TERMINAL_STATUSES, "created")]

    def work(session: Any) -> list[dict[str, Any]]:
        cutoff = func.now() - timedelta(seconds=older_than)
        rows = session.scalars(select(Workflow).where(Workflow.status.in_(running), Workflow.updated_at < cutoff))
        return [_row(row) for row in rows]

    return _in_session(work)


def mark_failed_if_running(workflow_id: uuid.UUID | str, message: str, status: str = "failed") -> bool:
    """End a workflow that is not already ended (a crash found after the fact); False if it had ended."""
    wid = as_uuid(workflow_id)

    def work(session: Any) -> bool:
        row = _workflow(session, wid, lock=True)
        if row.status in TERMINAL_STATUSES:
            return False
        row.status = status
        row.error_message = message if status == "failed" else row.error_message
        row.result = {**(row.result or {}), "workflow_id": str(wid), "status": status,
                      **({"error": message} if status == "failed" else {})}
        row.completed_at = datetime.now(timezone.utc)
        row.updated_at = func.now()
        return True

    return _in_session(work)


def reset_for_resume(workflow_id: uuid.UUID | str) -> None:
    """Back to `created` for a rerun under the same id: the contract, audit and test rows of the earlier
    attempt go; the deployment row (the journal of a transaction maybe already sent) stays."""
    wid = as_uuid(workflow_id)

    def work(session: Any) -> None:
        row = _workflow(session, wid, lock=True)
        for model in (AuditFinding, SecurityAudit, TestResult, TestRun, Contract):
            session.execute(delete(model).where(model.workflow_id == wid))
        row.status, row.current_stage, row.progress = "created", None, 0
        row.error_message = row.error_stacktrace = row.flow_run_id = row.completed_at = None
        row.result = {"resumed": int((row.result or {}).get("resumed", 0)) + 1}
        row.stage_times, row.retry_counts = {}, {}
        row.updated_at = func.now()

    _in_session(work)


def _bump(workflow_id: uuid.UUID | str, column: str, stage: str, change: Any) -> None:
    def work(session: Any) -> None:
        row = _workflow(session, workflow_id, lock=True)
        values = dict(getattr(row, column) or {})
        values[stage] = change(values.get(stage))
        setattr(row, column, values)
        row.updated_at = func.now()

    _in_session(work)


def record_stage_time(workflow_id: uuid.UUID | str, stage: str, seconds: float) -> None:
    """Seconds the stage took; a retried stage adds its attempts up."""
    _bump(workflow_id, "stage_times", stage, lambda old: round((old or 0.0) + float(seconds), 6))


def record_retry(workflow_id: uuid.UUID | str, stage: str) -> None:
    _bump(workflow_id, "retry_counts", stage, lambda old: (old or 0) + 1)


def get_workflow(workflow_id: uuid.UUID | str) -> dict[str, Any]:
    return _in_session(lambda session: _row(_workflow(session, workflow_id)))


def find_workflow_by_flow_run(flow_run_id: str) -> dict[str, Any] | None:
    def work(session: Any) -> dict[str, Any] | None:
        row = session.scalars(select(Workflow).where(Workflow.flow_run_id == str(flow_run_id))
                              .order_by(Workflow.created_at.desc())).first()
        return None if row is None else _row(row)

    return _in_session(work)


def list_workflows(limit: int = 20) -> list[dict[str, Any]]:
    """Newest first."""
    def work(session: Any) -> list[dict[str, Any]]:
        rows = session.scalars(select(Workflow).order_by(Workflow.created_at.desc(), Workflow.id).limit(limit))
        return [_row(row) for row in rows]

    return _in_session(work)


def row_counts(workflow_id: uuid.UUID | str) -> dict[str, int]:
    """How many stage rows a workflow has; what tests and `status` use to see what was recorded."""
    wid = as_uuid(workflow_id)
    return _in_session(lambda session: {
        model.__tablename__: session.scalar(select(func.count()).select_from(model).where(model.workflow_id == wid))
        for model in (Contract, SecurityAudit, TestResult, Deployment)})


# --- contracts -------------------------------------------------------------------------------------

def save_contract(workflow_id: uuid.UUID | str, compiled: CompiledContract, *, family: str | None,
                  spec: dict[str, Any] | BaseModel, engine: str | None) -> uuid.UUID:
    spec = dict(_json(spec) or {})
    requirements = spec.pop("requirements", None) or []
    row_id = uuid.uuid4()
    return _add_once(Contract, row_id, lambda: [Contract(
        id=row_id, workflow_id=as_uuid(workflow_id), name=compiled.contract_name, family=family,
        spec=spec, requirements=requirements, engine=engine, source=compiled.source, source_hash=compiled.source_hash,
        file_name=compiled.file_name, compiler_version=compiled.compiler_version, abi=compiled.abi,
        bytecode=compiled.bytecode, deployed_bytecode=compiled.deployed_bytecode,
        standard_json_input=compiled.standard_json_input, optimizer=compiled.optimizer)])


def get_contract(workflow_id: uuid.UUID | str) -> dict[str, Any] | None:
    """The workflow's latest compiled contract."""
    def work(session: Any) -> dict[str, Any] | None:
        row = session.scalars(select(Contract).where(Contract.workflow_id == as_uuid(workflow_id))
                              .order_by(Contract.created_at.desc())).first()
        return None if row is None else _row(row)

    return _in_session(work)


# --- audits ----------------------------------------------------------------------------------------

def save_audit(workflow_id: uuid.UUID | str | None, contract_id: uuid.UUID | str | None, report: AuditReport,
               source_path: str | None = None) -> uuid.UUID:
    """One audit row and one row per finding. Without a workflow, `source_path` names what was audited."""
    if workflow_id is None and source_path is None:
        raise ValueError("save_audit needs a workflow_id or a source_path")
    wid = None if workflow_id is None else as_uuid(workflow_id)
    audit_id = uuid.uuid4()
    return _add_once(SecurityAudit, audit_id, lambda: [
        SecurityAudit(id=audit_id, workflow_id=wid,
                      contract_id=None if contract_id is None else as_uuid(contract_id, "contract"),
                      source_path=source_path, tools=[_json(run) for run in report.tool_runs],
                      risk_score=report.risk_score, passed=report.passed, fail_on=report.fail_on.value,
                      gate_reason=report.gate_reason, report=_json(report)),
        *(AuditFinding(audit_id=audit_id, workflow_id=wid, tools=f.tools, detector=f.detector, title=f.title,
                       description=f.description, severity=f.severity.value, confidence=f.confidence,
                       swc_id=f.swc_id, category=f.category, file=f.file, line=f.line, lines=f.lines,
                       function=f.function)
          for f in report.findings)])


def latest_audit(workflow_id: uuid.UUID | str) -> dict[str, Any] | None:
    """The workflow's newest audit with its findings (as dicts, under "findings")."""
    def work(session: Any) -> dict[str, Any] | None:
        audit = session.scalars(select(SecurityAudit).where(SecurityAudit.workflow_id == as_uuid(workflow_id))
                                .order_by(SecurityAudit.created_at.desc())).first()
        if audit is None:
            return None
        findings = session.scalars(select(AuditFinding).where(AuditFinding.audit_id == audit.id)
                                   .order_by(AuditFinding.line.nulls_last(), AuditFinding.detector))
        return {**_row(audit), "findings": [_row(f) for f in findings]}

    return _in_session(work)


# --- tests -----------------------------------------------------------------------------------------

def save_test_report(workflow_id: uuid.UUID | str, contract_id: uuid.UUID | str | None,
                     report: TestReport) -> uuid.UUID:
    """One test_runs row (counts, coverage, forge version) and one test_results row per case."""
    wid = as_uuid(workflow_id)
    cid = None if contract_id is None else as_uuid(contract_id, "contract")
    run_id = uuid.uuid4()
    return _add_once(TestRun, run_id, lambda: [
        TestRun(id=run_id, workflow_id=wid, contract_id=cid, project_dir=report.project_dir, passed=report.passed,
                failed=report.failed, line_coverage=report.line_coverage, branch_coverage=report.branch_coverage,
                duration=report.duration, forge_version=report.forge_version),
        *(TestResult(run_id=run_id, workflow_id=wid, contract_id=cid, name=case.name, suite=case.suite,
                     kind=case.kind, status=case.status, gas=case.gas, duration_ms=case.duration_ms,
                     reason=case.reason, counterexample=case.counterexample)
          for case in report.cases)])


def get_test_run(run_id: uuid.UUID | str) -> dict[str, Any]:
    def work(session: Any) -> dict[str, Any]:
        run = session.get(TestRun, as_uuid(run_id, "test run"))
        if run is None:
            raise DatabaseError(f"no test run {run_id}")
        cases = session.scalars(select(TestResult).where(TestResult.run_id == run.id).order_by(TestResult.name))
        return {**_row(run), "cases": [_row(case) for case in cases]}

    return _in_session(work)


# --- deployments -----------------------------------------------------------------------------------

def record_pending_deployment(workflow_id: uuid.UUID | str, *, network: str, chain_id: int, rpc_url: str,
                              tx_hash: str, deployer: str, constructor_args: list[Any],
                              constructor_args_encoded: str, compiler_version: str | None,
                              standard_json_input: dict[str, Any] | None, nonce: int | None = None,
                              raw_transaction: str | None = None, contract_name: str | None = None,
                              proxy_kind: str | None = None, implementation_address: str | None = None,
                              implementation_tx_hash: str | None = None) -> uuid.UUID:
    """Written before the receipt is awaited; replaces an earlier entry of the same workflow (behind a
    proxy: the implementation's transaction first, then the proxy's with the implementation's address)."""
    values = dict(network=network, chain_id=chain_id, rpc_url=rpc_url, tx_hash=tx_hash, deployer=deployer,
                  constructor_args=_json(constructor_args) or [], constructor_args_encoded=constructor_args_encoded or "",
                  compiler_version=compiler_version, standard_json_input=standard_json_input, nonce=nonce,
                  raw_transaction=raw_transaction, contract_name=contract_name, proxy_kind=proxy_kind,
                  implementation_address=implementation_address, implementation_tx_hash=implementation_tx_hash,
                  proxy_admin=None, status="pending", address=None,
                  error_message=None, block_number=None, gas_used=None, effective_gas_price=None, cost_wei=None,
                  code_check=None, explorer_url=None, confirmed_at=None)
    statement = insert(Deployment).values(id=uuid.uuid4(), workflow_id=as_uuid(workflow_id), **values)
    statement = statement.on_conflict_do_update(index_elements=[Deployment.workflow_id],
                                                set_={**values, "updated_at": func.now()})
    return _in_session(lambda session: session.execute(statement.returning(Deployment.id)).scalar_one())


def find_deployment(workflow_id: uuid.UUID | str) -> dict[str, Any] | None:
    def work(session: Any) -> dict[str, Any] | None:
        row = session.scalars(select(Deployment).where(Deployment.workflow_id == as_uuid(workflow_id))).first()
        return None if row is None else _deployment_dict(row)

    return _in_session(work)


def _deployment_dict(row: Deployment) -> dict[str, Any]:
    data = _row(row)
    for key in ("effective_gas_price", "cost_wei"):  # NUMERIC(78,0) comes back as Decimal
        if data[key] is not None:
            data[key] = int(data[key])
    return data


def _set_deployment(workflow_id: uuid.UUID | str, **values: Any) -> None:
    wid = as_uuid(workflow_id)

    def work(session: Any) -> None:
        done = session.execute(update(Deployment).where(Deployment.workflow_id == wid)
                               .values(**values, updated_at=func.now()))
        if done.rowcount == 0:
            raise DatabaseError(f"workflow {wid} has no recorded deployment to update")

    _in_session(work)


def confirm_deployment(workflow_id: uuid.UUID | str, result: DeploymentResult) -> None:
    cost = result.cost_wei
    if cost is None and result.effective_gas_price is not None:
        cost = result.gas_used * result.effective_gas_price
    _set_deployment(workflow_id, status="confirmed", address=result.address, tx_hash=result.tx_hash,
                    block_number=result.block_number, gas_used=result.gas_used,
                    effective_gas_price=result.effective_gas_price, cost_wei=cost, deployer=result.deployer,
                    constructor_args_encoded=result.constructor_args_encoded, nonce=result.nonce,
                    code_check=result.code_check, explorer_url=result.explorer_link, error_message=None,
                    proxy_kind=result.proxy_kind, implementation_address=result.implementation_address,
                    implementation_tx_hash=result.implementation_tx_hash, proxy_admin=result.proxy_admin,
                    chain_id=result.network.chain_id, network=result.network.name, rpc_url=result.network.rpc_url,
                    confirmed_at=datetime.now(timezone.utc))


def mark_deployment_failed(workflow_id: uuid.UUID | str, reason: str) -> None:
    _set_deployment(workflow_id, status="failed", error_message=reason)


def list_deployments(status: str | None = "confirmed") -> list[dict[str, Any]]:
    """Deployments in `status` (all when None), oldest first: what the nightly re-audit walks."""
    query = select(Deployment).order_by(Deployment.created_at)
    if status is not None:
        query = query.where(Deployment.status == status)
    return _in_session(lambda session: [_deployment_dict(row) for row in session.scalars(query)])
