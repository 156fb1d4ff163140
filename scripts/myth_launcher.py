"""Run Mythril's CLI with the project's solc, telling Mythril the compiler's real version.

Why: Mythril 0.24.8 reads a file's pragma and asks py-solc-x to download that release (offline: fails),
and when it cannot tell the version it treats it as >= 0.8 and silently turns its integer-overflow
module off. Both decisions happen in `mythril.ethereum.util.extract_binary`; this launcher answers it
with `SOLC` (the project's solc command) and `HYPERAGENT_SOLC_VERSION` (the release solc will use).

With `HYPERAGENT_BUILD` (the audit's build file: one compilation unit's standard-JSON input and output,
see agents/audit/project/compiler.py), Mythril's compile request is answered with that output, so the
unit is compiled once for every tool; Mythril runs in a folder of links named by source unit name, so it
reads every file, and names it in issues, as the compiler did.

Run with the Mythril venv's python: `.venv-mythril/bin/python scripts/myth_launcher.py analyze FILE ...`.
"""

from __future__ import annotations

import os
import sys


def read_build_file(path: str) -> None:
    import atexit
    import json
    import shutil
    import tempfile

    from mythril.solidity import soliditycontract
    from mythril.support import signatures

    with open(path, encoding="utf8") as handle:
        build = json.load(handle)
    output = build["output"]
    for contracts in (output.get("contracts") or {}).values():
        for contract in contracts.values():  # contracts compiled for their ABI only have no bytecode
            evm = contract.setdefault("evm", {})
            for key in ("bytecode", "deployedBytecode"):
                evm.setdefault(key, {"object": "", "sourceMap": ""})
            evm.setdefault("methodIdentifiers", {})

    def get_solc_json(file, solc_binary="solc", solc_settings_json=None):
        return output

    soliditycontract.get_solc_json = get_solc_json
    signatures.get_solc_json = get_solc_json
    # Mythril opens every source by its source unit name, from the working directory: run it in a folder
    # where each name is a link to its file (names like `@openzeppelin/...` are no path under the root).
    mirror = tempfile.mkdtemp(prefix="hyperagent-mythril-")
    atexit.register(shutil.rmtree, mirror, True)
    for name, absolute in build["files"].items():
        if not os.path.isabs(name):
            link = os.path.join(mirror, name)
            os.makedirs(os.path.dirname(link), exist_ok=True)
            os.symlink(absolute, link)
    os.chdir(mirror)


def main() -> None:
    from mythril.ethereum import util

    if os.environ.get("HYPERAGENT_BUILD"):
        read_build_file(os.environ["HYPERAGENT_BUILD"])

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
