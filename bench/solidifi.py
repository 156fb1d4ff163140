"""SolidiFI (shared/benchmarks/solidifi): recall per bug type and findings per file, beside Slither alone.

The benchmark injects snippets of 7 bug types into 50 contracts each; `BugLog_<n>.csv` gives each
snippet's first line and length. A snippet is found when a finding of its type's category is reported
on one of its lines. A finding on no snippet line is a false alarm (the files are real contracts, so a
few of those may be real issues; the count still has to stay below Slither's). Contracts 1-25 of each
type are the tuning split, 26-50 the held-out split: detectors are tuned on the first only.

Slither runs once per file with every detector (its own and the project's); "Slither alone" is the
part of that run from Slither's own default detectors (every impact), the audit is what the Slither
adapter keeps (the project's detectors, Slither's from low up), triaged and merged, as in an audit.
Raw results are cached by file content, Slither version and detector digest in the data dir.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from agents.models import Finding

SOLC = "0.5.17"
"""Every SolidiFI pragma allows it (0.4.22-0.5.x); `>=0.5.11` alone would select 0.8, which rejects 0.5 code."""

CATEGORY = {
    "Re-entrancy": "reentrancy",
    "Overflow-Underflow": "arithmetic",
    "TOD": "front_running",
    "Timestamp-Dependency": "time_manipulation",
    "Unchecked-Send": "access_control",  # SolidiFI's "unchecked send": ether sent to anyone, no caller check
    "Unhandled-Exceptions": "unchecked_low_level_calls",
    "tx.origin": "access_control",
}
SLITHER_INFORMATIONAL: set[str] = {"reentrancy-unlimited-gas"}
"""Slither's informational/optimization checks (its own impact), learnt from the runs; the refined
reentrancy-unlimited-gas is informational in Slither alone."""
SPLITS = {"tune": range(1, 26), "held-out": range(26, 51)}


@dataclass(frozen=True)
class Snippet:
    bug_type: str
    path: Path
    first: int
    last: int

    @property
    def category(self) -> str:
        return CATEGORY[self.bug_type]


def find_root(start: Path | None = None) -> Path | None:
    """shared/benchmarks/solidifi beside the checkout or any folder above it (HYPERAGENT_SOLIDIFI wins)."""
    if os.environ.get("HYPERAGENT_SOLIDIFI"):
        return Path(os.environ["HYPERAGENT_SOLIDIFI"])
    here = (start or Path(__file__)).resolve()
    for folder in here.parents:
        candidate = folder / "shared" / "benchmarks" / "solidifi"
        if candidate.is_dir():
            return candidate
    return None


def bug_type_name(raw: str) -> str:
    """Bug type names in the logs are UTF-7 (`Re+AC0-erntrancy`); the folder names are the canonical ones."""
    name = codecs.decode(raw.encode(), "utf-7")
    return {"Re-erntrancy": "Re-entrancy"}.get(name, name)


def snippets(root: Path, split: str | None = None, *, per_type: int | None = None) -> dict[Path, list[Snippet]]:
    """Contract path -> its injected snippets, for the split (tune, held-out or all) and at most per_type files."""
    chosen = SPLITS.get(split or "", range(1, 51))
    found: dict[Path, list[Snippet]] = {}
    for folder in sorted((root / "buggy_contracts").iterdir()):
        if folder.name not in CATEGORY:
            continue
        numbers = [n for n in chosen if (folder / f"buggy_{n}.sol").is_file()][:per_type]
        for number in numbers:
            path = folder / f"buggy_{number}.sol"
            with open(folder / f"BugLog_{number}.csv", newline="") as handle:
                rows = list(csv.DictReader(handle))
            found[path] = [Snippet(bug_type_name(row["bug type"]) if bug_type_name(row["bug type"]) in CATEGORY
                                   else folder.name, path, int(row["loc"]), int(row["loc"]) + int(row["length"]) - 1)
                           for row in rows]
    return found


def hits(finding: Finding, snippet: Snippet) -> bool:
    lines = finding.lines if finding.lines and len(finding.lines) <= 5 else [finding.line]
    return any(line is not None and snippet.first <= line <= snippet.last for line in [finding.line, *lines])


def raw_slither(path: Path, cache: Path, timeout: float = 300.0) -> dict:
    """Slither's JSON for one contract with every detector, Slither's and the project's (cached)."""
    from agents.audit.slither_tool import PLUGINS, detectors_digest
    from hyperagent.toolchain.slither import SlitherRunner
    from hyperagent.toolchain.solc import solc_binary_for

    runner = SlitherRunner()
    key = hashlib.sha256(f"{path.read_bytes()!r}{runner.version}{detectors_digest()}{SOLC}".encode()).hexdigest()[:20]
    stored = cache / f"{key}.json"
    if stored.is_file():
        data = json.loads(stored.read_text())
        if _refers_to(data, path):
            return data
        stored = cache / f"{key}-{hashlib.sha256(str(path).encode()).hexdigest()[:8]}.json"
        if stored.is_file():
            return json.loads(stored.read_text())
    try:
        data = runner.analyze(path, solc=solc_binary_for(SOLC), plugins=PLUGINS, solc_version=SOLC,
                              timeout=timeout, cwd=path.parent)
    except Exception as exc:  # a contract Slither cannot analyse counts as nothing found, and is listed
        data = {"success": False, "error": str(exc)[:300], "results": {"detectors": []}}
    cache.mkdir(parents=True, exist_ok=True)
    stored.write_text(json.dumps(data))
    return data


