"""Report formats: the CLI's JSON contract, markdown, table rows and SARIF 2.1.0 (schema-validated)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from agents.audit.report import FINDING_KEYS, files_json, files_markdown, findings_table, to_markdown, to_sarif
from agents.audit.scoring import build_report
from agents.models import FileAudit, Finding, Severity, ToolRun

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "sarif" / "sarif-2.1.0-rtm.5.json"


def sample_audits() -> list[FileAudit]:
    findings = [
        Finding(tools=["mythril", "slither"], detector="reentrancy-eth", detectors=["reentrancy-eth", "mythril-swc-107"],
                title="Reentrancy in Bank.withdraw()", severity=Severity.critical, swc_id="SWC-107",
                category="reentrancy", file="src/Bank.sol", line=12, lines=[12, 13], function="withdraw",
                contract="Bank"),
        Finding(tools=["slither"], detector="timestamp", title="Block timestamp | comparison", severity=Severity.low,
                category="time_manipulation", file="src/Bank.sol", line=20, lines=[20],
                triage="medium -> low: the timestamp only keeps time"),
    ]
    runs = [ToolRun(tool="slither", version="0.11.6", duration=2.1, findings=2),
            ToolRun(tool="mythril", status="timeout", error="mythril timed out after 60 s", duration=60)]
    good = FileAudit(path="src/Bank.sol", root="/work/bank", solc_version="0.4.26", contracts=["Bank"],
                     report=build_report(findings, runs, "high", solc_version="0.4.26"))
    broken = FileAudit(path="src/Broken.sol", root="/work/bank",
                       error="src/Broken.sol does not compile: ParserError: Expected ';'")
    return [good, broken]


def test_json_follows_the_cli_contract():
    result = files_json(sample_audits())
    assert result["passed"] is False
    first, second = result["files"]
    assert first["path"] == "src/Bank.sol" and first["solc"] == "0.4.26" and first["error"] is None
    assert set(FINDING_KEYS) <= set(first["findings"][0])
    assert first["findings"][0]["tool"] == "mythril,slither" and first["findings"][0]["tools"] == ["mythril", "slither"]
    assert second["error"].startswith("src/Broken.sol does not compile") and second["findings"] == []
    json.dumps(result)


def test_markdown_and_table():
    good = sample_audits()[0]
    text = to_markdown(good.report, title="Bank")
    assert "Risk score" in text and "| critical | reentrancy | SWC-107 | 12 |" in text
    assert "timeout" in text and "\\|" in text  # a pipe in a title is escaped
    rows = findings_table(good.report)
    assert rows[0]["tools"] == "mythril, slither"
    assert "does not compile" in files_markdown(sample_audits())


def test_sarif_validates_against_the_2_1_0_schema():
    log = to_sarif(sample_audits(), tool_version="0.1.0")
    jsonschema.validate(log, json.loads(SCHEMA.read_text()))
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert [r["ruleId"] for r in run["results"]] == ["reentrancy-eth", "timestamp"]
    assert run["results"][0]["level"] == "error" and run["results"][1]["level"] == "note"
    assert run["results"][0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 12, "endLine": 13}
    assert run["invocations"][0]["executionSuccessful"] is False
    # Paths relative to the project root, resolved through a base id: what code scanning annotates.
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "src/Bank.sol", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file:///work/bank/"}}
    assert {n["level"] for n in run["invocations"][0]["toolExecutionNotifications"]} == {"error", "warning"}


def test_an_invalid_sarif_log_is_rejected_by_the_schema():
    log = to_sarif(sample_audits())
    log["runs"][0]["results"][0]["level"] = "fatal"
    try:
        jsonschema.validate(log, json.loads(SCHEMA.read_text()))
    except jsonschema.ValidationError:
        return
    raise AssertionError("the vendored schema accepted an invalid level")


def test_a_downgrade_shows_its_reason_in_every_format():
    reason = "medium -> low: the timestamp only keeps time"
    audits = sample_audits()
    assert files_json(audits)["files"][0]["findings"][1]["triage"] == reason
    assert "(triage: medium -&gt; low: the timestamp only keeps time)" in to_markdown(audits[0].report)
    result = next(r for r in to_sarif(audits)["runs"][0]["results"] if r["ruleId"] == "timestamp")
    assert result["properties"]["triage"] == reason and reason in result["message"]["text"]
