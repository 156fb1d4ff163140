"""Generation bench: request -> generate -> compile -> deploy on a fresh anvil -> check on chain.

    .venv/bin/python bench/generation.py [--prompts FILE ...] [--json]

Each line of a prompts file is {"id", "prompt", "family", "expect": {...}} or, for requests that must
be refused, {"expect_error": true}; an optional "options" is passed to generation (e.g. {"family": ...,
"template_options": {...}} to check a template's breadth apart from how requests are read). Checks: name, symbol, decimals, total_supply, interfaces (ERC165
ids), abi_has / abi_lacks (function names), calls (view -> expected value as a string; "fn(1,0xAb..)"
passes arguments), proxy
("uups" | "transparent": deployed behind that proxy), and behaviour (what the contract does on chain:
see bench/behaviour.py, e.g. a paused token moves nothing, minting over the cap reverts, royaltyInfo
pays the stated share, a soulbound token cannot move, an upgrade keeps state). Prints a table and the
adherence figure (requests whose every check passed / all requests); exits 1 if any request failed.
Anvil is started on a free port and stopped at the end; contracts go through the real deployment
stage (implementation + proxy for upgradeable ones) from anvil's first dev account, which replaces
every "$deployer" placeholder. Any prompt file in this format works (`--set tune|eval|holdout` for the
request sets in bench/). A request whose requirements the contract would not all honour stops, as a
workflow would: right when the case expects that stop ("expect_stop": [keys]) or allows it ("unmet_ok").
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_PROMPTS = Path("/work/shared/bench/prompts.jsonl")
ANVIL = ROOT / "node_modules" / "@foundry-rs" / "anvil-linux-amd64" / "bin" / "anvil"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_anvil() -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen([str(ANVIL), "--host", "127.0.0.1", "--port", str(port), "--silent"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    from web3 import Web3

    w3 = Web3(Web3.HTTPProvider(url, request_kwargs={"timeout": 10}))
    for _ in range(100):
        if proc.poll() is not None:
            raise RuntimeError(f"anvil exited with {proc.returncode}")
        try:
            w3.eth.chain_id
            return proc, url
        except Exception:
            time.sleep(0.1)
    proc.terminate()
    raise RuntimeError("anvil did not answer within 10 s")


def check_contract(w3: Any, address: str, abi: list[dict], expect: dict[str, Any]) -> list[str]:
    """Failed checks, as short sentences (empty when everything holds)."""
    contract = w3.eth.contract(address=address, abi=abi)
    names = {f["name"] for f in abi if f.get("type") == "function"}
    failures = []

    def call(fn: str) -> Any:
        return getattr(contract.functions, fn)().call()

    for field, fn in (("name", "name"), ("symbol", "symbol"), ("decimals", "decimals"), ("total_supply", "totalSupply")):
        if field in expect:
            try:
                got = call(fn)
            except Exception as exc:  # noqa: BLE001 - report, do not stop the bench
                failures.append(f"{fn}() failed: {type(exc).__name__}")
                continue
            if str(got) != str(expect[field]):
                failures.append(f"{fn}() = {got!r}, expected {expect[field]!r}")
    for interface in expect.get("interfaces", []):
        try:
            if not contract.functions.supportsInterface(bytes.fromhex(interface[2:])).call():
                failures.append(f"supportsInterface({interface}) is false")
        except Exception as exc:  # noqa: BLE001
            failures.append(f"supportsInterface({interface}) failed: {type(exc).__name__}")
    for fn in expect.get("abi_has", []):
        if fn not in names:
            failures.append(f"no function {fn} in the ABI")
    for fn in expect.get("abi_lacks", []):
        if fn in names:
            failures.append(f"function {fn} is in the ABI, the request ruled it out")
    for fn, value in expect.get("calls", {}).items():
        try:
            got = call_with_args(contract, fn) if "(" in fn else call(fn)
            if str(got) != str(value):
                failures.append(f"{fn}() = {got!r}, expected {value!r}")
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{fn}() failed: {type(exc).__name__}")
    return failures


def call_with_args(contract: Any, call: str) -> Any:
    """'shares(0xAb..)', 'royaltyInfo(1,10000)', 'hasRole(0x9f..32 bytes,0xAb..)': numbers, addresses, bytes32."""
    name, raw = call[:-1].split("(", 1)
    args: list[Any] = []
    for arg in filter(None, (a.strip() for a in raw.split(","))):
        if arg.startswith("0x") and len(arg) == 66:
            args.append(bytes.fromhex(arg[2:]))
        elif arg.startswith("0x"):
            from web3 import Web3

            args.append(Web3.to_checksum_address(arg))
        else:
            args.append(int(arg))
    got = getattr(contract.functions, name)(*args).call()
    return list(got) if isinstance(got, tuple) else got


def stopped_as_asked(case: dict[str, Any], spec: Any) -> tuple[bool, str] | None:
    """None when nothing is unmet; else whether stopping is right for this case, and the one line."""
    from agents.generation import requirements

    line = requirements.stop_line(spec)
    if not line:
        return None
    unmet = {r.key for r in requirements.problems(spec)}
    if requirements.template_exists(spec.family):
        unmet |= {requirements.option_name(spec.family, r.key) or r.key for r in requirements.problems(spec)}
    unmet = {k[:-len("_seconds")] if k.endswith("_seconds") else k for k in unmet}  # "voting_delay" names voting_delay_seconds
    if case.get("expect_stop"):
        ok = set(case["expect_stop"]) <= unmet
    else:
        ok = unmet <= set(case.get("unmet_ok", []))
    return ok, line


def run(prompts_files: list[Path] | Path) -> list[dict[str, Any]]:
    import tempfile

    from web3 import Web3

    from agents.compilation import CompilationService
    from agents.deployment import Deployer, FileJournal
    from agents.generation import GenerationService
    from bench.behaviour import Chain, run_checks, stand_in_votes_token
    from hyperagent.errors import HyperAgentError, RequirementsUnmetError
    from hyperagent.networks import NetworkConfig
    from hyperagent.signing import dev_signer

    files = [prompts_files] if isinstance(prompts_files, Path) else list(prompts_files)
    cases = [json.loads(line) for f in files for line in f.read_text().splitlines() if line.strip()]
    journal = FileJournal(tempfile.mkdtemp(prefix="bench-journal-"))
    service = GenerationService()
    service.generate("warm-up: ERC20 called Warm Up")  # import and template-load cost, not per-request cost
    proc, url = start_anvil()
    rows = []
    try:
        w3 = Web3(Web3.HTTPProvider(url, request_kwargs={"timeout": 30}))
        deployer = w3.eth.accounts[0]
        for case in cases:
            row: dict[str, Any] = {"id": case.get("id", "?"), "family": case.get("family", "?"), "contract": "-",
                                   "generate_s": None, "compile_s": None, "deploy_s": None, "ok": False, "detail": ""}
            rows.append(row)
            started = time.perf_counter()
            try:
                draft = service.generate(case["prompt"], case.get("options"))
            except RequirementsUnmetError as exc:
                row["generate_s"] = round(time.perf_counter() - started, 3)
                row["ok"], row["detail"] = stopped_as_asked(case, exc.spec) or (False, str(exc))
                row["detail"] = "stopped: " + row["detail"][:110]
                continue
            except HyperAgentError as exc:
                row["generate_s"] = round(time.perf_counter() - started, 3)
                row["ok"] = bool(case.get("expect_error"))
                row["detail"] = ("refused: " if row["ok"] else "generation failed: ") + str(exc)[:110]
                continue
            row["generate_s"] = round(time.perf_counter() - started, 3)
            stop = None if (case.get("options") or {}).get("allow_partial") else stopped_as_asked(case, draft.spec)
            if stop is not None or case.get("expect_stop"):
                row["ok"], row["detail"] = stop or (False, f"deployable, expected a stop on {case['expect_stop']}")
                row["detail"] = ("stopped: " if stop else "") + row["detail"][:110]
                continue
            row["contract"] = draft.contract_name
            row["got_family"] = draft.spec.family
            if case.get("expect_error"):
                row["detail"] = f"expected a refusal, generated {draft.spec.family}"
                continue
            try:
                started = time.perf_counter()
                compiled = CompilationService().compile(draft)
                row["compile_s"] = round(time.perf_counter() - started, 2)
                started = time.perf_counter()
                network = NetworkConfig(name="local", chain_id=int(w3.eth.chain_id), rpc_url=url, is_local=True)
                if draft.spec.family == "governor" and draft.spec.addresses.get("token"):
                    stand_in_votes_token(w3, Web3.to_checksum_address(draft.spec.addresses["token"]),
                                         draft.spec.options.get("clock", "blocknumber"))
                result = Deployer().deploy(compiled, draft.constructor_args, network, journal,
                                           f"{case.get('id', '?')}-{len(rows)}", dev_signer(0))
                row["deploy_s"] = round(time.perf_counter() - started, 3)
                row["gas"] = result.gas_used
                expect = case.get("expect", {})
                failures = check_contract(w3, result.address, compiled.abi, expect)
                if "proxy" in expect and (result.proxy_kind or "none") != expect["proxy"]:
                    failures.append(f"deployed behind {result.proxy_kind or 'no proxy'}, expected {expect['proxy']}")
                if expect.get("behaviour"):
                    actors = [a for a in (draft.spec.addresses.get("all") or "").split(",") if a]
                    failures += run_checks(Chain(w3, result.address, compiled.abi, deployer, compiled, actors),
                                           expect["behaviour"])
                if case.get("family") and case["family"] != draft.spec.family:
                    failures.insert(0, f"family {draft.spec.family}, expected {case['family']}")
            except Exception as exc:  # noqa: BLE001 - one bad case must not stop the bench
                row["detail"] = f"{type(exc).__name__}: {str(exc)[:110]}"
                continue
            row["ok"] = not failures
            row["detail"] = "; ".join(failures) if failures else "all checks passed"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    def fmt(v: Any) -> str:
        return "-" if v is None else str(v)

    header = f"{'id':<5} {'family':<10} {'contract':<22} {'gen s':>6} {'solc s':>6} {'dep s':>6}  {'ok':<4} detail"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['id']:<5} {fmt(r['family']):<10} {fmt(r['contract'])[:22]:<22} {fmt(r['generate_s']):>6} {fmt(r['compile_s']):>6} "
              f"{fmt(r['deploy_s']):>6}  {'PASS' if r['ok'] else 'FAIL':<4} {r['detail']}")
    passed = sum(r["ok"] for r in rows)
    gen = [r["generate_s"] for r in rows if r["generate_s"] is not None]
    print(f"\nadherence: {passed}/{len(rows)} = {passed / max(len(rows), 1):.1%}   "
          f"generation: max {max(gen, default=0):.3f} s, mean {sum(gen) / max(len(gen), 1):.3f} s per request")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=Path, nargs="+", default=[DEFAULT_PROMPTS],
                        help="JSON-lines prompt files (any number; each line one request)")
    parser.add_argument("--set", choices=("tune", "eval", "holdout"), help="a request set in bench/ instead of --prompts")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    args = parser.parse_args(argv)
    if args.set:
        args.prompts = [ROOT / "bench" / {"tune": "requests-tune.jsonl", "eval": "requests-eval.jsonl",
                                          "holdout": "prompts-holdout.jsonl"}[args.set]]
    rows = run(args.prompts)
    if args.json:
        print(json.dumps({"rows": rows, "passed": sum(r["ok"] for r in rows), "total": len(rows)}))
    else:
        print_table(rows)
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
