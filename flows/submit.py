"""Ways to start a lifecycle run: in this process, in a background process, or through a deployment.

The workflow row is written first, so its id can be printed at once and every path reports into it.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from agents.models import WorkflowOptions
from hyperagent.db import repository
from hyperagent.errors import ConfigurationError, GenerationError

DEPLOYMENT_NAME = "contract-lifecycle/default"


def validate_request(prompt: str, options: dict[str, Any]) -> dict[str, Any]:
    """Reject bad input before any row is written."""
    if not prompt or not prompt.strip():
        raise GenerationError('empty request: describe the contract, e.g. "an ERC20 called Hyper, symbol HYP, '
                              '1M supply"')
    try:
        return WorkflowOptions.model_validate(options).model_dump(mode="json", exclude_none=True)
    except ValueError as error:
        message = error.errors()[0]["msg"] if hasattr(error, "errors") else str(error)
        raise ConfigurationError(f"invalid options: {message}") from None


def create_workflow(prompt: str, network: str, options: dict[str, Any]) -> str:
    options = validate_request(prompt, options)
    return str(repository.create_workflow(prompt.strip(), network, options))


def run_in_process(workflow_id: str, api_url: str | None = None) -> dict[str, Any]:
    """Run the flow here (against `api_url` when given); the outcome is read back from the workflow row."""
    from flows.lifecycle import contract_lifecycle

    row = repository.get_workflow(workflow_id)
    with prefect_api(api_url):
        contract_lifecycle(prompt=row["prompt"], network=row["network"], options=row["options"],
                           workflow_id=workflow_id, return_state=True)
    return repository.get_workflow(workflow_id)


@contextmanager
def prefect_api(api_url: str | None) -> Iterator[None]:
    """Talk to `api_url` (when given) and keep cached task results in the data dir, inside the block.

    Prefect reads its settings once, at import, so they are set here rather than in the environment.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_LOCAL_STORAGE_PATH, temporary_settings

    from tasks.caching import result_storage_path

    updates: dict[Any, Any] = {PREFECT_LOCAL_STORAGE_PATH: result_storage_path()}
    if api_url:
        updates[PREFECT_API_URL] = api_url
    with temporary_settings(updates=updates):
        yield


def start_in_background(workflow_id: str) -> int:
    """A detached process runs the flow; returns its pid."""
    process = subprocess.Popen([sys.executable, "-m", "flows.submit", workflow_id], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    return process.pid


def submit_to_deployment(workflow_id: str, api_url: str) -> str | None:
    """Submit through the `contract-lifecycle/default` deployment when the server has it; else None."""
    from prefect.deployments import run_deployment
    from prefect.exceptions import ObjectNotFound

    row = repository.get_workflow(workflow_id)
    try:
        with prefect_api(api_url):
            flow_run = run_deployment(DEPLOYMENT_NAME, timeout=0, parameters={
                "prompt": row["prompt"], "network": row["network"], "options": row["options"],
                "workflow_id": workflow_id})
    except ObjectNotFound:
        return None
    repository.update_workflow(workflow_id, flow_run_id=str(flow_run.id))
    return str(flow_run.id)


def cancel(workflow_id: str, api_url: str | None = None) -> dict[str, Any]:
    """Mark the workflow cancelled (no later stage starts) and cancel its Prefect flow run if reachable."""
    row = repository.get_workflow(workflow_id)
    if row["status"] in ("completed", "failed", "cancelled"):
        raise ConfigurationError(f"workflow {workflow_id} already ended ({row['status']}): nothing to cancel")
    repository.update_workflow(workflow_id, status="cancelled")
    if row.get("flow_run_id") and api_url:
        _cancel_flow_run(row["flow_run_id"], api_url)
    return repository.get_workflow(workflow_id)


def _cancel_flow_run(flow_run_id: str, api_url: str) -> None:
    from prefect.client.orchestration import get_client
    from prefect.states import Cancelling

    try:
        with prefect_api(api_url), get_client(sync_client=True) as client:
            run = client.read_flow_run(uuid.UUID(flow_run_id))
            if not run.state or not run.state.is_final():
                client.set_flow_run_state(run.id, Cancelling(message="cancelled by hyperagent"), force=True)
    except Exception:  # the run lives in a process with no shared API: the database flag stops it
        pass


if __name__ == "__main__":
    from hyperagent.stack.prefect_server import ensure_api

    run_in_process(sys.argv[1], ensure_api())
