"""The optional Echidna adapter: its property contract, its JSON parser, its registry entry, and the
audit's answer when `echidna` is not installed. Echidna itself is not installed here; the one test that
runs the adapter end to end puts a stand-in `echidna` script on PATH that checks the command line and
config it is given and prints a campaign in Echidna 2.x's JSON format."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import sys
from pathlib import Path

from agents.audit import echidna_tool, fuzz_harness, fuzz_tool, registry
from agents.audit.base import AuditTarget, ToolSettings
from agents.audit.service import AuditService
from agents.models import Severity
from hyperagent.toolchain.solc import SolcRunner

VAULT = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Vault {
    address public owner;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;

    constructor() {
        owner = msg.sender;
    }

    function deposit() external payable {
        balanceOf[msg.sender] += msg.value;
        totalSupply += msg.value;
    }

    function setOwner(address next) external {
        owner = next;
    }

    function withdrawAll() external {
        payable(msg.sender).transfer(address(this).balance);
    }
}
"""
WITHDRAW_LINE = 22
PROPERTIES = {"NoEtherTheft", "OwnerUnchanged", "NoBalanceAboveSupply"}


def vault_target(tmp_path: Path) -> AuditTarget:
    path = tmp_path / "Vault.sol"
    path.write_text(VAULT)
    return AuditService(use_cache=False).prepare(path)


def campaign(events: list[str], name: str = "name") -> dict:
    """A campaign as Echidna 2.x's `--format json` prints it (lib/Echidna/Output/JSON.hs): tests carry
    `"contract": ""` and `"name": "name"`, a falsified property has status "solved", its shrunk call sequence in
    `transactions` and the property call's revert reason first in `events`."""
    return {
        "success": True,
        "error": None,
        "tests": [
            {"contract": "", "name": "name", "status": "passed", "error": None, "reason": None, "events": [],
             "type": "property", "transactions": None},
            {"contract": "", "name": name, "status": "solved", "error": None, "reason": "ErrorRevert",
             "events": events, "type": "property",
             "transactions": [
                 {"contract": "", "function": "call_0_deposit", "arguments": ["1", "0"], "gas": "12500000",
                  "gasprice": "0", "value": "0"},
                 {"contract": "", "function": "*wait*", "arguments": None, "gas": "12500000", "gasprice": "0",
                  "value": "0"},
                 {"contract": "", "function": "call_2_withdrawAll", "arguments": ["0", "0"], "gas": "12500000",
                  "gasprice": "0", "value": "0"},
             ]},
            {"contract": "", "name": "name", "status": "passed", "error": None, "reason": None, "events": [],
             "type": "property", "transactions": None},
        ],
        "seed": 1,
        "coverage": {},
    }


THEFT_EVENTS = ['error Revert ("outside accounts took ether they never paid in")']


def test_property_contract_compiles_with_the_projects_solc_and_has_the_fuzz_harness_properties(tmp_path):
    target = vault_target(tmp_path)
    foundry_source, foundry_calls = fuzz_harness.suite(target.artifacts)
    source, suites = echidna_tool.property_contract(target.artifacts)

    assert set(suites) == set(foundry_calls) == {"Vault"}
    assert suites["Vault"]["calls"] == foundry_calls["Vault"]  # the same handlers call the same functions
    foundry_names = set(re.findall(r"function invariant_(\w+)\(\)", foundry_source))
    echidna_names = set(re.findall(r"function echidna_(\w+)\(\) public view returns \(bool\)", source))
    assert foundry_names == echidna_names == PROPERTIES == {p.name for p in suites["Vault"]["properties"]}
    assert "invariant_" not in source and "setUp" not in source and "targetContracts" not in source

    output = SolcRunner().compile_standard({
        "language": "Solidity",
        "sources": {"EchidnaAudit.sol": {"content": source}},
        "settings": {"outputSelection": {"*": {"*": ["abi", "evm.bytecode.object"]}}},
    }, fuzz_tool.HARNESS_SOLC)
    errors = [e.get("formattedMessage") for e in output.get("errors", []) if e.get("severity") == "error"]
    assert errors == []
    contract = output["contracts"]["EchidnaAudit.sol"]["EchidnaAudit_Vault"]
    abi = contract["abi"]
    assert contract["evm"]["bytecode"]["object"]
    # Echidna deploys the test contract without arguments and calls its public functions
    constructor = next(i for i in abi if i["type"] == "constructor")
    assert constructor["inputs"] == []
    properties = {i["name"] for i in abi if i["type"] == "function" and i["name"].startswith("echidna_")}
    assert properties == {f"echidna_{name}" for name in PROPERTIES}
    for item in abi:
        if item["type"] == "function" and item["name"].startswith("echidna_"):
            assert item["inputs"] == [] and [o["type"] for o in item["outputs"]] == ["bool"]
    callable_ = {i["name"] for i in abi if i["type"] == "function" and not i["name"].startswith("echidna_")}
    assert callable_ == set(foundry_calls["Vault"])  # nothing else for the fuzzer to waste calls on


