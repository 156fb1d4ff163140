"""Prefect task caching for the pure part of a stage: same input, same tools, same settings -> same result.

The key is the source hash, the versions of the tools that judge it, the stage's settings and a hash
of the stage's own code, so an upgrade of any of them runs the work again. Deployment is never
cached. A service plugged in through the registry is never cached either: it may not be pure.
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from functools import lru_cache
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

from agents import registry
from hyperagent.paths import data_dir, project_root

CACHE_EXPIRATION = timedelta(days=30)


def result_storage_path() -> Path:
    """Where cached results live; flows/submit.py points PREFECT_LOCAL_STORAGE_PATH here."""
    return data_dir() / "task-results"


def fingerprint(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


@lru_cache(maxsize=None)
def code_hash(*relative_dirs: str) -> str:
    """Hash of the files that produce a stage's result (its agents package, the solc wrapper, ...)."""
    digest = hashlib.sha256()
    for relative in relative_dirs:
        for path in sorted((project_root() / relative).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".js", ".json", ".sol", ".j2", ".toml"}:
                digest.update(str(path.relative_to(project_root())).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=None)
def tool_version(tool: str) -> str | None:
    if tool == "slither":
        return package_version("slither-analyzer")
    if tool == "mythril":
        from hyperagent.toolchain.mythril import MythrilRunner

        return MythrilRunner().version
    if tool in ("forge", "fuzz"):
        from hyperagent.toolchain.forge import ForgeRunner

        return ForgeRunner().version
    if tool == "solc":
        from hyperagent.toolchain.solc import SolcRunner

        return SolcRunner().version
    return None


def uses_default(stage: str) -> bool:
    return registry.is_default(stage)


def compile_key(context: Any, parameters: dict[str, Any]) -> str | None:
    if not uses_default("compilation"):
        return None
    draft = parameters["draft"]
    return "compile-" + fingerprint(draft.source, draft.file_name, draft.contract_name, draft.proxy,
                                    code_hash("toolchain", "agents/compilation"))


def audit_key(context: Any, parameters: dict[str, Any]) -> str | None:
    if not uses_default("audit"):
        return None
    draft, compiled, tools = parameters["draft"], parameters["compiled"], parameters.get("tools")
    from agents.audit.registry import DEFAULT_TOOLS

    names = sorted(tools or DEFAULT_TOOLS)
    return "audit-" + fingerprint(compiled.source_hash, compiled.file_name, names,
                                  {name: tool_version(name) for name in names}, parameters.get("timeout"),
                                  parameters.get("fail_on"), draft.spec.family, draft.constructor_args,
                                  code_hash("agents/audit", "toolchain"))


def testing_key(context: Any, parameters: dict[str, Any]) -> str | None:
    if not uses_default("testing"):
        return None
    draft, compiled = parameters["draft"], parameters["compiled"]
    return "tests-" + fingerprint(compiled.source_hash, draft.spec.model_dump(exclude={"prompt"}),
                                  draft.constructor_args, tool_version("forge"),
                                  code_hash("agents/testing", "toolchain"))


def cached_task_options(name: str, key_fn: Any) -> dict[str, Any]:
    return {"name": name, "cache_key_fn": key_fn, "cache_expiration": CACHE_EXPIRATION, "persist_result": True}
