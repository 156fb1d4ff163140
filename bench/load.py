"""`make bench` (load): N workflows submitted at once to a running stack, and what the records say after.

Starts the whole local stack (`hyperagent up`) in a data dir of its own (so it measures a fresh stack
and never touches the user's), submits N requests at once through the `contract-lifecycle/default`
deployment (N `hyperagent workflow create --no-wait` processes, as N scripts would), waits for every
workflow to end, then reads the database:
  - wall time (first submission to last terminal state), failures, p50/p95 of each stage's seconds;
  - consistency: every workflow terminal, at most one deployment each, and its status matching its
    stage rows (a completed workflow has one contract, audit, test run and confirmed deployment unless
    the stage was skipped; a failed one has an error and no confirmed deployment).
Writes bench/load-results.json; exits non-zero when a workflow did not end or a record is inconsistent.
The chaos suite runs the same function with fewer, cheaper workflows (tests/chaos/test_stack_faults.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import string
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
STAGES = ("generation", "compilation", "audit", "testing", "deployment")
TERMINAL = ("completed", "failed", "cancelled")
REQUEST = "ERC20 token called {w} Load {n} with symbol LD{n} and {supply} supply"
STACK_ENV_DROP = ("PREFECT_API_URL", "HYPERAGENT_DATABASE_URL", "HYPERAGENT_DATABASE_BLOCK",
                  "HYPERAGENT_PREFECT_DATABASE_URL", "HYPERAGENT_PREFECT_PORT", "HYPERAGENT_ANVIL_PORT")


class LocalStack:
    """`hyperagent up` in a data dir of its own; `down` (then KILL of anything left) at the end."""

    def __init__(self, home: Path, extra_env: dict[str, str] | None = None) -> None:
        self.home = home
        self.env = {k: v for k, v in os.environ.items() if k not in STACK_ENV_DROP}
        self.env |= {"HYPERAGENT_HOME": str(home), **(extra_env or {})}
        self.status: dict[str, Any] = {}

    def hyperagent(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(BIN / "hyperagent"), *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)

    def up(self) -> "LocalStack":
        started = self.hyperagent("up")
        if started.returncode != 0:
            raise RuntimeError(f"hyperagent up failed: {started.stderr or started.stdout}")
        shown = self.hyperagent("status", "--json", timeout=120)
        self.status = json.loads(shown.stdout)
        return self

    @property
    def api_url(self) -> str:
        return self.status["prefect_api_url"]

    @property
    def database_url(self) -> str:
        from hyperagent.db.engine import normalize_url

        return normalize_url(self.status["database_url"])

    def down(self) -> None:
        try:
            self.hyperagent("down", "--grace", "5", timeout=180)
        finally:
            for pid in recorded_pids(self.home):
                for kill in (os.killpg, os.kill):
                    try:
                        kill(pid, signal.SIGKILL)
                        break
                    except (ProcessLookupError, PermissionError):
                        continue


def recorded_pids(home: Path) -> list[int]:
    pids = []
    for record in (home / "services").glob("*.json"):
        try:
            pids.append(int(json.loads(record.read_text())["pid"]))
        except (OSError, ValueError, KeyError):
            pass
    for path, read in ((home / "chain" / "anvil.json", lambda t: json.loads(t).get("pid")),
                       (home / "postgres" / "postmaster.pid", lambda t: t.split()[0])):
        try:
            pids.append(int(read(path.read_text())))
        except (OSError, ValueError, IndexError, TypeError):
            pass
    return pids


def word() -> str:
    return "".join(random.choice(string.ascii_lowercase) for _ in range(5)).capitalize()


def submit_all(stack: LocalStack, count: int, options: dict[str, Any]) -> list[dict[str, Any]]:
    """`count` CLI submissions at once; each answer is the CLI's JSON (or its error)."""
    tag = word()
    prompts = [REQUEST.format(w=tag, n=n, supply=1000 + n) for n in range(count)]

    def one(prompt: str) -> dict[str, Any]:
        done = stack.hyperagent("workflow", "create", prompt, "--options", json.dumps(options), "--no-wait", "--json")
        if done.returncode != 0:
            return {"error": done.stderr.strip() or f"exit {done.returncode}"}
        return json.loads(done.stdout)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(one, prompts))


def wait_all(database_url: str, ids: list[str], timeout: float) -> list[dict[str, Any]]:
    from sqlalchemy import text

    from hyperagent.db.engine import get_engine

    deadline = time.monotonic() + timeout
    while True:
        with get_engine(database_url).connect() as connection:
            rows = [dict(r._mapping) for r in connection.execute(
                text("SELECT id::text AS id, status, current_stage, stage_times, error_message, options, updated_at "
                     "FROM workflows WHERE id::text = ANY(:ids)"), {"ids": ids})]
        if len(rows) == len(ids) and all(r["status"] in TERMINAL for r in rows) or time.monotonic() > deadline:
            return rows
        time.sleep(2)


