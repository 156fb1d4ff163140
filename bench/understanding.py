"""Understanding bench: does the request's reading match what the request says? Offline, no chain.

    .venv/bin/python bench/understanding.py [--set tune|eval|FILE ...] [--json] [--show ID ...]

Each line of a set (bench/requests-tune.jsonl, bench/requests-eval.jsonl) holds the request, the expected
spec fields ("spec": name, symbol, decimals, initial_supply, cap, features, disabled, options, addresses),
the expected requirement statuses ("requirements": {spec path: honoured|unmet}) and what must happen: a contract whose requirements are all honoured (default), a stop naming the unmet
requirements ("expect_stop": [keys]), or a refusal ("expect_error": true). "unmet_ok": [keys] are options
the templates do not offer yet: stopping on them is the honest answer until they do.
Prints the misses and the figure per set, style and language, and the silent wrong deploys: misses
whose reading would deploy (no stop, no refusal), i.e. a contract other than asked without a word. On-chain checks of the same sets:
bench/generation.py --set tune|eval. An expected feature also counts as read when the spec records it as an option's
value (upgradeable=uups, access=roles, clock=timestamp). Blind sets are written from bench/blind-brief.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETS = {"tune": ROOT / "bench" / "requests-tune.jsonl", "eval": ROOT / "bench" / "requests-eval.jsonl"}


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        a_list = a if isinstance(a, list) else str(a).split(",")
        b_list = b if isinstance(b, list) else str(b).split(",")
        return len(a_list) == len(b_list) and all(_same(x, y) for x, y in zip(a_list, b_list))
    try:
        return Decimal(str(a)) == Decimal(str(b))
    except (InvalidOperation, ValueError):
        return str(a).lower() == str(b).lower()


_PRIVILEGED = {"mintable", "pausable", "burnable", "soulbound", "flashmint", "votes", "permit", "royalties", "public_mint",
               "upgradeable"}
"""Abilities that change who can do what: one the request never asked for is a silent difference."""


_ALIASES = {"roles": "access"}
"""Expected feature names the spec records under another key (roles as access=roles)."""


def _changes_the_contract(spec: Any, feature: str) -> bool:
    """Whether reading the feature changed the template's options (an NFT collection's owner mints by default, so a
    minter read there adds nothing; an owner mint beside a public mint, or on an ERC-20, does)."""
    from agents.generation import composer

    resolved = spec.options.get("template_options")
    if not resolved or spec.family not in composer.families():
        return True
    without = spec.model_copy(update={"features": [f for f in spec.features if f != feature],
                                      "options": {k: v for k, v in spec.options.items() if k != "template_options"}})
    try:
        return composer.resolve_options(without) != resolved
    except Exception:
        return True


def expected_requirements(expected: dict[str, Any]) -> set[str]:
    return set(expected.get("_requirements", {}))


def spec_misses(spec: Any, expected: dict[str, Any]) -> list[str]:
    misses = []
    for field in ("family", "name", "symbol", "decimals", "initial_supply", "cap"):
        if field in expected and str(getattr(spec, field)) != str(expected[field]):
            misses.append(f"{field} {getattr(spec, field)!r}, expected {expected[field]!r}")
    for field in ("initial_supply", "cap"):  # a quantity the request never gave ("we've got 3 lifts" as a cap of 3)
        if field not in expected and getattr(spec, field) not in (None, "0") and \
                any(r.field == field and r.text for r in spec.requirements):
            misses.append(f"{field} {getattr(spec, field)!r} read, the request gives none")
    off = set(spec.disabled) | {r.key for r in spec.requirements if r.kind.value == "option" and r.value is False}
    resolved = spec.options.get("template_options", {})  # options the template derives ("deadline" from a duration)
    for feature in expected.get("features", []):
        if feature not in spec.features and resolved.get(feature) is not True and \
                not any(r.key == _ALIASES.get(feature, feature) and r.value not in (False, None)
                        for r in spec.requirements):  # "upgradeable" read as upgradeable=uups
            misses.append(f"feature {feature} missing")
    asked = set(expected.get("features", [])) | {k.split(".", 1)[1] for k in expected_requirements(expected)
                                                   if k.startswith("features.")}
    for feature in sorted(_PRIVILEGED & set(spec.features) - asked):  # an ability the request never asked for
        if any(r.key == feature and r.value is True and r.text and r.status.value == "honoured" for r in spec.requirements) and \
                _changes_the_contract(spec, feature):
            misses.append(f"feature {feature} read, the request asks for none")
    for feature in expected.get("disabled", []):
        if feature not in off:
            misses.append(f"{feature} not turned off")
    for key, value in expected.get("options", {}).items():
        recorded = [r.value for r in spec.requirements if r.field == f"options.{key}"]  # access=roles lives there
        if (key not in spec.options or not _same(spec.options[key], value)) and \
                not (key not in spec.options and recorded and _same(recorded[0], value)):
            misses.append(f"options.{key} {spec.options.get(key)!r}, expected {value!r}")
    for role, value in expected.get("addresses", {}).items():
        listed = "," in str(value)  # several addresses: the role's list, not its first address
        got = (spec.addresses.get(role + "s") if listed else None) or spec.addresses.get(role) or \
            spec.addresses.get(role + "s")
        if got is None or not _same(got, value):
            misses.append(f"address {role} {got!r}, expected {value!r}")
    return misses


def _matches(r: Any, path: str) -> bool:
    from agents.generation.spec_parser import _WEAK_FEATURES

    head, _, name = path.partition(".")
    if path == "family":
        return r.kind.value == "family"
    if head in ("features", "disabled"):
        weak = _WEAK_FEATURES.get(name)
        if weak:  # "message" asks for value_type=string, "anyone can change it" for owner_only=false
            return r.kind.value == "option" and r.key in {name, weak[0]}
        return r.kind.value == "option" and r.key == _ALIASES.get(name, name) and \
            (r.value is not False) == (head == "features")
    if head == "addresses":
        return r.field in (path, path + "s")
    return r.field == path


def status_misses(spec: Any, case: dict[str, Any]) -> list[str]:
    """Expected requirement statuses ("requirements": {spec path: status}); a key in unmet_ok may be unmet."""
    misses = []
    allowed = set(case.get("unmet_ok", []))
    if "family" in allowed and spec.requirements and spec.requirements[0].status.value == "unmet":
        return []  # no template yet: the other requirements were not checked
    for path, expected in case.get("requirements", {}).items():
        found = [r for r in spec.requirements if _matches(r, path)]
        if not found:
            misses.append(f"no requirement for {path}")
            continue
        got = found[0].status.value
        name = path.split(".")[-1]
        key = found[0].key.removesuffix("_seconds")
        if got != expected and not (got == "unmet" and (name in allowed or key in allowed)):
            misses.append(f"{path} {got}, expected {expected}")
    return misses


def run_case(service: Any, case: dict[str, Any]) -> dict[str, Any]:
    from agents.generation import requirements
    from hyperagent.errors import GenerationError, RequirementsUnmetError

    row: dict[str, Any] = {"id": case["id"], "style": case.get("style", "-"), "lang": case.get("lang", "-"),
                           "ok": False, "detail": "", "outcome": ""}
    started = time.perf_counter()
    spec = None
    try:
        draft = service.generate(case["prompt"])
        spec = draft.spec
        stop = requirements.stop_line(spec)
        row["outcome"] = "stop" if stop else "deploy"
    except RequirementsUnmetError as exc:
        spec, stop = exc.spec, str(exc)
        row["outcome"] = "stop"
    except GenerationError as exc:
        row["seconds"] = time.perf_counter() - started
        row["outcome"] = "refused"
        row["ok"] = bool(case.get("expect_error"))
        row["detail"] = ("refused as expected" if row["ok"] else "refused: ") + ("" if row["ok"] else str(exc)[:120])
        return row
    row["seconds"] = time.perf_counter() - started
    if case.get("expect_error"):
        row["detail"] = f"expected a refusal, got {spec.family} ({row['outcome']})"
        row["silent_wrong"] = row["outcome"] == "deploy"  # a scam the workflow would deploy without a word
        return row
    misses = spec_misses(spec, {**case.get("spec", {}), **({"family": case["family"]} if case.get("family") else {}),
                                "_requirements": case.get("requirements", {})})
    misses += status_misses(spec, case)
    unmet = {r.key for r in requirements.problems(spec)}
    if requirements.template_exists(spec.family):
        unmet |= {requirements.option_name(spec.family, r.key) or r.key for r in requirements.problems(spec)}
    unmet |= {k.rsplit("_", 1)[0] for k in unmet if k.endswith("_seconds")}  # "voting_delay" names voting_delay_seconds
    if case.get("expect_stop"):
        if row["outcome"] != "stop":
            misses.append(f"deploys, expected a stop on {case['expect_stop']}")
        elif not set(case["expect_stop"]) <= unmet:
            misses.append(f"stops on {sorted(unmet)}, expected {case['expect_stop']}: {stop[:100]}")
    elif row["outcome"] == "stop":
        allowed = set(case.get("unmet_ok", []))
        named = {k for k in unmet if not any(k == a + "_seconds" for a in allowed)}
        if not named <= allowed | {"family"} or ("family" in unmet and "family" not in allowed):
            misses.append(f"stops: {stop[:140]}")
        else:
            row["outcome"] = "stop-honest"
    row["ok"] = not misses
    row["silent_wrong"] = bool(misses) and row["outcome"] == "deploy"  # would deploy something not asked, unsaid
    row["detail"] = "; ".join(misses) if misses else ("stopped as expected" if row["outcome"].startswith("stop") else "spec right")
    return row


def run(paths: list[Path]) -> dict[str, list[dict[str, Any]]]:
    from agents.generation import GenerationService

    service = GenerationService()
    service.generate("warm-up: ERC20 called Warm Up")
    out = {}
    for path in paths:
        cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        out[path.name] = [run_case(service, case) for case in cases]
    return out


def summary(rows: list[dict[str, Any]]) -> str:
    passed = sum(r["ok"] for r in rows)
    seconds = [r["seconds"] for r in rows if "seconds" in r]
    by: dict[str, dict[str, list[bool]]] = {"style": defaultdict(list), "lang": defaultdict(list)}
    for r in rows:
        by["style"][r["style"]].append(r["ok"])
        by["lang"][r["lang"]].append(r["ok"])
    silent = [r["id"] for r in rows if r.get("silent_wrong")]
    parts = [f"{passed}/{len(rows)} = {passed / max(len(rows), 1):.1%} right, "
             f"{len(silent)} silent wrong deploys" + (f" ({', '.join(silent)})" if silent else ""),
             f"reading {1000 * sum(seconds) / max(len(seconds), 1):.1f} ms mean, {1000 * max(seconds, default=0):.1f} ms max"]
    for axis in ("lang", "style"):
        parts.append(f"by {axis}: " + ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(by[axis].items())))
    return "\n  ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", dest="sets",
                        help="tune, eval, blind (every bench/requests-blind-*.jsonl) or a JSON-lines file (repeatable)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    paths = [p for s in (args.sets or ["tune", "eval"])
             for p in (sorted(ROOT.glob("bench/requests-blind-*.jsonl")) if s == "blind" else [SETS.get(s, Path(s))])]
    results = run(paths)
    if args.json:
        print(json.dumps(results, default=str))
    else:
        for name, rows in results.items():
            print(f"== {name}")
            for r in rows:
                if not r["ok"]:
                    print(f"  {'SILENT' if r.get('silent_wrong') else 'MISS':<6} {r['id']:<5} {r['lang']:<3} {r['style']:<11} {r['detail']}")
            print("  " + summary(rows))
    return 0 if all(r["ok"] for rows in results.values() for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
