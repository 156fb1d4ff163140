"""The audit with real tools on samples written for it: every annotated bug found at its line and category.

Slither (with the project's detectors) runs on the whole corpus; Mythril on a small subset, bounded;
clean contracts (every generator template family and hand-written ones) produce no high or critical.
The cache is off so every assertion is about a real run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from agents.audit import registry
from agents.audit.base import STATIC, AuditTarget, AuditTool, ToolSettings
from agents.audit.corpus import annotations, is_found, samples
from agents.audit.mapping import CATEGORIES
from agents.audit.service import AuditService
from agents.models import Finding, Severity
from hyperagent.toolchain.base import ToolRunner

DATA = Path(__file__).resolve().parents[1] / "data"
VULNERABLE = DATA / "vulnerable"
CLEAN = DATA / "clean"


@pytest.fixture(scope="module")
def corpus_audits():
    audits = AuditService(use_cache=False).audit_paths([VULNERABLE], tools=["slither"], timeout=120)
    return {Path(a.absolute_path): a for a in audits}


def test_corpus_covers_every_category_twice_across_pragmas():
    by_category: dict[str, int] = {}
    pragmas = set()
    for path in samples(VULNERABLE):
        for expected in annotations(path):
            by_category[expected.category] = by_category.get(expected.category, 0) + 1
        pragmas.add(path.read_text().split("pragma solidity", 1)[1].split(";")[0].strip(" ^")[:3])
    assert set(by_category) == set(CATEGORIES)
    assert min(by_category.values()) >= 2
    assert {"0.4", "0.5", "0.6", "0.7", "0.8"} <= pragmas


def test_every_annotated_bug_is_found_at_its_line_and_category(corpus_audits):
    missed = []
    for path in samples(VULNERABLE):
        audit = corpus_audits[path.resolve()]
        assert audit.error is None, audit.error
        assert audit.report.tool_runs[0].status == "ok", audit.report.tool_runs
        for expected in annotations(path):
            if not is_found(expected, audit.report.findings):
                missed.append(f"{path.relative_to(VULNERABLE)}:{expected.line} {expected.category}")
    assert not missed, missed


def test_clean_contracts_have_no_high_or_critical_findings():
    audits = AuditService(use_cache=False).audit_paths([CLEAN], tools=["slither"])
    # lib/ is a dependency folder (as in Foundry projects): Owned.sol is compiled through registry_06.sol's
    # relative import, not audited on its own.
    assert len(audits) == 3
    for audit in audits:
        assert audit.error is None, audit.error
        assert audit.report.passed, (audit.path, audit.report.gate_reason)
    registry_audit = next(a for a in audits if a.path.endswith("registry_06.sol"))
    assert registry_audit.contracts == ["Counter", "NameRegistry"]  # several contracts per file


def test_every_template_family_audits_clean(tmp_path):
    """The plainest and the fullest option set of every family, audited as one folder (files in parallel)."""
    from agents.generation.composer import compose, families, option_matrix
    from agents.models import ContractSpec

    for family in families():
        matrix = option_matrix(family)
        for index, options in enumerate({json.dumps(o, sort_keys=True) for o in (matrix[0], matrix[-1])}):
            spec = ContractSpec(prompt="audit test", family=family, name="Audit Test", contract_name="AuditTest",
                                symbol="AT", initial_supply="1000", addresses={"asset": "0x" + "33" * 20})
            draft = compose(spec, json.loads(options))
            folder = tmp_path / f"{family}_{index}"
            folder.mkdir()
            (folder / draft.file_name).write_text(draft.source)
    audits = AuditService(use_cache=False).audit_paths([tmp_path], tools=["slither"])
    assert len(audits) >= len(families())
    for audit in audits:
        assert audit.error is None, (audit.path, audit.error)
        blocking = [(f.detector, f.line) for f in audit.report.findings if f.severity.rank >= Severity.high.rank]
        assert not blocking, (audit.path, blocking)


def test_a_file_that_does_not_compile_gets_its_own_error_and_others_still_run(tmp_path):
    (tmp_path / "Broken.sol").write_text("pragma solidity ^0.8.0;\ncontract Broken { function f( }\n")
    (tmp_path / "Fine.sol").write_text((VULNERABLE / "reentrancy" / "bank_04.sol").read_text())
    audits = {Path(a.path).name: a for a in AuditService(use_cache=False).audit_paths([tmp_path], tools=["slither"])}
    assert "does not compile" in audits["Broken.sol"].error and "ParserError" in audits["Broken.sol"].error
    assert audits["Fine.sol"].error is None and audits["Fine.sol"].solc_version.startswith("0.4.")
    assert any(f.category == "reentrancy" for f in audits["Fine.sol"].report.findings)


class _ExitingRunner(ToolRunner):
    name = "exiting-tool"

    def binary(self):
        return Path(sys.executable)


class CrashingTool(AuditTool):
    """A real process that dies: how a broken tool looks to the service."""

    NAME = "crashing"
    HELP = "runs a process that exits with an error"
    KIND = STATIC

    def _run(self, target: AuditTarget, settings: ToolSettings) -> list[Finding]:
        _ExitingRunner().run(["-c", "import sys; sys.exit('internal error in the tool')"], check=True)
        return []


def test_a_crashing_and_a_timed_out_tool_leave_the_other_findings_standing():
    registry.register(CrashingTool)
    sample = VULNERABLE / "arithmetic" / "token_04.sol"
    audit = AuditService(use_cache=False).audit_file(sample, tools=["slither", "crashing", "mythril"],
                                                     timeout={"slither": 120, "mythril": 3})
    runs = {run.tool: run for run in audit.report.tool_runs}
    assert runs["slither"].status == "ok"
    assert runs["crashing"].status == "crashed" and "internal error" in runs["crashing"].error
    assert runs["mythril"].status == "timeout"
    assert any(f.category == "arithmetic" and "slither" in f.tools for f in audit.report.findings)


@pytest.mark.slow
def test_mythril_finds_its_subset_within_bounds():
    """Mythril on the samples annotated `mythril` (three, 0.4 and 0.6), execution bounded to 15 s each (the default)."""
    service = AuditService(use_cache=False)
    subset = [(path, e) for path in samples(VULNERABLE) for e in annotations(path) if "mythril" in e.tools]
    assert len(subset) >= 3
    for path, expected in subset:
        audit = service.audit_file(path, tools=["slither", "mythril"], timeout=150)
        runs = {run.tool: run for run in audit.report.tool_runs}
        assert runs["mythril"].status == "ok", runs["mythril"]
        assert runs["mythril"].duration < 150
        assert is_found(expected, audit.report.findings, tool="mythril"), (path.name, audit.report.findings)
