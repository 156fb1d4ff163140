"""`hyperagent up | down | status`: the local stack and what this machine has."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer


def register(app: typer.Typer) -> None:
    app.command()(up)
    app.command()(down)
    app.command()(status)


def up(deploy: Annotated[bool, typer.Option(help="Deploy prefect.yaml after start.")] = True) -> None:
    """Start PostgreSQL, the Prefect server, a worker and the local chain; deploy prefect.yaml."""
    from hyperagent.db.engine import database_url, ensure_schema
    from hyperagent.stack import prefect_server, worker
    from hyperagent.toolchain.anvil import ensure_local_chain

    ensure_schema()
    typer.echo(f"database     {_mask(database_url())}")
    api_url = prefect_server.ensure_server()
    typer.echo(f"prefect api  {api_url}   (UI {api_url.removesuffix('/api')})")
    worker.ensure_work_pool(api_url)
    typer.echo(f"worker       pid {worker.ensure_worker(api_url)} on pool '{worker.WORK_POOL}'")
    typer.echo(f"chain        {ensure_local_chain()}")
    if deploy:
        worker.deploy_all(api_url)
        typer.echo("deployments  contract-lifecycle/default, audit-contract/default, reaudit-deployments/nightly")


def down() -> None:
    """Stop the worker, the Prefect server, the local chain and the embedded PostgreSQL."""
    from hyperagent.db import embedded
    from hyperagent.stack import prefect_server, worker
    from hyperagent.toolchain.anvil import stop_local_chain

    for name, stop in (("worker", worker.stop_worker), ("prefect server", prefect_server.stop_server),
                       ("local chain", stop_local_chain), ("postgresql", embedded.stop)):
        typer.echo(f"{name:15} {'stopped' if stop() else 'not running'}")


def status(as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False) -> None:
    """What runs where, and the versions of the tools."""
    report = collect_status()
    if as_json:
        typer.echo(json.dumps(report))
        return
    typer.echo(f"database       {report['database_url']}")
    typer.echo(f"prefect api    {report['prefect_api_url'] or 'not running (`hyperagent up`)'}")
    typer.echo(f"worker         {'running' if report['worker']['running'] else 'not running'}")
    typer.echo(f"chain          {report['chain']['rpc_url'] or '-'} "
               f"({'running' if report['chain']['running'] else 'not running'})")
    for tool, version in report["tools"].items():
        typer.echo(f"{tool:14} {version or 'missing: run `make setup`'}")


def collect_status() -> dict[str, Any]:
    from hyperagent.db.engine import database_url
    from hyperagent.stack import prefect_server, worker
    from hyperagent.toolchain.anvil import AnvilRunner, local_chain_status
    from hyperagent.toolchain.forge import ForgeRunner
    from hyperagent.toolchain.mythril import MythrilRunner
    from hyperagent.toolchain.slither import SlitherRunner
    from hyperagent.toolchain.solc import SolcRunner

    tools = {"solc": SolcRunner(), "slither": SlitherRunner(), "mythril": MythrilRunner(), "forge": ForgeRunner(),
             "anvil": AnvilRunner()}
    return {
        "database_url": _mask(database_url()),
        "prefect_api_url": prefect_server.current_api_url(),
        "worker": {"running": worker.worker_running()},
        "chain": local_chain_status(),
        "tools": {name: runner.version for name, runner in tools.items()},
        **{f"{name}_version": runner.version for name, runner in tools.items()},
    }


def _mask(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
