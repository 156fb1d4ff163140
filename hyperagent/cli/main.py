"""Entry point of the `hyperagent` command. Each command group lives in its own module.

Heavy imports happen inside commands so that `hyperagent --help` stays instant; every
HyperAgentError becomes one line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import importlib
import sys

import typer

from hyperagent.errors import HyperAgentError

app = typer.Typer(name="hyperagent", help="From a plain-English request to a deployed, audited, tested contract.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

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


def main() -> None:
    try:
        code = app(standalone_mode=False)  # click returns a typer.Exit's code here instead of raising it
    except HyperAgentError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except Exception as exc:  # click usage errors and the unexpected: one line, no traceback
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        typer.echo(f"error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
