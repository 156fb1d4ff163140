"""anvil: the local chain. One node per test, or one long-lived node the project manages.

Why a managed node: a local deployment should still be there after the command that made it exits,
so `ensure_local_chain()` starts anvil detached, with `--state` in the data dir, and later commands
find it again through a pid + port file. anvil writes its state on SIGTERM (and every
`STATE_INTERVAL` seconds, so a crash loses little): always stop it with SIGTERM, never SIGKILL first.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hyperagent.errors import ToolError
from hyperagent.paths import data_dir
from hyperagent.toolchain.base import FoundryRunner, first_line

LOCAL_CHAIN_ID = 31337
STATE_INTERVAL = 5
READY_TIMEOUT = 20.0
STOP_TIMEOUT = 15.0
LOG_LIMIT = 5_000_000

# Popen handles of nodes this process started, so stopping one also reaps it (no zombie that
# would still look alive to os.kill(pid, 0)).
_children: dict[int, subprocess.Popen] = {}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rpc_call(rpc_url: str, method: str, params: list[Any] | None = None, timeout: float = 2.0) -> Any:
    """One JSON-RPC call with the standard library: used before web3 is worth importing."""
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params or []}).encode()
    request = urllib.request.Request(rpc_url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (caller's URL)
        answer = json.loads(response.read())
    if "error" in answer:
        raise ToolError(f"{method} failed: {answer['error'].get('message', answer['error'])}")
    return answer.get("result")


def rpc_chain_id(rpc_url: str, timeout: float = 2.0) -> int | None:
    """The chain id an RPC answers with, or None when it does not answer."""
    try:
        return int(rpc_call(rpc_url, "eth_chainId", timeout=timeout), 16)
    except (OSError, ValueError, TypeError, ToolError, urllib.error.URLError):
        return None


def pid_alive(pid: int) -> bool:
    """True for a running (not zombie) process that is an anvil."""
    child = _children.get(pid)
    if child is not None and child.poll() is not None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        if "\nState:\tZ" in status:
            return False
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"anvil" in cmdline


def terminate(pid: int, timeout: float = STOP_TIMEOUT) -> None:
    """SIGTERM (anvil dumps its state), then SIGKILL after the grace period."""
    child = _children.pop(pid, None)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child is not None:
            if child.poll() is not None:
                return
        elif not pid_alive(pid):
            return
        time.sleep(0.05)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    if child is not None:
        child.wait(timeout=5)


class AnvilNode:
    """A running anvil. Stop it with `stop()` (or use it as a context manager)."""

    def __init__(self, pid: int, port: int, *, chain_id: int, state_file: Path | None,
                 log_file: Path | None = None) -> None:
        self.pid = pid
        self.port = port
        self.chain_id = chain_id
        self.state_file = state_file
        self.log_file = log_file

    @property
    def rpc_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def running(self) -> bool:
        return pid_alive(self.pid)

    def rpc(self, method: str, *params: Any) -> Any:
        return rpc_call(self.rpc_url, method, list(params), timeout=10.0)

    def mine(self, blocks: int = 1) -> None:
        self.rpc("anvil_mine", hex(blocks))

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        terminate(self.pid, timeout)

    def __enter__(self) -> AnvilNode:
        return self

    def __exit__(self, *_: Any) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"AnvilNode(pid={self.pid}, rpc_url={self.rpc_url!r}, chain_id={self.chain_id})"


class AnvilRunner(FoundryRunner):
    name = "anvil"
    install_hint = "npm install"
    default_timeout = 10.0

    def _read_version(self) -> str:
        return first_line(self.run(["--version"], check=True).stdout).removeprefix("anvil Version: ")

    def start(self, *, port: int | None = None, chain_id: int = LOCAL_CHAIN_ID,
              state_file: Path | None = None, state_interval: int | None = STATE_INTERVAL,
              block_time: float | None = None, no_mining: bool = False,
              extra_args: list[str] | None = None, log_file: Path | None = None,
              detach: bool = False, ready_timeout: float = READY_TIMEOUT) -> AnvilNode:
        """Start anvil on 127.0.0.1 and return once it answers RPC.

        `detach` puts it in its own session with output to `log_file`, so it outlives this process.
        """
        binary = self.require()
        port = port or free_port()
        args = [str(binary), "--host", "127.0.0.1", "--port", str(port), "--chain-id", str(chain_id)]
        if state_file is not None:
            state_file.parent.mkdir(parents=True, exist_ok=True)
            args += ["--state", str(state_file)]
            if state_interval:
                args += ["--state-interval", str(state_interval)]
        if block_time:
            args += ["--block-time", str(block_time)]
        if no_mining:
            args += ["--no-mining"]
        args += extra_args or []
        if log_file and log_file.exists() and log_file.stat().st_size > LOG_LIMIT:
            log_file.unlink()  # anvil logs every call: start a long-lived node's log afresh
        output = open(log_file, "ab") if log_file else subprocess.DEVNULL  # noqa: SIM115
        try:
            process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
                                       start_new_session=detach, env=self.environment())
        finally:
            if log_file:
                output.close()
        _children[process.pid] = process
        node = AnvilNode(process.pid, port, chain_id=chain_id, state_file=state_file, log_file=log_file)
        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                _children.pop(process.pid, None)
                hint = first_line(log_file.read_text(errors="replace")[-2000:]) if log_file else ""
                raise ToolError(f"anvil exited at start (code {process.returncode}) on port {port}"
                                + (f": {hint}" if hint else ""))
            if rpc_chain_id(node.rpc_url, timeout=0.5) == chain_id:
                return node
            time.sleep(0.05)
        node.stop()
        raise ToolError(f"anvil did not answer on {node.rpc_url} within {ready_timeout:.0f} s")


# ---- the project's managed local chain ---------------------------------------------------------

def chain_dir() -> Path:
    path = data_dir() / "chain"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _info_file() -> Path:
    return chain_dir() / "anvil.json"


def _read_info() -> dict[str, Any]:
    try:
        return json.loads(_info_file().read_text())
    except (OSError, ValueError):
        return {}


@contextmanager
def _chain_lock() -> Iterator[None]:
    with open(chain_dir() / "anvil.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _running_url(info: dict[str, Any]) -> str | None:
    pid, port = info.get("pid"), info.get("port")
    if not pid or not port or not pid_alive(int(pid)):
        return None
    url = f"http://127.0.0.1:{port}"
    return url if rpc_chain_id(url, timeout=1.0) == LOCAL_CHAIN_ID else None


def _choose_port(info: dict[str, Any]) -> int:
    from hyperagent.settings import Settings

    configured = Settings().anvil_port
    if configured:
        return configured
    remembered = info.get("port")
    if remembered:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as anvil binds: TIME_WAIT is fine
            try:
                sock.bind(("127.0.0.1", int(remembered)))
                return int(remembered)
            except OSError:
                pass
    return free_port()


def ensure_local_chain() -> str:
    """The managed local chain's RPC URL, starting anvil (detached, state in the data dir) if needed."""
    with _chain_lock():
        info = _read_info()
        url = _running_url(info)
        if url:
            return url
        if info.get("pid") and pid_alive(int(info["pid"])):
            terminate(int(info["pid"]))  # alive but not answering: replace it
        directory = chain_dir()
        node = AnvilRunner().start(port=_choose_port(info), chain_id=LOCAL_CHAIN_ID,
                                   state_file=directory / "state.json", log_file=directory / "anvil.log",
                                   detach=True)
        _info_file().write_text(json.dumps({"pid": node.pid, "port": node.port, "chain_id": LOCAL_CHAIN_ID,
                                            "started_at": time.time()}))
        (directory / "anvil.pid").write_text(str(node.pid))
        return node.rpc_url


def local_chain_status() -> dict[str, Any]:
    info = _read_info()
    url = _running_url(info)
    port = info.get("port")
    return {"rpc_url": url or (f"http://127.0.0.1:{port}" if port else None), "running": url is not None,
            "pid": int(info["pid"]) if url else None, "state_file": str(chain_dir() / "state.json")}


def stop_local_chain() -> bool:
    """Stop the managed anvil (it writes its state first). True when one was running."""
    with _chain_lock():
        info = _read_info()
        pid = info.get("pid")
        was_running = bool(pid) and pid_alive(int(pid))
        if was_running:
            terminate(int(pid))
        (chain_dir() / "anvil.pid").unlink(missing_ok=True)
        if info:
            info.pop("pid", None)
            _info_file().write_text(json.dumps(info))  # keep the port: the next start reuses it
        return was_running
