"""Merge, risk score, gate, mapping and the tool base class: pure logic, milliseconds."""

from __future__ import annotations

import pytest

from agents.audit import mapping, registry
from agents.audit.base import AuditTool, IncorrectToolDefinition
from agents.audit.merge import merge
from agents.audit.scoring import build_report, gate, risk_score
from agents.models import Finding, Severity, ToolRun


def finding(tool: str, detector: str, category: str, line: int, severity: Severity = Severity.high,
            lines: list[int] | None = None, confidence: str = "high") -> Finding:
    return Finding(tools=[tool], detector=detector, detectors=[detector], title=detector, severity=severity,
                   category=category, line=line, lines=lines or [line], confidence=confidence, file="/x/A.sol")


def test_same_issue_from_two_tools_becomes_one_finding_listing_both():
    merged = merge([finding("slither", "reentrancy-eth", "reentrancy", 12, Severity.critical, [12, 13]),
                    finding("mythril", "mythril-swc-107", "reentrancy", 13, Severity.medium)])
    assert len(merged) == 1
    assert merged[0].tools == ["mythril", "slither"]
    assert merged[0].severity == Severity.critical
    assert set(merged[0].detectors) == {"reentrancy-eth", "mythril-swc-107"}
    assert merged[0].line == 13  # the most precise location wins


def test_different_categories_or_distant_lines_stay_apart():
    merged = merge([finding("slither", "timestamp", "time_manipulation", 12),
                    finding("slither", "weak-prng", "bad_randomness", 12),
                    finding("mythril", "mythril-swc-107", "reentrancy", 40),
                    finding("slither", "reentrancy-eth", "reentrancy", 12)])
    assert len(merged) == 4


def test_risk_score_formula():
    assert risk_score([]) == 0
    assert risk_score([finding("s", "d", "other", 1, Severity.high)]) == 39
    assert risk_score([finding("s", "d", "other", 1, Severity.critical)]) == 63
    assert risk_score([finding("s", "d", "other", 1, Severity.low)]) == 5
    assert risk_score([finding("s", "d", "other", i, Severity.critical) for i in range(20)]) == 100
    two_tools = finding("s", "d", "other", 1, Severity.high)
    two_tools.tools = ["mythril", "slither"]
    assert risk_score([two_tools]) > risk_score([finding("s", "d", "other", 1, Severity.high)])


@pytest.mark.parametrize(("fail_on", "passes"), [("critical", True), ("high", False), ("medium", False)])
def test_gate_levels(fail_on, passes):
    runs = [ToolRun(tool="slither")]
    ok, reason = gate([finding("s", "tx-origin", "access_control", 3, Severity.high)], runs, fail_on)
    assert ok is passes
    assert (reason is None) is passes


def test_gate_fails_when_no_tool_completed_and_rejects_unknown_levels():
    ok, reason = gate([], [ToolRun(tool="slither", status="crashed", error="boom")], "high")
    assert not ok and "no audit tool completed" in reason
    with pytest.raises(ValueError, match="unknown gate level"):
        gate([], [], "low")


def test_build_report_fills_score_and_verdict():
    report = build_report([finding("s", "unchecked-send", "unchecked_low_level_calls", 5, Severity.medium)],
                          [ToolRun(tool="slither")], "medium")
    assert not report.passed and report.fail_on == Severity.medium and report.risk_score > 0


def test_mapping_tables_cover_every_category_and_project_detector():
    from agents.audit.detectors import DETECTORS

    assert set(mapping.CATEGORIES) - {m.category for m in mapping.SLITHER.values()} == set()
    for detector in DETECTORS:
        assert detector.ARGUMENT in mapping.SLITHER, detector.ARGUMENT
    assert mapping.for_swc("107", "Medium").category == "reentrancy"
    assert mapping.for_slither("no-such-check", "Low") == mapping.Mapping(None, "other", Severity.low)
    assert "| `reentrancy-eth` | SWC-107 | reentrancy | critical |" in mapping.markdown_tables()


def test_tool_base_refuses_a_tool_missing_its_constants():
    class Nameless(AuditTool):
        HELP = "x"
        KIND = "static"

    with pytest.raises(IncorrectToolDefinition, match="NAME"):
        Nameless()


def test_registry_names_and_parsing():
    assert {"slither", "mythril", "fuzz"} <= set(registry.names())
    assert registry.parse_tools("slither, mythril") == ["slither", "mythril"]
    assert registry.parse_tools(None) == list(registry.DEFAULT_TOOLS)
    with pytest.raises(ValueError, match="unknown audit tool"):
        registry.parse_tools("nope")


def test_a_statement_location_beats_a_fuzzers_function_header():
    fuzz = finding("fuzz", "fuzz-NoEtherTheft", "access_control", 13)
    slither = finding("slither", "suicidal", "access_control", 13, Severity.critical, [13, 14, 15])
    mythril = finding("mythril", "mythril-swc-106", "access_control", 14, Severity.critical)
    [merged] = merge([fuzz, slither, mythril])
    assert merged.tools == ["fuzz", "mythril", "slither"] and merged.line == 14
