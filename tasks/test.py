"""Stage 4: a Foundry project with generated unit, fuzz and invariant tests, run with forge."""

from __future__ import annotations

import shutil
from pathlib import Path

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from agents import registry
from agents.models import CompiledContract, ContractDraft, TestReport
from hyperagent import markdown as md
from hyperagent.db import repository
from hyperagent.paths import builds_dir
from tasks.caching import cached_task_options, testing_key
from tasks.retry import stage_task_options
from tasks.tracking import run_cached, stage_scope


@task(**cached_task_options("run-generated-tests", testing_key))
def run_generated_tests(draft: ContractDraft, compiled: CompiledContract, project_dir: str) -> TestReport:
    return registry.service("testing").run(draft, compiled, Path(project_dir))


@task(**stage_task_options("test-contract"))
def test_contract(workflow_id: str, contract_id: str, draft: ContractDraft,
                  compiled: CompiledContract) -> TestReport:
    with stage_scope(workflow_id, "testing") as stage:
        project_dir = builds_dir() / str(workflow_id)
        report = run_cached(stage, run_generated_tests, draft=draft, compiled=compiled, project_dir=str(project_dir))
        if stage.cached and not Path(report.project_dir).is_dir():
            report = run_generated_tests.fn(draft, compiled, str(project_dir))
        elif stage.cached and Path(report.project_dir) != project_dir:
            shutil.copytree(report.project_dir, project_dir, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("out", "cache"))
            report = report.model_copy(update={"project_dir": str(project_dir)})
        repository.save_test_report(workflow_id, contract_id, report)
        create_markdown_artifact(key=f"tests-{workflow_id}-report", markdown=test_markdown(compiled, report),
                                 description=f"Test report of {compiled.contract_name}")
        create_table_artifact(key=f"tests-{workflow_id}-results",
                              table=[case.model_dump(include={"name", "kind", "status", "gas", "reason"})
                                     for case in report.cases] or [{"name": "-", "status": "no tests"}],
                              description="Generated tests")
        return report


test_contract.__test__ = False  # not a pytest test despite the name


def test_markdown(compiled: CompiledContract, report: TestReport) -> str:
    coverage = "n/a" if report.line_coverage is None else f"{report.line_coverage:.0%}"
    lines = [f"# Tests of {compiled.contract_name}", "",
             f"**{report.passed} passed, {report.failed} failed**, line coverage {coverage}, "
             f"Foundry project `{report.project_dir}`", "",
             "| test | kind | status | gas |", "|---|---|---|---|"]
    lines += [f"| {c.name} | {c.kind} | {c.status} | {c.gas or ''} |" for c in report.cases]
    failures = [c for c in report.cases if c.status == "failed"]
    for case in failures:
        lines += ["", f"- {md.text(case.name)}: {md.text(case.reason or 'failed')}"
                  + (f" (counterexample: {md.text(case.counterexample)})" if case.counterexample else "")]
    return "\n".join(lines) + "\n"


test_markdown.__test__ = False
