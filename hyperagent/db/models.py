"""The record of every workflow: one table per stage result, every row keyed back to its workflow.

Choices worth knowing:
- UUID keys made in Python (and by `gen_random_uuid()` for rows written by hand in SQL).
- Child rows are deleted with their workflow (ON DELETE CASCADE); a contract's deletion only
  unlinks the audits and test runs that named it (SET NULL).
- `security_audits.workflow_id` is nullable: `hyperagent audit FILE` audits a user's file outside
  any workflow, and such an audit names its `source_path` instead (a CHECK keeps one of the two).
- Coverage belongs to a test run, not to each test: `test_runs` holds it once, `test_results` one
  row per test case.
- A workflow deploys once: `deployments.workflow_id` is unique, and the row is written (pending,
  with the tx hash) before the receipt is awaited, so a retry finds it instead of sending again.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (BigInteger, Boolean, CheckConstraint, DateTime, Enum, Float, ForeignKey, Integer, MetaData,
                        Numeric, String, Text, func, text)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

WORKFLOW_STATUSES = ("created", "nlp_parsing", "generating", "compiling", "auditing", "testing", "deploying",
                     "completed", "failed", "cancelled")
TERMINAL_STATUSES = ("completed", "failed", "cancelled")
SEVERITIES = ("critical", "high", "medium", "low", "info")
DEPLOYMENT_STATUSES = ("pending", "confirmed", "failed")

NAMING = {"ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
          "ck": "ck_%(table_name)s_%(constraint_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s",
          "pk": "pk_%(table_name)s"}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSONB, list[Any]: JSONB, uuid.UUID: UUID(as_uuid=True),
                           datetime: DateTime(timezone=True)}


def _id() -> Mapped[uuid.UUID]:
    return mapped_column(primary_key=True, default=uuid.uuid4, server_default=text("gen_random_uuid()"))


def _workflow_fk(nullable: bool = False, unique: bool = False) -> Mapped[Any]:
    return mapped_column(ForeignKey("workflows.id", ondelete="CASCADE"), nullable=nullable, index=not unique,
                         unique=unique)


def _contract_fk() -> Mapped[uuid.UUID | None]:
    return mapped_column(ForeignKey("contracts.id", ondelete="SET NULL"), index=True)


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())


class Workflow(Timestamps, Base):
    __tablename__ = "workflows"

    id: Mapped[uuid.UUID] = _id()
    prompt: Mapped[str] = mapped_column(Text)
    network: Mapped[str] = mapped_column(String(64))
    options: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    status: Mapped[str] = mapped_column(Enum(*WORKFLOW_STATUSES, name="workflow_status"), server_default="created",
                                        index=True)
    current_stage: Mapped[str | None] = mapped_column(String(32))
    progress: Mapped[int] = mapped_column(Integer, server_default="0")
    error_message: Mapped[str | None] = mapped_column(Text)
    error_stacktrace: Mapped[str | None] = mapped_column(Text)
    flow_run_id: Mapped[str | None] = mapped_column(String(64), index=True)
    stage_times: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    retry_counts: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    result: Mapped[dict[str, Any] | None]
    completed_at: Mapped[datetime | None]

    __table_args__ = (CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),)


class Contract(Timestamps, Base):
    __tablename__ = "contracts"

    id: Mapped[uuid.UUID] = _id()
    workflow_id: Mapped[uuid.UUID] = _workflow_fk()
    name: Mapped[str] = mapped_column(String(255))
    family: Mapped[str | None] = mapped_column(String(64))
    spec: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    requirements: Mapped[list[Any]] = mapped_column(server_default=text("'[]'::jsonb"))
    """Each requirement of the request with its status (honoured, unmet, ambiguous) and reason."""
    engine: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text)
    source_hash: Mapped[str] = mapped_column(String(128))
    file_name: Mapped[str] = mapped_column(String(255))
    compiler_version: Mapped[str] = mapped_column(String(64))
    abi: Mapped[list[Any]]
    bytecode: Mapped[str] = mapped_column(Text)
    deployed_bytecode: Mapped[str] = mapped_column(Text)
    standard_json_input: Mapped[dict[str, Any]]
    optimizer: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))


class SecurityAudit(Timestamps, Base):
    __tablename__ = "security_audits"

    id: Mapped[uuid.UUID] = _id()
    workflow_id: Mapped[uuid.UUID | None] = _workflow_fk(nullable=True)
    contract_id: Mapped[uuid.UUID | None] = _contract_fk()
    source_path: Mapped[str | None] = mapped_column(Text)
    tools: Mapped[list[Any]] = mapped_column(server_default=text("'[]'::jsonb"))
    risk_score: Mapped[int] = mapped_column(Integer)
    passed: Mapped[bool] = mapped_column(Boolean)
    fail_on: Mapped[str] = mapped_column(String(16))
    gate_reason: Mapped[str | None] = mapped_column(Text)
    report: Mapped[dict[str, Any]]

    __table_args__ = (CheckConstraint("workflow_id IS NOT NULL OR source_path IS NOT NULL", name="has_subject"),)


class AuditFinding(Timestamps, Base):
    __tablename__ = "audit_findings"

    id: Mapped[uuid.UUID] = _id()
    audit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("security_audits.id", ondelete="CASCADE"), index=True)
    workflow_id: Mapped[uuid.UUID | None] = _workflow_fk(nullable=True)
    tools: Mapped[list[Any]]
    detector: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, server_default="")
    severity: Mapped[str] = mapped_column(Enum(*SEVERITIES, name="finding_severity"), index=True)
    confidence: Mapped[str] = mapped_column(String(16))
    swc_id: Mapped[str | None] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(64))
    file: Mapped[str | None] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    lines: Mapped[list[Any]] = mapped_column(server_default=text("'[]'::jsonb"))
    function: Mapped[str | None] = mapped_column(Text)


class TestRun(Timestamps, Base):
    __tablename__ = "test_runs"
    __test__ = False

    id: Mapped[uuid.UUID] = _id()
    workflow_id: Mapped[uuid.UUID] = _workflow_fk()
    contract_id: Mapped[uuid.UUID | None] = _contract_fk()
    project_dir: Mapped[str] = mapped_column(Text)
    passed: Mapped[int] = mapped_column(Integer)
    failed: Mapped[int] = mapped_column(Integer)
    line_coverage: Mapped[float | None] = mapped_column(Float)
    branch_coverage: Mapped[float | None] = mapped_column(Float)
    duration: Mapped[float] = mapped_column(Float)
    forge_version: Mapped[str | None] = mapped_column(String(64))


class TestResult(Timestamps, Base):
    __tablename__ = "test_results"
    __test__ = False

    id: Mapped[uuid.UUID] = _id()
    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("test_runs.id", ondelete="CASCADE"), index=True)
    workflow_id: Mapped[uuid.UUID] = _workflow_fk()
    contract_id: Mapped[uuid.UUID | None] = _contract_fk()
    name: Mapped[str] = mapped_column(Text)
    suite: Mapped[str] = mapped_column(Text, server_default="")
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    gas: Mapped[int | None] = mapped_column(BigInteger)
    duration_ms: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(Text)
    counterexample: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (CheckConstraint("kind IN ('unit', 'fuzz', 'invariant')", name="kind"),)


class Deployment(Timestamps, Base):
    __tablename__ = "deployments"

    id: Mapped[uuid.UUID] = _id()
    workflow_id: Mapped[uuid.UUID] = _workflow_fk(unique=True)
    network: Mapped[str] = mapped_column(String(64))
    chain_id: Mapped[int] = mapped_column(BigInteger)
    rpc_url: Mapped[str] = mapped_column(Text)
    contract_name: Mapped[str | None] = mapped_column(String(255))
    address: Mapped[str | None] = mapped_column(String(42), index=True)
    tx_hash: Mapped[str] = mapped_column(String(66))
    nonce: Mapped[int | None] = mapped_column(BigInteger)
    raw_transaction: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Enum(*DEPLOYMENT_STATUSES, name="deployment_status"),
                                        server_default="pending", index=True)
    error_message: Mapped[str | None] = mapped_column(Text)
    block_number: Mapped[int | None] = mapped_column(BigInteger)
    gas_used: Mapped[int | None] = mapped_column(BigInteger)
    effective_gas_price: Mapped[Decimal | None] = mapped_column(Numeric(78, 0))
    cost_wei: Mapped[Decimal | None] = mapped_column(Numeric(78, 0))
    deployer: Mapped[str] = mapped_column(String(42))
    constructor_args: Mapped[list[Any]] = mapped_column(server_default=text("'[]'::jsonb"))
    constructor_args_encoded: Mapped[str] = mapped_column(Text, server_default="")
    compiler_version: Mapped[str | None] = mapped_column(String(64))
    standard_json_input: Mapped[dict[str, Any] | None]
    code_check: Mapped[str | None] = mapped_column(String(32))
    proxy_kind: Mapped[str | None] = mapped_column(String(16))
    """uups | transparent: `address` is the proxy (what users call); null for a plain contract."""
    implementation_address: Mapped[str | None] = mapped_column(String(42))
    implementation_tx_hash: Mapped[str | None] = mapped_column(String(66))
    proxy_admin: Mapped[str | None] = mapped_column(String(42))
    explorer_url: Mapped[str | None] = mapped_column(Text)
    confirmed_at: Mapped[datetime | None]
