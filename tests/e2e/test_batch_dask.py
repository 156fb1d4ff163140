"""A batch audit fanned out per contract on a local Dask cluster of two worker processes gives the same
results as the same batch in this process (Slither: its findings are deterministic, a fuzzer's runs are not)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from prefect import flow

from agents.audit import cache
from tasks.audit import audit_projects

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[1] / "data" / "vulnerable"
FOLDERS = ["reentrancy", "access_control", "arithmetic"]


@flow(name="test-batch-audit")
def batch(paths: list[str], dask: str | None = None) -> list:
    return audit_projects(paths, tools=["slither"], dask=dask, dask_workers=2)


def fresh_copy(folder: Path) -> Path:
    """The chosen folders, each file with a new last line: sources no audit cache has seen, here or on a worker."""
    marker = uuid.uuid4().hex
    for name in FOLDERS:
        for source in sorted((CORPUS / name).rglob("*.sol")):
            copy = folder / source.relative_to(CORPUS)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(source.read_text() + f"\n// batch {marker}\n")
    return folder


def outcome(projects) -> list[tuple]:
    """What a user reads of a batch: per file, its compiler, its error, and each finding's place and weight."""
    return [(f.path, f.solc_version, f.error,
             sorted((x.detector, x.line, x.severity.value, x.category)
                    for x in (f.report.findings if f.report else [])),
             None if f.report is None else (f.report.risk_score, f.report.passed))
            for project in projects for f in project.files]


def test_a_batch_on_two_dask_workers_equals_the_batch_in_process(prefect_api, tmp_path, monkeypatch):
    root = fresh_copy(tmp_path / "batch")
    on_dask = batch([str(root)], dask="local")
    monkeypatch.setattr(cache, "cache_dir", lambda: tmp_path / "cache")  # not the results the workers stored
    (tmp_path / "cache").mkdir()
    here = batch([str(root)])

    assert len(outcome(here)) >= 8
    assert outcome(on_dask) == outcome(here)
    assert sum(len(findings) for _, _, _, findings, _ in outcome(here)) > 0
    assert [p.root for p in on_dask] == [p.root for p in here] and on_dask[0].platform == here[0].platform


def test_a_dask_address_that_is_no_scheduler_is_a_one_line_error():
    from hyperagent.errors import ConfigurationError
    from tasks.batch import task_runner

    with pytest.raises(ConfigurationError, match="use `local` .* or a scheduler address like tcp://HOST:8786"):
        task_runner("localhost:8786")


def test_cli_audit_with_dask_local_prints_what_it_prints_without(prefect_api, tmp_path):
    import json
    import os
    import subprocess
    import sys

    root = fresh_copy(tmp_path / "cli")
    command = [str(Path(sys.executable).parent / "hyperagent"), "audit", str(root / "reentrancy"), "--tools", "slither",
               "--json"]
    env = {**os.environ, "PREFECT_API_URL": prefect_api}
    plain = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    on_dask = subprocess.run([*command, "--dask", "local"], capture_output=True, text=True, env=env, timeout=600)
    assert plain.returncode == on_dask.returncode == 1, on_dask.stderr[-2000:]  # reentrancy fails the gate
    assert timeless(json.loads(on_dask.stdout)["files"]) == timeless(json.loads(plain.stdout)["files"])


def timeless(value):
    """The JSON without the seconds each tool took (the one thing two runs may not share)."""
    if isinstance(value, dict):
        return {k: timeless(v) for k, v in value.items() if k != "duration"}
    if isinstance(value, list):
        return [timeless(v) for v in value]
    return value
