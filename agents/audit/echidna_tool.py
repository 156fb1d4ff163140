"""Echidna adapter: the fuzz adapter's generic properties, checked by Echidna instead of Foundry.

Optional: available only when an `echidna` binary is on PATH (see hyperagent/toolchain/echidna.py);
not among the default tools. The property contract is written from the same pieces as the Foundry
suite (`fuzz_harness.properties`, `handler_functions`, `deploy_lines`): the constructor deploys the
compiled bytecode and funds two actors, the handler functions are what Echidna's senders call, and
each property is an `echidna_<Name>()` that returns true, so a failed `require` falsifies it.

Why the revert reason: Echidna 2.x writes every test in its JSON as `"name": "name"` (an open TODO
upstream), so a falsified property is recognised by its own revert message, which Echidna puts
first in the test's `events` ("error Revert (...)"); a real name is used when a release gives one.
Family properties (the testing stage's Foundry suites) stay with the fuzz adapter.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from agents.audit import fuzz_harness
from agents.audit.base import FUZZ, AuditTarget, AuditTool, ToolSettings
from agents.audit.fuzz_tool import HARNESS_SOLC, _function_line
from agents.models import Finding, Severity
from hyperagent.paths import data_dir
from hyperagent.settings import get_settings
from hyperagent.toolchain.echidna import INSTALL_HINT, EchidnaRunner

PREFIX = "echidna_"
FAILED = ("solved", "shrinking")
"""Statuses of a falsified property (shrinking: time ran out while Echidna shortened the sequence)."""


class EchidnaTool(AuditTool):
    NAME = "echidna"
    HELP = "Stateful fuzzing by Echidna with the fuzz adapter's properties (optional: needs `echidna` on PATH)"
    KIND = FUZZ
    DEFAULT_TIMEOUT = 120.0
    INSTALL_HINT = INSTALL_HINT

    def __init__(self) -> None:
        super().__init__()
        self.runner = EchidnaRunner()

    def available(self) -> bool:
        return self.runner.available()

    def version(self) -> str | None:
        digest = hashlib.sha256(Path(fuzz_harness.__file__).read_bytes() + Path(__file__).read_bytes()).hexdigest()[:8]
        return f"{self.runner.version}+harness.{digest}" if self.runner.version else None

    def _run(self, target: AuditTarget, settings: ToolSettings) -> list[Finding]:
        source, suites = property_contract(target.artifacts)
        if not suites:
            return []
        folder = self._workdir(target, source)
        contract_file = folder / "EchidnaAudit.sol"
        share = settings.timeout / len(suites)
        findings: list[Finding] = []
        for name, suite in suites.items():
            config = folder / f"{name}.yaml"
            config.write_text(config_yaml(settings, solc_for_harness(), campaign_seconds=max(5, int(share * 0.75))))
            data = self.runner.fuzz(contract_file.name, contract=f"EchidnaAudit_{name}", config=config.name,
                                    timeout=share, cwd=folder)
            findings += findings_from(data, name, suite, target)
        return findings

    @staticmethod
    def _workdir(target: AuditTarget, source: str) -> Path:
        key = hashlib.sha256(f"{target.source_hash}{source}".encode()).hexdigest()[:16]
        folder = data_dir() / "audit-work" / "echidna" / key
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "EchidnaAudit.sol").write_text(source)
        return folder


def solc_for_harness() -> Path:
    """The same `solc-vX.Y.Z` command the fuzz adapter builds its harness with."""
    from hyperagent.toolchain.solc import solc_binary_for

    return solc_binary_for(get_settings().solc_version or HARNESS_SOLC)


def echidna_contract(name: str, artifact: dict[str, Any]) -> tuple[str, dict[str, str], list[fuzz_harness.Property]]:
    """(Solidity of `EchidnaAudit_<name>`, handler -> audited signature, its properties) for one contract."""
    abi = artifact["abi"]
    handlers, calls = fuzz_harness.handler_functions(abi)
    props = fuzz_harness.properties(abi)
    source = f"""
