"""The deployment journal: the one record that makes a retry wait instead of deploying twice.

The deployer writes the signed transaction's hash here *before* it sends; a retry reads it first.
Two implementations: `DatabaseJournal` (the deployments table, through hyperagent.db.repository) for
the real flow, `FileJournal` (one JSON file per workflow) for tools and tests without a database.

What an entry holds (a dict): workflow_id, status (pending | confirmed | failed), tx_hash, deployer,
network, chain_id, rpc_url, address (once confirmed), and when the store keeps them nonce and
raw_transaction (the signed bytes are public once sent; with them a retry can re-broadcast the very
same transaction if a node forgot it). An upgradeable contract adds proxy_kind, and once its
implementation is mined implementation_address and implementation_tx_hash (the entry's transaction is
then the proxy's; `address` is the proxy).
"""

from __future__ import annotations

import fcntl
import inspect
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from agents.models import DeploymentResult


@runtime_checkable
class DeploymentJournal(Protocol):
    def find(self, workflow_id: str) -> dict[str, Any] | None:
        """The workflow's deployment entry, or None."""

    def record_pending(self, workflow_id: str, *, network: str, chain_id: int, rpc_url: str, tx_hash: str,
                       deployer: str, constructor_args: list[Any], constructor_args_encoded: str,
                       compiler_version: str, standard_json_input: dict[str, Any],
                       nonce: int | None = None, raw_transaction: str | None = None,
                       contract_name: str | None = None, proxy_kind: str | None = None,
                       implementation_address: str | None = None,
                       implementation_tx_hash: str | None = None) -> None:
        """Store a signed, not yet sent, transaction (replacing an earlier entry of the workflow).

        Behind a proxy (`proxy_kind`), the entry's transaction is the implementation's until
        `implementation_address` is set, then the proxy's."""

    def confirm(self, workflow_id: str, result: DeploymentResult) -> None:
        """The transaction is mined and the code checked."""

    def fail(self, workflow_id: str, reason: str) -> None:
        """The journalled transaction will never deploy (reverted, or its nonce went elsewhere)."""


class FileJournal:
    """One JSON file per workflow under `directory`; writes are atomic (rename) and locked."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def _path(self, workflow_id: str) -> Path:
        return self.directory / (re.sub(r"[^A-Za-z0-9_.-]", "_", str(workflow_id)) + ".json")

    def _write(self, workflow_id: str, entry: dict[str, Any]) -> None:
        path = self._path(workflow_id)
        with open(self.directory / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-")
            with os.fdopen(fd, "w") as handle:
                json.dump(entry, handle, indent=1, default=str)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)

    def find(self, workflow_id: str) -> dict[str, Any] | None:
        try:
            return json.loads(self._path(workflow_id).read_text())
        except FileNotFoundError:
            return None

    def record_pending(self, workflow_id: str, **fields: Any) -> None:
        self._write(workflow_id, {"workflow_id": str(workflow_id), "status": "pending", "address": None, **fields})

    def confirm(self, workflow_id: str, result: DeploymentResult) -> None:
        entry = self.find(workflow_id) or {"workflow_id": str(workflow_id)}
        entry.update(status="confirmed", address=result.address, tx_hash=result.tx_hash,
                     result=result.model_dump(mode="json"))
        self._write(workflow_id, entry)

    def fail(self, workflow_id: str, reason: str) -> None:
        entry = self.find(workflow_id) or {"workflow_id": str(workflow_id)}
        entry.update(status="failed", error=reason)
        self._write(workflow_id, entry)


class DatabaseJournal:
    """The journal on the deployments table (hyperagent.db.repository, imported on first use)."""

    @staticmethod
    def _repository() -> Any:
        from hyperagent.db import repository

        return repository

    def find(self, workflow_id: str) -> dict[str, Any] | None:
        return self._repository().find_deployment(workflow_id)

    def record_pending(self, workflow_id: str, **fields: Any) -> None:
        record = self._repository().record_pending_deployment
        accepted = inspect.signature(record).parameters
        if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in accepted.values()):
            fields = {k: v for k, v in fields.items() if k in accepted}  # optional extras the table lacks
        record(workflow_id, **fields)

    def confirm(self, workflow_id: str, result: DeploymentResult) -> None:
        self._repository().confirm_deployment(workflow_id, result)

    def fail(self, workflow_id: str, reason: str) -> None:
        self._repository().mark_deployment_failed(workflow_id, reason)
