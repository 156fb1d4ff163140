"""The flow through Prefect (the session's `prefect_api` harness is in tests/conftest.py): readers of what it stored."""

from __future__ import annotations

import time
from typing import Any

import httpx


def read_events(api_url: str, resource_id: str, expected: set[str], timeout: float = 20.0) -> list[dict[str, Any]]:
    """Events the server stored for `resource_id`, waiting until `expected` names have all arrived."""
    from prefect.events.worker import EventsWorker

    EventsWorker.drain_all()
    deadline = time.monotonic() + timeout
    events: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        response = httpx.post(f"{api_url}/events/filter", json={
            "filter": {"resource": {"id": [resource_id]}, "occurred": {"since": "2020-01-01T00:00:00Z"}},
            "limit": 50})
        response.raise_for_status()
        events = response.json()["events"]
        if expected <= {event["event"] for event in events}:
            break
        time.sleep(0.5)
    return events


def read_artifacts(api_url: str, key_prefix: str) -> list[dict[str, Any]]:
    response = httpx.post(f"{api_url}/artifacts/filter", json={"limit": 200})
    response.raise_for_status()
    return [a for a in response.json() if (a.get("key") or "").startswith(key_prefix)]
