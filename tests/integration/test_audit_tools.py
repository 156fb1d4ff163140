"""The fuzz adapter, the lifecycle entry point and `hyperagent audit`, with real tools."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from agents.audit.corpus import annotations
from agents.audit.service import AuditService
from hyperagent.cli.main import app

VULNERABLE = Path(__file__).resolve().parents[1] / "data" / "vulnerable"
SCHEMA = Path(__file__).resolve().parents[1] / "data" / "sarif" / "sarif-2.1.0-rtm.5.json"


def test_fuzzer_breaks_generic_properties_with_a_call_sequence():
    service = AuditService(use_cache=False)
    theft = service.audit_file(VULNERABLE / "access_control" / "withdraw_all_08.sol", tools=["fuzz"], timeout=120)
    [finding] = theft.report.findings
    assert finding.tools == ["fuzz"] and finding.detector == "fuzz-NoEtherTheft"
    assert finding.category == "access_control" and finding.function == "withdrawAll"
    assert finding.line == 16 and "withdrawAll()" in finding.description

    overflow = service.audit_file(VULNERABLE / "arithmetic" / "token_04.sol", tools=["fuzz"], timeout=120)
    assert any(f.detector == "fuzz-NoBalanceAboveSupply" and f.category == "arithmetic"
               for f in overflow.report.findings)

    takeover = service.audit_file(VULNERABLE / "access_control" / "wrong_constructor_04.sol", tools=["fuzz"], timeout=120)
    assert any(f.detector == "fuzz-OwnerUnchanged" and f.function == "Walet" for f in takeover.report.findings)


def test_fuzzer_passes_a_safe_contract():
    clean = Path(__file__).resolve().parents[1] / "data" / "clean" / "pull_escrow_08.sol"
    audit = AuditService(use_cache=False).audit_file(clean, tools=["fuzz"], timeout=120)
    assert audit.report.tool_runs[0].status == "ok" and audit.report.findings == []


def test_audit_source_for_the_lifecycle_merges_tools_and_gates():
    source = (VULNERABLE / "reentrancy" / "bank_04.sol").read_text()
    report = AuditService().audit_source(source, "EtherBank.sol", tools=["slither", "fuzz"], fail_on="high")
    assert not report.passed and "reentrancy-eth" in report.gate_reason
    assert report.solc_version.startswith("0.4.")
    assert {run.tool for run in report.tool_runs} == {"slither", "fuzz"}
    assert all(run.status == "ok" for run in report.tool_runs)
    assert report.risk_score >= 63


def test_cli_audits_a_folder_of_mixed_versions_with_json_and_sarif(tmp_path):
    import jsonschema

    folder = tmp_path / "contracts"
    folder.mkdir()
    for sample in ("reentrancy/bank_04.sol", "time_manipulation/vesting_05.sol", "reentrancy/dao_06.sol",
                   "time_manipulation/game_07.sol", "front_running/approve_08.sol"):
        (folder / Path(sample).name).write_text((VULNERABLE / sample).read_text())
    (folder / "Broken.sol").write_text("pragma solidity ^0.8.0;\ncontract Broken {\n")
    sarif = tmp_path / "audit.sarif"
    result = CliRunner().invoke(app, ["audit", str(folder), "--tools", "slither", "--json", "--sarif", str(sarif)])
    assert result.exit_code == 2, result.output  # a file could not be audited (docs/reliability.md)
    data = json.loads(result.stdout)
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert {by_name[n]["solc"][:3] for n in by_name if n != "Broken.sol"} == {"0.4", "0.5", "0.6", "0.7", "0.8"}
    assert "does not compile" in by_name["Broken.sol"]["error"]
    for name, entry in by_name.items():
        if name == "Broken.sol":
            continue
        expected = annotations(folder / name)
        assert any(f["line"] == e.line and f["category"] == e.category for e in expected for f in entry["findings"])
        assert set(entry["findings"][0]) >= {"tool", "tools", "swc_id", "category", "severity", "line", "lines",
                                             "title", "detector", "function"}
    jsonschema.validate(json.loads(sarif.read_text()), json.loads(SCHEMA.read_text()))


def test_cli_passes_clean_code_and_explains_bad_options(tmp_path):
    clean = Path(__file__).resolve().parents[1] / "data" / "clean" / "safe_token_04.sol"
    ok = CliRunner().invoke(app, ["audit", str(clean), "--tools", "slither"])
    assert ok.exit_code == 0, ok.output
    assert "safe_token_04.sol" in ok.output
    bad = CliRunner().invoke(app, ["audit", str(clean), "--tools", "nope"])
    assert bad.exit_code != 0
