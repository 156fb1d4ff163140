"""Hardhat: `hardhat.config.{js,ts,cjs,mjs}` read as text, imports from `node_modules` like Node does.

Why read the config as text: running it needs Node, the project's own packages and sometimes
secrets in the environment; its `solidity` part is almost always literal. The parser is tolerant: it
takes the release numbers (`solidity: "0.8.20"`, `version: ...`, each entry of a `compilers` list) with
each one's optimizer, `evmVersion` and `viaIR`, and `paths.sources`; it notes when it could read no
release (then the pragmas choose). Like Hardhat, a file gets the newest configured release that
satisfies its pragmas and its imports'; per-file `overrides` are not read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from agents.audit.project.model import CompilerSettings, ProjectConfig
from agents.audit.project.platform import (
    Platform, declared_packages, node_modules_upward, read_remappings_txt,
)

CONFIG_NAMES = ("hardhat.config.js", "hardhat.config.ts", "hardhat.config.cjs", "hardhat.config.mjs")
STRING_OR_COMMENT = re.compile(r"""("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`[^`]*`)|//[^\n]*|/\*.*?\*/""", re.S)
RELEASE = r"""["'](\d+\.\d+\.\d+)["']"""


class Hardhat(Platform):
    NAME = "hardhat"
    MARKERS = CONFIG_NAMES

    def config(self) -> ProjectConfig:
        path = next(self.root / name for name in CONFIG_NAMES if (self.root / name).is_file())
        text = strip_comments(path.read_text(errors="replace"))
        settings, by_release = solidity_settings(text)
        notes = []
        if not settings.solc_versions:
            notes.append(f"no solc release could be read from {path.name}: the pragmas choose the release")
        sources = _paths_value(text, "sources") or "contracts"
        return ProjectConfig(
            source_dirs=[sources], test_dirs=[_paths_value(text, "tests") or "test"], script_dirs=["scripts", "script"],
            lib_dirs=["node_modules"], remappings=read_remappings_txt(self.root),
            include_paths=node_modules_upward(self.root), settings=settings, release_settings=by_release,
            declared_packages=declared_packages(self.root), notes=notes)


def strip_comments(text: str) -> str:
    return STRING_OR_COMMENT.sub(lambda m: m.group(1) or "", text)


def solidity_settings(text: str) -> tuple[CompilerSettings, dict[str, CompilerSettings]]:
    """The `solidity` entry: every configured release (newest first, as Hardhat prefers them) with the
    first compiler's settings, and each release's own settings."""
    block = _value_after(text, r"\bsolidity\s*:")
    if block is None:
        return CompilerSettings(), {}
    compilers = _value_after(block, r"\bcompilers\s*:")
    entries = _objects(compilers) if compilers and compilers.startswith("[") else [block]
    by_release: dict[str, CompilerSettings] = {}
    for entry in entries:
        versions = re.findall(rf"\bversion\s*:\s*{RELEASE}", entry) or re.findall(rf"^\s*{RELEASE}", entry)
        for version in versions[:1]:
            by_release.setdefault(version, _settings(entry))
    if not by_release:  # `compilers: [SHARED_SETTINGS]`: the objects are defined elsewhere in the file
        for version in re.findall(rf"\bversion\s*:\s*{RELEASE}", text):
            by_release.setdefault(version, _settings(text))
    releases = sorted(by_release, key=lambda v: tuple(int(x) for x in v.split(".")), reverse=True)
    default = by_release[releases[0]] if releases else CompilerSettings()
    return replace(default, solc_versions=releases), by_release


def _settings(scope: str) -> CompilerSettings:
    optimizer = _value_after(scope, r"\boptimizer\s*:") or ""
    enabled = re.search(r"\benabled\s*:\s*(true|false)", optimizer)
    runs = re.search(r"\bruns\s*:\s*(\d+)", optimizer)
    evm = re.search(r"""\bevmVersion\s*:\s*["']([A-Za-z]+)["']""", scope)
    via_ir = re.search(r"\bviaIR\s*:\s*(true|false)", scope)
    return CompilerSettings(optimizer=bool(enabled and enabled.group(1) == "true"),
                            optimizer_runs=int(runs.group(1)) if runs else 200,
                            evm_version=evm.group(1) if evm else None,
                            via_ir=bool(via_ir and via_ir.group(1) == "true"))


def _objects(array: str) -> list[str]:
    """The top-level {...} objects of a [...] literal."""
    found, depth, start = [], 0, 0
    for index, char in enumerate(array):
        if char == "{":
            depth += 1
            start = index if depth == 1 else start
        elif char == "}":
            depth -= 1
            if depth == 0:
                found.append(array[start:index + 1])
    return found


def _value_after(text: str, key: str) -> str | None:
    """The literal after `key`: a quoted string, or a balanced {...} / [...] block."""
    match = re.search(key, text)
    if not match:
        return None
    rest = text[match.end():].lstrip()
    if rest[:1] in ("'", '"', "`"):
        end = rest.find(rest[0], 1)
        return rest[:end + 1] if end > 0 else None
    if rest[:1] not in ("{", "["):
        return rest.split("\n", 1)[0]
    depth = 0
    for index, char in enumerate(rest):
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return rest[:index + 1]
    return rest


def _paths_value(text: str, key: str) -> str | None:
    block = _value_after(text, r"\bpaths\s*:") or ""
    match = re.search(rf"""\b{key}\s*:\s*["']([^"']+)["']""", block)
    return Path(match.group(1)).as_posix().removeprefix("./").rstrip("/") if match else None
