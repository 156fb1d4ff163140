"""SolidiFI (shared/benchmarks/solidifi): recall per bug type and findings per file, beside Slither alone.

The benchmark injects snippets of 7 bug types into 50 contracts each; `BugLog_<n>.csv` gives each
snippet's first line and length. A snippet is found when a finding of its type's category is reported
on one of its lines. A finding on no snippet line is a false alarm (the files are real contracts, so a
few of those may be real issues; the count still has to stay below Slither's). Contracts 1-25 of each
type are the tuning split, 26-50 the held-out split: detectors are tuned on the first only.

Each file goes through the audit as a user's would (`AuditService.audit_projects([file])`, Slither with
the project's detectors, triaged and merged): its release is chosen from its pragma, and an open-ended
pragma (`>=0.5.11`) on 0.5 code gets 0.5.17 when 0.8 rejects the syntax, as for any user (no version is
forced here). "Slither alone" is Slither's own default detectors (every impact, and its low-and-up part)
on the same compile (the project's build file); its raw results are cached in the data dir by the
compile's inputs and Slither's version.
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

from agents.models import FileAudit, Finding

CATEGORY = {
    "Re-entrancy": "reentrancy",
    "Overflow-Underflow": "arithmetic",
    "TOD": "front_running",
    "Timestamp-Dependency": "time_manipulation",
    "Unchecked-Send": "access_control",  # SolidiFI's "unchecked send": ether sent to anyone, no caller check
    "Unhandled-Exceptions": "unchecked_low_level_calls",
    "tx.origin": "access_control",
}
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


def audit(path: Path, service) -> tuple[FileAudit, list[str]]:
    """The file audited as a user would (`hyperagent audit buggy_N.sol`): its project, its release (an
    open-ended pragma gets an older release when the newest rejects the file's syntax), Slither with
    the project's detectors, triage and merge."""
    [project] = service.audit_projects([path], tools=["slither"])
    [file_audit] = project.files
    return file_audit, project.notes


def slither_alone(path: Path, cache: Path, timeout: float = 300.0) -> dict:
    """Slither's own default detectors (every impact, none of the project's) on the same compile as the
    audit's (the project's build file), cached by that compile's inputs and Slither's version."""
    from agents.audit.project import UnitCompiler, load_projects
    from hyperagent.toolchain.slither import SlitherRunner
    from hyperagent.toolchain.solc import solc_binary_for

    runner = SlitherRunner()
    [project] = load_projects([path])
    if not project.units:
        return {"success": False, "error": project.errors.get(project.audited[0].relative, "not compiled"),
                "results": {"detectors": []}}
    compiled, failed = UnitCompiler(project, timeout=timeout).compile(project.units[0], bytecode=False)
    if not compiled:
        return {"success": False, "error": next(iter(failed.values()), "not compiled"), "results": {"detectors": []}}
    unit = compiled[0]
    key = hashlib.sha256(f"{unit.unit.input_hash}{runner.version}{path}".encode()).hexdigest()[:20]
    stored = cache / f"{key}.json"
    if stored.is_file():
        return json.loads(stored.read_text())
    try:
        data = runner.analyze(unit.build_file, solc=solc_binary_for(unit.unit.solc_version),
                              solc_version=unit.unit.solc_version, timeout=timeout, cwd=project.root)
    except Exception as exc:  # a contract Slither cannot analyse counts as nothing found, and is listed
        data = {"success": False, "error": str(exc)[:300], "results": {"detectors": []}}
    cache.mkdir(parents=True, exist_ok=True)
    stored.write_text(json.dumps(data))
    return data


def alone_findings(data: dict, path: Path) -> tuple[list[Finding], list[Finding]]:
    """(every finding of Slither alone, its low-and-up part) on `path`, normalised like the audit's."""
    from agents.audit.slither_tool import normalise

    results = (data.get("results") or {}).get("detectors") or []
    every = [(r, normalise(r, path)) for r in results]
    every = [(r, f) for r, f in every if f is not None]
    return ([f for _, f in every],
            [f for r, f in every if r.get("impact") not in ("Informational", "Optimization")])


def evaluate(root: Path, split: str | None, cache: Path, *, per_type: int | None = None,
             workers: int = 2, use_cache: bool = True) -> dict:
    """Recall per bug type and findings per file for the audit and for Slither alone."""
    from agents.audit.service import AuditService

    service = AuditService(use_cache=use_cache)
    chosen = snippets(root, split, per_type=per_type)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        audits = dict(zip(chosen, pool.map(lambda p: audit(p, service), chosen)))
        raw = dict(zip(chosen, pool.map(lambda p: slither_alone(p, cache), chosen)))
    table: dict[str, dict] = {}
    totals = {"files": 0, "audit_findings": 0, "audit_false": 0, "slither_findings": 0, "slither_false": 0,
              "slither_low_up_findings": 0, "slither_low_up_false": 0}
    failed, releases, notes = [], {}, []
    for path, bugs in chosen.items():
        file_audit, file_notes = audits[path]
        name = f"{path.parent.name}/{path.name}"
        if file_audit.error or not file_audit.report or any(r.status != "ok" for r in file_audit.report.tool_runs):
            failed.append(f"{name}: {file_audit.error or [r.error for r in file_audit.report.tool_runs]}")
        if not raw[path].get("success", False):
            failed.append(f"{name} (Slither alone): {raw[path].get('error')}")
        releases[file_audit.solc_version] = releases.get(file_audit.solc_version, 0) + 1
        notes += file_notes
        found = file_audit.report.findings if file_audit.report else []
        alone, low_up = alone_findings(raw[path], path)
        totals["files"] += 1
        for kind, findings in (("audit", found), ("slither", alone), ("slither_low_up", low_up)):
            totals[f"{kind}_findings"] += len(findings)
            totals[f"{kind}_false"] += sum(1 for f in findings if not any(hits(f, s) for s in bugs))
        for bug in bugs:
            row = table.setdefault(bug.bug_type, {"total": 0, "audit": 0, "slither": 0, "missed": []})
            row["total"] += 1
            found_audit = any(f.category == bug.category and hits(f, bug) for f in found)
            row["audit"] += found_audit
            row["slither"] += any(f.category == bug.category and hits(f, bug) for f in alone)
            if not found_audit:
                row["missed"].append(f"{name}:{bug.first}")
    return {"split": split or "all", "per_type": table, "totals": totals, "failed": failed,
            "releases": releases, "fallback_notes": sorted(set(notes))}


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
    print("releases used:", ", ".join(f"{r} ({n} files)" for r, n in sorted(result["releases"].items(), key=str)))
    if result["failed"]:
        print(f"not analysed ({len(result['failed'])}):", "; ".join(result["failed"][:5]))
