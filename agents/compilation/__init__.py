"""Stage 2: compilation. `CompilationService` is what the registry hands the flow's compile task."""

from __future__ import annotations

from agents.compilation.compiler import compile_files, compile_source, standard_input
from agents.models import CompiledContract, ContractDraft

__all__ = ["CompilationService", "compile_files", "compile_source", "standard_input"]


class CompilationService:
    """Compiles a draft with the release its pragma selects; `version` pins one instead."""

    def __init__(self, version: str | None = None, optimize: bool = True, runs: int = 200) -> None:
        self.version = version
        self.optimize = optimize
        self.runs = runs

    def compile(self, draft: ContractDraft) -> CompiledContract:
        return compile_source(draft.source, draft.file_name, draft.contract_name or None, version=self.version,
                              optimize=self.optimize, runs=self.runs, proxy=draft.proxy)
