"""`hyperagent workflow create|status|list|cancel|resume`."""

from __future__ import annotations

import json
import sys
import threading
import time
from typing import Annotated, Any

import typer

from hyperagent.cli.render import console, print_summary, print_workflow_table

app = typer.Typer(help="Create and follow contract workflows.", no_args_is_help=True)


def _split(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [item.strip() for item in value.split(",") if item.strip()]


@app.command()
def create(
    prompt: Annotated[str, typer.Argument(help="What to build, in plain words.")],
    network: Annotated[str, typer.Option(help="Network name from `hyperagent networks`.")] = "local",
    rpc_url: Annotated[str | None, typer.Option(help="Deploy to any chain at this RPC URL.")] = None,
    chain_id: Annotated[int | None, typer.Option(help="Chain id the --rpc-url must answer with.")] = None,
    llm: Annotated[str | None, typer.Option(help="LLM: `local` (llama.cpp on this machine, `make llm`) or "
                                                 "provider:model, e.g. openai:gpt-4o-mini.")] = None,
    skip: Annotated[str | None, typer.Option(help="Stages to skip: audit,testing,deployment.")] = None,
    fail_on: Annotated[str | None, typer.Option(help="Audit gate: critical, high (default) or medium.")] = None,
    audit_tools: Annotated[str | None, typer.Option(help="Audit tools: slither,mythril,fuzz (echidna if installed).")] = None,
    on_tool_failure: Annotated[str | None, typer.Option(
        help="When an audit tool crashes or times out: fail (default: the gate fails) or warn.")] = None,
    allow_audit_failures: Annotated[bool, typer.Option(help="Deploy even if the audit gate fails.")] = False,
    allow_failing_tests: Annotated[bool, typer.Option(help="Deploy even if generated tests fail.")] = False,
    allow_partial: Annotated[bool, typer.Option(help="Deploy even if the contract would leave out something the "
                                                     "request asks for, or the model's and the rules' readings of it "
                                                     "disagree (what is left out is listed).")] = False,
    options_json: Annotated[str | None, typer.Option(
        "--options", help='The flow\'s options as a JSON object, e.g. \'{"skip": ["audit"]}\'; flags win.')] = None,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="Wait for the run to end.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Run the whole pipeline for PROMPT: generate, compile, audit, test, deploy.

    Exit 0 when the workflow completed, 1 when it failed or was cancelled, 2 for bad input, 3 when a
    tool, service, chain or the deployer's funds are missing.
    """
    from flows import submit

    flags: dict[str, Any] = {"skip": _split(skip), "fail_on": fail_on, "llm": llm, "rpc_url": rpc_url,
                             "chain_id": chain_id, "audit_tools": _split(audit_tools) or None,
                             "on_tool_failure": on_tool_failure,
                             "allow_audit_failures": allow_audit_failures or None,
                             "allow_failing_tests": allow_failing_tests or None,
                             "allow_partial": allow_partial or None}
    options = {**submit.parse_options_json(options_json), **{k: v for k, v in flags.items() if v is not None}}
    options = submit.preflight(prompt, network, options)
    api_url = _api_url(wait)  # a server that cannot start is refused before any row is written
    workflow_id = submit.create_workflow(prompt, network, options)
    _start(submit, workflow_id, wait, as_json, api_url)


@app.command()
def resume(workflow_id: Annotated[str, typer.Argument(help="Id of a failed or cancelled workflow.")],
           wait: Annotated[bool, typer.Option("--wait/--no-wait", help="Wait for the run to end.")] = True,
           as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False) -> None:
    """Run a failed, crashed or cancelled workflow again under the same id.

    Finished stages come back from Prefect's cache; a deployment transaction already sent is found
    again (never sent twice). Exit codes as for `create`.
    """
    from flows import submit
    from flows.reconcile import reconcile
    from hyperagent.db import repository
    from hyperagent.stack.prefect_server import current_api_url

    reconcile([repository.get_workflow(workflow_id)], current_api_url())
    api_url = _api_url(wait)
    row = submit.prepare_resume(workflow_id)
    _start(submit, str(row["id"]), wait, as_json, api_url)


def _api_url(wait: bool) -> str | None:
    """--wait: the Prefect API to run against (the project's server is started if down); --no-wait: the
    running one, if any (without one the run goes to a background process)."""
    from hyperagent.stack.prefect_server import current_api_url, ensure_api

    return ensure_api() if wait else current_api_url()


def _start(submit: Any, workflow_id: str, wait: bool, as_json: bool, api_url: str | None) -> None:
    if not wait:
        via = "deployment" if api_url and _submit(submit, workflow_id, api_url) else "background"
        if via == "background":
            submit.start_in_background(workflow_id)
        _emit({"workflow_id": workflow_id, "status": "created", "submitted_via": via} if as_json else None,
              f"workflow {workflow_id} submitted ({via}); follow it with `hyperagent workflow status {workflow_id}`")
        return

    if not as_json:
        console.print(f"workflow [bold]{workflow_id}[/]")
    from hyperagent import logs

    live = not as_json and sys.stdout.isatty() and not logs.verbose()
    row = _run_with_display(submit, workflow_id, api_url, live=live)
    result = _result_of(row)
    if as_json:
        typer.echo(json.dumps(result, default=str))
    else:
        print_summary(row, result)
        if row.get("flow_run_id"):
            console.print(f"  prefect   {api_url.removesuffix('/api')}/runs/flow-run/{row['flow_run_id']}")
    if row["status"] != "completed":
        _fail_line(row)
        raise typer.Exit(code=1)


def _fail_line(row: dict[str, Any]) -> None:
    """The one stderr line of a workflow that did not complete: what happened and where to look."""
    from hyperagent.errors import one_line
    from hyperagent.logs import log_file

    reason = one_line(row.get("error_message") or row["status"])
    stage = f" at {row['current_stage']}" if row.get("current_stage") and row["status"] == "failed" else ""
    typer.echo(f"error: workflow {row['id']} {row['status']}{stage}: {reason} (run log: {log_file()})", err=True)


def _submit(submit: Any, workflow_id: str, api_url: str) -> bool:
    try:
        return submit.submit_to_deployment(workflow_id, api_url) is not None
    except Exception:  # noqa: BLE001 - no deployment, or a server that went away: run in the background
        return False


def _emit(payload: dict[str, Any] | None, text: str) -> None:
    typer.echo(json.dumps(payload) if payload is not None else text)


def _run_with_display(submit: Any, workflow_id: str, api_url: str, live: bool) -> dict[str, Any]:
    if not live:
        return submit.run_in_process(workflow_id, api_url)
    from agents.models import STAGES
    from hyperagent.cli.render import StageProgress
    from hyperagent.db import repository

    outcome: dict[str, Any] = {}
    worker = threading.Thread(target=_safe_run, args=(submit, workflow_id, api_url, outcome), daemon=True)
    worker.start()
    with StageProgress(STAGES) as progress:
        while worker.is_alive():
            progress.update(repository.get_workflow(workflow_id))
            time.sleep(0.3)
        progress.update(repository.get_workflow(workflow_id))
    if "error" in outcome:
        raise outcome["error"]
    return repository.get_workflow(workflow_id)


def _safe_run(submit: Any, workflow_id: str, api_url: str, outcome: dict[str, Any]) -> None:
    try:
        submit.run_in_process(workflow_id, api_url)
    except BaseException as error:  # re-raised in the main thread
        outcome["error"] = error


def _result_of(row: dict[str, Any]) -> dict[str, Any]:
    result = dict(row.get("result") or {})
    result.setdefault("workflow_id", str(row["id"]))
    result["status"] = row["status"]
    result.setdefault("flow_run_id", row.get("flow_run_id"))
    result.setdefault("stages", row.get("stage_times") or {})
    if row.get("error_message"):
        result["error"] = row["error_message"]
    return result


def _reconciled(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from flows.reconcile import reconcile
    from hyperagent.stack.prefect_server import current_api_url

    if all(row["status"] in ("completed", "failed", "cancelled") for row in rows):
        return rows
    return reconcile(rows, current_api_url())


@app.command()
def status(workflow_id: Annotated[str, typer.Argument(help="Workflow id.")],
           as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False) -> None:
    """Show one workflow: status, stage, progress, and its result when it has ended.

    A run whose process died is found here and marked failed (`workflow resume ID` runs it again).
    """
    from hyperagent.db import repository

    [row] = _reconciled([repository.get_workflow(workflow_id)])
    if as_json:
        typer.echo(json.dumps({**_result_of(row), "current_stage": row.get("current_stage"),
                               "progress": row.get("progress")}, default=str))
    else:
        print_summary(row, _result_of(row))


@app.command("list")
def list_workflows(limit: Annotated[int, typer.Option(min=1, max=10000, help="How many, newest first.")] = 20,
                   as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False) -> None:
    """List recent workflows (a run whose process died is marked failed on the way)."""
    from hyperagent.db import repository

    rows = _reconciled(repository.list_workflows(limit=limit))
    if as_json:
        typer.echo(json.dumps([{k: row.get(k) for k in ("id", "status", "current_stage", "progress", "network",
                                                          "prompt", "created_at", "error_message")}
                               for row in rows], default=str))
    else:
        print_workflow_table(rows)


@app.command()
def cancel(workflow_id: Annotated[str, typer.Argument(help="Workflow id.")]) -> None:
    """Cancel a running workflow: no later stage starts, and nothing is deployed."""
    from flows import submit
    from hyperagent.stack.prefect_server import current_api_url

    row = submit.cancel(workflow_id, current_api_url())
    typer.echo(f"workflow {row['id']} cancelled")
