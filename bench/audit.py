"""`python bench/audit.py [--tools slither,mythril,fuzz] [--mythril-all] [--solidifi both] [--clean-code]`,
or `python bench/audit.py --speed` for the project-speed section alone (see `speed`).

Audit quality and speed:
- the project's corpus (tests/data/vulnerable): recall per DASP category (an annotated bug counts as found
  when a finding of its category is reported at its line) and the time per contract per tool, with the
  audit cache off. Mythril is slow (15-40 s per contract on 2 cores): by default it runs only on the
  samples annotated `mythril`; pass --mythril-all for the whole corpus;
- SolidiFI (shared/benchmarks/solidifi, bench/solidifi.py): recall per bug type on the tuning split
  (contracts 1-25) and the held-out split (26-50), findings per file, beside Slither alone;
- audited code bases (bench/clean_code.py: OpenZeppelin 5.4, Uniswap V2/V3 core, solmate, solady): every
  high or critical finding (the target is none) and what triage downgraded, with the reasons.
Writes bench/audit-results.json. `--corpus-only`, `--solidifi none` and no `--clean-code` skip parts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "data" / "vulnerable"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tools", default="slither,mythril,fuzz")
    parser.add_argument("--mythril-all", action="store_true", help="Mythril on every sample, not the subset")
    parser.add_argument("--timeout", type=float, default=150.0)
    parser.add_argument("--solidifi", default="both", choices=["none", "tune", "held-out", "both", "all"],
                        help="SolidiFI split(s) to measure (Slither and the project's detectors)")
    parser.add_argument("--per-type", type=int, default=None, help="at most N SolidiFI contracts per bug type and split")
    parser.add_argument("--clean-code", action="store_true", help="audit the pinned audited libraries (slow: minutes)")
    parser.add_argument("--skip-corpus", action="store_true", help="skip the project's corpus")
    parser.add_argument("--speed", action="store_true", help="only the whole-project and generated-contract timings")
    args = parser.parse_args()
    if args.speed:
        return speed()
    results: dict = {}
    if not args.skip_corpus:
        results["corpus"] = corpus_quality(args)
    if args.solidifi != "none":
        results["solidifi"] = solidifi_quality(args)
    if args.clean_code:
        results["clean_code"] = clean_code_quality()
    (ROOT / "bench" / "audit-results.json").write_text(json.dumps(results, indent=2))


def solidifi_quality(args) -> list[dict]:
    from bench import solidifi
    from hyperagent.paths import data_dir

    root = solidifi.find_root()
    if root is None:
        print("SolidiFI not found: put it at shared/benchmarks/solidifi above the checkout or set HYPERAGENT_SOLIDIFI")
        return []
    splits = {"both": ["tune", "held-out"], "all": [None]}.get(args.solidifi, [args.solidifi])
    measured = []
    for split in splits:
        result = solidifi.evaluate(root, split, data_dir() / "bench-cache" / "solidifi", per_type=args.per_type)
        solidifi.print_table(result)
        for row in result["per_type"].values():
            row["missed"] = row["missed"][:50]
        measured.append(result)
    return measured


def clean_code_quality() -> dict:
    from bench.clean_code import audit_library, libraries

    measured = {}
    print("\nAudited code bases (Slither + the project's detectors, triaged): the target is no high or critical")
    for name, groups in libraries():
        result = audit_library(groups)
        measured[name] = result
        counts = ", ".join(f"{k} {v}" for k, v in sorted(result["severities"].items()))
        print(f"{name:<30}{result['sources']:>4} files {result['seconds']:>7.1f} s  high/critical "
              f"{len(result['high_or_critical'])}  ({counts})")
        for line in result["high_or_critical"][:10]:
            print("    ", line)
    return measured


def corpus_quality(args) -> dict:

    from agents.audit.corpus import annotations, is_found, samples
    from agents.audit.mapping import CATEGORIES
    from agents.audit.service import AuditService

    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    service = AuditService(use_cache=False)
    files = samples(CORPUS)
    started = time.monotonic()
    audits = {}
    for path in files:
        chosen = [t for t in tools if t != "mythril" or args.mythril_all
                  or any("mythril" in e.tools for e in annotations(path))]
        audits[path] = service.audit_file(path, tools=chosen, timeout=args.timeout, base=path.parent)
    wall = time.monotonic() - started

    recall: dict[str, list[int]] = {c: [0, 0] for c in CATEGORIES}
    per_tool_recall: dict[str, list[int]] = {t: [0, 0] for t in tools}
    times: dict[str, list[float]] = {t: [] for t in tools}
    missed = []
    for path, audit in audits.items():
        findings = audit.report.findings if audit.report else []
        ran = {run.tool: run for run in (audit.report.tool_runs if audit.report else [])}
        for tool, run in ran.items():
            if run.status == "ok":
                times[tool].append(run.duration)
        for expected in annotations(path):
            recall[expected.category][1] += 1
            if is_found(expected, findings):
                recall[expected.category][0] += 1
            else:
                missed.append(f"{path.relative_to(CORPUS)}:{expected.line} {expected.category}")
            for tool in ran:
                per_tool_recall[tool][1] += 1
                per_tool_recall[tool][0] += is_found(expected, findings, tool=tool)

    print(f"Audit bench: {len(files)} samples, tools {', '.join(tools)}, wall {wall:.1f} s\n")
    print(f"{'category':<28}{'found':>7}{'total':>7}{'recall':>9}")
    for category, (found, total) in recall.items():
        print(f"{category:<28}{found:>7}{total:>7}{(found / total if total else 0):>9.0%}")
    found_all = sum(v[0] for v in recall.values())
    total_all = sum(v[1] for v in recall.values())
    print(f"{'all':<28}{found_all:>7}{total_all:>7}{found_all / total_all:>9.0%}\n")
    print(f"{'tool':<10}{'runs':>6}{'median s':>10}{'mean s':>9}{'max s':>8}{'recall on what it ran':>24}")
    for tool, values in times.items():
        if values:
            found, total = per_tool_recall[tool]
            print(f"{tool:<10}{len(values):>6}{statistics.median(values):>10.1f}{statistics.mean(values):>9.1f}"
                  f"{max(values):>8.1f}{f'{found}/{total}':>24}")
    if missed:
        print("\nmissed:", ", ".join(missed))
    return {
        "tools": tools, "wall_s": round(wall, 1),
        "recall": {c: {"found": f, "total": t} for c, (f, t) in recall.items()},
        "per_tool_recall": {t: {"found": f, "total": n} for t, (f, n) in per_tool_recall.items()},
        "seconds_per_contract": {t: {"median": round(statistics.median(v), 2), "max": round(max(v), 2), "runs": len(v)}
                                 for t, v in times.items() if v},
        "missed": missed,
    }


def speed() -> None:
    """Whole-project audit of OpenZeppelin Contracts (every contract of the npm package, Slither with the
    project's detectors; target < 60 s) and all tools on a generated ERC20 (target < 30 s), cache off.

    Prints wall time, the CPU seconds used (this process and the tools it ran) and the load average: on a
    shared machine the wall time says more about the neighbours than about the audit.
    Writes bench/audit-speed.json.
    """
    import os
    import resource

    from agents.audit.service import AuditService
    from agents.generation.composer import compose, option_matrix
    from agents.models import ContractSpec
    from hyperagent.paths import openzeppelin_dir

    def cpu_seconds() -> float:
        return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                      resource.getrusage(resource.RUSAGE_CHILDREN)))

    def measured(run):
        load, cpu, started = os.getloadavg()[0], cpu_seconds(), time.monotonic()
        result = run()
        return result, {"wall_s": round(time.monotonic() - started, 1), "cpu_s": round(cpu_seconds() - cpu, 1),
                        "load_before": round(load, 1), "load_after": round(os.getloadavg()[0], 1)}

    service = AuditService(use_cache=False)
    [project], oz = measured(lambda: service.audit_projects([openzeppelin_dir() / "contracts"], tools=["slither"]))
    oz.update(files=len(project.files), errors=sum(1 for f in project.files if f.error),
              units=[(u.solc_version, u.sources, [(r.tool, r.status, r.duration) for r in u.tool_runs])
                     for u in project.units], target_s=60.0)
    spec = ContractSpec(prompt="bench", family="erc20", name="Bench Token", contract_name="BenchToken", symbol="BNT",
                        initial_supply="1000000")
    draft = compose(spec, option_matrix("erc20")[-1])
    report, erc20 = measured(lambda: service.audit_source(draft.source, draft.file_name,
                                                          tools=["slither", "mythril", "fuzz"]))
    erc20.update(tools=[(r.tool, r.status, r.duration) for r in report.tool_runs], target_s=30.0)
    results = {"openzeppelin_slither": oz, "generated_erc20_all_tools": erc20}
    for name, row in results.items():
        verdict = "ok" if row["wall_s"] < row["target_s"] else "over target"
        print(f"{name:<28} wall {row['wall_s']:>6.1f} s (target < {row['target_s']:.0f} s: {verdict}), "
              f"CPU {row['cpu_s']:.1f} s, load {row['load_before']} -> {row['load_after']}")
    print(f"  OpenZeppelin: {oz['files']} files, {oz['errors']} not compiled, units {oz['units']}")
    print(f"  generated ERC20 ({len(draft.source.splitlines())} lines): {erc20['tools']}")
    (ROOT / "bench" / "audit-speed.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
