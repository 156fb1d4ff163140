"""`hyperagent workflow create|status|list|cancel`."""

from __future__ import annotations

import json
import sys
import threading
import time
from typing import Annotated, Any

import typer

from hyperagent.cli.render import console, print_summary, print_workflow_table

app = typer.Typer(help="Create and follow contract workflows.", no_args_is_help=True)



def _split(value: str | None) -> list[str]:
    return [item.strip() for item in (value or "").split(",") if item.strip()]


@app.command()
def create(
    prompt: Annotated[str, typer.Argument(help="What to build, in plain words.")],
    network: Annotated[str, typer.Option(help="Network name from `hyperagent networks`.")] = "local",
    rpc_url: Annotated[str | None, typer.Option(help="Deploy to any chain at this RPC URL.")] = None,
    chain_id: Annotated[int | None, typer.Option(help="Chain id the --rpc-url must answer with.")] = None,
    llm: Annotated[str | None, typer.Option(help="provider:model for the LLM engine, e.g. openai:gpt-4o-mini.")] = None,
    skip: Annotated[str | None, typer.Option(help="Stages to skip: audit,testing,deployment.")] = None,
    fail_on: Annotated[str, typer.Option(help="Audit gate: critical, high or medium.")] = "high",
    audit_tools: Annotated[str | None, typer.Option(help="Audit tools: slither,mythril,fuzz (echidna if installed).")] = None,
    allow_audit_failures: Annotated[bool, typer.Option(help="Deploy even if the audit gate fails.")] = False,
    allow_failing_tests: Annotated[bool, typer.Option(help="Deploy even if generated tests fail.")] = False,
    allow_partial: Annotated[bool, typer.Option(help="Deploy even if the contract would leave out something the "
                                                     "request asks for (what is left out is listed).")] = False,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="Wait for the run to end.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Run the whole pipeline for PROMPT: generate, compile, audit, test, deploy."""
    from flows import submit
    from hyperagent.networks import resolve_network

    options: dict[str, Any] = {"skip": _split(skip), "fail_on": fail_on, "llm": llm, "rpc_url": rpc_url,
                               "chain_id": chain_id, "audit_tools": _split(audit_tools) or None,
                               "allow_audit_failures": allow_audit_failures,
                               "allow_failing_tests": allow_failing_tests, "allow_partial": allow_partial}
    options = submit.validate_request(prompt, options)
    resolve_network(network, rpc_url=rpc_url, chain_id=chain_id)
    from hyperagent.stack.prefect_server import current_api_url, ensure_api

    if not wait:
        workflow_id = submit.create_workflow(prompt, network, options)
        api_url = current_api_url()
        via = "deployment" if api_url and _submit(submit, workflow_id, api_url) else "background"
        if via == "background":
            submit.start_in_background(workflow_id)
        _emit({"workflow_id": workflow_id, "status": "created", "submitted_via": via} if as_json else None,
              f"workflow {workflow_id} submitted ({via}); follow it with `hyperagent workflow status {workflow_id}`")
        return

    api_url = ensure_api()
    workflow_id = submit.create_workflow(prompt, network, options)
    if not as_json:
        console.print(f"workflow [bold]{workflow_id}[/]")
    row = _run_with_display(submit, workflow_id, api_url, live=not as_json and sys.stdout.isatty())
    result = _result_of(row)
    if as_json:
        typer.echo(json.dumps(result, default=str))
    else:
        print_summary(row, result)
        if row.get("flow_run_id"):
            console.print(f"  prefect   {api_url.removesuffix('/api')}/runs/flow-run/{row['flow_run_id']}")
    if row["status"] != "completed":
        raise typer.Exit(code=1)


def _submit(submit: Any, workflow_id: str, api_url: str) -> bool:
    try:
        return submit.submit_to_deployment(workflow_id, api_url) is not None
    except Exception:
        return False


def _emit(payload: dict[str, Any] | None, text: str) -> None:
    typer.echo(json.dumps(payload) if payload is not None else text)


def _run_with_display(submit: Any, workflow_id: str, api_url: str, live: bool) -> dict[str, Any]:
    if not live:
        return submit.run_in_process(workflow_id, api_url)
    from agents.models import STAGES
    from hyperagent.cli.render import StageProgress
    from hyperagent.db import repository

    _quiet_prefect_console()
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


def _quiet_prefect_console() -> None:
    """The live table replaces Prefect's run logs on the terminal (they still reach the UI)."""
    import os

    os.environ["PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"] = "WARNING"
    from prefect.logging.configuration import setup_logging

    setup_logging()


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


@app.command()
def status(workflow_id: Annotated[str, typer.Argument(help="Workflow id.")],
           as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False) -> None:
    """Show one workflow: status, stage, progress, and its result when it has ended."""
    from hyperagent.db import repository

    row = repository.get_workflow(workflow_id)
    if as_json:
        typer.echo(json.dumps({**_result_of(row), "current_stage": row.get("current_stage"),
                               "progress": row.get("progress")}, default=str))
    else:
        print_summary(row, _result_of(row))


@app.command("list")
def list_workflows(limit: Annotated[int, typer.Option(help="How many, newest first.")] = 20,
                   as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False) -> None:
    """List recent workflows."""
    from hyperagent.db import repository

    rows = repository.list_workflows(limit=limit)
    if as_json:
        typer.echo(json.dumps([{k: row.get(k) for k in ("id", "status", "current_stage", "progress", "network",
                                                          "prompt", "created_at")} for row in rows], default=str))
    else:
        print_workflow_table(rows)


@app.command()
def cancel(workflow_id: Annotated[str, typer.Argument(help="Workflow id.")]) -> None:
    """Cancel a running workflow: no later stage starts, and nothing is deployed."""
    from flows import submit
    from hyperagent.stack.prefect_server import current_api_url

    row = submit.cancel(workflow_id, current_api_url())
    typer.echo(f"workflow {row['id']} cancelled")
