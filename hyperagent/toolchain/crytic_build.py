"""A crytic-compile platform that reads HyperAgent's build file instead of compiling.

Why: the audit compiles each compilation unit once (agents/audit/project/compiler.py) and every tool
reads that output. crytic-compile accepts a platform object in place of a target
(`CryticCompile(platform)`); this one turns the build file (standard-JSON input and output plus each
file's absolute path) into one crytic-compile compilation unit, so Slither analyses exactly what
was compiled, with the paths a person opens, and never runs solc itself.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crytic_compile import CryticCompile
from crytic_compile.compilation_unit import CompilationUnit
from crytic_compile.compiler.compiler import CompilerVersion
from crytic_compile.platform.abstract_platform import AbstractPlatform
from crytic_compile.platform.types import Type
from crytic_compile.utils.naming import Filename
from crytic_compile.utils.natspec import Natspec

BUILD_FORMAT = "hyperagent-unit-1"
BUILD_SUFFIX = ".hyperagent-unit"
"""Not `.json`: Slither's CLI takes any `.json` target for a solc AST file."""


def is_build_file(target: str) -> bool:
    if not target.endswith(BUILD_SUFFIX) or not Path(target).is_file():
        return False
    with open(target, encoding="utf8") as handle:
        return f'"_format": "{BUILD_FORMAT}"' in handle.read(200)


class HyperAgentBuild(AbstractPlatform):
    NAME = "HyperAgent"
    PROJECT_URL = "https://github.com/hyperagent/hyperagent"
    TYPE = Type.SOLC_STANDARD_JSON
    HIDE = True

    def __init__(self, target: str, **kwargs: str) -> None:
        super().__init__(target, **kwargs)
        self.build: dict[str, Any] = json.loads(Path(target).read_text(encoding="utf8"))
        self.dependencies = {self.build["files"][name] for name in self.build.get("dependencies", [])}

    def compile(self, crytic_compile: CryticCompile, **_kwargs: str) -> None:
        build = self.build
        root = Path(build["root"])
        settings = build["input"].get("settings") or {}
        unit = CompilationUnit(crytic_compile, Path(self.target).stem)
        unit.compiler_version = CompilerVersion(
            compiler="solc", version=build["solcVersion"],
            optimized=bool((settings.get("optimizer") or {}).get("enabled")),
            optimize_runs=(settings.get("optimizer") or {}).get("runs"), via_ir=bool(settings.get("viaIR")))
        output = build["output"]
        names: dict[str, Filename] = {}
        for name, info in sorted((output.get("sources") or {}).items(), key=lambda item: item[1].get("id", 0)):
            names[name] = filename(name, build["files"][name], root)
            source_unit = unit.create_source_unit(names[name])
            source_unit.ast = info.get("ast")
            if info.get("id") is not None:
                unit.set_source_id(info["id"], names[name])
        for name, contracts in (output.get("contracts") or {}).items():
            source_unit = unit.create_source_unit(names.get(name) or filename(name, build["files"][name], root))
            for contract, info in contracts.items():
                evm = info.get("evm") or {}
                source_unit.add_contract_name(contract)
                unit.filename_to_contracts[source_unit.filename].add(contract)
                source_unit.abis[contract] = info.get("abi") or []
                source_unit.natspec[contract] = Natspec(info.get("userdoc") or {}, info.get("devdoc") or {})
                source_unit.bytecodes_init[contract] = (evm.get("bytecode") or {}).get("object", "")
                source_unit.bytecodes_runtime[contract] = (evm.get("deployedBytecode") or {}).get("object", "")
                source_unit.srcmaps_init[contract] = _srcmap(evm.get("bytecode"))
                source_unit.srcmaps_runtime[contract] = _srcmap(evm.get("deployedBytecode"))
        crytic_compile.src_content = {build["files"][name]: source["content"]
                                      for name, source in build["input"]["sources"].items()}

    def clean(self, **_kwargs: str) -> None:
        return None

    @staticmethod
    def is_supported(target: str, **_kwargs: str) -> bool:
        return is_build_file(target)

    def is_dependency(self, path: str) -> bool:
        return path in self.dependencies

    def _guessed_tests(self) -> list[str]:
        return []


def filename(unit_name: str, absolute: str, root: Path) -> Filename:
    path = Path(absolute)
    relative = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    return Filename(absolute=absolute, used=unit_name, relative=relative, short=relative)


def _srcmap(bytecode: dict[str, Any] | None) -> list[str]:
    text = (bytecode or {}).get("sourceMap") or ""
    return text.split(";") if text else []


def load(build_file: str | Path) -> CryticCompile:
    return CryticCompile(HyperAgentBuild(str(build_file)))
