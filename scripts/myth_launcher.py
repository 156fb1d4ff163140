"""Run Mythril's CLI with the project's solc, telling Mythril the compiler's real version.

Why: Mythril 0.24.8 reads a file's pragma and asks py-solc-x to download that release (offline: fails),
and when it cannot tell the version it treats it as >= 0.8 and silently turns its integer-overflow
module off. Both decisions happen in `mythril.ethereum.util.extract_binary`; this launcher answers it
with `SOLC` (the project's solc command) and `HYPERAGENT_SOLC_VERSION` (the release solc will use).

With `HYPERAGENT_BUILD` (the audit's build file: one compilation unit's standard-JSON input and output,
see agents/audit/project/compiler.py), Mythril's compile request is answered with that output, so the
unit is compiled once for every tool; Mythril runs in a folder of links named by source unit name, so it
reads every file, and names it in issues, as the compiler did.

`--execution-timeout` bounds the whole symbolic execution, contract creation included (see
`one_time_budget`): Mythril 0.24.8 gives creation that time and then starts the clock again for the
message calls, so a contract whose constructor takes 7 s ran 22 s under a 15 s bound. The message calls still get at
least a third of the timeout when creation took more (a busy machine), so the contract's own functions
are always explored.

Run with the Mythril venv's python: `.venv-mythril/bin/python scripts/myth_launcher.py analyze FILE ...`.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta


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


MESSAGE_CALL_SHARE = 1 / 3


def one_time_budget() -> None:
    """Make `--execution-timeout` count from the start of symbolic execution, not from the end of creation.

    Why: Mythril has two clocks. The solver's budget (time_handler, mythril/support/model.py) runs out
    `--execution-timeout` seconds after symbolic execution starts: from then on every solver query fails
    at once, so no state is kept as reachable and no issue is confirmed. The laser's clock restarts after
    the creation transaction (LaserEVM.execute_transactions), so it went on exploring message calls for
    up to the creation time past that point, on a starved solver: wall time on the audit's critical path
    that could find nothing. Here the laser stops when the solver's budget ends. When creation leaves
    less than MESSAGE_CALL_SHARE of the timeout (a busy machine), the message calls get that share on both
    clocks: Mythril alone would have pruned every state after creation as unreachable (its solver had no
    time left) and explored no function of the contract. Measured on tests/data/vulnerable (45 samples,
    Mythril alone): the same recall (docs/scaling.md).
    """
    from mythril.laser.ethereum import svm
    from mythril.laser.ethereum.time_handler import time_handler

    sym_exec, message_calls = svm.LaserEVM.sym_exec, svm.LaserEVM._execute_transactions_incremental

    def timed_sym_exec(self, *args, **kwargs):
        self.hyperagent_started = datetime.now()
        return sym_exec(self, *args, **kwargs)

    def message_calls_on_the_same_clock(self, *args, **kwargs):
        started = getattr(self, "hyperagent_started", None)
        if started is not None and self.execution_timeout:
            floor = timedelta(seconds=self.execution_timeout * MESSAGE_CALL_SHARE)
            left = started + timedelta(seconds=self.execution_timeout) - datetime.now()
            if left >= floor:
                self.time = started
            else:  # the laser's clock and the solver's budget both get the floor
                self.time = datetime.now() - (timedelta(seconds=self.execution_timeout) - floor)
                time_handler.start_execution(floor.total_seconds())
        return message_calls(self, *args, **kwargs)

    svm.LaserEVM.sym_exec = timed_sym_exec
    svm.LaserEVM._execute_transactions_incremental = message_calls_on_the_same_clock


def main() -> None:
    if sys.argv[1:2] == ["--fork-server"]:  # the warm Mythril: see myth_forkserver.py
        from myth_forkserver import serve

        serve(sys.argv[2])
        return
    from mythril.ethereum import util

    one_time_budget()
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
