"""A plain folder (no build system): `remappings.txt`, `lib/` and `node_modules/` as a build would find them.

The root is the nearest folder with a `package.json`, a `remappings.txt` or a `.git` (an npm package such
as `node_modules/@openzeppelin/contracts` is its own project, so its `../` imports stay inside it); with
none of them, the folder named (or the file's folder). Its own contracts are `contracts/` or `src/` when
there is one, else the whole folder. Imports no folder of the project holds fall back to HyperAgent's
own `node_modules` only when the project has no package.json and no node_modules of its own: a loose
file importing `@openzeppelin/...` compiles, a package whose dependencies are not installed is told so.
"""

from __future__ import annotations

from pathlib import Path

from agents.audit.project.model import ProjectConfig
from agents.audit.project.platform import (
    Platform, declared_packages, existing, lib_remappings, merge_remappings, node_modules_upward, read_remappings_txt,
)


class Plain(Platform):
    NAME = "plain"
    MARKERS = ("package.json", "remappings.txt")

    @classmethod
    def detect(cls, folder: Path) -> bool:
        return super().detect(folder) or (folder / ".git").exists()

    def config(self) -> ProjectConfig:
        libs = existing(self.root, ["lib"])
        node_modules = node_modules_upward(self.root)
        include = [self.root / lib for lib in libs] + node_modules
        return ProjectConfig(
            source_dirs=existing(self.root, ["contracts", "src"])[:1], test_dirs=["test", "tests"],
            script_dirs=["script", "scripts"], lib_dirs=[*libs, "node_modules"],
            remappings=merge_remappings(lib_remappings(self.root, libs), read_remappings_txt(self.root)),
            include_paths=include,
            bundled_node_modules=not node_modules and not (self.root / "package.json").is_file(),
            declared_packages=declared_packages(self.root))
