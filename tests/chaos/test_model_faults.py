"""A hosted model that answers 5xx or never answers: retried with backoff, then one clear failure.

The provider is a local HTTP server speaking the OpenAI chat API (what a hosted provider or the local
model server looks like to the client); it counts the calls it got, so the test sees the retries.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.chaos.conftest import cli, stderr_lines

PROMPT = "an ERC20 token called Model Coin with symbol MDL and 1000 supply"


class FaultyProvider:
    """`mode` "5xx": every call answers 503; "hang": every call waits `hang` seconds before answering."""

    def __init__(self, mode: str, hang: float = 30.0) -> None:
        self.mode, self.hang, self.calls = mode, hang, []
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                provider.calls.append((self.path, time.monotonic()))
                if provider.mode == "hang":
                    time.sleep(provider.hang)
                body = json.dumps({"error": {"message": "upstream overloaded", "type": "server_error"}}).encode()
                try:
                    self.send_response(503)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> "FaultyProvider":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def provider_5xx() -> Iterator[FaultyProvider]:
    with FaultyProvider("5xx") as provider:
        yield provider


@pytest.fixture
def provider_hang() -> Iterator[FaultyProvider]:
    with FaultyProvider("hang", hang=20.0) as provider:
        yield provider


def run_with(provider: FaultyProvider, api_url: str, **env: str):
    return cli("workflow", "create", PROMPT, "--llm", "openai:hosted-model", "--skip", "audit,testing,deployment",
               "--wait", "--json", api_url=api_url,
               env={"HYPERAGENT_LLM_BASE_URL": provider.url, "OPENAI_API_KEY": "sk-test", **env})


def test_5xx_is_retried_with_backoff_then_fails_in_one_line(prefect_api, provider_5xx):
    result = run_with(provider_5xx, prefect_api, HYPERAGENT_LLM_MAX_RETRIES="2")
    assert result.returncode == 1, result.stderr
    payload = json.loads(result.stdout)
    assert payload["status"] == "failed"
    assert "LLM call failed after 2 retries" in payload["error"] and "503" in payload["error"]
    [line] = stderr_lines(result)
    assert "LLM call failed" in line and "Traceback" not in result.stderr
    calls = [at for path, at in provider_5xx.calls if path.endswith("/chat/completions")]
    assert len(calls) == 3  # the first call and two retries, not more (no retry storm on top)
    gaps = [b - a for a, b in zip(calls, calls[1:])]
    assert all(gap >= 0.3 for gap in gaps), gaps  # backoff between tries


def test_a_model_that_never_answers_times_out_and_fails_in_one_line(prefect_api, provider_hang):
    result = run_with(provider_hang, prefect_api, HYPERAGENT_LLM_TIMEOUT="2", HYPERAGENT_LLM_MAX_RETRIES="1")
    assert result.returncode == 1, result.stderr
    payload = json.loads(result.stdout)
    assert payload["status"] == "failed"
    assert "LLM call failed after 1 retries" in payload["error"] and "Timeout" in payload["error"]
    assert len(stderr_lines(result)) == 1 and "Traceback" not in result.stderr
    assert len([p for p, _ in provider_hang.calls if p.endswith("/chat/completions")]) == 2
