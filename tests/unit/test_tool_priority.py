"""Tools off the pipeline's critical path run at a lower CPU priority (HYPERAGENT_BACKGROUND_NICENESS)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hyperagent.settings import reload_settings
from hyperagent.toolchain.base import ToolRunner
from hyperagent.toolchain.forge import ForgeRunner
from hyperagent.toolchain.mythril import MythrilRunner
from hyperagent.toolchain.slither import SlitherRunner


class Shell(ToolRunner):
    name = "sh"

    def binary(self) -> Path | None:
        return Path("/bin/sh")


class BackgroundShell(Shell):
    yields_cpu = True


def niceness_of(runner: ToolRunner) -> int:
    """The niceness the tool's process and its children run at (`ps` is a child of the shell)."""
    return int(runner.run(["-c", "ps -o ni= -p $$"], timeout=30, check=True).stdout.strip())


@pytest.fixture(autouse=True)
def fresh_settings():
    reload_settings()
    yield
    reload_settings()


def test_a_tool_that_yields_the_cpu_runs_nicer_than_the_critical_path(monkeypatch):
    own = os.nice(0)
    monkeypatch.setenv("HYPERAGENT_BACKGROUND_NICENESS", "7")
    reload_settings()
    assert niceness_of(Shell()) == own
    assert niceness_of(BackgroundShell()) == min(19, own + 7)


def test_niceness_zero_turns_it_off(monkeypatch):
    monkeypatch.setenv("HYPERAGENT_BACKGROUND_NICENESS", "0")
    reload_settings()
    assert niceness_of(BackgroundShell()) == os.nice(0)


def test_forge_yields_to_mythril_and_slither():
    assert ForgeRunner.yields_cpu and not MythrilRunner.yields_cpu and not SlitherRunner.yields_cpu
