"""What a workflow costs in CPU-seconds and memory, stage by stage and whole (docs/scaling.md's numbers).

CPU-seconds, unlike wall time, hardly change with how busy the machine is, so they are what capacity is
planned from. Two measurements:
  - each stage's work alone, one after the other, in this process (no Prefect): CPU of this process and of
    the tool processes it waited for (rusage), and the largest resident set among those tool processes;
    Mythril cold and warm (the fork server; its child's CPU read from the server's rusage of children);
  - whole workflows through the flow, with the Prefect server, PostgreSQL and the Mythril server measured
    as process trees (psutil), so the orchestration's own cost is counted too.
Prints a table and writes bench/costs.json. Usage: `python bench/costs.py [--workflows 3]`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PROMPT = "Create an ERC20 token called {w} Orbit with symbol ORB and 1,000,000 supply, burnable"


def cpu_of_this_process_and_children() -> tuple[float, float]:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


class PeakMemory(threading.Thread):
    """Samples the resident memory of this process's descendants (the tools) every 0.1 s; keeps the peak."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_mb = 0.0
        self.done = threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self.done.wait(0.1):
            total = 0
            for child in me.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    pass
            self.peak_mb = max(self.peak_mb, total / 2**20)


def measured(label: str, work: Any, rows: list[dict[str, Any]]) -> Any:
    own0, kids0 = cpu_of_this_process_and_children()
    sampler = PeakMemory()
    sampler.start()
    started = time.perf_counter()
    result = work()
    wall = time.perf_counter() - started
    sampler.done.set()
    sampler.join()
    own1, kids1 = cpu_of_this_process_and_children()
    rows.append({"piece": label, "wall_s": round(wall, 2), "cpu_s": round(own1 - own0 + kids1 - kids0, 2),
                 "tools_cpu_s": round(kids1 - kids0, 2), "peak_tools_rss_mb": round(sampler.peak_mb)})
    print(f"{label:32} cpu {rows[-1]['cpu_s']:6.2f} s  wall {wall:6.2f} s", file=sys.stderr, flush=True)
    return result


def tree_cpu(pid: int | None) -> float:
    """CPU-seconds of a process, its live children, and the children it has reaped."""
    import psutil

    if not pid:
        return 0.0
    try:
        root = psutil.Process(pid)
        total = sum(sum(p.cpu_times()[:4]) for p in [root, *root.children(recursive=True)])
        return total
    except psutil.Error:
        return 0.0


def tree_rss_mb(pid: int | None) -> float:
    import psutil

    if not pid:
        return 0.0
    try:
        root = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [root, *root.children(recursive=True)]) / 2**20
    except psutil.Error:
        return 0.0


def stage_pieces(word: str) -> list[dict[str, Any]]:
    from agents.audit.service import AuditService
    from agents.compilation import CompilationService
    from agents.generation import GenerationService
    from agents.testing.service import TestingService
    from hyperagent.toolchain import mythril as mythril_runner

    rows: list[dict[str, Any]] = []
    generator = GenerationService()
    generator.generate(PROMPT.format(w="Warmup"), {})
    draft = measured("generation (template engine)", lambda: generator.generate(PROMPT.format(w=word), {}), rows)
    compiled = measured("compilation (solc)", lambda: CompilationService().compile(draft), rows)
    audit = AuditService(use_cache=False)
    folder = Path(tempfile.mkdtemp(prefix="hyperagent-costs-"))
    path = folder / draft.file_name
    path.write_text(compiled.source)
    target = measured("audit: compile once (solc)", lambda: audit.prepare(path, base=folder,
                                                                          family=draft.spec.family), rows)
    target.draft, target.compiled = draft, compiled
    settings = audit.tool_settings(None)
    warm_socket = mythril_runner.mythril_socket
    mythril_runner.mythril_socket = lambda: folder / "no-server.sock"
    for tool in ("slither", "mythril", "fuzz"):
        measured(f"audit: {tool}" + (" (cold)" if tool == "mythril" else ""),
                 lambda: audit.run_tool(tool, target, settings), rows)
    mythril_runner.mythril_socket = warm_socket
    if warm_socket().exists():
        from hyperagent.stack.mythril_server import SERVICE
        from hyperagent.stack.processes import read_record

        server = read_record(SERVICE)
        before = tree_cpu(server.pid) if server else 0.0
        measured("audit: mythril (warm)", lambda: audit.run_tool("mythril", target, settings), rows)
        time.sleep(2)  # the forked child has answered; let it exit and be reaped, so its CPU is counted
        rows[-1]["cpu_s"] = round(rows[-1]["cpu_s"] + (tree_cpu(server.pid) if server else 0.0) - before, 2)
    measured("testing (forge build, test, coverage)",
             lambda: TestingService().run(draft, compiled, folder / "project"), rows)
    return rows


