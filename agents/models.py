"""One typed model per stage boundary; these names are the project's vocabulary."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field


class Severity(str, Enum):
    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"
    info = "info"

    @property
    def rank(self) -> int:
        return ["info", "low", "medium", "high", "critical"].index(self.value)


class RequirementStatus(str, Enum):
    pending = "pending"
    """Found in the request, not yet checked against a contract."""
    honoured = "honoured"
    unmet = "unmet"
    ambiguous = "ambiguous"


class RequirementKind(str, Enum):
    family = "family"
    name = "name"
    symbol = "symbol"
    decimals = "decimals"
    supply = "supply"
    cap = "cap"
    option = "option"
    """A template option by its meta.json name (value: true/false or the enum value)."""
    value = "value"
    """A number the contract uses: a duration, a percentage, a price, a rate, a threshold."""
    address = "address"
    """An address bound to a role (key: the role; value: the address, or a comma-separated list)."""


class Requirement(BaseModel):
    """One thing the request asks for, and whether the contract has it."""

    kind: RequirementKind
    key: str
    """The vocabulary name: an option or value name from meta.json, a role, or the kind itself."""
    value: str | int | bool | list[str] | None = None
    text: str = ""
    """The request's own words it came from."""
    field: str = ""
    """Where it lives in the spec: "initial_supply", "options.cliff_seconds", "addresses.beneficiary"."""
    status: RequirementStatus = RequirementStatus.pending
    reason: str | None = None

    def label(self) -> str:
        """How the one-line report names it: the request's words, else key=value."""
        words = " ".join(self.text.split())
        return words if words else (self.key if self.value in (True, None) else f"{self.key}={self.value}")


class ContractSpec(BaseModel):
    """What the user asked for, parsed from the request."""

    prompt: str = ""
    family: str
    name: str
    contract_name: str = ""
    symbol: str | None = None
    decimals: int = 18
    initial_supply: str | None = None
    """Whole tokens, as a decimal string (no decimals applied)."""
    cap: str | None = None
    features: list[str] = Field(default_factory=list)
    """Options (meta.json names) and hints the request turns on."""
    disabled: list[str] = Field(default_factory=list)
    """Options the request turns off in so many words ("no minting", "not pausable")."""
    options: dict[str, Any] = Field(default_factory=dict)
    roles: list[str] = Field(default_factory=list)
    addresses: dict[str, str] = Field(default_factory=dict)
    language: str = "en"
    requirements: list[Requirement] = Field(default_factory=list)
    """Everything the request asks for, each honoured, unmet or ambiguous once the contract is composed."""


class ContractDraft(BaseModel):
    """Solidity written for a spec, ready to compile."""

    spec: ContractSpec
    source: str
    contract_name: str
    file_name: str
    constructor_args: list[Any] = Field(default_factory=list)
    engine: str = "template"
    template_id: str | None = None
    retrieved: list[str] = Field(default_factory=list)
    """Ids of the corpus documents used."""
    notes: list[str] = Field(default_factory=list)
    """What a reader should know about the draft: LLM repair rounds, setup steps after deployment."""
    llm: dict[str, Any] | None = None
    """engine "llm" only: model, repair_rounds, compiled_after_round, answers, input/output tokens, seconds."""
    proxy: str | None = None
    """uups | transparent: the source is an upgradeable implementation, deployed behind that proxy;
    constructor_args are then the arguments of its `initialize(...)`."""


class ProxyArtifact(BaseModel):
    """A standard OpenZeppelin proxy, compiled with the upgradeable contract it will front."""

    kind: str
    """uups (ERC1967Proxy) | transparent (TransparentUpgradeableProxy, with its own ProxyAdmin)."""
    contract_name: str
    abi: list[dict[str, Any]]
    bytecode: str
    deployed_bytecode: str
    immutable_references: dict[str, list[dict[str, int]]] = Field(default_factory=dict)
    initializer: str = "initialize"


