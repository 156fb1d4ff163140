"""The local model (HYPERAGENT_LLM=local): llama.cpp's OpenAI-compatible server, managed like the chain.

Why a managed server: loading the 1.1 GB model costs seconds and 2 GB of memory, so it is loaded once by a
detached `python -m llama_cpp.server` (from `.venv-llm`, installed by `make llm`) on a free loopback port,
recorded in the data dir and reused by every later command and worker; `hyperagent down` stops it and
`hyperagent status` shows it. The server runs in its own venv because it is a separate process anyway and
its dependencies (starlette-context, sse-starlette) are not the main venv's business.

The model is `HYPERAGENT_LLM_MODEL` (any GGUF) or the default Qwen2.5-Coder-1.5B-Instruct in `.models/`.
A server found running with another model, context or thread count is replaced.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hyperagent.errors import ConfigurationError
from hyperagent.paths import data_dir, models_dir, project_root
from hyperagent.stack.ports import free_port, port_open
from hyperagent.stack.processes import log_tail, read_record, services_dir, start_service, stop_service, wait_ready

SERVICE = "llm-server"
MODEL_ALIAS = "local"
"""The name the server answers to (`model` in requests)."""
DEFAULT_MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
STARTUP_TIMEOUT = 180.0


def model_path() -> Path:
    """The GGUF to serve: HYPERAGENT_LLM_MODEL, else the default model `make llm` put in `.models/`."""
    from hyperagent.settings import get_settings

    configured = get_settings().llm_model
    path = Path(configured).expanduser() if configured else models_dir() / DEFAULT_MODEL_FILE
    if not path.is_file():
        if configured:
            raise ConfigurationError(f"HYPERAGENT_LLM_MODEL={configured} is not a file: point it at a .gguf model")
        raise ConfigurationError(f"the local model is missing ({path}): run `make llm`")
    return path.resolve()


def server_python() -> Path:
    python = project_root() / ".venv-llm" / "bin" / "python"
    if not python.is_file():
        raise ConfigurationError(f"the local model's runtime is missing ({python.parent.parent}): run `make llm`")
    return python


def healthy(base_url: str, timeout: float = 2.0) -> bool:
    """True when the server answers /v1/models with our alias."""
    try:
        with urllib.request.urlopen(f"{base_url}/models", timeout=timeout) as response:  # noqa: S310 (loopback)
            models = json.loads(response.read()).get("data", [])
    except (OSError, ValueError):
        return False
    return any(m.get("id") == MODEL_ALIAS for m in models)


def _wanted() -> dict[str, Any]:
    from hyperagent.settings import get_settings

    settings = get_settings()
    return {"model": str(model_path()), "n_ctx": settings.llm_context, "n_threads": settings.llm_threads}


@contextmanager
def _start_lock() -> Iterator[None]:
    with open(services_dir() / f"{SERVICE}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _listening(record: Any) -> str | None:
    """The recorded server's URL when its process is alive and its port accepts connections. Not `healthy`:
    a server busy writing an answer can take longer than any short timeout to answer /v1/models."""
    if record is None or not record.info.get("base_url"):
        return None
    for _ in range(3):  # a loaded machine can miss a short connect: a false "down" would replace a busy server
        if port_open(int(record.info["port"]), timeout=2.0):
            return record.info["base_url"]
        if not record.alive:
            return None
        time.sleep(0.5)
    return None


def _running(record: Any, wanted: dict[str, Any]) -> str | None:
    if record is None or any(record.info.get(k) != v for k, v in wanted.items()):
        return None
    return _listening(record)


def ensure_model_server() -> str:
    """The base URL (`http://127.0.0.1:PORT/v1`) of the local model server, started if it is not up."""
    wanted = _wanted()
    python = server_python()
    with _start_lock():
        url = _running(read_record(SERVICE), wanted)
        if url:
            return url
        stop_service(SERVICE, grace=5)
        port = free_port()
        base_url = f"http://127.0.0.1:{port}/v1"
        args = [str(python), "-m", "llama_cpp.server", "--model", wanted["model"], "--model_alias", MODEL_ALIAS,
                "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(wanted["n_ctx"]),
                "--n_threads", str(wanted["n_threads"]), "--n_threads_batch", str(wanted["n_threads"]),
                "--interrupt_requests", "False",  # concurrent workflows queue; none cuts another's answer short
                # No per-token logits kept: the server's default keeps n_ctx x vocab floats (8,192 x 151,936 =
                # 5 GB) and copies them into every cached prompt state. Measured: with `--cache` on, the server
                # grew to 21 GB and was OOM-killed; so no prompt cache either (a conversation still reuses its
                # own prefix; a request from another conversation in between costs a re-read of the prompt).
                "--logits_all", "False"]
        # Threads that sleep at barriers instead of spinning: on a shared 2-core machine, spinning OpenMP
        # threads made generation 3-5x slower (measured: 0.5 vs 2-3.5 tokens/s with other jobs running).
        env = {**os.environ, "OMP_WAIT_POLICY": os.environ.get("OMP_WAIT_POLICY", "passive")}
        record = start_service(SERVICE, args, {**wanted, "base_url": base_url, "port": port,
                                               "started_at": time.time()}, env=env)
        if wait_ready(record, lambda: healthy(base_url, timeout=1.0), STARTUP_TIMEOUT):
            return base_url
        raise ConfigurationError(f"the local model server did not start on port {port}: "
                                 f"{log_tail(SERVICE, 1) or 'no output'} (log: {log_file()})")


def model_server_status() -> dict[str, Any]:
    """Running or not, its URL, pid, model, context and log; never starts it."""
    record = read_record(SERVICE)
    url = _listening(record)
    up = url is not None
    return {"running": up, "pid": record.pid if record and up else None, "base_url": url,
            "model": record.info.get("model") if record else None,
            "n_ctx": record.info.get("n_ctx") if record else None, "log": str(log_file())}


def stop_model_server(grace: float = 10.0) -> bool:
    """Stop the managed server (TERM, then KILL after `grace`). True when one was running."""
    with _start_lock():
        return stop_service(SERVICE, grace)


def log_file() -> Path:
    return data_dir() / "services" / f"{SERVICE}.log"
