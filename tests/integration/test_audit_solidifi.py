"""Recall on public data: a small held-out sample of SolidiFI (shared/benchmarks/solidifi), measured for real.

One contract per bug type from the held-out split (contracts 26-50; detectors were tuned on 1-25 only).
Each must have at least 80% of its injected snippets found (a finding of the bug type's category on one
of the snippet's lines), and the audit may not report more findings per file than Slither alone with its
default detectors. The whole benchmark is `bench/audit.py --solidifi both`.
"""

from __future__ import annotations

from bench import solidifi


def test_held_out_sample_recall_per_bug_type_and_noise_against_slither_alone(tmp_path):
    root = solidifi.find_root()
    assert root is not None, "SolidiFI missing: shared/benchmarks/solidifi must sit beside the checkout (or set HYPERAGENT_SOLIDIFI)"
    result = solidifi.evaluate(root, "held-out", tmp_path / "raw", per_type=1)
    assert not result["failed"], result["failed"]
    assert set(result["per_type"]) == set(solidifi.CATEGORY)
    low = {bug_type: f"{row['audit']}/{row['total']}" for bug_type, row in result["per_type"].items()
           if row["audit"] < 0.8 * row["total"]}
    assert not low, (low, {t: r["missed"][:5] for t, r in result["per_type"].items()})
    totals = result["totals"]
    assert totals["audit_findings"] <= totals["slither_findings"], totals
