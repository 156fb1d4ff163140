"""`hyperagent networks` (where a contract can go, and what each place still needs) and
`hyperagent verify WORKFLOW_ID` (submit a deployment's sources to the network's explorer)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated, Any

import typer

CHECK_TIMEOUT = 3.0


def register(app: typer.Typer) -> None:
    app.command("networks")(networks)
    app.command("verify")(verify)


def networks(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    check: Annotated[bool, typer.Option("--check/--no-check", help="Ask each RPC (short timeout).")] = True,
) -> None:
    """The networks you can deploy to, and what each still needs: an RPC, a key, funds."""
    rows = collect_networks(check=check)
    if as_json:
        typer.echo(json.dumps({"networks": rows}))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False)
    table.add_column("name", no_wrap=True)
    table.add_column("chain id", no_wrap=True)
    for column in ("rpc", "explorer", "needs"):
        table.add_column(column, overflow="fold")
    for row in rows:
        needs = ", ".join(row["needs"]) if row["needs"] else "[green]ready[/]"
        table.add_row(row["name"], str(row["chain_id"]), row["rpc_url"] or "-", row["explorer_url"] or "-", needs)
    console = Console()
    console.print(table)
    for row in rows:
        for hint in row["hints"]:
            console.print(f"  {row['name']}: {hint}", highlight=False)


def collect_networks(check: bool = True) -> list[dict[str, Any]]:
    from hyperagent.networks import load_networks

    configs = list(load_networks().values())
    if not check:
        return [_row(config, None) for config in configs]
    with ThreadPoolExecutor(max_workers=min(8, len(configs))) as pool:
        probes = list(pool.map(_probe, configs))
    return [_row(config, probe) for config, probe in zip(configs, probes, strict=True)]


def _probe(config: Any) -> dict[str, Any]:
    """Chain id and the deployer's balance, each with a short timeout; never raises."""
    from hyperagent.toolchain.anvil import local_chain_status, rpc_call, rpc_chain_id

    url = config.rpc_url
    if config.managed:
        status = local_chain_status()
        if not status["running"]:
            return {"reachable": None, "chain_id": None, "balance": None, "address": None}
        url = status["rpc_url"]
    if not url:
        return {"reachable": False, "chain_id": None, "balance": None, "address": None}
    chain_id = rpc_chain_id(url, timeout=CHECK_TIMEOUT)
    probe: dict[str, Any] = {"reachable": chain_id is not None, "chain_id": chain_id, "balance": None,
                             "address": None, "url": url}
    address = _deployer_address(config)
    if chain_id is not None and address:
        probe["address"] = address
        try:
            probe["balance"] = int(rpc_call(url, "eth_getBalance", [address, "latest"], timeout=CHECK_TIMEOUT), 16)
        except Exception:  # noqa: BLE001 - a listing must not fail on one slow RPC
            probe["balance"] = None
    return probe


def _deployer_address(config: Any) -> str | None:
    """The address a deployment would use, or None when no key is configured (or it is unusable)."""
    import os

    from hyperagent.errors import ConfigurationError
    from hyperagent.signing import ENV_KEY, dev_signer, signer_from_key

    if config.is_local:
        return dev_signer(0).address
    key = os.environ.get(ENV_KEY, "").strip()
    if not key:
        return None  # a Prefect block key is not read just to list networks
    try:
        return signer_from_key(key, ENV_KEY).address
    except ConfigurationError:
        return None


def _row(config: Any, probe: dict[str, Any] | None) -> dict[str, Any]:
    """`needs`: short labels for the table (RPC, key, funds); `hints`: how to provide each."""
    from hyperagent.networks import env_var, redact_url
    from hyperagent.signing import ENV_BLOCK, ENV_KEY, key_configured

    needs: list[str] = []
    hints: list[str] = []
    if config.managed:
        rpc = (probe or {}).get("url") or "managed anvil"
        if probe is not None and probe["reachable"] is None:
            hints.append("the local chain starts on the first deployment (or `hyperagent up`)")
    else:
        rpc = redact_url(config.rpc_url)
        if not config.rpc_url:
            needs.append("RPC")
            hints.append(f"set {env_var(config.name)}")
        elif probe is not None and not probe["reachable"]:
            needs.append("RPC (unreachable)")
            hints.append(f"{rpc} did not answer: set {env_var(config.name)} to a working endpoint")
        elif probe is not None and probe["chain_id"] != config.chain_id:
            needs.append(f"RPC (answers chain {probe['chain_id']})")
            hints.append(f"{rpc} is not chain {config.chain_id}: set {env_var(config.name)}")
        if not key_configured():
            needs.append("key")
            hints.append(f"set {ENV_KEY}, or {ENV_BLOCK} to a Prefect Secret block's name")
    balance = (probe or {}).get("balance")
    if probe is not None and probe.get("address") and balance == 0:
        needs.append("funds")
        hints.append(f"send {config.currency} to {probe['address']}")
    return {"name": config.name, "chain_id": config.chain_id, "rpc_url": rpc, "explorer_url": config.explorer_url,
            "explorer_api_url": config.explorer_api_url, "confirmations": config.confirmations,
            "fee_model": config.fee_model, "is_local": config.is_local, "currency": config.currency,
            "reachable": (probe or {}).get("reachable"), "deployer": (probe or {}).get("address"),
            "balance_wei": str(balance) if balance is not None else None, "needs": needs, "hints": hints}


def verify(
    workflow_id: Annotated[str, typer.Argument(help="The workflow whose deployment to verify.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the request instead of sending it.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Submit a deployment's standard-JSON input to the network's Etherscan-compatible explorer."""
    from agents.deployment import verify as verification
    from hyperagent.errors import ConfigurationError, WorkflowNotFoundError
    from hyperagent.networks import resolve_network

    key = None if dry_run else verification.api_key()
    from hyperagent.db import repository

    row = repository.find_deployment(workflow_id)
    if row is None:
        raise WorkflowNotFoundError(f"workflow {workflow_id} has no deployment: "
                                    "`hyperagent workflow status ID` shows how far it got")
    network = resolve_network(row["network"]) if row.get("network") not in (None, "custom") else None
    if network is None:
        raise ConfigurationError("this deployment went to an ad hoc RPC: add the chain to "
                                              "<data dir>/networks.toml with an explorer_api_url to verify it")
    request = verification.request_from_deployment(row, network)
    if dry_run:
        typer.echo(json.dumps(request.summary(), indent=None if as_json else 2))
        return
    guid = verification.submit_verification(request, key)
    result = {"workflow_id": workflow_id, "address": row["address"], "network": network.name, "guid": guid,
              "explorer": network.address_link(row["address"])}
    typer.echo(json.dumps(result) if as_json else
               f"submitted {row['address']} on {network.name} for verification (guid {guid}); "
               f"see {result['explorer'] or network.explorer_api_url}")
