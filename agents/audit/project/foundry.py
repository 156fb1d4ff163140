"""Foundry: `foundry.toml` (profile `FOUNDRY_PROFILE`, else default), `remappings.txt`, `lib/`.

Why a version number in `solc` is a preference and not a download: the project's pin is honoured by
running that release through HyperAgent's own solc (fetched once from npm), never by Foundry's
download from GitHub. A `solc` that is a path to a binary cannot be honoured here: it is noted and
the pragmas choose.
"""

from __future__ import annotations

import os
import re
import tomllib

from agents.audit.project.model import CompilerSettings, ProjectConfig
from agents.audit.project.platform import (
    Platform, declared_packages, existing, lib_remappings, merge_remappings, node_modules_upward, read_remappings_txt,
)
from hyperagent.errors import AuditInputError

VERSION = re.compile(r"^v?(\d+\.\d+\.\d+)$")


class Foundry(Platform):
    NAME = "foundry"
    MARKERS = ("foundry.toml",)

    def config(self) -> ProjectConfig:
        profile = self._profile()
        src = str(profile.get("src") or profile.get("contracts") or "src")
        libs = [str(lib) for lib in profile.get("libs") or ["lib"]]
        notes: list[str] = []
        settings = CompilerSettings(
            evm_version=_text(profile.get("evm_version")),
            optimizer=bool(profile.get("optimizer", False)),
            optimizer_runs=int(profile.get("optimizer_runs", 200) or 200),
            via_ir=bool(profile.get("via_ir", False)),
        )
        pinned = _text(profile.get("solc") or profile.get("solc_version"))
        if pinned:
            match = VERSION.match(pinned)
            if match:
                settings.solc_versions = [match.group(1)]
            else:
                notes.append(f"foundry.toml's solc {pinned!r} is not a release number: the pragmas choose the release")
        explicit = [str(r) for r in profile.get("remappings") or []]
        auto = lib_remappings(self.root, libs) if profile.get("auto_detect_remappings", True) else []
        remappings = merge_remappings(auto, explicit, read_remappings_txt(self.root))
        include = [self.root / lib for lib in libs if (self.root / lib).is_dir()]
        include += [p for p in node_modules_upward(self.root) if p not in include][:1]
        return ProjectConfig(
            source_dirs=[src], test_dirs=[str(profile.get("test") or "test")],
            script_dirs=[str(profile.get("script") or "script")], lib_dirs=existing(self.root, libs) or libs,
            remappings=remappings, include_paths=include, settings=settings,
            declared_packages=declared_packages(self.root), notes=notes)

    def _profile(self) -> dict:
        path = self.root / "foundry.toml"
        try:
            data = tomllib.loads(path.read_text())
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise AuditInputError(f"cannot read {path}: {exc}: fix the file (it must be valid TOML)") from exc
        profiles = data.get("profile") or {}
        chosen = dict(profiles.get("default") or {})
        name = os.environ.get("FOUNDRY_PROFILE")
        if name and name != "default":
            chosen.update(profiles.get(name) or {})
        return chosen


def _text(value: object) -> str | None:
    return str(value).strip() if value not in (None, "", False) else None

