"""Workflows whose run died without saying so, found and ended by the next `workflow status`/`list`.

A run that dies politely (an exception, a cancel, a crash Prefect sees) ends its own row through the
flow's handlers and hooks. One killed outright (SIGKILL of the worker or of `workflow create --wait`,
a machine restart) runs no code at all: its row would say "testing" forever, and Prefect's flow run
would stay RUNNING. Two signs tell such a run, either is enough:
- its Prefect flow run has ended (CRASHED, FAILED, CANCELLED) while the row still says running;
- its row has not moved for `stale_after_seconds` although a running flow moves it every
  `heartbeat_seconds` (tasks/tracking.py: Heartbeat).
The row is then marked failed (the message says how to resume it), and the flow run Crashed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from hyperagent.db import repository

TERMINAL = ("completed", "failed", "cancelled")


def reconcile(rows: list[dict[str, Any]], api_url: str | None) -> list[dict[str, Any]]:
    """The same rows, with every dead run found among them ended (and re-read)."""
    from hyperagent.settings import get_settings

    stale_after = get_settings().stale_after_seconds
    now = datetime.now(timezone.utc)
    out = []
    for row in rows:
        if row["status"] not in TERMINAL and _end_if_dead(row, api_url, stale_after, now):
            row = repository.get_workflow(row["id"])
        out.append(row)
    return out


def _end_if_dead(row: dict[str, Any], api_url: str | None, stale_after: float, now: datetime) -> bool:
    workflow_id = str(row["id"])
    resume = f"`hyperagent workflow resume {workflow_id}` runs it again"
    state = flow_run_state(row.get("flow_run_id"), api_url)
    if state and state["final"] and state["type"] != "COMPLETED":
        if state["type"] == "CANCELLED":
            return repository.mark_failed_if_running(workflow_id, "cancelled", status="cancelled")
        message = f": {state['message']}" if state.get("message") else ""
        return repository.mark_failed_if_running(
            workflow_id, f"crashed: its flow run ended {state['name']}{message}; {resume}")
    idle = (now - row["updated_at"]).total_seconds()
    if idle < stale_after or (row["status"] == "created" and row.get("flow_run_id")):
        return False  # alive, or waiting in a work pool for a worker
    what = "never started" if row["status"] == "created" else f"stopped during {row.get('current_stage') or 'its run'}"
    ended = repository.mark_failed_if_running(
        workflow_id, f"crashed: its run {what} and has sent no heartbeat for {idle:.0f} s (process killed or "
                     f"machine restarted); {resume}")
    if ended and row.get("flow_run_id") and api_url:
        from flows.submit import set_flow_run_state

        set_flow_run_state(row["flow_run_id"], api_url, "crashed", "no heartbeat from the flow run's process")
    return ended


def flow_run_state(flow_run_id: str | None, api_url: str | None) -> dict[str, Any] | None:
    """{"type", "name", "message", "final"} of a flow run, or None when unknown or unreachable."""
    if not flow_run_id or not api_url:
        return None
    import httpx

    try:
        response = httpx.get(f"{api_url.rstrip('/')}/flow_runs/{flow_run_id}", timeout=5)
        if response.status_code != 200:
            return None
        state = response.json().get("state") or {}
    except (httpx.HTTPError, ValueError):
        return None
    kind = state.get("type") or ""
    return {"type": kind, "name": state.get("name") or kind.title(), "message": state.get("message"),
            "final": kind in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")}
