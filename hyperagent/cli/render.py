"""How the CLI shows workflows to people: a live stage display, a summary, a table."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.live import Live
from rich.table import Table

console = Console()
err_console = Console(stderr=True)

STATUS_STYLE = {"completed": "green", "failed": "red", "cancelled": "yellow"}


class StageProgress:
    """A live table of the five stages, redrawn from the workflow row."""

    def __init__(self, stages: tuple[str, ...]) -> None:
        self.stages = stages
        self.live = Live(self._table(None), console=console, refresh_per_second=8, transient=False)

    def __enter__(self) -> "StageProgress":
        self.live.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.live.__exit__(*exc)

    def update(self, row: dict[str, Any]) -> None:
        self.live.update(self._table(row))

    def _table(self, row: dict[str, Any] | None) -> Table:
        table = Table(title=f"workflow {row['id']}" if row else "workflow", show_edge=False)
        table.add_column("stage")
        table.add_column("state")
        table.add_column("seconds", justify="right")
        times = (row or {}).get("stage_times") or {}
        current = (row or {}).get("current_stage")
        status = (row or {}).get("status", "created")
        skipped = set(((row or {}).get("options") or {}).get("skip") or [])
        for stage in self.stages:
            if stage in skipped:
                state = "[dim]skipped[/]"
            elif stage in times:
                state = "[green]done[/]"
            elif stage == current and status in ("failed", "cancelled"):
                state = f"[{STATUS_STYLE[status]}]{status}[/]"
            elif stage == current or (current in self.stages and self.stages.index(stage) < self.stages.index(current)
                                      and status not in ("failed", "cancelled", "completed")):
                state = "[cyan]running…[/]"  # an earlier stage not done yet runs beside the current one
            else:
                state = "[dim]waiting[/]"
            table.add_row(stage, state, f"{times[stage]:.1f}" if stage in times else "")
        table.caption = f"{status} · {(row or {}).get('progress', 0)}%"
        return table


def print_summary(row: dict[str, Any], result: dict[str, Any]) -> None:
    status = row["status"]
    console.print(f"[bold]workflow[/] {row['id']}  [{STATUS_STYLE.get(status, 'cyan')}]{status}[/]"
                  f"  ({row.get('progress', 0)}%, stage {row.get('current_stage') or '-'})")
    contract = result.get("contract") or {}
    if contract:
        console.print(f"  contract  {contract.get('name')}  (solc {contract.get('compiler_version')})")
    generation = result.get("generation") or {}
    if generation:
        console.print(f"  engine    {engine_line(generation)}")
    print_requirements(result)
    if contract.get("address"):
        network = result.get("network") or {}
        console.print(f"  address   {contract['address']} on {network.get('name')} (chain {network.get('chain_id')})")
        console.print(f"  tx        {contract.get('tx_hash')}  block {contract.get('block_number')}")
        if contract.get("proxy_kind"):
            console.print(f"  proxy     {contract['proxy_kind']}, implementation {contract.get('implementation_address')}"
                          + (f", ProxyAdmin {contract['proxy_admin']}" if contract.get("proxy_admin") else ""))
        on_chain = read_token_facts(network.get("rpc_url"), contract["address"], contract.get("abi") or [])
        if on_chain:
            console.print("  on chain  " + ", ".join(f"{name}() = {value}" for name, value in on_chain.items()))
    audit = result.get("audit")
    if audit:
        worst = ", ".join(f"{f['severity']}: {f['title']} (line {f['line']})" for f in audit["findings"]
                          if f["severity"] in ("critical", "high"))
        console.print(f"  audit     risk {audit['risk_score']}/100, {len(audit['findings'])} finding(s), "
                      f"{'passed' if audit['passed'] else 'gate failed'}" + (f" — {worst}" if worst else ""))
    tests = result.get("tests")
    if tests:
        coverage = "n/a" if tests.get("coverage") is None else f"{tests['coverage']:.0%}"
        console.print(f"  tests     {tests['passed']} passed, {tests['failed']} failed, line coverage {coverage}")
    stages = result.get("stages") or row.get("stage_times") or {}
    from agents.models import STAGES

    stages = {stage: stages[stage] for stage in STAGES if stage in stages}
    cached = set(result.get("cached_stages") or [])
    if stages:
        console.print("  stages    " + ", ".join(f"{k} {v:.1f}s" + (" (cached)" if k in cached else "")
                                                 for k, v in stages.items()))
    if row.get("error_message"):
        console.print(f"  [red]error[/]     {row['error_message']}")


def print_requirements(result: dict[str, Any]) -> None:
    """What the request asked for: the counts, and each requirement left out."""
    requirements = result.get("requirements") or []
    if not requirements:
        return
    from rich.markup import escape

    counts: dict[str, int] = {}
    for r in requirements:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    console.print(f"  asked     {len(requirements)} requirement(s): "
                  + ", ".join(f"{n} {status}" for status, n in counts.items()))
    for line in result.get("left_out") or []:
        console.print(f"  [yellow]left out[/]  {escape(line)}")
    for line in result.get("assumed") or []:
        console.print(f"  assumed   {escape(line)}")


def engine_line(generation: dict[str, Any]) -> str:
    """`template (templates/erc20)` or `llm local: compiled after 1 repair round(s), 2 answers, ...`."""
    llm = generation.get("llm")
    if not llm:
        return f"{generation.get('engine')} ({generation.get('template_id') or generation.get('family')})"
    return (f"{generation.get('engine')} {llm.get('model')}: compiled after {llm.get('compiled_after_round')} "
            f"repair round(s), {llm.get('answers')} answer(s), {llm.get('input_tokens')} tokens in / "
            f"{llm.get('output_tokens')} out, {llm.get('seconds')} s"
            + (f"; from {', '.join(generation['retrieved'])}" if generation.get("retrieved") else ""))


def print_workflow_table(rows: list[dict[str, Any]]) -> None:
    table = Table(show_edge=False)
    for column in ("id", "status", "stage", "progress", "created", "prompt"):
        table.add_column(column)
    for row in rows:
        status = row["status"]
        table.add_row(str(row["id"]), f"[{STATUS_STYLE.get(status, 'cyan')}]{status}[/]",
                      row.get("current_stage") or "-", f"{row.get('progress', 0)}%",
                      str(row.get("created_at", ""))[:19], (row.get("prompt") or "")[:60])
    console.print(table)


def read_token_facts(rpc_url: str | None, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
    """What the deployed contract itself says: name, symbol, decimals, totalSupply, owner when it has them."""
    views = {item["name"] for item in abi if item.get("type") == "function" and not item.get("inputs")
             and item.get("stateMutability") in ("view", "pure")}
    wanted = [name for name in ("name", "symbol", "decimals", "totalSupply", "owner") if name in views]
    if not rpc_url or not wanted:
        return {}
    try:
        from web3 import Web3

        contract = Web3(Web3.HTTPProvider(rpc_url, request_kwargs={"timeout": 5})).eth.contract(
            address=Web3.to_checksum_address(address), abi=abi)
        return {name: getattr(contract.functions, name)().call() for name in wanted}
    except Exception:  # the summary never fails because the chain went away
        return {}
