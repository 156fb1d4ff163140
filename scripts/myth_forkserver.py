"""A warm Mythril: imports Mythril once, then forks a child per analysis request on a unix socket.

Why: a cold `myth analyze` spends ~3 CPU-seconds importing Mythril (z3, scikit-learn for its transaction
prioritiser, the laser engine) before it looks at the contract; on a 2-core machine that sits on the
audit's longest path. A forked child starts with every module already imported, runs exactly what
scripts/myth_launcher.py would (same argv, environment and working directory), and exits: no state is
shared between analyses.

Run with the Mythril venv's python: `.venv-mythril/bin/python scripts/myth_launcher.py --fork-server SOCKET`
(through the launcher, so every analysis process is still a `myth_launcher` one in `ps`).
Protocol, one JSON object per line: request `{"argv": [...], "env": {...}, "cwd": "..."}`; answers
`{"pid": N}` (so the caller can kill the analysis at its time limit) then
`{"returncode": N, "stdout": "...", "stderr": "..."}`.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def preload() -> None:
    import mythril.interfaces.cli  # noqa: F401  (the CLI and, through it, the analyzer and laser engine)
    from mythril.analysis.module.loader import ModuleLoader

    ModuleLoader()  # the detection modules


def serve(path: str) -> None:
    preload()
    Path(path).unlink(missing_ok=True)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    os.chmod(path, 0o600)
    server.listen(16)
    signal.signal(signal.SIGCHLD, reap)
    print(f"mythril fork server ready on {path}", flush=True)
    while True:
        connection, _ = server.accept()
        if os.fork() == 0:
            server.close()
            analyse(connection)
        connection.close()


def reap(*_: object) -> None:
    """Collect every finished child, so none lingers as a zombie."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def analyse(connection: socket.socket) -> None:
    """In the forked child: run one analysis, answer, exit (never returns)."""
    code = 1
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # the child waits for its own solc
        os.setsid()  # the caller kills the whole group (solc included) at its time limit
        request = json.loads(connection.makefile("r").readline())
        connection.sendall((json.dumps({"pid": os.getpid()}) + "\n").encode())
        out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        os.chdir(request.get("cwd") or "/")
        os.environ.clear()
        os.environ.update(request.get("env") or {})
        code = run_myth(request["argv"])
        sys.stdout.flush()
        sys.stderr.flush()
        out.seek(0)
        err.seek(0)
        answer = {"returncode": code, "stdout": out.read().decode(errors="replace"),
                  "stderr": err.read().decode(errors="replace")[-20000:]}
        connection.sendall((json.dumps(answer) + "\n").encode())
    except BaseException as error:  # noqa: BLE001 (the child must always exit, never return to the loop)
        try:
            connection.sendall((json.dumps({"returncode": 1, "stdout": "", "stderr": repr(error)}) + "\n").encode())
        except OSError:
            pass
    finally:
        os._exit(code)


def run_myth(argv: list[str]) -> int:
    import myth_launcher

    sys.argv = ["myth_launcher.py", *argv]
    try:
        myth_launcher.main()
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return 0


if __name__ == "__main__":
    serve(sys.argv[1])
