"""Stage 4: write the Foundry project, run the generated tests with forge, report per test and coverage.

Why failing tests are data, not exceptions: the flow decides (by policy) whether a failed test stops
deployment, and the user needs every failure with its reason and counterexample. TestingError is
raised only when the stage itself cannot run (forge missing, the contract does not build, no output).

Model-written tests (`extra_tests`): with no hook given and an LLM configured (HYPERAGENT_LLM), the
service uses `ModelWrittenTests` for drafts that did not come from the template engine. Template drafts
are left out on purpose: their family generator was written for that very template (unit, fuzz and
invariant tests at >= 90% line coverage), so a model call would add cost, latency and a way to fail for
little gain; pass `extra_tests=ModelWrittenTests()` to have them for template drafts too. With no LLM
configured the hook is None: no model call, no network. Building the service never calls a model or the
network (the chat model is built on first use). Model-written tests count only once they compile; their
cases are reported with kind `llm`, and a model failure or a compiler error is a skipped `llm` case
with the reason (plus a message), never an exception.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from agents.models import CompiledContract, ContractDraft, TestCaseResult, TestReport
from agents.testing import generators
from agents.testing.project import FoundryProject, TestFile, write_project
from agents.testing.results import _json_object, contract_coverage, parse_test_json
from agents.testing.subject import Subject
from hyperagent.errors import TestingError, ToolError
from hyperagent.toolchain.base import ToolResult
from hyperagent.toolchain.forge import ForgeRunner, compile_errors

ExtraTests = Callable[[ContractDraft, CompiledContract, str], str | None]
"""(draft, compiled, generated test source) -> Solidity source of more tests, or None."""

COVERAGE_ENV = {"FOUNDRY_FUZZ_RUNS": "32", "FOUNDRY_INVARIANT_RUNS": "8", "FOUNDRY_INVARIANT_DEPTH": "16"}


def default_extra_tests() -> ExtraTests | None:
    """ModelWrittenTests for non-template drafts when an LLM is configured, else None (no model, no network)."""
    from hyperagent.settings import get_settings

    if not get_settings().llm:
        return None
    from agents.testing.llm_tests import ModelWrittenTests

    return ModelWrittenTests(skip_engines=("template",))


class TestingService:
    __test__ = False

    def __init__(self, forge: ForgeRunner | None = None, *, extra_tests: ExtraTests | None = None,
                 coverage: bool = True, solc: Path | None = None, timeout: float = 300.0) -> None:
        self.forge = forge or ForgeRunner()
        self.extra_tests = extra_tests if extra_tests is not None else default_extra_tests()
        self.coverage = coverage
        self.solc = solc
        self.timeout = timeout

    def run(self, draft: ContractDraft, compiled: CompiledContract, project_dir: Path) -> TestReport:
        started = time.monotonic()
        self.forge.require()
        subject = Subject.of(draft, compiled)
        messages: list[str] = []
        cases: list[TestCaseResult] = []
        try:
            files = self.generate(subject)
        except ValueError as exc:  # constructor arguments that cannot be written as Solidity
            raise TestingError(f"cannot write tests for {subject.name}: {exc}") from exc
        project = write_project(draft, compiled, project_dir, files, solc=self.solc)
        timings: dict[str, float] = {}

        build = self._build(project, timings)
        while not build.ok:
            broken = self._broken_test_files(project, build)
            if not broken:
                raise TestingError(f"the Foundry project in {project.root} does not build: "
                                   f"{compile_errors(build, 600)}")
            for test_file in broken:
                (project.root / test_file.path).unlink(missing_ok=True)
                project.test_files.remove(test_file)
                reason = compile_errors(build, 1500)
                if test_file.kind == "llm":
                    messages.append(f"model-written tests did not compile and were left out: {reason}")
                    cases.append(TestCaseResult(name="llm_tests", suite=Path(test_file.path).name, kind="llm",
                                                status="skipped", reason=f"did not compile: {reason}"))
                else:
                    messages.append(f"generated {test_file.path} did not compile: {reason}")
                    cases.append(TestCaseResult(name=f"compile_{Path(test_file.path).stem}", suite=test_file.path,
                                                kind="build", status="failed", reason=f"did not compile: {reason}"))
            build = self._build(project, timings)

        if self.extra_tests is not None:
            cases += self._add_llm_tests(draft, compiled, project, files, messages, timings)

        tested = self._timed(timings, "test", lambda: self.forge.test(project.root, json=True, timeout=self.timeout))
        try:
            cases += self._tag_llm_cases(parse_test_json(tested.stdout), tested.stdout, project)
        except ValueError as exc:
            raise TestingError(f"forge test gave no results in {project.root}: "
                               f"{compile_errors(tested, 600) or exc}") from exc

        line_rate = branch_rate = None
        coverage_files: list[str] = []
        if self.coverage:
            line_rate, branch_rate, coverage_files = self._coverage(project, messages, timings)
        return TestReport(project_dir=str(project.root), cases=cases, line_coverage=line_rate,
                          branch_coverage=branch_rate, forge_version=self.forge.version,
                          duration=round(time.monotonic() - started, 3), family=subject.family or None,
                          generator=generators.for_family(subject.family).__name__.rsplit(".", 1)[-1],
                          messages=messages, timings=timings, coverage_files=coverage_files)

    def generate(self, subject: Subject) -> list[TestFile]:
        module = generators.for_family(subject.family)
        files = [TestFile(f"test/{subject.name}.t.sol", module.unit_tests(subject))]
        invariants = getattr(module, "invariant_tests", None)
        source = invariants(subject) if invariants else None
        if source:
            files.append(TestFile(f"test/{subject.name}.invariant.t.sol", source))
        return files

    def _add_llm_tests(self, draft: ContractDraft, compiled: CompiledContract, project: FoundryProject,
                       files: list[TestFile], messages: list[str], timings: dict[str, float]) -> list[TestCaseResult]:
        """Model-written tests count only once they compile; otherwise they are reported and left out."""
        try:
            source = self.extra_tests(draft, compiled, files[0].source)  # type: ignore[misc]
        except Exception as exc:  # noqa: BLE001 (a model or its client failing must not stop the stage)
            messages.append(f"model-written tests unavailable: {exc}")
            return [TestCaseResult(name="llm_tests", kind="llm", status="skipped", reason=f"model failed: {exc}")]
        if not source or not source.strip():
            return []
        llm_file = TestFile(f"test/{project.contract_name}.llm.t.sol", source, kind="llm")
        taken = sorted(_declared_contracts(source) & {name for f in project.test_files
                                                      for name in _declared_contracts(f.source)})
        if taken:  # same suite names would mix the model's results with the generated ones
            reason = f"the model's file declares {', '.join(taken)}, already declared by the generated tests"
            messages.append(f"model-written tests were left out: {reason}")
            return [TestCaseResult(name="llm_tests", suite=Path(llm_file.path).name, kind="llm", status="skipped",
                                   reason=reason)]
        (project.root / llm_file.path).write_text(source)
        build = self._build(project, timings, key="build_llm")
        if build.ok:
            project.test_files.append(llm_file)
            return []
        (project.root / llm_file.path).unlink(missing_ok=True)
        reason = compile_errors(build, 1500)
        messages.append(f"model-written tests did not compile and were left out: {reason}")
        return [TestCaseResult(name="llm_tests", suite=Path(llm_file.path).name, kind="llm", status="skipped",
                               reason=f"did not compile: {reason}")]

    @staticmethod
    def _tag_llm_cases(cases: list[TestCaseResult], stdout: str, project: FoundryProject) -> list[TestCaseResult]:
        """Cases from the model-written file get kind `llm` (whatever forge's unit/fuzz kind was)."""
        llm_paths = {f.path for f in project.test_files if f.kind == "llm"}
        if not llm_paths:
            return cases
        suites = {key.rsplit(":", 1)[-1] for key in _json_object(stdout) if key.rsplit(":", 1)[0] in llm_paths}
        return [c.model_copy(update={"kind": "llm"}) if c.suite in suites else c for c in cases]

    def _coverage(self, project: FoundryProject, messages: list[str],
                  timings: dict[str, float]) -> tuple[float | None, float | None, list[str]]:
        lcov = project.root / "lcov.info"
        lcov.unlink(missing_ok=True)
        try:
            result = self._timed(timings, "coverage", lambda: self.forge.coverage(
                project.root, reports=("lcov",), timeout=self.timeout, env=COVERAGE_ENV,
                extra=["--report-file", str(lcov)]))
        except ToolError as exc:
            messages.append(f"coverage not measured: {exc}")
            return None, None, []
        if not lcov.exists():
            messages.append(f"coverage not measured: {compile_errors(result, 300)}")
            return None, None, []
        coverage, files = contract_coverage(lcov.read_text(), project.source_rel, project.source_path.read_text())
        if coverage is None:
            messages.append(f"coverage report has no entry for {project.source_rel}")
            return None, None, []
        return round(coverage.line_rate, 4), round(coverage.branch_rate, 4), files

    def _build(self, project: FoundryProject, timings: dict[str, float], key: str = "build") -> ToolResult:
        return self._timed(timings, key, lambda: self.forge.build(project.root, timeout=self.timeout))

    @staticmethod
    def _timed(timings: dict[str, float], key: str, call: Callable[[], ToolResult]) -> ToolResult:
        started = time.monotonic()
        try:
            return call()
        finally:
            timings[key] = round(timings.get(key, 0.0) + time.monotonic() - started, 3)

    @staticmethod
    def _broken_test_files(project: FoundryProject, build: ToolResult) -> list[TestFile]:
        """Test files the compiler complains about (never the contract itself: that is not ours to drop)."""
        text = f"{build.stdout}\n{build.stderr}"
        mentioned = set(re.findall(r"(test/[\w./-]+\.sol)", text))
        if any(path.startswith("src/") for path in re.findall(r"-->\s*(src/[\w./-]+\.sol)", text)):
            return []
        return [f for f in project.test_files if f.path in mentioned]


def _declared_contracts(source: str) -> set[str]:
    """Names of the (non-abstract) contracts a file declares: the suites forge would report."""
    return set(re.findall(r"^\s*contract\s+([A-Za-z_$][\w$]*)", source, re.MULTILINE))
