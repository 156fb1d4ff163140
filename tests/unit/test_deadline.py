"""Stage time limits: settings, the deadline every tool run is capped by, the helper thread given up at the limit."""

from __future__ import annotations

import contextvars
import threading
import time

import pytest

from hyperagent.deadline import Deadline, bounded_timeout, current_deadline, deadline_scope
from hyperagent.errors import StageTimeoutError, ToolTimeoutError
from hyperagent.settings import Settings
from hyperagent.toolchain.base import ToolRunner


class Sleep(ToolRunner):
    """The system's `sleep`, a real process to bound."""

    name = "sleep"


def test_each_stage_limit_comes_from_its_own_variable(monkeypatch):
    monkeypatch.setenv("HYPERAGENT_SLA_AUDIT", "12.5")
    monkeypatch.setenv("HYPERAGENT_SLA_TESTING", "30")
    settings = Settings()
    assert settings.sla("audit") == 12.5 and settings.sla("testing") == 30.0
    assert (settings.sla("generation"), settings.sla("compilation"), settings.sla("deployment")) == (45.0, 60.0, 300.0)


def test_a_local_model_gets_its_own_limit_for_the_stages_that_call_it_unless_one_is_set(monkeypatch):
    monkeypatch.delenv("HYPERAGENT_SLA_GENERATION", raising=False)
    monkeypatch.delenv("HYPERAGENT_SLA_TESTING", raising=False)
    monkeypatch.setenv("HYPERAGENT_LLM_LOCAL_TIMEOUT", "900")
    settings = Settings()
    assert settings.sla("generation", local_model=True) == 900 and settings.sla("testing", local_model=True) == 900
    assert settings.sla("audit", local_model=True) == 60 and settings.sla("generation") == 45
    monkeypatch.setenv("HYPERAGENT_SLA_GENERATION", "50")
    assert Settings().sla("generation", local_model=True) == 50
    assert Settings(llm="local").uses_local_model() and Settings().uses_local_model("local")
    assert not Settings(llm="local").uses_local_model("openai:gpt-4o-mini")


def test_a_limit_must_be_positive(monkeypatch):
    monkeypatch.setenv("HYPERAGENT_SLA_AUDIT", "0")
    with pytest.raises(ValueError, match="sla_audit"):
        Settings()


def test_a_tool_run_is_capped_by_the_stage_deadline_and_names_the_stage_and_limit():
    started = time.monotonic()
    with deadline_scope(Deadline("testing", 0.5)), pytest.raises(StageTimeoutError) as caught:
        Sleep().run(["5"], timeout=30)
    assert time.monotonic() - started < 3
    message = str(caught.value)
    assert "testing stage exceeded its time limit of 0.5 s while sleep ran" in message
    assert "HYPERAGENT_SLA_TESTING" in message and "\n" not in message
    assert caught.value.stage == "testing"


def test_the_tools_own_shorter_timeout_is_still_a_transient_tool_timeout():
    with deadline_scope(Deadline("audit", 60)), pytest.raises(ToolTimeoutError):
        Sleep().run(["5"], timeout=0.3)


def test_no_tool_starts_once_the_deadline_has_passed():
    deadline = Deadline("compilation", 0.01)
    time.sleep(0.05)
    with deadline_scope(deadline), pytest.raises(StageTimeoutError, match="before sleep could start"):
        Sleep().run(["0"])


def test_the_deadline_is_seen_only_inside_its_scope_and_by_threads_given_the_context():
    assert current_deadline() is None and bounded_timeout(10) == (10, None)
    seen: dict[str, object] = {}
    with deadline_scope(Deadline("audit", 60)) as deadline:
        limit, capped = bounded_timeout(120)
        assert capped is deadline and 59 < limit <= 60
        plain = threading.Thread(target=lambda: seen.update(plain=current_deadline()))
        context = contextvars.copy_context()
        given = threading.Thread(target=lambda: context.run(lambda: seen.update(given=current_deadline())))
        for thread in (plain, given):
            thread.start()
            thread.join()
    assert seen == {"plain": None, "given": deadline}
    assert current_deadline() is None


def test_work_that_outlives_the_deadline_is_given_up_on_time():
    from tasks.sla import run_within

    release = threading.Event()
    started = time.monotonic()
    with pytest.raises(StageTimeoutError, match="generation stage exceeded its time limit of 0.3 s"):
        run_within(Deadline("generation", 0.3), release.wait, 30)
    assert time.monotonic() - started < 2
    release.set()


def test_work_within_the_deadline_returns_its_value_or_raises_its_error_and_sees_the_deadline():
    from tasks.sla import run_within

    deadline = Deadline("testing", 30)
    with deadline_scope(deadline):
        assert run_within(deadline, current_deadline) is deadline
    with pytest.raises(ZeroDivisionError):
        run_within(deadline, lambda: 1 / 0)
