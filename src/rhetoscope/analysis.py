"""The library entry points the CLI, the web app and batch runs all call."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from rhetoscope.ingest import IngestOptions, iter_sources, read_source
from rhetoscope.model import Document
from rhetoscope.pipeline import BatchResult, Pipeline


def build_pipeline(stages: Sequence[str] | None = None, *, exclude: Sequence[str] = ()) -> Pipeline:
    """The named stages in order, or the default analysis when ``stages`` is None."""
    if stages is None:
        return Pipeline.default(exclude=exclude)
    return Pipeline([s for s in stages if s not in set(exclude)])


def analyze(
    source: str | Path | Document,
    *,
    stages: Sequence[str] | None = None,
    options: IngestOptions | None = None,
) -> Document:
    """Ingest ``source`` (path, URL, ``-`` for stdin, or a ready Document) and analyse it."""
    doc = source if isinstance(source, Document) else read_source(source, options=options)
    return build_pipeline(stages)(doc)


def analyze_text(
    text: str, *, stages: Sequence[str] | None = None, source: str = "<text>"
) -> Document:
    """Analyse a string (decoded already) as if it were a .txt file."""
    from rhetoscope.ingest import read_text

    return build_pipeline(stages)(read_text(text, source=source))


def analyze_batch(
    source: str | Path,
    *,
    stages: Sequence[str] | None = None,
    options: IngestOptions | None = None,
) -> Iterator[BatchResult]:
    """Analyse every document of a directory or JSONL file; bad items become error results."""
    pipeline = build_pipeline(stages)
    yield from pipeline.run_batch(iter_sources(source, options=options))