CHECK = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "../src/EchidnaAudit.sol";

contract Check {
    function _holds(EchidnaAudit_Vault e, string memory property) internal returns (bool ok) {
        (ok, ) = address(e).call(abi.encodeWithSignature(string.concat(property, "()")));
    }

    function _fresh() internal returns (EchidnaAudit_Vault e) {
        e = new EchidnaAudit_Vault();
        require(_holds(e, "echidna_NoEtherTheft") && _holds(e, "echidna_OwnerUnchanged")
                && _holds(e, "echidna_NoBalanceAboveSupply"), "a property fails before any call");
        require(address(e).balance == 0, "the test contract holds no ether");
    }

    function test_theft() public {
        EchidnaAudit_Vault e = _fresh();
        e.DEPOSIT(1, 2 ether);
        require(_holds(e, "echidna_NoEtherTheft"), "a deposit is not theft");
        e.WITHDRAW(0, 0);
        require(!_holds(e, "echidna_NoEtherTheft"), "withdrawAll by an actor must falsify NoEtherTheft");
        require(_holds(e, "echidna_OwnerUnchanged"), "withdrawAll does not change the owner");
    }

    function test_takeover() public {
        EchidnaAudit_Vault e = _fresh();
        e.SET_OWNER(0, 0, address(0));  // actor 0 calls setOwner(_addr(0)), which is actor 0
        require(!_holds(e, "echidna_OwnerUnchanged"), "an actor owning the vault must falsify OwnerUnchanged");
        require(_holds(e, "echidna_NoEtherTheft"), "no ether moved");
    }
}
"""


def test_property_contract_is_falsified_by_the_call_sequences_it_should_catch(tmp_path):
    """Echidna is not here, so the contract Echidna would get runs on Foundry's EVM (same hevm cheat code):
    its constructor deploys and funds, its handlers call as the actors, its properties fail when they must."""
    from hyperagent.toolchain.forge import ForgeRunner

    target = vault_target(tmp_path)
    source, suites = echidna_tool.property_contract(target.artifacts)
    handler = {signature.split("(")[0]: name for name, signature in suites["Vault"]["calls"].items()}
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "test").mkdir()
    (project / "src" / "EchidnaAudit.sol").write_text(source)
    (project / "test" / "Check.t.sol").write_text(
        CHECK.replace("DEPOSIT", handler["deposit"]).replace("WITHDRAW", handler["withdrawAll"])
        .replace("SET_OWNER", handler["setOwner"]))
    (project / "foundry.toml").write_text(
        '[profile.default]\nsrc = "src"\ntest = "test"\nout = "out"\nlibs = []\n'
        f'solc = "{echidna_tool.solc_for_harness()}"\noffline = true\nauto_detect_solc = false\n')
    result = ForgeRunner().test(project, json=True, timeout=300, extra=["--offline"])
    data = fuzz_tool._forge_json(result.stdout)
    assert data is not None, result.stderr or result.stdout
    [suite] = data.values()
    statuses = {name: r["status"] for name, r in suite["test_results"].items()}
    assert statuses == {"test_theft()": "Success", "test_takeover()": "Success"}, suite["test_results"]


def test_config_names_the_projects_solc_and_the_fuzz_budget(tmp_path):
    solc = echidna_tool.solc_for_harness()
    text = echidna_tool.config_yaml(ToolSettings(fuzz_runs=256, fuzz_depth=32), solc, campaign_seconds=30)
    import yaml

    config = yaml.safe_load(text)
    assert config["cryticArgs"] == ["--solc", str(solc)] and solc.name == f"solc-v{fuzz_tool.HARNESS_SOLC}"
    assert config["testLimit"] == 256 * 32 and config["seqLen"] == 32 and config["timeout"] == 30
    assert config["corpusDir"] is None and config["format"] == "json" and config["testMode"] == "property"


def test_json_parser_turns_a_falsified_property_into_the_fuzz_adapters_finding(tmp_path):
    target = vault_target(tmp_path)
    _, suites = echidna_tool.property_contract(target.artifacts)
    [finding] = echidna_tool.findings_from(campaign(THEFT_EVENTS), "Vault", suites["Vault"], target)

    assert finding.tools == ["echidna"] and finding.detector == "echidna-NoEtherTheft"
    assert finding.category == "access_control" and finding.swc_id == "SWC-105"
    assert finding.severity == Severity.high and finding.confidence == "high"
    assert finding.function == "withdrawAll" and finding.line == WITHDRAW_LINE and finding.contract == "Vault"
    assert "deposit() -> withdrawAll()" in finding.description  # `*wait*` steps are not calls
    assert finding.file == "Vault.sol"  # relative to the project root (the file's folder: no project markers)

    # the fuzz adapter maps the same broken property the same way
    forge = {"test/FuzzAudit.t.sol:FuzzAudit_Vault": {"test_results": {"invariant_NoEtherTheft()": {
        "status": "Failure", "reason": "outside accounts took ether they never paid in",
        "counterexample": {"Sequence": [{"signature": "call_0_deposit(uint256,uint256)"},
                                        {"signature": "call_2_withdrawAll(uint256,uint256)"}]}}}}}
    [fuzz] = fuzz_tool.findings_from(forge, {"Vault": suites["Vault"]["calls"]}, target)
    assert (fuzz.category, fuzz.swc_id, fuzz.severity, fuzz.function, fuzz.line, fuzz.title) == \
        (finding.category, finding.swc_id, finding.severity, finding.function, finding.line, finding.title)

    # a release that names its tests is read by name; an unrecognisable failure is still reported
    [named] = echidna_tool.findings_from(campaign([], name="echidna_OwnerUnchanged"), "Vault", suites["Vault"], target)
    assert named.detector == "echidna-OwnerUnchanged" and named.category == "access_control"
    [unknown] = echidna_tool.findings_from(campaign([]), "Vault", suites["Vault"], target)
    assert unknown.detector == "echidna-property" and unknown.category == "other"
    passed = campaign(THEFT_EVENTS)
    passed["tests"][1]["status"] = "passed"
    assert echidna_tool.findings_from(passed, "Vault", suites["Vault"], target) == []


def _path_without_echidna() -> str:
    return os.pathsep.join(d for d in os.environ.get("PATH", "").split(os.pathsep)
                           if d and not (Path(d) / "echidna").exists())


def test_missing_echidna_is_a_skipped_run_with_how_to_install_and_slither_findings_stand(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", _path_without_echidna())
    assert shutil.which("echidna") is None
    sample = tmp_path / "Vault.sol"
    sample.write_text(VAULT)

    audit = AuditService(use_cache=False).audit_file(sample, tools=["slither", "echidna"], timeout=120)
    runs = {run.tool: run for run in audit.report.tool_runs}
    assert set(runs) == {"slither", "echidna"}
    assert runs["slither"].status == "ok" and runs["slither"].findings > 0
    assert audit.report.findings and all(f.tools == ["slither"] for f in audit.report.findings)
    assert any(f.function == "withdrawAll" for f in audit.report.findings)
    echidna = runs["echidna"]
    assert echidna.status == "skipped" and echidna.findings == 0
    assert "\n" not in echidna.error
    assert echidna.error.startswith("echidna is not installed:") and "run `" not in echidna.error
    assert "https://github.com/crytic/echidna/releases" in echidna.error and "optional" in echidna.error


def test_echidna_is_registered_but_not_a_default_tool():
    assert "echidna" in registry.names()
    assert "echidna" not in registry.DEFAULT_TOOLS and "echidna" not in registry.parse_tools(None)
    assert registry.parse_tools("slither,echidna") == ["slither", "echidna"]
    tool = registry.get_tool("echidna")
    assert isinstance(tool, echidna_tool.EchidnaTool) and tool.KIND == "fuzz"


STAND_IN = """#!{python}
import json, sys
from pathlib import Path
args = sys.argv[1:]
if args == ["--version"]:
    print("Echidna 2.2.5")
    sys.exit(0)
