"""`make bench`: how long the pipeline takes on this machine, stage by stage, and whether it meets its targets.

Measures, against the project's long-lived Prefect server (started if down, and stopped again then):
  - the full pipeline (all audit tools) for `--workflows` different requests (default 20; ERC20 first, then
    other families): wall time, each stage's time, overhead = wall minus the time no stage was running
    (audit and testing overlap, so the stages' sum is not the busy time); per stage p50, p95 and p99 beside
    its SLA (HYPERAGENT_SLA_*), and the SLA breaches seen (`hyperagent.<stage>.sla-exceeded` events);
  - the first request again (cached: the same source, tool versions and settings);
  - audit throughput: contracts per minute on tests/data/vulnerable (AuditService.audit_paths, audit cache off);
  - generation time per request (GenerationService, offline engine);
  - four workflows submitted at once: through the `contract-lifecycle/default` deployment when the stack is
    up (`hyperagent up`), else four background processes; all must complete.
Prints a table and writes bench/results.json. Requests carry a per-run word in the token name, so a
"first" run never hits a cache left by an earlier bench.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import string
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from collections.abc import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STAGES = ("generation", "compilation", "audit", "testing", "deployment")
TERMINAL = ("completed", "failed", "cancelled")
TARGETS = {"pipeline_median_s": 25.0, "overhead_pct": 10.0, "cached_ratio": 0.10}
REQUESTS = [
    "Create an ERC20 token called {w} Orbit with symbol ORB and 1,000,000 supply, burnable",
    "An ERC20 named {w} Nimbus, symbol NMB, 21 million supply, mintable by the owner, pausable",
    "ERC20 token {w} Lumen (LUM) with 500000 supply, burnable and capped at 2,000,000",
]
MORE_REQUESTS = [
    "ERC20 token {w} Tide with symbol TID and 3 million supply, mintable and burnable",
    "An ERC721 collection called {w} Pets with symbol PET, mintable by the owner",
    "Create an ERC20 named {w} Grain, symbol GRN, 750k supply, pausable, with permit",
    "ERC1155 multi-token contract {w} Items with URI https://example.com/items/{{id}}.json, mintable by the owner",
    "Please create a fungible token. Name: {w} Watt. Symbol: WAT. Supply: 2,000,000.",
]
CONCURRENT = "ERC20 token called {w} Swarm {n} with symbol SW{n} and {supply} supply"


def word() -> str:
    return "".join(random.choice(string.ascii_lowercase) for _ in range(5)).capitalize()


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ---- measurements ------------------------------------------------------------------------------

def generation_times(prompts: list[str]) -> list[dict[str, Any]]:
    from agents.generation import GenerationService

    service = GenerationService()
    service.generate(prompts[0])  # imports and template loading are paid once per process, not per request
    rows = []
    for prompt in prompts:
        started = time.perf_counter()
        draft = service.generate(prompt)
        rows.append({"prompt": prompt, "contract": draft.contract_name,
                     "seconds": round(time.perf_counter() - started, 4)})
    return rows


def pipeline_prompts(tag: str, count: int) -> list[str]:
    """`count` different requests: the three ERC20 ones first, then other styles and families."""
    templates = REQUESTS + MORE_REQUESTS
    return [templates[i % len(templates)].format(w=f"{tag}{'' if i < len(templates) else i}") for i in range(count)]


def pipeline_run(prompt: str, api_url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    from flows import submit
    from hyperagent.db import repository

    workflow_id = submit.create_workflow(prompt, "local", options or {})
    started = time.perf_counter()
    submit.run_in_process(workflow_id, api_url)
    wall = time.perf_counter() - started
    row = repository.get_workflow(workflow_id)
    stages = {name: round(float(seconds), 2) for name, seconds in (row.get("stage_times") or {}).items()}
    busy = busy_seconds(stages)
    return {"workflow_id": workflow_id, "prompt": prompt, "status": row["status"],
            "error": row.get("error_message"), "wall_s": round(wall, 2), "stages": stages,
            "stages_sum_s": round(sum(stages.values()), 2), "busy_s": round(busy, 2),
            "overhead_s": round(wall - busy, 2), "overhead_pct": round(100 * (wall - busy) / wall, 1) if wall else None}


def busy_seconds(stages: dict[str, float]) -> float:
    """Time some stage was running: audit and testing run side by side, so they count as the longer one."""
    side_by_side = max(stages.get("audit", 0.0), stages.get("testing", 0.0))
    return sum(v for k, v in stages.items() if k not in ("audit", "testing")) + side_by_side


def percentile(values: list[float], q: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 2)


def stage_percentiles(runs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """p50/p95/p99 of each stage over the runs that went through it, beside its SLA."""
    from hyperagent.settings import get_settings

    table = {}
    for stage in STAGES:
        times = sorted(r["stages"][stage] for r in runs if stage in r["stages"])
        limit = get_settings().sla(stage)
        table[stage] = {"n": len(times), "p50": percentile(times, 50), "p95": percentile(times, 95),
                        "p99": percentile(times, 99), "max": times[-1] if times else None, "sla_s": limit,
                        "over_sla": sum(1 for t in times if t > limit)}
    return table


def sla_breaches(api_url: str, since: str) -> list[dict[str, Any]]:
    """The `hyperagent.<stage>.sla-exceeded` events the server stored since `since` (ISO time)."""
    import httpx

    names = [f"hyperagent.{stage}.sla-exceeded" for stage in STAGES]
    response = httpx.post(f"{api_url}/events/filter", timeout=30, json={
        "filter": {"event": {"name": names}, "occurred": {"since": since}}, "limit": 50})
    found: list[dict[str, Any]] = []
    while True:
        response.raise_for_status()
        page = response.json()
        found += page.get("events", [])
        if not page.get("next_page"):
            break
        response = httpx.get(page["next_page"], timeout=30)
    return [{"event": e["event"], **{k: e["payload"].get(k) for k in ("workflow_id", "limit_s", "elapsed_s",
                                                                     "unfinished")}} for e in found]


@contextmanager
def audit_cache_off() -> Iterator[None]:
    """Point the audit cache at an empty temp dir, so throughput measures the tools, not the cache."""
    from agents.audit import cache

    original = cache.cache_dir
    with tempfile.TemporaryDirectory(prefix="hyperagent-bench-cache-") as folder:
        cache.cache_dir = lambda: Path(folder)
        try:
            yield
        finally:
            cache.cache_dir = original


def audit_throughput(corpus: Path, tools: list[str] | None) -> dict[str, Any]:
    from agents.audit.service import AuditService

    with audit_cache_off():
        started = time.perf_counter()
        results = AuditService().audit_paths([corpus], tools=tools)
        seconds = time.perf_counter() - started
    errors = [r.path for r in results if r.error]
    return {"corpus": str(corpus.relative_to(ROOT)), "tools": tools or "default (all)", "files": len(results),
            "errors": len(errors), "seconds": round(seconds, 1),
            "contracts_per_minute": round(60 * len(results) / seconds, 1) if seconds else None,
            "findings": sum(len(r.report.findings) for r in results if r.report is not None)}


def concurrent_runs(api_url: str, count: int, options: dict[str, Any], timeout: float) -> dict[str, Any]:
    from flows import submit
    from hyperagent.db import repository
    from hyperagent.stack.worker import worker_running

    tag = word()
    prompts = [CONCURRENT.format(w=tag, n=n, supply=(n + 1) * 100_000) for n in range(1, count + 1)]
    via = "deployment" if worker_running() else "background processes"
    started = time.perf_counter()
    ids = []
    for prompt in prompts:
        workflow_id = submit.create_workflow(prompt, "local", options)
        if via == "deployment" and submit.submit_to_deployment(workflow_id, api_url) is None:
            via = "background processes"
        if via != "deployment":
            submit.start_in_background(workflow_id)
        ids.append(workflow_id)
    submitted = time.perf_counter() - started
    ended: dict[str, float] = {}
    rows: dict[str, dict[str, Any]] = {}
    while len(ended) < len(ids) and time.perf_counter() - started < timeout:
        for workflow_id in ids:
            if workflow_id not in ended:
                rows[workflow_id] = repository.get_workflow(workflow_id)
                if rows[workflow_id]["status"] in TERMINAL:
                    ended[workflow_id] = time.perf_counter() - started
        time.sleep(1)
    runs = [{"workflow_id": w, "status": rows[w]["status"], "seconds": round(ended.get(w, float("nan")), 1),
             "error": rows[w].get("error_message"),
             "stages": {k: round(float(v), 2) for k, v in (rows[w].get("stage_times") or {}).items()}}
            for w in ids]
    return {"via": via, "count": count, "submit_s": round(submitted, 2),
            "wall_s": round(max(ended.values(), default=time.perf_counter() - started), 1),
            "completed": sum(1 for r in runs if r["status"] == "completed"), "runs": runs}


# ---- output ------------------------------------------------------------------------------------

def table(results: dict[str, Any]) -> str:
    lines = []
    head = f"{'run':<26}{'status':<11}{'wall s':>8}" + "".join(f"{s[:7]:>9}" for s in STAGES) + f"{'overh s':>9}{'overh %':>9}"
    lines.append(head)
    lines.append("-" * len(head))
    named = [(f"request {i + 1}", r) for i, r in enumerate(results["pipeline"])] + \
            [("request 1 again (cached)", results["cached"])]
    for label, run in named:
        lines.append(f"{label:<26}{run['status']:<11}{run['wall_s']:>8.1f}"
                     + "".join(f"{run['stages'].get(s, 0):>9.2f}" for s in STAGES)
                     + f"{run['overhead_s']:>9.2f}{run['overhead_pct']:>9.1f}")
    summary = results["summary"]
    lines.append("")
    lines.append(f"{'stage':<14}{'n':>4}{'p50 s':>9}{'p95 s':>9}{'p99 s':>9}{'max s':>9}{'SLA s':>9}{'over':>6}")
    for stage, row in results["stage_percentiles"].items():
        cells = "".join(f"{row[k]:>9.2f}" if row[k] is not None else f"{'-':>9}" for k in ("p50", "p95", "p99", "max"))
        lines.append(f"{stage:<14}{row['n']:>4}{cells}{row['sla_s']:>9.0f}{row['over_sla']:>6}")
    breaches = results.get("sla_breaches", [])
    lines.append(f"SLA breaches (events)    {len(breaches)}"
                 + "".join(f"\n  {b['event']} workflow {b['workflow_id']} ({b['elapsed_s']} s > {b['limit_s']} s)"
                           + (f" unfinished: {', '.join(b['unfinished'])}" if b.get("unfinished") else "")
                           for b in breaches))
    lines.append(f"pipeline median          {summary['pipeline_median_s']:.1f} s   (target <= {TARGETS['pipeline_median_s']:.0f} s)"
                 f"  {'ok' if summary['pipeline_median_ok'] else 'MISSED'}")
    lines.append(f"overhead (max)           {summary['overhead_pct_max']:.1f} %   (target <= {TARGETS['overhead_pct']:.0f} %)"
                 f"  {'ok' if summary['overhead_ok'] else 'MISSED'}")
    lines.append(f"cached / first           {summary['cached_ratio']:.2f}     (target <= {TARGETS['cached_ratio']})"
                 f"  {'ok' if summary['cached_ok'] else 'MISSED'}")
    gen = results["generation"]
    lines.append("generation per request   " + ", ".join(f"{g['seconds'] * 1000:.1f} ms" for g in gen))
    if results.get("audit_throughput"):
        a = results["audit_throughput"]
        lines.append(f"audit throughput         {a['contracts_per_minute']} contracts/min ({a['files']} files, "
                     f"{a['errors']} not auditable, {a['seconds']} s, tools {a['tools']})")
    if results.get("concurrent"):
        c = results["concurrent"]
        lines.append(f"{c['count']} at once ({c['via']})  {c['completed']}/{c['count']} completed in {c['wall_s']} s "
                     f"(submitted in {c['submit_s']} s): " + ", ".join(f"{r['seconds']} s" for r in c["runs"]))
    return "\n".join(lines)


def summarize(results: dict[str, Any]) -> dict[str, Any]:
    walls = [r["wall_s"] for r in results["pipeline"]]
    median = statistics.median(walls)
    overhead = max(r["overhead_pct"] for r in results["pipeline"] if r["status"] == "completed")
    first = results["pipeline"][0]["wall_s"]
    ratio = results["cached"]["wall_s"] / first if first else float("inf")
    completed = all(r["status"] == "completed" for r in results["pipeline"] + [results["cached"]])
    summary = {"pipeline_median_s": round(median, 1), "pipeline_median_ok": median <= TARGETS["pipeline_median_s"],
               "overhead_pct_max": overhead, "overhead_ok": overhead <= TARGETS["overhead_pct"],
               "cached_ratio": round(ratio, 3), "cached_ok": ratio <= TARGETS["cached_ratio"],
               "all_pipeline_runs_completed": completed}
    if results.get("concurrent"):
        c = results["concurrent"]
        summary["concurrent_all_completed"] = c["completed"] == c["count"]
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description="HyperAgent benchmark")
    parser.add_argument("--audit-tools", help="tools for the throughput run (default: all)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "vulnerable")
    parser.add_argument("--options", type=json.loads, default={},
                        help='workflow options for every run, e.g. \'{"audit_tools": ["slither"]}\' (default: all tools)')
    parser.add_argument("--workflows", type=int, default=20, help="pipeline runs for the per-stage percentiles")
    parser.add_argument("--concurrent", type=int, default=4)
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-concurrent", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()

    from hyperagent.stack import mythril_server, prefect_server
    from hyperagent.toolchain.anvil import local_chain_status, stop_local_chain

    server_was_up = prefect_server.current_api_url() is not None
    chain_was_up = local_chain_status()["running"]
    mythril_was_warm = mythril_server.running_socket() is not None
    mythril_server.ensure_mythril_server()  # what `hyperagent up` gives a user: Mythril without its import cost
    api_url = prefect_server.ensure_api()
    tag = word()
    prompts = pipeline_prompts(tag, max(args.workflows, len(REQUESTS)))
    results: dict[str, Any] = {"started_at": datetime.now(UTC).isoformat(timespec="seconds"),
                               "machine": {"cpus": __import__("os").cpu_count(), "python": platform.python_version()},
                               "prefect_api_url": api_url, "options": args.options, "targets": TARGETS}
    try:
        log("generation ...")
        results["generation"] = generation_times(prompts[:len(REQUESTS)])
        results["pipeline"] = []
        for number, prompt in enumerate(prompts, 1):
            log(f"pipeline {number}/{len(prompts)}: {prompt}")
            results["pipeline"].append(pipeline_run(prompt, api_url, args.options))
        log("pipeline again (cached) ...")
        results["cached"] = pipeline_run(prompts[0], api_url, args.options)
        results["stage_percentiles"] = stage_percentiles(results["pipeline"])
        results["sla_breaches"] = sla_breaches(api_url, results["started_at"])
        if not args.skip_throughput:
            log(f"audit throughput on {args.corpus} ...")
            tools = [t.strip() for t in args.audit_tools.split(",")] if args.audit_tools else None
            results["audit_throughput"] = audit_throughput(args.corpus.resolve(), tools)
        if not args.skip_concurrent:
            log(f"{args.concurrent} workflows at once ...")
            results["concurrent"] = concurrent_runs(api_url, args.concurrent, args.options, timeout=900)
        results["summary"] = summarize(results)
    finally:
        if not server_was_up:
            prefect_server.stop_server()
        if not chain_was_up:
            stop_local_chain()
        if not mythril_was_warm:
            mythril_server.stop_mythril_server()
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(table(results))
    print(f"\nwritten: {args.out}")
    summary = results["summary"]
    ok = summary["all_pipeline_runs_completed"] and summary.get("concurrent_all_completed", True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