class CompiledContract(BaseModel):
    contract_name: str
    source: str
    source_hash: str
    file_name: str
    compiler_version: str
    abi: list[dict[str, Any]]
    bytecode: str
    deployed_bytecode: str
    standard_json_input: dict[str, Any]
    optimizer: dict[str, Any] = Field(default_factory=lambda: {"enabled": True, "runs": 200})
    warnings: list[str] = Field(default_factory=list)
    immutable_references: dict[str, list[dict[str, int]]] = Field(default_factory=dict)
    """solc's evm.deployedBytecode.immutableReferences (id -> [{start, length}] in bytes): the deployer
    masks these when it compares the code on chain with deployed_bytecode."""
    proxy: ProxyArtifact | None = None
    """Set for an upgradeable contract: this contract is the implementation, deployed behind the proxy."""


class Finding(BaseModel):
    tools: list[str]
    detector: str
    title: str
    description: str = ""
    severity: Severity
    confidence: str = "medium"
    swc_id: str | None = None
    category: str = "other"
    file: str | None = None
    line: int | None = None
    lines: list[int] = Field(default_factory=list)
    function: str | None = None
    detectors: list[str] = Field(default_factory=list)
    """Every detector id that reported this issue (several when tools' findings were merged)."""
    contract: str | None = None
    triage: str | None = None
    """Why the severity or confidence is lower than the detector's default ("high -> low: ..."), when
    the code shows intent the tool cannot verify (agents/audit/triage.py). None: as the tool reported it."""

    @property
    def tool(self) -> str:
        return ",".join(self.tools)


class ToolRun(BaseModel):
    tool: str
    version: str | None = None
    status: str = "ok"
    """ok, crashed, timeout, skipped."""
    error: str | None = None
    duration: float = 0.0
    findings: int = 0


class AuditReport(BaseModel):
    findings: list[Finding] = Field(default_factory=list)
    tool_runs: list[ToolRun] = Field(default_factory=list)
    risk_score: int = 0
    fail_on: Severity = Severity.high
    passed: bool = True
    gate_reason: str | None = None
    solc_version: str | None = None
    """The compiler release the audited source was compiled with (pragma-matched)."""
    duration: float = 0.0


class TestCaseResult(BaseModel):
    __test__ = False

    name: str
    suite: str = ""
    kind: str = "unit"
    """unit, fuzz, invariant, build (a generated file that did not compile) or llm (model-written)."""
    status: str
    """passed, failed, skipped."""
    gas: int | None = None
    duration_ms: float | None = None
    reason: str | None = None
    counterexample: str | None = None


class TestReport(BaseModel):
    __test__ = False

    project_dir: str
    cases: list[TestCaseResult] = Field(default_factory=list)
    line_coverage: float | None = None
    branch_coverage: float | None = None
    forge_version: str | None = None
    duration: float = 0.0
    family: str | None = None
    """The family whose generator wrote the tests (None: generic tests)."""
    generator: str | None = None
    messages: list[str] = Field(default_factory=list)
    """What was left out and why (tests that did not compile, coverage not measured)."""
    timings: dict[str, float] = Field(default_factory=dict)
    """Seconds per forge step: build, test, coverage."""
    coverage_files: list[str] = Field(default_factory=list)
    """What the coverage numbers measure: the contract's file, plus the files it imports directly when
    it has no executable lines of its own (a contract that only configures what it inherits)."""

    @property
    def passed(self) -> int:
        return sum(1 for c in self.cases if c.status == "passed")

    @property
    def failed(self) -> int:
        return sum(1 for c in self.cases if c.status == "failed")


class NetworkInfo(BaseModel):
    name: str
    chain_id: int
    rpc_url: str
    explorer_url: str | None = None


