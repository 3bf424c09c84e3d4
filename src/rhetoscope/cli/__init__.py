"""The `rhetoscope` command: a thin shell over library functions.

Sub-command groups live in sibling modules (``rhetoscope.cli.techniques`` ...), each exposing a
Typer ``app`` (a group) or a ``register(app)`` function (plain commands); they are attached here so
one module's heavy imports never slow another's start-up.
"""

from __future__ import annotations

import importlib

import typer

from rhetoscope.cli.analyze import analyze_command

app = typer.Typer(
    name="rhetoscope",
    help="Show what a political statement is made of: speakers, claims, actors, techniques.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("analyze")(analyze_command)

# name -> module; a module exposes `app` (mounted as a group) or `register(app)`.
_EXTENSIONS: dict[str, str] = {
    "techniques": "rhetoscope.cli.techniques",
    "claims": "rhetoscope.cli.claims",
    "report": "rhetoscope.cli.report",
    "serve": "rhetoscope.cli.serve",
}

for _name, _module in _EXTENSIONS.items():
    try:
        mod = importlib.import_module(_module)
    except ModuleNotFoundError as exc:
        if exc.name != _module:
            raise
        continue
    if hasattr(mod, "register"):
        mod.register(app)
    else:
        app.add_typer(mod.app, name=_name)


def main() -> None:
    app()


__all__ = ["app", "main"]
