"""Ways to start a lifecycle run: in this process, in a background process, or through a deployment.

The workflow row is written first, so its id can be printed at once and every path reports into it.
Everything a user can get wrong is checked before that row exists (`preflight`): the request, the
options, the network, the deployer key, the RPC and the deployer's balance. A refused request leaves
no row behind.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from agents.models import WorkflowOptions
from hyperagent.db import repository
from hyperagent.errors import ConfigurationError, InsufficientFundsError, InvalidInputError, InvalidRequestError

DEPLOYMENT_NAME = "contract-lifecycle/default"
TERMINAL = ("completed", "failed", "cancelled")


def validate_request(prompt: str, options: dict[str, Any]) -> dict[str, Any]:
    """Reject bad input before any row is written: the request text and the options."""
    from hyperagent.settings import get_settings

    if not prompt or not prompt.strip():
        raise InvalidRequestError('empty request: describe the contract, e.g. "an ERC20 called Hyper, symbol HYP, '
                                  '1M supply"')
    limit = get_settings().max_prompt_bytes
    size = len(prompt.encode("utf-8"))
    if size > limit:
        raise InvalidRequestError(f"request too long: {size} bytes, the limit is {limit}; shorten it, or raise "
                                  "HYPERAGENT_MAX_PROMPT_BYTES")
    try:
        validated = WorkflowOptions.model_validate(options)
    except ValueError as error:
        raise InvalidInputError(f"invalid options: {_first_validation_message(error)}") from None
    if validated.audit_tools is not None:
        from agents.audit.registry import parse_tools

        try:
            parse_tools(validated.audit_tools)
        except ValueError as error:
            raise InvalidInputError(f"invalid options: {error}") from None
    return validated.model_dump(mode="json", exclude_none=True)


def _first_validation_message(error: ValueError) -> str:
    if not hasattr(error, "errors"):
        return str(error)
    first = error.errors()[0]
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "__root__")
    message = str(first.get("msg", error)).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def parse_options_json(text: str | None) -> dict[str, Any]:
    """`--options '{"skip": ["audit"]}'`: a JSON object with the flow's option keys."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInputError(f"--options is not valid JSON ({error.msg} at character {error.pos}): "
                                'give an object, e.g. \'{"skip": ["audit"]}\'') from None
    if not isinstance(value, dict):
        raise InvalidInputError(f"--options must be a JSON object, not {type(value).__name__}: "
                                'e.g. \'{"skip": ["audit"]}\'')
    return value


def preflight(prompt: str, network: str, options: dict[str, Any]) -> dict[str, Any]:
    """Everything checkable before a row is written; returns the validated options.

    A deployment to another chain than the managed local one is checked for real: the key parses and
    is not a dev key, the RPC answers with the expected chain id, and the deployer holds some funds
    (the exact cost is known only after compilation; a balance too small for it fails the deployment
    stage with the amount needed).
    """
    from hyperagent.networks import resolve_network

    options = validate_request(prompt, options)
    target = resolve_network(network, rpc_url=options.get("rpc_url"), chain_id=options.get("chain_id"))
    if "deployment" not in options.get("skip", []) and not target.managed:
        check_deployer(target)
    return options


def check_deployer(target: Any) -> None:
    from agents.deployment.deployer import Deployer, format_amount
    from hyperagent.signing import resolve_signer

    signer = resolve_signer(target)
    w3, chain_id = Deployer(rpc_timeout=5.0).connect(target)
    try:
        balance = int(w3.eth.get_balance(signer.address))
    except Exception as error:  # noqa: BLE001 - requests' errors quote the URL: say what failed, not how
        from hyperagent.errors import NetworkError

        raise NetworkError(f"the RPC of network {target.name} did not answer eth_getBalance "
                           f"({type(error).__name__}): check the node") from None
    if balance == 0:
        raise InsufficientFundsError(f"the deployer {signer.address} has {format_amount(0, target.currency)} on "
                                     f"{target.name} (chain {chain_id}): fund it and retry, or --skip deployment")


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
    Prefect's own flow-run heartbeat is off here: a workflow's liveness is the workflow row's heartbeat
    (tasks/tracking.py, read by flows/reconcile.py), and Prefect's heartbeat thread sleeps in 1 s steps that
    the engine joins when the run ends, which cost every run up to a second (bench/run.py's overhead).
    """
    from prefect.settings import (PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, PREFECT_LOCAL_STORAGE_PATH,
                                  temporary_settings)

    from tasks.caching import result_storage_path

    updates: dict[Any, Any] = {PREFECT_LOCAL_STORAGE_PATH: result_storage_path(),
                               PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
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
    if row["status"] in TERMINAL:
        raise InvalidInputError(f"workflow {workflow_id} already ended ({row['status']}): nothing to cancel")
    repository.update_workflow(workflow_id, status="cancelled")
    if row.get("flow_run_id") and api_url:
        set_flow_run_state(row["flow_run_id"], api_url, "cancelling", "cancelled by hyperagent")
    return repository.get_workflow(workflow_id)


def prepare_resume(workflow_id: str) -> dict[str, Any]:
    """Make an ended workflow runnable again under the same id (see docs/reliability.md).

    Why the same id: its deployment row is the journal of any transaction already sent, so the rerun
    finds that transaction instead of deploying twice. The earlier attempt's contract, audit and test
    rows are removed (the rerun writes them again, mostly from Prefect's cache), so the workflow keeps
    one row per stage.
    """
    row = repository.get_workflow(workflow_id)
    if row["status"] == "completed":
        raise InvalidInputError(f"workflow {workflow_id} already completed: nothing to resume "
                                "(start a new one with `hyperagent workflow create`)")
    if row["status"] not in ("failed", "cancelled"):
        raise InvalidInputError(f"workflow {workflow_id} is still {row['status']}: wait for it, or "
                                f"`hyperagent workflow cancel {workflow_id}` first")
    repository.reset_for_resume(workflow_id)
    return repository.get_workflow(workflow_id)


def set_flow_run_state(flow_run_id: str, api_url: str, state: str, message: str) -> bool:
    """Move a Prefect flow run to Cancelling or Crashed unless it already ended; False when unreachable."""
    from prefect.client.orchestration import get_client
    from prefect.states import Cancelling, Crashed

    make = {"cancelling": Cancelling, "crashed": Crashed}[state]
    try:
        with prefect_api(api_url), get_client(sync_client=True) as client:
            run = client.read_flow_run(uuid.UUID(flow_run_id))
            if not run.state or not run.state.is_final():
                client.set_flow_run_state(run.id, make(message=message), force=True)
        return True
    except Exception:  # noqa: BLE001 - no shared API (a run in a process of its own): the row is the record
        return False


if __name__ == "__main__":
    from hyperagent import logs
    from hyperagent.stack.prefect_server import ensure_api

    logs.configure()
    run_in_process(sys.argv[1], ensure_api())
