"""The local model in the pipeline: free-form contracts and spec reading, measured.

    .venv/bin/python bench/llm.py [--free-form FILE] [--specs FILE ...] [--only free-form|specs]
                                  [--limit N] [--rounds 3] [--no-retrieval] [--json OUT]

Free-form (bench/llm-requests.jsonl, requests outside the template families, written before tuning; `reference`
says whether rag_corpus/references has a contract of that kind): each request goes through the LLM engine
(retrieved reference, compile-repair rounds with solc, the Slither round), then is deployed on a fresh anvil
with its constructor arguments and tested by the generated tests (agents/testing, forge). Printed per request
and in total: compiled after round 0/1/2/3, deployed, generated tests passed, wall time, tokens in and out.

Spec reading (the generation issue's request sets; default /work/shared/bench/prompts.jsonl and
bench/prompts-holdout.jsonl, bench/requests-eval.jsonl when present): the model reads each request into the
reduced schema; agreement with the rule parser (no ambiguity) and seconds per request.

The model is HYPERAGENT_LLM_MODEL or the default (make llm), served by the managed llama.cpp server (started
if needed, left running: `hyperagent down` stops it). Timings depend on the machine's load: say how busy it was.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DEFAULT_FREE_FORM = ROOT / "bench" / "llm-requests.jsonl"
DEFAULT_SPECS = [p for p in (ROOT / "bench" / "requests-eval.jsonl", Path("/work/shared/bench/prompts.jsonl"),
                             ROOT / "bench" / "prompts-holdout.jsonl") if p.is_file()]


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def substitute(value: Any, deployer: str) -> Any:
    """Constructor arguments with every "$deployer" placeholder replaced by the deploying account."""
    if value == "$deployer":
        return deployer
    if isinstance(value, list):
        return [substitute(v, deployer) for v in value]
    return value


def deploy(url: str, compiled: Any, args: list[Any]) -> str:
    from web3 import Web3

    w3 = Web3(Web3.HTTPProvider(url, request_kwargs={"timeout": 30}))
    account = w3.eth.accounts[0]
    factory = w3.eth.contract(abi=compiled.abi, bytecode=compiled.bytecode)
    tx = factory.constructor(*substitute(args, account)).transact({"from": account})
    receipt = w3.eth.wait_for_transaction_receipt(tx, timeout=30)
    if receipt.status != 1:
        raise RuntimeError("deployment reverted")
    return receipt.contractAddress


def free_form(requests: list[dict[str, Any]], rounds: int, save: Any = lambda rows: None,
              retrieval: bool = True) -> list[dict[str, Any]]:
    from generation import start_anvil

    from agents.compilation.compiler import compile_source
    from agents.generation.llm import LLMEngine, local_chat_model, slither_feedback
    from agents.models import ContractSpec
    from agents.testing.service import TestingService

    chat_model = local_chat_model()
    anvil, url = start_anvil()
    rows = []
    try:
        for item in requests:
            row: dict[str, Any] = {"id": item["id"], "reference": item.get("reference"), "compiled_after": None,
                                   "deployed": False, "tests": None, "error": None}
            started = time.monotonic()
            engine = LLMEngine(chat_model, model="local", audit_fn=slither_feedback, max_rounds=rounds,
                               **({} if retrieval else {"retriever": None}))
            spec = ContractSpec(prompt=item["prompt"], family="custom", name="Custom Contract",
                                contract_name="CustomContract")
            try:
                draft = engine.generate(spec)
                row.update(compiled_after=draft.llm["compiled_after_round"], answers=draft.llm["answers"],
                           retrieved=draft.retrieved, contract=draft.contract_name)
                compiled = compile_source(draft.source, draft.file_name, draft.contract_name)
                try:
                    row["address"] = deploy(url, compiled, draft.constructor_args)
                    row["deployed"] = True
                except Exception as exc:  # noqa: BLE001 - reported per request
                    row["error"] = f"deploy: {str(exc)[:200]}"
                with tempfile.TemporaryDirectory() as tmp:
                    report = TestingService(coverage=False).run(draft, compiled, Path(tmp) / "project")
                row["tests"] = {"passed": report.passed, "failed": report.failed,
                                "failures": [f"{c.name}: {(c.reason or '')[:120]}" for c in report.cases
                                             if c.status == "failed"][:3]}
            except Exception as exc:  # noqa: BLE001 - reported per request
                row["error"] = row["error"] or " ".join(str(exc).split())[:400]
            row["seconds"] = round(time.monotonic() - started, 1)
            row["input_tokens"] = int(engine.usage.get("input_tokens", 0))
            row["output_tokens"] = int(engine.usage.get("output_tokens", 0))
            row["source"] = engine.transcript[-1].content if engine.transcript else ""
            rows.append(row)
            print_free_form_row(row)
            save(rows)
    finally:
        anvil.terminate()
    return rows


def print_free_form_row(row: dict[str, Any]) -> None:
    tests = row["tests"]
    tests_text = "-" if tests is None else f"{tests['passed']}/{tests['passed'] + tests['failed']}"
    compiled = "no" if row["compiled_after"] is None else f"round {row['compiled_after']}"
    print(f"{row['id']:5} ref={'y' if row['reference'] else 'n'} compiled={compiled:8} "
          f"deployed={'yes' if row['deployed'] else 'no ':3} tests={tests_text:6} {row['seconds']:7.1f}s "
          f"in={row['input_tokens']:6} out={row['output_tokens']:5}  {row['error'] or ''}"[:400], flush=True)


def free_form_totals(rows: list[dict[str, Any]], rounds: int) -> dict[str, Any]:
    n = len(rows) or 1
    by_round = {r: sum(1 for x in rows if x["compiled_after"] is not None and x["compiled_after"] <= r)
                for r in range(rounds + 1)}
    passed = sum(1 for x in rows if x["tests"] and x["tests"]["failed"] == 0 and x["tests"]["passed"] > 0)
    return {"requests": len(rows), "compiled_by_round": by_round,
            "compiled_and_deployed": sum(1 for x in rows if x["deployed"]),
            "compiled_and_deployed_rate": round(sum(1 for x in rows if x["deployed"]) / n, 3),
            "tests_passed": passed, "seconds_total": round(sum(x["seconds"] for x in rows), 1),
            "seconds_median": statistics.median([x["seconds"] for x in rows]) if rows else None,
            "input_tokens": sum(x["input_tokens"] for x in rows), "output_tokens": sum(x["output_tokens"] for x in rows)}


def specs(paths: list[Path], limit: int | None, save: Any = lambda rows: None) -> list[dict[str, Any]]:
    from agents.generation import spec_parser
    from agents.generation.llm import local_chat_model
    from agents.generation.model_reader import compare, read_request
    from agents.models import ContractSpec
    from hyperagent.errors import GenerationError

    chat_model = local_chat_model()
    items = [item for path in paths for item in load(path) if not item.get("expect_error")]
    rows = []
    for item in items[:limit]:
        prompt = item["prompt"]
        try:
            spec = spec_parser.parse(prompt)
        except GenerationError as exc:
            if not str(exc).startswith("cannot generate"):
                continue  # refusals never reach the model
            spec = ContractSpec(prompt=prompt, family="custom", name="Custom Contract")
        started = time.monotonic()
        usage: dict[str, float] = {}
        try:
            reading = read_request(chat_model, prompt, usage)
            ambiguities = [a.describe() for a in compare(spec, reading)]
            error = None
        except GenerationError as exc:
            ambiguities, error = [], str(exc)[:200]
        row = {"id": item.get("id"), "family": spec.family, "agree": not ambiguities and error is None,
               "ambiguities": ambiguities, "error": error, "seconds": round(time.monotonic() - started, 1),
               "input_tokens": int(usage.get("input_tokens", 0)), "output_tokens": int(usage.get("output_tokens", 0))}
        rows.append(row)
        save(rows)
        print(f"{str(row['id']):6} {row['family']:10} {'agree' if row['agree'] else 'DIFFER':6} {row['seconds']:6.1f}s "
              f"{'; '.join(ambiguities) or error or ''}"[:300], flush=True)
    return rows


def spec_totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    seconds = [r["seconds"] for r in rows]
    return {"requests": len(rows), "agree": sum(r["agree"] for r in rows),
            "agreement": round(sum(r["agree"] for r in rows) / (len(rows) or 1), 3),
            "seconds_mean": round(statistics.mean(seconds), 1) if seconds else None,
            "seconds_median": statistics.median(seconds) if seconds else None,
            "seconds_max": max(seconds) if seconds else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--free-form", type=Path, default=DEFAULT_FREE_FORM)
    parser.add_argument("--specs", type=Path, nargs="*", default=DEFAULT_SPECS)
    parser.add_argument("--only", choices=["free-form", "specs"])
    parser.add_argument("--limit", type=int, help="at most N requests of each part")
    parser.add_argument("--rounds", type=int, default=3, help="repair rounds after the first answer")
    parser.add_argument("--no-retrieval", action="store_true", help="no reference contract in the prompt (ablation)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "llm-results.json")
    args = parser.parse_args()
    results: dict[str, Any] = {"started": time.strftime("%Y-%m-%d %H:%M:%S")}
    try:
        import os

        results["load_average_at_start"] = os.getloadavg()
    except OSError:
        pass
    def saver(part: str) -> Any:
        def save(rows: list[dict[str, Any]]) -> None:  # after every request: a long run can be read while it goes
            results[part] = {"rows": rows}
            args.json.write_text(json.dumps(results, indent=1, default=str))
        return save

    if args.only in (None, "free-form"):
        print("== free-form requests (round = repair rounds before it compiled)")
        rows = free_form(load(args.free_form)[:args.limit], args.rounds, saver("free_form"), not args.no_retrieval)
        results["free_form"] = {"rows": rows, "totals": free_form_totals(rows, args.rounds)}
        print(json.dumps(results["free_form"]["totals"]))
    if args.only in (None, "specs"):
        print("== spec reading: model vs rules")
        rows = specs(args.specs, args.limit, saver("specs"))
        results["specs"] = {"rows": rows, "totals": spec_totals(rows)}
        print(json.dumps(results["specs"]["totals"]))
    args.json.write_text(json.dumps(results, indent=1, default=str))


if __name__ == "__main__":
    main()
