"""Triage rules that need no tool run: grades carried by a result, the documented wrap-around rule, mappings."""

from __future__ import annotations

from agents.audit import mapping, triage
from agents.models import Finding, Severity


def finding(severity: str = "high", category: str = "arithmetic", line: int = 3, confidence: str = "medium") -> Finding:
    return Finding(tools=["slither"], detector="unchecked-arithmetic", title="t", severity=Severity(severity),
                   confidence=confidence, category=category, line=line, lines=[line])


def test_a_grade_from_the_detector_lowers_severity_and_confidence_and_records_why():
    raw = {"additional_fields": {"hyperagent_grade": {"severity": "low", "reason": "inside unchecked", "confidence": "low"}}}
    graded = triage.review(finding(), raw, source="a\nb\nc\n")
    assert graded.severity == Severity.low and graded.confidence == "low"
    assert graded.triage == "high -> low, confidence medium -> low: inside unchecked"


def test_a_grade_never_raises_a_severity():
    raw = {"additional_fields": {"hyperagent_grade": {"severity": "high", "reason": "x"}}}
    graded = triage.review(finding("low", category="other"), raw, source="")
    assert graded.severity == Severity.low and graded.triage is None


def test_documented_wrap_around_covers_its_statement_group_only():
    source = "\n".join([
        "function update() {",                                   # 1
        "    // * never overflows, and + overflow is desired",   # 2
        "    a += x * t;",                                       # 3
        "    b += y * t;",                                       # 4
        "",                                                       # 5
        "    c += z;",                                           # 6
        "    uint32 e = now32 - last; // overflow is desired",   # 7
        "}",
    ])
    for line in (3, 4, 7):
        graded = triage.review(finding(line=line), source=source)
        assert graded.severity == Severity.info and "documented as intended" in graded.triage, line
    assert triage.review(finding(line=6), source=source).triage is None


def test_a_comment_that_only_mentions_overflow_is_not_intent():
    source = "x;\n// check for overflow here\nbalance += amount;\n"
    assert triage.review(finding(line=3), source=source).triage is None
    assert triage.intended_wrap_comment("a += b; // wrap-around is intended", 1) == "wrap-around is intended"


def test_the_wrap_rule_only_touches_arithmetic_findings():
    source = "x += 1; // overflow is desired\n"
    assert triage.review(finding(category="reentrancy", line=1), source=source).triage is None


def test_severity_mappings_checked_against_audited_code():
    assert mapping.for_slither("msg-value-in-nonpayable", "High").severity == Severity.medium
    assert mapping.for_slither("reentrancy-unlimited-gas", "Informational").severity == Severity.low
    assert mapping.for_slither("incorrect-shift", "High").severity == Severity.high
    assert mapping.for_slither("controlled-array-length", "High").category == "access_control"
    for name in ("tod-mutable-amount", "ignored-call-failure", "timestamp-outcome", "unprotected-mint",
                 "dos-unbounded-loop"):
        assert name in mapping.SLITHER, name
