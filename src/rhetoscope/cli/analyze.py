"""`rhetoscope analyze`: one document to stdout/file, or a batch to JSONL."""

from __future__ import annotations

import enum
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from rhetoscope.cli.common import EXIT_OK, EXIT_PARTIAL, fail
from rhetoscope.errors import RhetoscopeError
from rhetoscope.model import Document


class OutputFormat(enum.StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"
    html = "html"


def _is_batch(source: str) -> bool:
    if source == "-" or "://" in source:
        return False
    path = Path(source)
    return path.is_dir() or path.suffix.lower() == ".jsonl"


def document_payload(doc: Document, *, drop_duplicates: bool) -> dict[str, Any]:
    """The JSON contract, plus the de-duplicated view when asked for."""
    data = doc.to_dict()
    if drop_duplicates:
        from rhetoscope.structure.duplicates import deduplicated_view

        data["deduplicated"] = deduplicated_view(doc).to_dict()
    return data


def render(doc: Document, fmt: OutputFormat, *, drop_duplicates: bool) -> str:
    if fmt is OutputFormat.json:
        return json.dumps(
            document_payload(doc, drop_duplicates=drop_duplicates), ensure_ascii=False, indent=2
        )
    if fmt is OutputFormat.jsonl:
        return json.dumps(
            document_payload(doc, drop_duplicates=drop_duplicates), ensure_ascii=False
        )
    if fmt is OutputFormat.text:
        from rhetoscope.report.text import render_text

        return render_text(doc, drop_duplicates=drop_duplicates)
    from rhetoscope.report import render_html

    return render_html(doc)


_SOURCE_HELP = "File, directory, JSONL file, http(s) URL, or - for stdin."
_OUTPUT_HELP = "Write here instead of stdout (required for batches)."
_STAGES_HELP = "Comma-separated stages to run instead of the default analysis."
_DEDUP_HELP = "Also emit a de-duplicated view with an offset map back to the original text."
_PRIVATE_HELP = "Allow URLs that resolve to private, loopback or link-local addresses."


def analyze_command(
    source: Annotated[str, typer.Argument(help=_SOURCE_HELP)],
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.json
    ),
    output: Annotated[Path | None, typer.Option("--output", "-o", help=_OUTPUT_HELP)] = None,
    stages: Annotated[str | None, typer.Option(help=_STAGES_HELP)] = None,
    drop_duplicates: Annotated[bool, typer.Option("--drop-duplicates", help=_DEDUP_HELP)] = False,
    allow_private: Annotated[bool, typer.Option("--allow-private", help=_PRIVATE_HELP)] = False,
    encoding: Annotated[
        str | None, typer.Option(help="Force the input encoding instead of detecting it.")
    ] = None,
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Refuse inputs larger than this many megabytes.")
    ] = 50.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Analyse a document (or a directory / JSONL batch) and print the structured result."""
    from rhetoscope.analysis import analyze, build_pipeline
    from rhetoscope.ingest import IngestOptions

    options = IngestOptions(
        max_bytes=int(max_mb * 1024 * 1024), allow_private=allow_private, encoding=encoding
    )
    stage_list = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    try:
        build_pipeline(stage_list)  # fail fast on a bad stage list, before reading anything
    except RhetoscopeError as exc:
        fail(exc)

    if _is_batch(source):
        _run_batch(source, output, fmt, stage_list, options, drop_duplicates, quiet)
        return
    try:
        doc = analyze(source, stages=stage_list, options=options)
    except RhetoscopeError as exc:
        fail(exc)
    out = render(doc, fmt, drop_duplicates=drop_duplicates)
    if output is None:
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    else:
        output.write_text(out, encoding="utf-8")
    raise typer.Exit(EXIT_OK)


def _run_batch(
    source: str,
    output: Path | None,
    fmt: OutputFormat,
    stage_list: list[str] | None,
    options: Any,
    drop_duplicates: bool,
    quiet: bool,
) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from rhetoscope.analysis import analyze_batch
    from rhetoscope.ingest import count_sources

    if fmt not in (OutputFormat.jsonl, OutputFormat.json):
        fail("a batch writes JSONL; use --format jsonl (the default for batches) with -o OUT.jsonl")
    if output is None:
        fail("a batch needs an output file: add -o OUT.jsonl")
    failures: list[RhetoscopeError] = []
    done = 0
    try:
        total = count_sources(source)
    except RhetoscopeError as exc:
        fail(exc)
    progress = Progress(
        TextColumn("[bold]analyze"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        disable=quiet or not sys.stderr.isatty(),
        transient=False,
    )
    # Each result is written and flushed as it completes: a crash later never loses earlier work.
    with output.open("w", encoding="utf-8") as sink, progress:
        task = progress.add_task("analyze", total=total)
        for result in analyze_batch(source, stages=stage_list, options=options):
            if result.document is not None:
                payload = document_payload(result.document, drop_duplicates=drop_duplicates)
                sink.write(json.dumps(payload, ensure_ascii=False) + "\n")
                sink.flush()
                done += 1
            elif result.error is not None:
                failures.append(result.error)
            progress.advance(task)
    print(f"rhetoscope: analysed {done} document(s) into {output}", file=sys.stderr)
    if failures:
        print(f"rhetoscope: {len(failures)} input(s) failed:", file=sys.stderr)
        for err in failures:
            print(f"  {err.one_line()}", file=sys.stderr)
        raise typer.Exit(EXIT_PARTIAL)
    raise typer.Exit(EXIT_OK)
