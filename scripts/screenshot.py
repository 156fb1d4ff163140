"""Screenshot a real contract-lifecycle run's page in the Prefect UI (for the README), with headless Chromium.

Needs the stack up (`hyperagent up`) and Debian's Chromium (`apt-get install -y chromium`); a dev
script, not part of set-up. By default it shows the newest completed contract-lifecycle run; with
`--create` it first starts one through the deployment and waits for it.

    .venv/bin/python scripts/screenshot.py [--flow-run ID] [--create] [--out docs/img/prefect-run.png]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                  "--disable-dev-shm-usage", "--window-size=1400,1000"]
PROMPT = "Create an ERC20 token called Hyper Token with symbol HYP and 1,000,000 supply, burnable"


def api(url: str, body: dict | None = None) -> object:
    request = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback API)
        return json.loads(response.read())


def latest_completed_run(api_url: str) -> str | None:
    deployment = api(f"{api_url}/deployments/name/contract-lifecycle/default")
    runs = api(f"{api_url}/flow_runs/filter", {
        "deployments": {"id": {"any_": [deployment["id"]]}},
        "flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}, "sort": "END_TIME_DESC", "limit": 1})
    return runs[0]["id"] if runs else None


def create_run(api_url: str, timeout: float = 600) -> str:
    """Start a full run through the deployment (the same REST calls the README shows) and wait for it."""
    deployment = api(f"{api_url}/deployments/name/contract-lifecycle/default")
    run = api(f"{api_url}/deployments/{deployment['id']}/create_flow_run", {"parameters": {"prompt": PROMPT}})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = api(f"{api_url}/flow_runs/{run['id']}")["state_type"]
        if state in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
            if state != "COMPLETED":
                sys.exit(f"error: run {run['id']} ended {state}; see it at {api_url.removesuffix('/api')}"
                         f"/runs/flow-run/{run['id']}")
            return run["id"]
        time.sleep(2)
    sys.exit(f"error: run {run['id']} did not end within {timeout:.0f} s")


def screenshot(url: str, out: Path, budget_ms: int) -> None:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        sys.exit("error: no Chromium: install it with `apt-get install -y chromium`")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hyperagent-chromium-") as profile:
        args = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}",
                f"--screenshot={out}", url]
        completed = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if completed.returncode != 0 or not out.exists():
        last = (completed.stderr.strip().splitlines() or ["no output"])[-1]
        sys.exit(f"error: Chromium did not write {out}: {last}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flow-run", help="flow run id (default: newest completed contract-lifecycle run)")
    parser.add_argument("--create", action="store_true", help="start a run through the deployment first")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "prefect-run.png")
    parser.add_argument("--budget-ms", type=int, default=20000, help="virtual time for the UI to render")
    args = parser.parse_args()

    from hyperagent.stack.prefect_server import current_api_url

    api_url = current_api_url()
    if not api_url:
        sys.exit("error: no Prefect server: run `hyperagent up` first")
    flow_run = args.flow_run or (create_run(api_url) if args.create else latest_completed_run(api_url))
    if not flow_run:
        sys.exit("error: no completed contract-lifecycle run yet: pass --create to start one")
    url = f"{api_url.removesuffix('/api')}/runs/flow-run/{flow_run}"
    screenshot(url, args.out, args.budget_ms)
    print(f"{args.out} <- {url}")


if __name__ == "__main__":
    main()
