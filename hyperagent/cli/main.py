"""Entry point of the `hyperagent` command. Each command group lives in its own module.

Heavy imports happen inside commands so that `hyperagent --help` stays instant. Whatever goes wrong
ends as one line on stderr and a documented exit code (hyperagent/errors.py, docs/reliability.md),
never a traceback: run logs and tracebacks go to `<data dir>/logs/hyperagent.log` (and to stderr
with `-v`).
"""

from __future__ import annotations

import importlib
import sys
from typing import Annotated

import typer

from hyperagent import logs
from hyperagent.errors import (EXIT_BAD_INPUT, EXIT_ENVIRONMENT, EXIT_INTERRUPTED, HyperAgentError, exit_code_of,
                               one_line)

app = typer.Typer(name="hyperagent", help="From a plain-English request to a deployed, audited, tested contract.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


@app.callback()
def root(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Stream run logs to stderr too.")] = False
         ) -> None:
    """Exit codes: 0 done, 1 workflow/audit failed, 2 bad input, 3 environment (tool, service, chain,
    funds), 4 internal error; logs in <data dir>/logs/hyperagent.log."""
    if verbose:
        logs.configure(verbose_output=True)


# Command groups mounted under a name, and modules that register top-level commands themselves.
GROUPS = {"workflow": "hyperagent.cli.workflow", "rag": "hyperagent.cli.rag"}
COMMAND_MODULES = (
    "hyperagent.cli.stack",      # up, down, status
    "hyperagent.cli.audit",      # audit
    "hyperagent.cli.networks",   # networks, verify
)

for _name, _module in GROUPS.items():
    app.add_typer(importlib.import_module(_module).app, name=_name)
for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app)


def fail(message: str, code: int) -> None:
    """The one line a failed command prints, then its exit code."""
    typer.echo(f"error: {one_line(message)}", err=True)
    sys.exit(code)


def main() -> None:
    logs.configure()
    try:
        code = app(standalone_mode=False)  # click returns a typer.Exit's code here instead of raising it
    except HyperAgentError as exc:
        fail(str(exc) or type(exc).__name__, exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("error: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except OSError as exc:  # the data dir or a file the command needs cannot be used
        where = f" {exc.filename}" if exc.filename else ""
        fail(f"cannot use{where}: {exc.strerror or exc}; check the path and its permissions (HYPERAGENT_HOME "
             "moves the data dir)", EXIT_ENVIRONMENT)
    except Exception as exc:  # usage errors and the unexpected: one line, no traceback
        if isinstance(exc, typer.TyperException) or hasattr(exc, "format_message"):
            _usage_error(exc)
        logs.record_exception("internal error", exc)
        fail(f"internal error ({type(exc).__name__}: {exc}); the traceback is in {_log_location()}: "
             "please report it", exit_code_of(exc))
    sys.exit(code if isinstance(code, int) else 0)


def _log_location() -> str:
    try:
        return str(logs.log_file())
    except OSError:
        return "the data dir's logs/hyperagent.log"


def _usage_error(exc: Exception) -> None:
    """click's own usage message in one line, with the command's --help as the way forward."""
    context = getattr(exc, "ctx", None)
    hint = f" (see `{context.command_path} --help`)" if context is not None else ""
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    fail(f"{message}{hint}", EXIT_BAD_INPUT)
