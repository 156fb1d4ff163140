"""Run Mythril's CLI with the project's solc, telling Mythril the compiler's real version.

Why: Mythril 0.24.8 reads a file's pragma and asks py-solc-x to download that release (offline: fails),
and when it cannot tell the version it treats it as >= 0.8 and silently turns its integer-overflow
module off. Both decisions happen in `mythril.ethereum.util.extract_binary`; this launcher answers it
with `SOLC` (the project's solc command) and `HYPERAGENT_SOLC_VERSION` (the release solc will use).

Run with the Mythril venv's python: `.venv-mythril/bin/python scripts/myth_launcher.py analyze FILE ...`.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    if sys.argv[1:2] == ["--fork-server"]:  # the warm Mythril: see myth_forkserver.py
        from myth_forkserver import serve

        serve(sys.argv[2])
        return
    from mythril.ethereum import util

    solc = os.environ.get("SOLC") or "solc"
    version = os.environ.get("HYPERAGENT_SOLC_VERSION") or None

    def extract_binary(file: str) -> tuple[str, str | None]:
        return solc, version or util.extract_version(open(file).read())

    util.extract_binary = extract_binary
    from mythril.interfaces.cli import main as myth_main

    sys.argv = ["myth", *sys.argv[1:]]
    myth_main()


if __name__ == "__main__":
    main()