class DeploymentResult(BaseModel):
    network: NetworkInfo
    address: str
    tx_hash: str
    block_number: int
    gas_used: int
    effective_gas_price: int | None = None
    deployer: str
    constructor_args_encoded: str = ""
    explorer_link: str | None = None
    reused: bool = False
    """True when a retry found the earlier transaction instead of sending again."""
    cost_wei: int | None = None
    """gas_used * effective_gas_price."""
    nonce: int | None = None
    code_check: str | None = None
    """How the code at the address was checked: exact, immutables-masked, zero-masked, skipped."""
    proxy_kind: str | None = None
    """uups | transparent when `address` is a proxy (the address users call); None for a plain contract."""
    implementation_address: str | None = None
    implementation_tx_hash: str | None = None
    proxy_admin: str | None = None
    """The ProxyAdmin a transparent proxy created (its owner may upgrade)."""


STAGES = ("generation", "compilation", "audit", "testing", "deployment")
SKIPPABLE_STAGES = ("audit", "testing", "deployment")


class WorkflowOptions(BaseModel):
    """What a user may set for one lifecycle run (the flow's `options` parameter)."""

    skip: list[str] = Field(default_factory=list)
    """Stages to leave out: audit, testing, deployment."""
    fail_on: Severity = Severity.high
    """Audit gate: the lowest severity that stops deployment."""
    allow_audit_failures: bool = False
    """Policy: deploy even when the audit gate fails."""
    allow_failing_tests: bool = False
    """Policy: deploy even when generated tests fail."""
    allow_partial: bool = False
    """Policy: deploy even when a requirement of the request is unmet or ambiguous, or the rules' and the
    model's readings of it disagree (what is left out is listed)."""
    audit_tools: list[str] | None = None
    audit_timeout: float | None = None
    on_tool_failure: Literal["fail", "warn"] = "fail"
    """Policy when an audit tool crashes, times out or is missing: fail (the gate fails) or warn (the
    other tools' verdict stands; the report still names the failed tool)."""
    llm: str | None = None
    """`local` (the model on this machine), `provider:model`, or None for HYPERAGENT_LLM."""
    family: str | None = None
    rpc_url: str | None = None
    chain_id: int | None = None

    def model_post_init(self, __context: Any) -> None:
        unknown = sorted(set(self.skip) - set(SKIPPABLE_STAGES))
        if unknown:
            raise ValueError(f"cannot skip {', '.join(unknown)}: choose from {', '.join(SKIPPABLE_STAGES)}")


class FileAudit(BaseModel):
    """One user file audited by `hyperagent audit` / the audit-contract flow."""

    path: str
    """Relative to the project root (`root`), as reports and code-scanning services show it."""
    solc_version: str | None = None
    error: str | None = None
    """Why the file could not be audited (it does not compile, say); the other files still are."""
    contracts: list[str] = Field(default_factory=list)
    report: AuditReport | None = None
    root: str | None = None
    """The project root (absolute); None for a path that is already absolute."""

    @property
    def absolute_path(self) -> str:
        return str(Path(self.root) / self.path) if self.root else self.path


class CompilationUnitAudit(BaseModel):
    """One compiler run of a project: its release and how many files it held."""

    id: str
    solc_version: str
    files: int
    """Audited files compiled in this unit."""
    sources: int
    """Every source compiled (audited files and what they import)."""
    tool_runs: list[ToolRun] = Field(default_factory=list)
    """The runs over the whole unit (Slither: one per unit, unless it crashed and ran again file by file)."""


class ProjectAudit(BaseModel):
    """A project audited as its build sees it (agents/audit/project): where, how, what was left out."""

    root: str
    platform: str
    """foundry, hardhat or plain."""
    units: list[CompilationUnitAudit] = Field(default_factory=list)
    skipped: dict[str, int] = Field(default_factory=dict)
    """Files the scope rules left out, by reason: test, script, mock, outside, excluded."""
    dependencies: int = 0
    """Files compiled only because audited files import them (not audited themselves)."""
    notes: list[str] = Field(default_factory=list)
    files: list[FileAudit] = Field(default_factory=list)