def inconsistencies(database_url: str, rows: list[dict[str, Any]]) -> list[str]:
    """What in the records does not add up, one sentence per problem (empty: consistent)."""
    from sqlalchemy import text

    from hyperagent.db.engine import get_engine

    problems: list[str] = []
    with get_engine(database_url).connect() as connection:
        for row in rows:
            wid, skip = row["id"], set((row.get("options") or {}).get("skip") or [])
            count = {table: connection.execute(text(f"SELECT count(*) FROM {table} WHERE workflow_id = :w"),
                                               {"w": wid}).scalar_one()
                     for table in ("contracts", "security_audits", "test_runs", "deployments")}
            confirmed = connection.execute(text("SELECT count(*) FROM deployments WHERE workflow_id = :w AND "
                                                "status = 'confirmed'"), {"w": wid}).scalar_one()
            if row["status"] not in TERMINAL:
                problems.append(f"{wid}: still {row['status']}")
            for table, n in count.items():
                if n > 1:
                    problems.append(f"{wid}: {n} rows in {table}")
            if row["status"] == "completed":
                expected = {"contracts": 1, "security_audits": 0 if "audit" in skip else 1,
                            "test_runs": 0 if "testing" in skip else 1,
                            "deployments": 0 if "deployment" in skip else 1}
                if count != expected:
                    problems.append(f"{wid}: completed with rows {count}, expected {expected}")
                if confirmed != expected["deployments"]:
                    problems.append(f"{wid}: completed but {confirmed} confirmed deployment(s)")
                missing = [s for s in STAGES if s not in skip and s not in (row["stage_times"] or {})]
                if missing:
                    problems.append(f"{wid}: completed without times for {missing}")
            elif row["status"] == "failed":
                if not row["error_message"]:
                    problems.append(f"{wid}: failed without an error message")
                if confirmed:
                    problems.append(f"{wid}: failed but has a confirmed deployment")
    return problems


def percentile(values: list[float], pct: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return round(ordered[index], 2)


def measure_load(count: int, options: dict[str, Any], *, timeout: float = 3600,
                 extra_env: dict[str, str] | None = None, stack: LocalStack | None = None) -> dict[str, Any]:
    """Run the load on `stack` (or on a stack of its own, stopped afterwards); returns the figures."""
    own = stack is None
    home = Path(tempfile.mkdtemp(prefix="hyperagent-load-")) if own else stack.home
    stack = stack or LocalStack(home, extra_env)
    try:
        if own:
            stack.up()
        started = time.monotonic()
        answers = submit_all(stack, count, options)
        submitted = time.monotonic() - started
        ids = [a["workflow_id"] for a in answers if "workflow_id" in a]
        rows = wait_all(stack.database_url, ids, timeout)
        wall = time.monotonic() - started
        per_stage = {stage: [float(r["stage_times"][stage]) for r in rows if stage in (r["stage_times"] or {})]
                     for stage in STAGES}
        return {
            "count": count, "options": options, "submitted": len(ids), "submit_seconds": round(submitted, 2),
            "submit_errors": [a["error"] for a in answers if "error" in a],
            "wall_seconds": round(wall, 2),
            "completed": sum(r["status"] == "completed" for r in rows),
            "failed": sum(r["status"] == "failed" for r in rows),
            "not_ended": sum(r["status"] not in TERMINAL for r in rows) + count - len(rows),
            "failures": {r["id"]: r["error_message"] for r in rows if r["status"] == "failed"},
            "stages": {stage: {"p50": percentile(v, 50), "p95": percentile(v, 95), "n": len(v)}
                       for stage, v in per_stage.items()},
            "inconsistencies": inconsistencies(stack.database_url, rows),
            "workflow_ids": ids,
        }
    finally:
        if own:
            stack.down()
            shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--options", type=json.loads, default={}, help="the flow's options (JSON)")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "load-results.json")
    args = parser.parse_args()
    print(f"{args.count} workflows at once, options {args.options} ...", file=sys.stderr, flush=True)
    result = measure_load(args.count, args.options, timeout=args.timeout)
    result["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    args.out.write_text(json.dumps(result, indent=1, default=str))
    print(f"wall {result['wall_seconds']} s (submissions {result['submit_seconds']} s), "
          f"{result['completed']} completed, {result['failed']} failed, {result['not_ended']} not ended")
    for stage, figures in result["stages"].items():
        print(f"  {stage:12} p50 {figures['p50']} s  p95 {figures['p95']} s  (n={figures['n']})")
    for problem in result["inconsistencies"] + result["submit_errors"]:
        print(f"  ! {problem}")
    return 0 if not result["inconsistencies"] and not result["not_ended"] and not result["submit_errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
