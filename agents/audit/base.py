"""The one shape every audit tool has: a target in, normalised findings out.

Like Slither's detectors, what a tool *is* (its name, help, kind, default timeout) is written as class
constants, and the base class refuses at construction a subclass that forgot one, naming the field.
Subclasses implement `_run`; the public `run` accepts a path, a source string or an AuditTarget and
does the shared work (coercion, stamping the tool name, sorting).
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


@dataclass
class AuditTarget:
    """One Solidity file to audit, with what every tool needs to compile it the same way."""

    path: Path
    source: str
    solc_version: str | None = None
    solc_binary: Path | None = None
    remaps: list[str] = field(default_factory=list)
    base_dir: Path | None = None
    family: str | None = None
    contracts: list[str] = field(default_factory=list)
    """Contract names the file defines (from the compile)."""
    artifacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Contract name -> {"abi": [...], "bytecode": "hex"} from that compile (the fuzzer deploys these)."""
    draft: Any = None
    """The ContractDraft, for a generated contract: lets the fuzzer use its family's properties."""
    compiled: Any = None
    """The CompiledContract that goes with `draft`."""

    @property
    def source_hash(self) -> str:
        return hashlib.sha256(self.source.encode()).hexdigest()

    @classmethod
    def coerce(cls, value: AuditTarget | str | Path, **extra: Any) -> AuditTarget:
        """A path (existing file) or a Solidity source string becomes a target."""
        if isinstance(value, AuditTarget):
            return value
        if isinstance(value, Path) or (isinstance(value, str) and "\n" not in value and value.endswith(".sol")):
            path = Path(value).resolve()
            return cls(path=path, source=path.read_text(), base_dir=path.parent, **extra)
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="hyperagent-audit-"))
        path = folder / "Contract.sol"
        path.write_text(str(value))
        return cls(path=path, source=str(value), base_dir=folder, **extra)


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
    DEFAULT_TIMEOUT: ClassVar[float] = 120.0
    INSTALL_HINT: ClassVar[str] = "make setup"

    def __init__(self) -> None:
        for constant in ("NAME", "HELP", "KIND"):
            if not getattr(self, constant):
                raise IncorrectToolDefinition(f"{type(self).__name__} must set {constant}")
        if self.KIND not in KINDS:
            raise IncorrectToolDefinition(f"{type(self).__name__}.KIND must be one of {', '.join(KINDS)}")

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
