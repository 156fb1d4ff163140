"""Solidity source -> CompiledContract, with the release the source's pragma asks for.

Why the standard-JSON input is kept whole, with every import inlined: it is what an explorer needs
to verify the deployed code, and it recompiles to the same bytes anywhere (source unit names like
`@openzeppelin/contracts/...` carry no local path, so the metadata hash does not depend on the
checkout's location).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from agents.models import CompiledContract, ProxyArtifact
from hyperagent.errors import CompilationError
from hyperagent.toolchain.solc import SolcRunner

OUTPUTS = ["abi", "evm.bytecode", "evm.deployedBytecode", "metadata"]
MAX_ERRORS_SHOWN = 3
PROXIES = {
    "uups": ("@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol", "ERC1967Proxy"),
    "transparent": ("@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol",
                    "TransparentUpgradeableProxy"),
}
"""proxy kind -> (source unit, contract) of the standard OpenZeppelin proxy an upgradeable contract is deployed behind."""


def standard_input(sources: dict[str, str], *, optimize: bool = True, runs: int = 200,
                   remappings: list[str] | None = None) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "optimizer": {"enabled": optimize, "runs": runs},
        "outputSelection": {"*": {"*": list(OUTPUTS)}},
    }
    if remappings:
        settings["remappings"] = list(remappings)
    return {"language": "Solidity", "sources": {name: {"content": text} for name, text in sources.items()},
            "settings": settings}


def compile_source(source: str, file_name: str = "Contract.sol", contract_name: str | None = None, *,
                   version: str | None = None, optimize: bool = True, runs: int = 200,
                   remappings: list[str] | None = None, runner: SolcRunner | None = None,
                   proxy: str | None = None) -> CompiledContract:
    """Compile one file (its imports are found in node_modules) and return one of its contracts.

    `contract_name` defaults to the last contract defined in the file; `version` forces a release.
    `proxy` (uups | transparent): the contract is an upgradeable implementation; the standard proxy it
    will be deployed behind is compiled in the same run (same compiler and settings) and attached.
    """
    runner = runner or SolcRunner()
    sources = {file_name: source}
    if proxy:
        if proxy not in PROXIES:
            raise CompilationError(f"unknown proxy kind {proxy!r}: use one of {', '.join(PROXIES)}")
        unit = PROXIES[proxy][0]
        sources[unit] = _node_module_source(unit)
    standard = runner.expand_sources(standard_input(sources, optimize=optimize, runs=runs, remappings=remappings))
    output = runner.compile_standard(standard, version)
    raise_on_errors(output, standard, file_name)
    compiled = build_contract(output, standard, file_name, contract_name)
    if proxy:
        compiled.proxy = proxy_artifact(output, proxy)
    return compiled


def _node_module_source(unit: str) -> str:
    from hyperagent.paths import node_modules

    path = node_modules() / unit
    if not path.is_file():
        raise CompilationError(f"{unit} is missing from node_modules: run `make setup`")
    return path.read_text()


def proxy_artifact(output: dict[str, Any], kind: str) -> ProxyArtifact:
    unit, name = PROXIES[kind]
    data = output["contracts"][unit][name]
    return ProxyArtifact(kind=kind, contract_name=name, abi=data.get("abi", []),
                         bytecode=data["evm"]["bytecode"]["object"],
                         deployed_bytecode=data["evm"]["deployedBytecode"]["object"],
                         immutable_references=data["evm"]["deployedBytecode"].get("immutableReferences") or {})


def compile_files(paths: list[Path], base_path: Path | None = None, *, version: str | None = None,
                  optimize: bool = True, runs: int = 200) -> list[CompiledContract]:
    """Every deployable contract of each file (one compile per file, so one file's pragma cannot
    decide another's release). Source unit names are relative to `base_path` when given."""
    compiled: list[CompiledContract] = []
    for path in paths:
        name = Path(path).resolve().relative_to(Path(base_path).resolve()).as_posix() if base_path else Path(path).name
        source = Path(path).read_text()
        runner = SolcRunner()
        standard = runner.expand_sources(standard_input({name: source}, optimize=optimize, runs=runs))
        output = runner.compile_standard(standard, version)
        raise_on_errors(output, standard, name)
        for contract in sorted(output.get("contracts", {}).get(name, {})):
            if output["contracts"][name][contract]["evm"]["bytecode"]["object"]:
                compiled.append(build_contract(output, standard, name, contract))
    return compiled


def raise_on_errors(output: dict[str, Any], standard: dict[str, Any], file_name: str) -> None:
    errors = [e for e in output.get("errors", []) if e.get("severity") == "error"]
    if not errors:
        return
    shown = "; ".join(describe(e, standard) for e in errors[:MAX_ERRORS_SHOWN])
    more = f" (+{len(errors) - MAX_ERRORS_SHOWN} more)" if len(errors) > MAX_ERRORS_SHOWN else ""
    raise CompilationError(f"{file_name} does not compile: {shown}{more} (fix the source and compile again)")


def describe(error: dict[str, Any], standard: dict[str, Any]) -> str:
    """`file:line: Type: message`, the line computed from the source text solc points into."""
    location = error.get("sourceLocation") or {}
    where = location.get("file") or ""
    text = (standard["sources"].get(where) or {}).get("content")
    if text is not None and location.get("start", -1) >= 0:
        line = text.encode()[: location["start"]].count(b"\n") + 1
        where = f"{where}:{line}"
    message = " ".join(str(error.get("message", "")).split())
    kind = error.get("type", "Error")
    return f"{where}: {kind}: {message}" if where else f"{kind}: {message}"


def build_contract(output: dict[str, Any], standard: dict[str, Any], file_name: str,
                   contract_name: str | None) -> CompiledContract:
    in_file = output.get("contracts", {}).get(file_name, {})
    name = contract_name or last_contract(standard["sources"][file_name]["content"], in_file)
    data = in_file.get(name)
    if data is None:
        for file, contracts in output.get("contracts", {}).items():
            if name in contracts:
                data = contracts[name]
                break
    if data is None:
        known = ", ".join(sorted(in_file)) or "none"
        raise CompilationError(f"no contract {name!r} in {file_name} (contracts: {known}): pass one of those names")
    metadata = json.loads(data.get("metadata") or "{}")
    source = standard["sources"][file_name]["content"]
    return CompiledContract(
        contract_name=name,
        source=source,
        source_hash=hashlib.sha256(source.encode()).hexdigest(),
        file_name=file_name,
        compiler_version=metadata.get("compiler", {}).get("version", ""),
        abi=data.get("abi", []),
        bytecode=data["evm"]["bytecode"]["object"],
        deployed_bytecode=data["evm"]["deployedBytecode"]["object"],
        standard_json_input=standard,
        optimizer=dict(standard["settings"]["optimizer"]),
        warnings=[describe(e, standard) for e in output.get("errors", []) if e.get("severity") != "error"],
        immutable_references=data["evm"]["deployedBytecode"].get("immutableReferences") or {},
    )


def last_contract(source: str, compiled: dict[str, Any]) -> str:
    """The last non-abstract contract the file defines: what a one-file request means to deploy."""
    clean = re.sub(r"//[^\n]*|/\*.*?\*/", "", source, flags=re.S)
    names = re.findall(r"(?<![\w.])(abstract\s+)?contract\s+([A-Za-z_$][\w$]*)", clean)
    for abstract, name in reversed(names):
        if not abstract and name in compiled:
            return name
    deployable = [n for n, c in compiled.items() if c.get("evm", {}).get("bytecode", {}).get("object")]
    if deployable:
        return deployable[-1]
    raise CompilationError("the source defines no deployable contract: add a `contract Name { ... }`")
