"""Findings cached by (inputs hash, tool, tool version, solc version, settings) in data_dir()/audit-cache.

The inputs hash is the compilation unit's (every source's name and text, the release, the solc settings,
agents/audit/project/model.py), so editing any imported file invalidates the entry; the settings name
the audited files and the contract a run covered. Why: re-auditing unchanged code (a scheduled
re-audit, a project audited twice) should cost nothing. Only successful runs are cached; a crash or
timeout is always retried.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from agents.models import Finding
from hyperagent.paths import data_dir


def cache_dir() -> Path:
    path = data_dir() / "audit-cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_key(*, source_hash: str, tool: str, tool_version: str | None, solc_version: str | None,
              settings: dict[str, Any]) -> str:
    """`source_hash` is the compilation unit's inputs hash (it covers every imported file)."""
    raw = json.dumps([source_hash, tool, tool_version, solc_version, settings], sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()


def load(key: str) -> list[Finding] | None:
    path = cache_dir() / f"{key}.json"
    try:
        return [Finding.model_validate(item) for item in json.loads(path.read_text())]
    except (OSError, ValueError):
        return None


def store(key: str, findings: list[Finding]) -> None:
    path = cache_dir() / f"{key}.json"
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps([f.model_dump(mode="json") for f in findings]))
    os.replace(tmp, path)
