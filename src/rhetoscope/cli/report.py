"""`rhetoscope report PATH -o report.html`: analyse a document and write its HTML report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from rhetoscope.cli.common import EXIT_OK, fail
from rhetoscope.errors import RhetoscopeError


def report_command(
    source: Annotated[
        str, typer.Argument(help="File, http(s) URL, - for stdin, or a rhetoscope JSON document.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the HTML report.")
    ] = Path("report.html"),
    stages: Annotated[
        str | None,
        typer.Option(help="Comma-separated stages to run instead of the default analysis."),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Allow URLs resolving to private/loopback addresses."),
    ] = False,
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Refuse inputs larger than this many megabytes.")
    ] = 50.0,
) -> None:
    """Write a self-contained HTML report (opens offline in any browser)."""
    from rhetoscope.analysis import analyze
    from rhetoscope.ingest import IngestOptions
    from rhetoscope.model import Document
    from rhetoscope.report import render_html

    stage_list = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    options = IngestOptions(max_bytes=int(max_mb * 1024 * 1024), allow_private=allow_private)
    try:
        path = Path(source)
        if path.suffix.lower() == ".json" and path.is_file():
            # An analysis saved with `analyze --format json` is reported as is, not re-analysed.
            doc = Document.from_json(path.read_text(encoding="utf-8"))
        else:
            doc = analyze(source, stages=stage_list, options=options)
        html = render_html(doc)
    except RhetoscopeError as exc:
        fail(exc)
    try:
        output.write_text(html, encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: cannot write the report ({exc.strerror})")
    print(
        f"rhetoscope: wrote {output} ({len(html.encode('utf-8')) / 1024:.0f} KiB)", file=sys.stderr
    )
    raise typer.Exit(EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("report")(report_command)