def _refers_to(data: dict, path: Path) -> bool:
    """Cached results are for this path (SolidiFI has identical files, e.g. buggy_22 and buggy_36 of each type)."""
    for result in (data.get("results") or {}).get("detectors") or []:
        for element in result.get("elements", []):
            name = (element.get("source_mapping") or {}).get("filename_absolute")
            if name:
                return Path(name).resolve() == path.resolve()
    return True


def split_findings(data: dict, path: Path) -> tuple[list[Finding], list[Finding]]:
    """(the audit's findings, Slither alone's findings) from one run with every detector."""
    from agents.audit.detectors import DETECTORS, REFINED
    from agents.audit.merge import merge
    from agents.audit.slither_tool import normalise

    own = {d.ARGUMENT for d in DETECTORS} - {d.ARGUMENT for d in REFINED}
    results = (data.get("results") or {}).get("detectors") or []
    SLITHER_INFORMATIONAL.update(r.get("check") for r in results if r.get("impact") in ("Informational", "Optimization"))
    alone = [f for f in (normalise(r, path) for r in results if r.get("check") not in own) if f]
    kept = [r for r in results if r.get("check") in own or r.get("impact") not in ("Informational", "Optimization")]
    audit = [f for f in (normalise(r, path) for r in kept) if f]
    return merge(audit), alone


def evaluate(root: Path, split: str | None, cache: Path, *, per_type: int | None = None,
             workers: int = 2) -> dict:
    """Recall per bug type and findings per file for the audit and for Slither alone."""
    chosen = snippets(root, split, per_type=per_type)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        raw = dict(zip(chosen, pool.map(lambda p: raw_slither(p, cache), chosen)))
    table: dict[str, dict] = {}
    totals = {"files": 0, "audit_findings": 0, "audit_false": 0, "slither_findings": 0, "slither_false": 0,
              "slither_low_up_findings": 0, "slither_low_up_false": 0}
    failed = []
    for path, bugs in chosen.items():
        data = raw[path]
        if not data.get("success", False):
            failed.append(f"{path.parent.name}/{path.name}: {data.get('error')}")
        audit, alone = split_findings(data, path)
        totals["files"] += 1
        low_up = [f for f in alone if f.detector not in SLITHER_INFORMATIONAL]
        for name, findings in (("audit", audit), ("slither", alone), ("slither_low_up", low_up)):
            totals[f"{name}_findings"] += len(findings)
            totals[f"{name}_false"] += sum(1 for f in findings if not any(hits(f, s) for s in bugs))
        for bug in bugs:
            row = table.setdefault(bug.bug_type, {"total": 0, "audit": 0, "slither": 0, "missed": []})
            row["total"] += 1
            found_audit = any(f.category == bug.category and hits(f, bug) for f in audit)
            row["audit"] += found_audit
            row["slither"] += any(f.category == bug.category and hits(f, bug) for f in alone)
            if not found_audit:
                row["missed"].append(f"{path.parent.name}/{path.name}:{bug.first}")
    return {"split": split or "all", "per_type": table, "totals": totals, "failed": failed}


def print_table(result: dict) -> None:
    totals = result["totals"]
    files = max(1, totals["files"])
    print(f"\nSolidiFI, {result['split']} split: {totals['files']} contracts")
    print(f"{'bug type':<24}{'snippets':>9}{'audit':>8}{'slither':>9}")
    for bug_type, row in sorted(result["per_type"].items()):
        print(f"{bug_type:<24}{row['total']:>9}{row['audit'] / row['total']:>8.0%}{row['slither'] / row['total']:>9.0%}")
    print(f"findings per file: audit {totals['audit_findings'] / files:.1f} "
          f"(outside every snippet {totals['audit_false'] / files:.1f}); "
          f"Slither alone, default detectors {totals['slither_findings'] / files:.1f} "
          f"(outside {totals['slither_false'] / files:.1f}), "
          f"low and up {totals['slither_low_up_findings'] / files:.1f} (outside {totals['slither_low_up_false'] / files:.1f})")
    if result["failed"]:
        print(f"not analysed ({len(result['failed'])}):", "; ".join(result["failed"][:5]))