contract EchidnaAudit_{name} {{
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    address internal target;
    address internal deployer;
    Actor[] internal actors;
    uint256 internal initialActorEther;
    address internal initialOwner;

    constructor() {{{fuzz_harness.deploy_lines(artifact)}
        deployer = address(this);
        {"initialOwner = _owner();" if fuzz_harness.has_owner(abi) else ""}
    }}
{fuzz_harness.ADDR_HELPER}
{handlers}
{fuzz_harness.property_functions(props, PREFIX)}
}}
"""
    return source, calls, props


def property_contract(artifacts: dict[str, dict[str, Any]], limit: int = 3) -> tuple[str, dict[str, dict[str, Any]]]:
    """One file with an `EchidnaAudit_<Name>` per contract the fuzz harness would fuzz (same choice, same limit).

    Returns (source, {contract: {"calls": handler -> signature, "properties": [Property, ...]}}).
    """
    parts, suites = [fuzz_harness.PRELUDE.replace("fuzz_harness.py", "echidna_tool.py")], {}
    for name, artifact in fuzz_harness.candidates(artifacts, limit):
        source, calls, props = echidna_contract(name, artifact)
        parts.append(source)
        suites[name] = {"calls": calls, "properties": props}
    return "\n".join(parts), suites


def config_yaml(settings: ToolSettings, solc: Path | str, *, campaign_seconds: int) -> str:
    """Echidna's config: the fuzz adapter's call budget (runs x depth), its sequence length, the project's solc."""
    config = {
        "testMode": "property",
        "prefix": PREFIX,
        "testLimit": max(1000, settings.fuzz_runs * settings.fuzz_depth),
        "seqLen": settings.fuzz_depth,
        "shrinkLimit": 1000,
        "timeout": campaign_seconds,
        "seed": 1,
        "workers": 1,
        "corpusDir": None,
        "format": "json",
        "cryticArgs": ["--solc", str(solc)],
    }
    return "\n".join(f"{key}: {json.dumps(value)}" for key, value in config.items()) + "\n"


def _property_of(test: dict[str, Any], props: list[fuzz_harness.Property]) -> fuzz_harness.Property | None:
    name = str(test.get("name") or "").split("(")[0].removeprefix(PREFIX)
    for prop in props:
        if prop.name == name:
            return prop
    events = " ".join(str(event) for event in test.get("events") or [])
    for prop in props:
        if prop.message and prop.message in events:
            return prop
    return props[0] if len(props) == 1 else None


def findings_from(data: dict[str, Any], contract: str, suite: dict[str, Any], target: AuditTarget) -> list[Finding]:
    """Falsified properties of one Echidna campaign -> findings, mapped like the fuzz adapter's."""
    findings = []
    calls: dict[str, str] = suite["calls"]
    for test in data.get("tests") or []:
        if test.get("status") not in FAILED:
            continue
        prop = _property_of(test, suite["properties"])
        key = f"invariant_{prop.name}" if prop else None
        category, swc, title = fuzz_harness.PROPERTY_CATEGORY.get(
            key or "", ("other", None, f"Property {prop.name if prop else str(test.get('name'))} broken"))
        steps = [step for step in test.get("transactions") or [] if step.get("function") in calls]
        audited_calls = [calls[step["function"]] for step in steps]
        function = audited_calls[-1].split("(")[0] if audited_calls else None
        line = _function_line(target.source, contract, function)
        label = prop.name if prop else "property"
        description = (f"{title} ({PREFIX}{label}, Echidna). Call sequence by outside accounts: "
                       + (" -> ".join(audited_calls) or "see Echidna's output"))
        findings.append(Finding(
            tools=["echidna"], detector=f"echidna-{label}", title=f"{title} in {contract}", description=description,
            severity=Severity.high, confidence="high", swc_id=swc, category=category,
            file=target.relative(target.path) or target.path.name,
            line=line, lines=[line] if line else [], function=function, contract=contract))
    return findings