def whole_workflows(count: int, word: str) -> dict[str, Any]:
    from flows import submit
    from hyperagent.db import embedded
    from hyperagent.db import repository
    from hyperagent.stack import mythril_server, prefect_server
    from hyperagent.stack.processes import read_record

    api_url = prefect_server.ensure_api()
    server = read_record(prefect_server.SERVICE)
    mythril = read_record(mythril_server.SERVICE)
    postmaster = None
    try:
        postmaster = int((embedded.cluster_dir() / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        pass
    pids = {"prefect server": server.pid if server else None, "postgresql": postmaster,
            "mythril server": mythril.pid if mythril else None}
    before = {name: tree_cpu(pid) for name, pid in pids.items()}
    own0, kids0 = cpu_of_this_process_and_children()
    peak_rss = {name: tree_rss_mb(pid) for name, pid in pids.items()}
    started = time.perf_counter()
    statuses = []
    for number in range(count):
        workflow_id = submit.create_workflow(PROMPT.format(w=f"{word}{number}"), "local", {})
        submit.run_in_process(workflow_id, api_url)
        statuses.append(repository.get_workflow(workflow_id)["status"])
        peak_rss = {name: max(peak_rss[name], tree_rss_mb(pid)) for name, pid in pids.items()}
    wall = time.perf_counter() - started
    own1, kids1 = cpu_of_this_process_and_children()
    import psutil

    per = {"flow process (Prefect client, generation, deployment)": (own1 - own0) / count,
           "tool processes (solc, Slither, cold Mythril, forge)": (kids1 - kids0) / count}
    per.update({name: (tree_cpu(pid) - before[name]) / count for name, pid in pids.items()})
    return {"workflows": count, "statuses": statuses, "wall_s_each": round(wall / count, 2),
            "cpu_s_each": {k: round(v, 2) for k, v in per.items()}, "cpu_s_total_each": round(sum(per.values()), 2),
            "flow_process_rss_mb": round(psutil.Process().memory_info().rss / 2**20),
            "service_rss_mb_peak": {k: round(v) for k, v in peak_rss.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description="HyperAgent cost per stage and per workflow")
    parser.add_argument("--workflows", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "costs.json")
    args = parser.parse_args()
    from hyperagent.stack import mythril_server

    warm = mythril_server.running_socket() is not None
    mythril_server.ensure_mythril_server()
    word = f"C{int(time.time()) % 100000}"
    try:
        results = {"machine": {"cpus": os.cpu_count()}, "pieces": stage_pieces(word),
                   "whole": whole_workflows(args.workflows, word)}
    finally:
        if not warm:
            mythril_server.stop_mythril_server()
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    for row in results["pieces"]:
        print(f"{row['piece']:40} cpu {row['cpu_s']:6.2f} s   wall {row['wall_s']:6.2f} s   "
              f"tools' peak memory {row['peak_tools_rss_mb']} MB")
    whole = results["whole"]
    print(f"\nper workflow ({whole['workflows']} run through the flow, {whole['statuses']}): "
          f"{whole['cpu_s_total_each']} CPU-s, {whole['wall_s_each']} s wall")
    for name, cpu in whole["cpu_s_each"].items():
        print(f"  {name:55} {cpu:6.2f} CPU-s")
    print(f"  memory: flow process {whole['flow_process_rss_mb']} MB; services at peak {whole['service_rss_mb_peak']}")
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
