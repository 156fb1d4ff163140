"""A batch audit fanned out per contract on a local Dask cluster of two worker processes gives the same
results as the same batch in this process (Slither: its findings are deterministic, a fuzzer's runs are not)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from prefect import flow

from agents.audit import cache
from agents.audit.service import collect_files
from tasks.audit import audit_file
from tasks.batch import fan_out

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[1] / "data" / "vulnerable"
FILES = ["reentrancy/bank_04.sol", "reentrancy/vault_08.sol", "access_control", "arithmetic"]


@flow(name="test-batch-audit")
def batch(calls: list[dict], dask: str | None = None) -> list:
    return fan_out(audit_file, calls, dask=dask, workers=2)


def fresh_copy(folder: Path) -> Path:
    """The chosen files, each with a new last line: sources no audit cache has seen, here or on a worker."""
    marker = uuid.uuid4().hex
    for name in FILES:
        for source in ([CORPUS / name] if name.endswith(".sol") else sorted((CORPUS / name).rglob("*.sol"))):
            copy = folder / source.relative_to(CORPUS)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(source.read_text() + f"\n// batch {marker}\n")
    return folder


def outcome(file_audits, root: Path) -> list[tuple]:
    """What a user reads of a batch: per file, its compiler, its error, and each finding's place and weight."""
    return [(Path(f.path).relative_to(root).as_posix(), f.solc_version, f.error,
             sorted((x.detector, x.line, x.severity.value, x.category) for x in (f.report.findings if f.report else [])),
             None if f.report is None else (f.report.risk_score, f.report.passed))
            for f in file_audits]


def test_a_batch_on_two_dask_workers_equals_the_batch_in_process(prefect_api, tmp_path, monkeypatch):
    root = fresh_copy(tmp_path / "batch")
    files = collect_files([root])
    assert len(files) >= 6
    calls = [{"path": str(path), "base": str(base), "tools": ["slither"]} for path, base in files]

    on_dask = batch(calls, dask="local")
    monkeypatch.setattr(cache, "cache_dir", lambda: tmp_path / "cache")  # not the results the workers stored
    (tmp_path / "cache").mkdir()
    here = batch(calls)

    assert outcome(on_dask, root) == outcome(here, root)
    assert sum(len(f.report.findings) for f in here if f.report) > 0
    assert [f.path for f in on_dask] == [call["path"] for call in calls]


def test_a_dask_address_that_is_no_scheduler_is_a_one_line_error():
    from hyperagent.errors import ConfigurationError
    from tasks.batch import task_runner

    with pytest.raises(ConfigurationError, match="use `local` .* or a scheduler address like tcp://HOST:8786"):
        task_runner("localhost:8786")
