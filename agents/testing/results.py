"""forge's machine output turned into the project's models: per-test results and contract coverage.

`forge test --json` prints one object: suite ("test/X.t.sol:XTest") -> test_results -> test
signature -> {status, reason, counterexample, kind: {Unit: {gas}} | {Fuzz: {...}} | {Invariant: {...}},
duration}. A failed fuzz test carries {"Single": {calldata, args}}; a failed invariant
{"Sequence": [original_length, [{sender, addr, func_name, args, contract_name}, ...]]}.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agents.models import TestCaseResult

_STATUS = {"Success": "passed", "Failure": "failed", "Skipped": "skipped"}
_UNITS_MS = {"s": 1000.0, "ms": 1.0, "µs": 1e-3, "us": 1e-3, "ns": 1e-6}


def parse_test_json(stdout: str) -> list[TestCaseResult]:
    """Every test case in a `forge test --json` output (raises ValueError when there is none)."""
    data = _json_object(stdout)
    cases: list[TestCaseResult] = []
    for suite, body in data.items():
        for name, result in (body.get("test_results") or {}).items():
            cases.append(_case(suite, name, result))
    return sorted(cases, key=lambda c: (c.suite, c.name))


def _json_object(stdout: str) -> dict[str, Any]:
    text = stdout.strip()
    start = text.find("{")
    if start < 0:
        raise ValueError("forge printed no JSON")
    data, _ = json.JSONDecoder().raw_decode(text[start:])
    if not isinstance(data, dict):
        raise ValueError("forge's JSON is not an object")
    return data


def _case(suite: str, name: str, result: dict[str, Any]) -> TestCaseResult:
    kind_obj = result.get("kind") or {}
    kind_key = next(iter(kind_obj), "Unit")
    details = kind_obj.get(kind_key) or {}
    kind = {"Unit": "unit", "Fuzz": "fuzz", "Invariant": "invariant"}.get(kind_key, kind_key.lower())
    if kind == "unit":
        gas = details.get("gas")
    elif kind == "fuzz":
        gas = details.get("median_gas") or details.get("mean_gas")
    else:
        gas = None
    status = _STATUS.get(result.get("status", ""), str(result.get("status", "")).lower())
    reason = result.get("reason")
    if status == "failed" and not reason:
        reason = "assertion failed or the call reverted without a reason"
    return TestCaseResult(
        name=name.split("(")[0],
        suite=suite.rsplit(":", 1)[-1],
        kind=kind,
        status=status,
        gas=int(gas) if gas else None,
        duration_ms=parse_duration(result.get("duration")),
        reason=reason,
        counterexample=format_counterexample(result.get("counterexample"))
        or (INITIAL_STATE if kind == "invariant" and status == "failed" else None),
    )


INITIAL_STATE = "none needed: the invariant is already broken after setUp (the deployment itself)"


def parse_duration(value: Any) -> float | None:
    """forge prints durations as '1ms 234µs 5ns' or as {secs, nanos}; milliseconds."""
    if value is None:
        return None
    if isinstance(value, dict):
        return value.get("secs", 0) * 1000.0 + value.get("nanos", 0) / 1e6
    if isinstance(value, int | float):
        return float(value)
    total = 0.0
    for amount, unit in re.findall(r"([\d.]+)\s*(ms|µs|us|ns|s)\b", str(value)):
        total += float(amount) * _UNITS_MS[unit]
    return round(total, 6)


def format_counterexample(value: Any) -> str | None:
    """One readable line: the failing input of a fuzz test, or the call sequence of an invariant."""
    if not value:
        return None
    if "Single" in value:
        single = value["Single"]
        return f"args=[{single.get('args') or single.get('raw_args') or ''}] calldata={single.get('calldata')}"
    if "Sequence" in value:
        sequence = value["Sequence"]
        calls = sequence[1] if isinstance(sequence, list) and len(sequence) == 2 and isinstance(sequence[1], list) else sequence
        steps = []
        for call in calls:
            target = (call.get("contract_name") or call.get("addr") or "").rsplit(":", 1)[-1]
            function = call.get("func_name") or call.get("signature") or call.get("calldata", "")[:10]
            steps.append(f"{target}.{function}({call.get('args') or ''})")
        return " -> ".join(steps)
    return json.dumps(value)[:2000]


@dataclass
class Coverage:
    lines_found: int
    lines_hit: int
    branches_found: int
    branches_hit: int
    functions_found: int = 0
    functions_hit: int = 0

    @property
    def line_rate(self) -> float:
        return self.lines_hit / self.lines_found if self.lines_found else 1.0

    @property
    def branch_rate(self) -> float:
        return self.branches_hit / self.branches_found if self.branches_found else 1.0


def parse_lcov(text: str, source: str) -> Coverage | None:
    """Coverage of one file (`src/X.sol`, matched by its path's ending) from an lcov report."""
    current: str | None = None
    lines: dict[int, int] = {}
    branches: dict[tuple[str, str, str], bool] = {}
    functions: dict[str, int] = {}
    found = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("SF:"):
            current = line[3:]
            continue
        if line == "end_of_record":
            current = None
            continue
        if current is None or not _same_file(current, source):
            continue
        found = True
        key, _, rest = line.partition(":")
        parts = rest.split(",")
        if key == "DA" and len(parts) >= 2:
            number = int(parts[0])
            lines[number] = max(lines.get(number, 0), int(parts[1]))
        elif key == "BRDA" and len(parts) >= 4:
            branch = (parts[0], parts[1], parts[2])
            branches[branch] = branches.get(branch, False) or parts[3] not in ("-", "0")
        elif key == "FNDA" and len(parts) >= 2:
            functions[parts[1]] = max(functions.get(parts[1], 0), int(parts[0]))
    if not found:
        return None
    return Coverage(
        lines_found=len(lines), lines_hit=sum(1 for hits in lines.values() if hits > 0),
        branches_found=len(branches), branches_hit=sum(1 for hit in branches.values() if hit),
        functions_found=len(functions), functions_hit=sum(1 for hits in functions.values() if hits > 0),
    )


def merge(coverages: list[Coverage]) -> Coverage:
    return Coverage(
        lines_found=sum(c.lines_found for c in coverages), lines_hit=sum(c.lines_hit for c in coverages),
        branches_found=sum(c.branches_found for c in coverages), branches_hit=sum(c.branches_hit for c in coverages),
        functions_found=sum(c.functions_found for c in coverages), functions_hit=sum(c.functions_hit for c in coverages),
    )


IMPORT_RE = re.compile(r'^\s*import\s+(?:[^"\']*\bfrom\s+)?["\']([^"\']+)["\']', re.MULTILINE)


def contract_coverage(text: str, source_rel: str, source_text: str) -> tuple[Coverage | None, list[str]]:
    """Coverage of the contract's file; when it has no executable lines of its own (a contract that
    only configures what it inherits), coverage of the files it imports directly. Returns the files."""
    own = parse_lcov(text, source_rel)
    if own is not None and own.lines_found:
        return own, [source_rel]
    imported = [path for path in IMPORT_RE.findall(source_text) if not path.startswith(".")]
    found = [(path, cov) for path in imported if (cov := parse_lcov(text, path)) is not None]
    if not found:
        return own, [source_rel]
    return merge([cov for _, cov in found] + ([own] if own else [])), [source_rel, *(p for p, _ in found)]


def _same_file(reported: str, source: str) -> bool:
    reported_path, source_path = Path(reported), Path(source)
    if reported_path == source_path:
        return True
    return reported_path.parts[-len(source_path.parts):] == source_path.parts
