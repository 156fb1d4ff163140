"""Batch-audit throughput: contracts per minute in process (threads) and on a local Dask cluster of 1 and 2
worker processes (tasks/audit.py `audit_projects`, fanned out per file through prefect-dask's DaskTaskRunner).

Every run audits fresh copies of the corpus (a marker line appended), so no audit cache answers. Usage:
`python bench/batch.py [--corpus tests/data/vulnerable] [--tools slither,mythril,fuzz] [--limit N]`.
Writes bench/batch.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fresh_copy(corpus: Path, limit: int | None) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="hyperagent-batch-"))
    marker = uuid.uuid4().hex
    for source in sorted(corpus.rglob("*.sol"))[:limit]:
        copy = folder / source.relative_to(corpus)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(source.read_text() + f"\n// batch {marker}\n")
    return folder


def one_run(corpus: Path, tools: list[str] | None, dask: str | None, workers: int, limit: int | None) -> dict[str, Any]:
    from prefect import flow

    from tasks.audit import audit_projects

    folder = fresh_copy(corpus, limit)

    @flow(name="bench-batch-audit")
    def batch() -> list:
        return audit_projects([str(folder)], tools=tools, dask=dask, dask_workers=workers)

    started = time.perf_counter()
    results = [f for project in batch() for f in project.files]
    seconds = time.perf_counter() - started
    shutil.rmtree(folder, ignore_errors=True)
    return {"runner": f"dask local, {workers} worker process(es)" if dask else "in process (the service's threads)",
            "files": len(results), "errors": sum(1 for r in results if r.error), "seconds": round(seconds, 1),
            "contracts_per_minute": round(60 * len(results) / seconds, 2),
            "findings": sum(len(r.report.findings) for r in results if r.report)}


def main() -> int:
    parser = argparse.ArgumentParser(description="HyperAgent batch-audit throughput")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "vulnerable")
    parser.add_argument("--tools", help="comma-separated (default: all)")
    parser.add_argument("--limit", type=int, help="audit only the first N files")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "batch.json")
    args = parser.parse_args()
    from hyperagent.stack import prefect_server

    prefect_server.ensure_api()
    tools = [t.strip() for t in args.tools.split(",")] if args.tools else None
    runs = []
    for dask, workers in ((None, 2), ("local", 1), ("local", 2)):
        print(f"{dask or 'threads'} x{workers} ...", file=sys.stderr, flush=True)
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings(updates={PREFECT_API_URL: prefect_server.ensure_api()}):
            runs.append(one_run(args.corpus.resolve(), tools, dask, workers, args.limit))
        print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
    args.out.write_text(json.dumps({"tools": tools or "all", "runs": runs}, indent=2) + "\n")
    for run in runs:
        print(f"{run['runner']:40} {run['contracts_per_minute']:6.2f} contracts/min  ({run['files']} files, "
              f"{run['seconds']} s, {run['errors']} not auditable, {run['findings']} findings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
