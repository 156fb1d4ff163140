"""Settings from the environment (prefix HYPERAGENT_), one documented field each."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PINNED_SOLC_VERSION = "0.8.28"


MODEL_STAGES = ("generation", "testing")
"""Stages that call the language model when one is configured."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HYPERAGENT_", extra="ignore")

    database_url: str | None = None
    """Any PostgreSQL URL. Unset: an embedded PostgreSQL in the data dir, started on demand."""

    llm: str | None = None
    """`provider:model` for LangChain's init_chat_model (openai:gpt-4o-mini, anthropic:..., ollama:...), or
    `local` for the model served on this machine by llama.cpp (`make llm`). Unset: the deterministic offline
    template composer."""

    llm_model: str | None = None
    """With HYPERAGENT_LLM=local: the GGUF file to serve. Unset: Qwen2.5-Coder-1.5B-Instruct from `make llm`."""

    llm_context: int = Field(default=8192, ge=2048)
    """With HYPERAGENT_LLM=local: the server's context window in tokens (prompt + answer)."""

    llm_threads: int = Field(default=2, ge=1)
    """With HYPERAGENT_LLM=local: CPU threads the server uses."""

    llm_local_timeout: float = Field(default=1800.0, gt=0)
    """With HYPERAGENT_LLM=local: seconds one model call may take (a 1.5B model on a busy 2-core CPU writes
    2-8 tokens/s and a contract is ~500 tokens). Not retried: the server queues requests, it does not fail."""

    llm_base_url: str | None = None
    """Base URL of an OpenAI-compatible endpoint (used with an `openai:` model)."""

    private_key: SecretStr | None = None
    """Deployer key for non-local networks. Never logged, stored or sent in an event."""

    network: str = "local"
    """Default network name from the registry."""

    fail_on: str = "high"
    """Audit gate: the lowest severity that stops a deployment (critical, high, medium)."""

    solc_version: str = PINNED_SOLC_VERSION
    """The solc release generated contracts pin and the npm toolchain ships."""

    tool_timeout: float = Field(default=120.0, gt=0)
    """Seconds any single external tool run may take."""

    mythril_execution_timeout: int = Field(default=15, gt=0)
    """Mythril's own symbolic execution bound in seconds (the process is bounded too)."""

    background_niceness: int = Field(default=10, ge=0, le=19)
    """Niceness of the tools off the pipeline's critical path (forge, for the tests and the fuzzer), so that on
    a small machine the CPU goes first to Mythril, which runs beside them for a fixed time. 0: same priority."""

    max_prompt_bytes: int = Field(default=8192, gt=0)
    """Longest request accepted, in UTF-8 bytes; a longer one is refused before anything is stored."""

    heartbeat_seconds: float = Field(default=15.0, gt=0)
    """How often a running workflow's process marks its row alive (workflows.updated_at)."""

    stale_after_seconds: float = Field(default=180.0, gt=0)
    """A running workflow whose row has not moved for this long is marked failed (its process died)
    by the next `workflow status` or `workflow list`; `workflow resume ID` runs it again."""

    db_retry_seconds: float = Field(default=60.0, ge=0)
    """How long a database read or write keeps retrying while PostgreSQL is unreachable (a restart)."""

    llm_timeout: float = Field(default=120.0, gt=0)
    """Seconds one call to a hosted or local model may take before it is retried."""

    llm_max_retries: int = Field(default=3, ge=0)
    """Retries (with exponential backoff) of a model call that timed out or answered 5xx/429."""

    anvil_port: int | None = None
    """Port for the managed local chain; unset picks a free loopback port once and remembers it."""

    sla_generation: float = Field(default=45.0, gt=0)
    """Seconds the generation stage may take (its p99 target); past it the stage fails, naming the limit."""

    sla_compilation: float = Field(default=60.0, gt=0)
    """Seconds the compilation stage may take."""

    sla_audit: float = Field(default=60.0, gt=0)
    """Seconds the audit stage may take; past it the audit keeps what the finished tools found and names the others."""

    sla_testing: float = Field(default=90.0, gt=0)
    """Seconds the testing stage may take."""

    sla_deployment: float = Field(default=300.0, gt=0)
    """Seconds the deployment stage may take (a transaction already sent is still followed to its receipt)."""

    def sla(self, stage: str, *, local_model: bool = False) -> float:
        """The time limit of `stage` in seconds (HYPERAGENT_SLA_<STAGE>).

        The defaults are the hosted-model p99 targets; a local model on a small CPU writes for minutes, so
        when the stage uses one (generation, and testing's model-written tests) and its limit was not set,
        the limit is the local model's own call timeout (HYPERAGENT_LLM_LOCAL_TIMEOUT) instead."""
        limit = float(getattr(self, f"sla_{stage}"))
        if local_model and stage in MODEL_STAGES and f"sla_{stage}" not in self.model_fields_set:
            return max(limit, self.llm_local_timeout)
        return limit

    def uses_local_model(self, llm_option: str | None = None) -> bool:
        """Whether a workflow with this `llm` option (else HYPERAGENT_LLM) talks to the local model."""
        return (llm_option or self.llm or "").strip().lower() == "local"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def reload_settings() -> Settings:
    get_settings.cache_clear()
    return get_settings()
