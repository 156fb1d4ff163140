"""Fuzz adapter: Foundry invariant tests, stateful, on the compiled contract.

Generated contracts of a known family get that family's properties from the testing stage
(`agents.testing.properties`) when the caller passes the draft and compiled contract; any other
contract gets the generic properties of `fuzz_harness` (no ether theft, no owner takeover, no
balance above supply). A broken property becomes a finding at the last function of the shortest
failing call sequence Foundry found, with that sequence in the description.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from agents.audit import fuzz_harness
from agents.audit.base import FUZZ, AuditTarget, AuditTool, ToolSettings
from agents.models import Finding, Severity
from hyperagent.errors import ToolError
from hyperagent.paths import data_dir
from hyperagent.settings import get_settings
from hyperagent.toolchain.forge import ForgeRunner

HARNESS_SOLC = "0.8.28"


class FuzzTool(AuditTool):
    NAME = "fuzz"
    HELP = "Stateful fuzzing of each deployable contract with Foundry invariant tests (family or generic properties)"
    KIND = FUZZ
    DEFAULT_TIMEOUT = 120.0

    def __init__(self) -> None:
        super().__init__()
        self.forge = ForgeRunner()

    def available(self) -> bool:
        return self.forge.available()

    def version(self) -> str | None:
        digest = hashlib.sha256(Path(fuzz_harness.__file__).read_bytes()).hexdigest()[:8]
        return f"{self.forge.version}+harness.{digest}" if self.forge.version else None

    def _run(self, target: AuditTarget, settings: ToolSettings) -> list[Finding]:
        source, calls = fuzz_harness.suite(target.artifacts)
        family = family_suite(target)
        if not calls and not family:
            return []
        project = self._project(target, source if calls else None, settings, family)
        result = self.forge.test(project, json=True, timeout=settings.timeout, extra=["--offline"])
        data = _forge_json(result.stdout)
        if data is None:
            raise ToolError(f"forge could not run the fuzz suite: {_first_error(result.stderr or result.stdout)}")
        return findings_from(data, calls, target)

    def _project(self, target: AuditTarget, source: str | None, settings: ToolSettings,
                 family: dict[str, str] | None) -> Path:
        from hyperagent.paths import openzeppelin_dir
        from hyperagent.toolchain.solc import solc_binary_for

        key = hashlib.sha256(f"{target.source_hash}{source}{sorted((family or {}).items())}".encode()).hexdigest()[:16]
        project = data_dir() / "audit-work" / "fuzz" / key
        (project / "test").mkdir(parents=True, exist_ok=True)
        (project / "src").mkdir(exist_ok=True)
        if source:
            (project / "test" / "FuzzAudit.t.sol").write_text(source)
        for relative, text in (family or {}).items():
            (project / relative).parent.mkdir(parents=True, exist_ok=True)
            (project / relative).write_text(text)
        solc = solc_binary_for(get_settings().solc_version or HARNESS_SOLC)
        (project / "foundry.toml").write_text(
            "[profile.default]\n"
            'src = "src"\ntest = "test"\nout = "out"\nlibs = []\n'
            f'remappings = ["@openzeppelin/={openzeppelin_dir()}/"]\n'
            f'solc = "{solc}"\noffline = true\nauto_detect_solc = false\noptimizer = false\n'
            f"\n[invariant]\nruns = {max(8, settings.fuzz_runs // 4)}\ndepth = {settings.fuzz_depth}\n"
            "fail_on_revert = false\nshrink_run_limit = 200\n"
            f"\n[fuzz]\nruns = {settings.fuzz_runs}\nseed = \"0x1\"\n")
        return project


def family_suite(target: AuditTarget) -> dict[str, str] | None:
    """The testing stage's invariant suite for a generated contract's family: files to add, or None."""
    if target.draft is None or target.compiled is None:
        return None
    try:
        from agents.testing.properties import invariant_source, support_files
    except ImportError:
        return None
    source = invariant_source(target.draft, target.compiled)
    if not source:
        return None
    name = target.compiled.contract_name
    return {f"src/{name}.sol": target.source, "test/FamilyInvariants.t.sol": source, **support_files()}


def _forge_json(stdout: str) -> dict[str, Any] | None:
    for line in reversed(stdout.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    return None


def _first_error(text: str) -> str:
    for line in text.splitlines():
        if "rror" in line:
            return line.strip()[:300]
    return text.strip().splitlines()[0][:300] if text.strip() else "no output"


def findings_from(data: dict[str, Any], calls: dict[str, dict[str, str]], target: AuditTarget) -> list[Finding]:
    findings = []
    for suite_id, suite in data.items():
        contract = suite_id.rsplit(":", 1)[-1].removeprefix("FuzzAudit_")
        for test_name, result in (suite.get("test_results") or {}).items():
            if result.get("status") != "Failure":
                continue
            prop = test_name.split("(")[0]
            category, swc, title = fuzz_harness.PROPERTY_CATEGORY.get(prop, ("other", None, f"Property {prop} broken"))
            sequence = _sequence(result.get("counterexample"))
            handler_calls = calls.get(contract, {})
            audited_calls = [handler_calls.get(step.split("(")[0], step) for step in sequence]
            function = audited_calls[-1].split("(")[0] if audited_calls else None
            line = _function_line(target.source, contract, function)
            reason = result.get("reason") or ""
            description = (f"{title} ({prop}, Foundry invariant test). {reason}. Call sequence by outside accounts: "
                           + (" -> ".join(audited_calls) or "see forge output"))
            findings.append(Finding(
                tools=["fuzz"], detector=f"fuzz-{prop.removeprefix('invariant_')}", title=f"{title} in {contract}",
                description=description, severity=Severity.high, confidence="high", swc_id=swc, category=category,
                file=target.relative(target.path) or target.path.name, line=line, lines=[line] if line else [],
                function=function, contract=contract))
    return findings


def _sequence(counterexample: Any) -> list[str]:
    """Handler function names of Foundry's (shrunk) counterexample, oldest first."""
    if not counterexample:
        return []
    steps = counterexample.get("Sequence") if isinstance(counterexample, dict) else counterexample
    if isinstance(steps, dict):
        steps = [steps]
    flat: list[Any] = []
    for step in steps or []:  # forge 1.7 writes [count, [step, ...]]
        flat.extend(step if isinstance(step, list) else [step])
    names = []
    for step in flat:
        if isinstance(step, dict):
            signature = step.get("signature") or step.get("func_name") or ""
            if signature:
                names.append(signature)
    return names


def _function_line(source: str, contract: str, function: str | None) -> int | None:
    if not function:
        return None
    start = re.search(rf"\b(contract|library)\s+{re.escape(contract)}\b", source)
    offset = start.start() if start else 0
    match = re.search(rf"\bfunction\s+{re.escape(function)}\s*\(", source[offset:])
    if not match:
        return None
    return source.count("\n", 0, offset + match.start()) + 1
