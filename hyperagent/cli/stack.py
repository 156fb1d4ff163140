"""`hyperagent up | down | status`: the local stack and what this machine has."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer


def register(app: typer.Typer) -> None:
    app.command()(up)
    app.command()(down)
    app.command()(status)


def up(deploy: Annotated[bool, typer.Option(help="Deploy prefect.yaml after start.")] = True) -> None:
    """Start PostgreSQL, the Prefect server, a worker and the local chain; deploy prefect.yaml.

    Idempotent: a part already up is reused; a worker polling an older server is replaced.
    """
    import time

    from hyperagent.db.engine import database_url, ensure_schema, masked
    from hyperagent.stack import prefect_server, worker
    from hyperagent.toolchain.anvil import ensure_local_chain

    started = time.monotonic()
    ensure_schema()
    typer.echo(f"postgresql   {masked(database_url())}")
    api_url = prefect_server.ensure_server()
    typer.echo(f"prefect      API {api_url}   UI {api_url.removesuffix('/api')}")
    typer.echo(f"             database {prefect_server.server_status()['database']}")
    worker.ensure_work_pool(api_url)
    typer.echo(f"worker       pid {worker.ensure_worker(api_url)}, pool '{worker.WORK_POOL}' (process), "
               f"polls every {worker.QUERY_SECONDS} s")
    typer.echo(f"chain        {ensure_local_chain()} (anvil, chain id 31337)")
    if deploy:
        worker.deploy_all(api_url)
        typer.echo("deployments  contract-lifecycle/default, audit-contract/default "
                   "(on event hyperagent.contract.submitted), reaudit-deployments/nightly (cron 0 3 * * * UTC)")
    typer.echo(f"ready in {time.monotonic() - started:.1f} s; "
               f"try: PREFECT_API_URL={api_url} prefect deployment run 'contract-lifecycle/default' "
               "--param prompt=\"...\" --watch")


def down(grace: Annotated[float, typer.Option(help="Seconds between TERM and KILL.")] = 10.0) -> None:
    """Stop the worker, the Prefect server, the local model, the local chain and the embedded PostgreSQL."""
    from hyperagent.db import embedded
    from hyperagent.stack import model_server, prefect_server, processes, worker
    from hyperagent.toolchain.anvil import stop_local_chain

    parts = [("worker", lambda: processes.stop_service(worker.SERVICE, grace)),
             ("prefect server", lambda: processes.stop_service(prefect_server.SERVICE, grace)),
             ("local model", lambda: model_server.stop_model_server(grace)),
             ("local chain", stop_local_chain)]
    external = os.environ.get("HYPERAGENT_DATABASE_URL") or os.environ.get("HYPERAGENT_DATABASE_BLOCK")
    if not external:
        parts.append(("postgresql", lambda: _stop_postgres(embedded, grace)))
    for name, stop in parts:
        typer.echo(f"{name:15} {'stopped' if stop() else 'not running'}")
    if external:
        typer.echo(f"{'postgresql':15} external (HYPERAGENT_DATABASE_URL): left running")


def _stop_postgres(embedded: Any, grace: float) -> bool:
    """pg_ctl's fast shutdown; if pg_ctl cannot (it runs as another user, who may have lost access to the
    data dir's parents), signal the postmaster itself: SIGINT (fast shutdown), then SIGKILL after `grace`."""
    import signal
    import time

    from hyperagent.errors import DatabaseError
    from hyperagent.stack.processes import pid_alive

    try:
        return embedded.stop()
    except DatabaseError:
        try:
            pid = int((embedded.cluster_dir() / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            raise
        for sig in (signal.SIGINT, signal.SIGKILL):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                return True
            deadline = time.monotonic() + grace
            while time.monotonic() < deadline and pid_alive(pid):
                time.sleep(0.1)
            if not pid_alive(pid):
                return True
        return True


def status(as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False) -> None:
    """What runs where, and the versions of the tools."""
    report = collect_status()
    if as_json:
        typer.echo(json.dumps(report))
        return
    pg = report["postgresql"]
    typer.echo(f"postgresql     {report['database_url']} "
               f"({'external' if not pg['embedded'] else 'running' if pg['running'] else 'not running'})")
    typer.echo(f"prefect api    {report['prefect_api_url'] or 'not running (`hyperagent up`)'}")
    if report["prefect"]["ui_url"]:
        typer.echo(f"prefect ui     {report['prefect']['ui_url']}")
    typer.echo(f"worker         {'running, pid %s' % report['worker']['pid'] if report['worker']['running'] else 'not running'}")
    typer.echo(f"chain          {report['chain']['rpc_url'] or '-'} "
               f"({'running' if report['chain']['running'] else 'not running'})")
    llm = report["llm_server"]
    typer.echo(f"local model    {llm['base_url'] + ' (running, pid %s)' % llm['pid'] if llm['running'] else 'not running'}"
               + (f", {Path(llm['model']).name}, n_ctx {llm['n_ctx']}" if llm["running"] and llm["model"] else "")
               + f"; log {llm['log']}")
    if report["deployments"]:
        typer.echo(f"deployments    {', '.join(report['deployments'])}")
    for tool, version in report["tools"].items():
        typer.echo(f"{tool:14} {version or 'missing: run `make setup`'}")


def collect_status() -> dict[str, Any]:
    from hyperagent.db import embedded
    from hyperagent.db.engine import database_url, masked
    from hyperagent.stack import model_server, prefect_server, worker
    from hyperagent.toolchain.anvil import AnvilRunner, local_chain_status
    from hyperagent.toolchain.forge import ForgeRunner
    from hyperagent.toolchain.mythril import MythrilRunner
    from hyperagent.toolchain.slither import SlitherRunner
    from hyperagent.toolchain.solc import SolcRunner

    external = bool(os.environ.get("HYPERAGENT_DATABASE_URL") or os.environ.get("HYPERAGENT_DATABASE_BLOCK"))
    if external:
        url, pg = masked(database_url()), {"embedded": False, "running": None}
    else:  # report, never start, the embedded server
        running = embedded.is_running()
        url = masked(database_url()) if running else f"embedded in {embedded.cluster_dir()} (stopped)"
        pg = {"embedded": True, "running": running, "cluster_dir": str(embedded.cluster_dir())}
    server = prefect_server.server_status()
    api_url = prefect_server.current_api_url()
    tools = {"solc": SolcRunner(), "slither": SlitherRunner(), "mythril": MythrilRunner(), "forge": ForgeRunner(),
             "anvil": AnvilRunner()}
    return {
        "database_url": url,
        "postgresql": pg,
        "prefect_api_url": api_url,
        "prefect": server,
        "worker": worker.worker_status(),
        "deployments": _deployments(api_url) if api_url else [],
        "chain": local_chain_status(),
        "llm_server": model_server.model_server_status(),
        "tools": {name: runner.version for name, runner in tools.items()},
        **{f"{name}_version": runner.version for name, runner in tools.items()},
    }


def _deployments(api_url: str) -> list[str]:
    """`flow/deployment` names on the server; [] when it does not answer."""
    import httpx

    try:
        flows = httpx.post(f"{api_url}/flows/filter", json={}, timeout=5).json()
        names = {flow["id"]: flow["name"] for flow in flows}
        found = httpx.post(f"{api_url}/deployments/filter", json={}, timeout=5).json()
        return sorted(f"{names.get(d['flow_id'], '?')}/{d['name']}" for d in found)
    except (httpx.HTTPError, ValueError, KeyError, TypeError):
        return []
