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

# module -> how it joins the app: a Typer group (name) or commands it registers itself.
GROUPS = {
    "hyperagent.cli.workflow": "workflow",
    "hyperagent.cli.rag": "rag",
}
COMMAND_MODULES = [
    "hyperagent.cli.stack",      # up, down, status
    "hyperagent.cli.audit",      # audit
    "hyperagent.cli.networks",   # networks, verify
]


def _assemble() -> None:
    for module_name, group in GROUPS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        app.add_typer(module.app, name=group)
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(app)


_assemble()


def main() -> None:
    try:
        app(standalone_mode=False)
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
