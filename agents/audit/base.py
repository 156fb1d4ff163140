"""The one shape every audit tool has: a target in, normalised findings out.

Like Slither's detectors, what a tool *is* (its name, help, kind, default timeout) is written as class
constants, and the base class refuses at construction a subclass that forgot one, naming the field.
Subclasses implement `_run`; the public `run` accepts a path, a source string or an AuditTarget and
does the shared work (coercion, stamping the tool name, sorting). `SCOPE` says how often a tool runs:
once per compilation unit (Slither reads the whole unit at once) or once per deployable contract.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from agents.models import Finding

# What a tool does, used in reports and to pick tools.
STATIC = "static"
SYMBOLIC = "symbolic"
FUZZ = "fuzz"
KINDS = (STATIC, SYMBOLIC, FUZZ)


class IncorrectToolDefinition(TypeError):
    """An AuditTool subclass is missing one of the constants every tool must declare."""


UNIT = "unit"
CONTRACT = "contract"
SCOPES = (UNIT, CONTRACT)
"""What one run of a tool looks at: a whole compiled compilation unit (Slither: one run per unit), or
one deployable contract of it (Mythril, the fuzzer: one run per contract)."""


@dataclass
class AuditTarget:
    """One tool run's input: a compiled compilation unit, narrowed to the audited files it covers
    (`files`) and, for contract-scope tools, to one contract (`contract`; None means every contract
    of `path`). Every tool reads the same compile (`unit.build_file`); none compiles again."""

    path: Path
    """The audited file (for a contract: the file that defines it)."""
    source: str
    solc_version: str | None = None
    solc_binary: Path | None = None
    remaps: list[str] = field(default_factory=list)
    base_dir: Path | None = None
    """The project root: tools run there and findings carry paths relative to it."""
    family: str | None = None
    contracts: list[str] = field(default_factory=list)
    """Contract names the file defines (from the compile)."""
    artifacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Contract name -> {"abi": [...], "bytecode": "hex"} from that compile (the fuzzer deploys these)."""
    draft: Any = None
    """The ContractDraft, for a generated contract: lets the fuzzer use its family's properties."""
    compiled: Any = None
    """The CompiledContract that goes with `draft`."""
    unit: Any = None
    """The CompiledUnit (agents.audit.project) this target was compiled in."""
    contract: str | None = None
    unit_name: str | None = None
    """The source unit name of `path`, as the compiler saw it."""
    files: dict[str, str] = field(default_factory=dict)
    """Absolute path -> path relative to the root, for every audited file this target covers."""
    subset_build: Path | None = None
    """A build file holding only part of the unit (the audited files of `files` and their imports)."""

    @property
    def build_file(self) -> Path:
        """The compile every tool reads (hyperagent/toolchain/crytic_build.py explains its format)."""
        if self.subset_build is not None:
            return self.subset_build
        if self.unit is None:
            raise ValueError(f"{self.path.name} has not been compiled: audit it through AuditService")
        return self.unit.build_file

    @property
    def source_hash(self) -> str:
        return hashlib.sha256(self.source.encode()).hexdigest()

    def relative(self, path: str | Path | None) -> str | None:
        """The path relative to the root when `path` is one of the audited files covered, else None."""
        if not path:
            return None
        key = str(Path(path) if Path(path).is_absolute() else (self.base_dir or Path.cwd()) / path)
        return self.files.get(key) or self.files.get(str(Path(key).resolve()))

    def text(self, relative: str | None) -> str | None:
        """The source an audited file was compiled from, by its path relative to the root."""
        if self.unit is None or relative is None:
            return None
        unit = self.unit.unit
        return next((unit.contents[name] for name, f in unit.sources.items() if f.relative == relative), None)

    @classmethod
    def coerce(cls, value: AuditTarget | str | Path, **extra: Any) -> AuditTarget:
        """A path (existing file) or a Solidity source string becomes a compiled target of that file."""
        if isinstance(value, AuditTarget):
            return value
        from agents.audit.service import AuditService

        if isinstance(value, Path) or (isinstance(value, str) and "\n" not in value and value.endswith(".sol")):
            return AuditService(use_cache=False).prepare(Path(value), **extra)
        import tempfile

        path = Path(tempfile.mkdtemp(prefix="hyperagent-audit-")) / "Contract.sol"
        path.write_text(str(value))
        return AuditService(use_cache=False).prepare(path, **extra)


@dataclass
class ToolSettings:
    """What a run may take and how deep it may look; part of the cache key."""

    timeout: float = 120.0
    mythril_execution_timeout: int = 15
    mythril_solver_timeout_ms: int = 10000
    mythril_max_depth: int = 64
    fuzz_runs: int = 256
    fuzz_depth: int = 32
    extra: dict[str, Any] = field(default_factory=dict)

    def key_for(self, tool: str) -> dict[str, Any]:
        """The settings that change what `tool` finds (the timeout does not, except for Mythril)."""
        if tool == "mythril":
            return {"exec": self.mythril_execution_timeout, "solver": self.mythril_solver_timeout_ms,
                    "depth": self.mythril_max_depth}
        if tool in ("fuzz", "echidna"):
            return {"runs": self.fuzz_runs, "depth": self.fuzz_depth}
        return {}


class AuditTool:
    """Base of every tool adapter. Subclasses set the constants and implement `_run` and `version`."""

    NAME: ClassVar[str] = ""
    HELP: ClassVar[str] = ""
    KIND: ClassVar[str] = ""
    SCOPE: ClassVar[str] = CONTRACT
    """UNIT: one run per compilation unit; CONTRACT: one run per deployable contract."""
    DEFAULT_TIMEOUT: ClassVar[float] = 120.0
    INSTALL_HINT: ClassVar[str] = "make setup"

    def __init__(self) -> None:
        for constant in ("NAME", "HELP", "KIND"):
            if not getattr(self, constant):
                raise IncorrectToolDefinition(f"{type(self).__name__} must set {constant}")
        if self.KIND not in KINDS:
            raise IncorrectToolDefinition(f"{type(self).__name__}.KIND must be one of {', '.join(KINDS)}")
        if self.SCOPE not in SCOPES:
            raise IncorrectToolDefinition(f"{type(self).__name__}.SCOPE must be one of {', '.join(SCOPES)}")

    def available(self) -> bool:
        return True

    def version(self) -> str | None:
        return None

    def run(self, target: AuditTarget | str | Path, settings: ToolSettings | None = None) -> list[Finding]:
        """Findings of this tool on `target`; raises ToolError / ToolTimeoutError when the tool fails."""
        target = AuditTarget.coerce(target)
        findings = self._run(target, settings or ToolSettings(timeout=self.DEFAULT_TIMEOUT))
        for finding in findings:
            if not finding.tools:
                finding.tools = [self.NAME]
            if finding.detector and finding.detector not in finding.detectors:
                finding.detectors = [finding.detector, *finding.detectors]
        return sorted(findings, key=lambda f: (f.line or 0, -f.severity.rank, f.detector))

    def _run(self, target: AuditTarget, settings: ToolSettings) -> list[Finding]:
        raise NotImplementedError
