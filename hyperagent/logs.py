"""Where logs go: the data dir's log file always, the terminal only when asked (`hyperagent -v`).

Why: a program that runs `hyperagent ... --json` must get one JSON object on stdout and at most one
line per error on stderr, while Prefect's run logs (state changes, tracebacks) belong in the Prefect
UI and in a file a person can open: `<data dir>/logs/hyperagent.log`. Prefect configures logging
when it is imported, from the file PREFECT_LOGGING_SETTINGS_PATH names, so `configure` only sets the
environment; it runs before anything imports Prefect, and child processes (a background run, the
worker of `hyperagent up` and its flow runs) inherit the same choice.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

SETTINGS_FILE = Path(__file__).with_name("logging.yml")
LOG_NAME = "hyperagent.log"
ROTATE_BYTES = 20 * 1024 * 1024
VERBOSE_ENV = "HYPERAGENT_VERBOSE"


def log_dir() -> Path:
    from hyperagent.paths import data_dir

    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return log_dir() / LOG_NAME


def verbose() -> bool:
    return os.environ.get(VERBOSE_ENV, "").strip().lower() in ("1", "true", "yes")


def configure(verbose_output: bool | None = None) -> None:
    """Send Prefect's and HyperAgent's logs to the log file, and to stderr too when verbose."""
    if verbose_output is not None:
        os.environ[VERBOSE_ENV] = "1" if verbose_output else "0"
    os.environ.setdefault("PREFECT_LOGGING_SETTINGS_PATH", str(SETTINGS_FILE))
    os.environ["PREFECT_LOGGING_ROOT_HANDLERS"] = "file,console" if verbose() else "file"
    logging.captureWarnings(True)  # library warnings are log records, not stray stderr lines
    try:
        _rotate_if_large(log_file())
    except OSError:  # an unwritable data dir is reported by the command that needs it, in one line
        pass
    import sys

    if "prefect" in sys.modules:  # already imported (tests, embedding code): apply the choice now
        from prefect.logging.configuration import setup_logging

        setup_logging(incremental=False)


def record_exception(what: str, error: BaseException) -> None:
    """Append `what` and the error's traceback to the log file, whatever logging is configured."""
    import traceback
    from datetime import datetime

    try:
        with log_file().open("a", encoding="utf-8") as handle:
            handle.write(f"{datetime.now().isoformat(timespec='seconds')} | pid {os.getpid()} | ERROR | {what}\n")
            handle.write("".join(traceback.format_exception(error)))
    except OSError:
        pass


def _rotate_if_large(path: Path) -> None:
    """Keep one previous file; a rotation race between two processes loses at most a few lines."""
    try:
        if path.stat().st_size > ROTATE_BYTES:
            path.replace(path.with_suffix(".log.1"))
    except OSError:
        pass


class DataDirFileHandler(logging.FileHandler):
    """Appends to `<data dir>/logs/hyperagent.log` (every process of this data dir shares the file)."""

    def __init__(self) -> None:
        super().__init__(log_file(), mode="a", encoding="utf-8", delay=True)