record = {{"args": args, "cwd": str(Path.cwd())}}
config = Path(args[args.index("--config") + 1]).read_text()
record["config"] = config
Path({log!r}).write_text(json.dumps(record))
print("[2026-01-01 00:00:00.00] Compiling EchidnaAudit.sol... Done!")
print(json.dumps({campaign}))
sys.exit(1)
"""


def test_adapter_runs_echidna_with_the_documented_command_and_reads_its_json(tmp_path, monkeypatch):
    """A stand-in for the binary: what a real Echidna does with the contract is not verified here."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "echidna-call.json"
    script = bin_dir / "echidna"
    script.write_text(STAND_IN.format(python=sys.executable, log=str(log), campaign=repr(campaign(THEFT_EVENTS))))
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", os.pathsep.join([str(bin_dir), _path_without_echidna()]))

    target = vault_target(tmp_path)
    tool = echidna_tool.EchidnaTool()
    assert tool.available() and tool.version().startswith("2.2.5+harness.")
    [finding] = tool.run(target, ToolSettings(timeout=60, fuzz_runs=64, fuzz_depth=16))
    assert finding.detector == "echidna-NoEtherTheft" and finding.function == "withdrawAll"

    call = json.loads(log.read_text())
    assert call["args"] == ["EchidnaAudit.sol", "--contract", "EchidnaAudit_Vault", "--config", "Vault.yaml",
                            "--format", "json"]
    written = Path(call["cwd"]) / "EchidnaAudit.sol"
    assert "contract EchidnaAudit_Vault" in written.read_text()
    import yaml

    config = yaml.safe_load(call["config"])
    solc = Path(config["cryticArgs"][1])
    assert config["cryticArgs"][0] == "--solc" and solc.name.startswith("solc-v") and os.access(solc, os.X_OK)
    assert config["testLimit"] == 64 * 16 and config["seqLen"] == 16
