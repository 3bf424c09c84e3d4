"""Turn files, URLs, stdin and JSONL records into Documents (text fixed once, here)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rhetoscope.errors import EmptyInputError, RhetoscopeError, UnreadableFileError
from rhetoscope.model import Document, Meta

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class IngestOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    allow_private: bool = False  # allow URLs resolving to private/loopback/link-local addresses
    encoding: str | None = None  # force an encoding instead of detecting one
    timeout: float = 20.0
    max_redirects: int = 5
    language: str | None = None  # force a language instead of detecting one


def read_text(text: str, *, source: str = "<text>", meta: Meta | None = None) -> Document:
    if not text.strip():
        raise EmptyInputError("the input is empty (only whitespace)", source=source)
    base = meta or Meta()
    doc = Document.from_text(text, meta=base)
    return doc.with_meta(source=base.source or source)


def read_source(src: str | Path, *, options: IngestOptions | None = None) -> Document:
    if str(src) == "-":
        return read_text(sys.stdin.read(), source="<stdin>")
    path = Path(src)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read file ({exc.strerror})", source=str(src)) from exc
    return read_text(raw.decode("utf-8-sig"), source=path.name)


def iter_sources(
    src: str | Path, *, options: IngestOptions | None = None
) -> Iterator[tuple[str, Document | RhetoscopeError]]:
    path = Path(src)
    files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    for f in files:
        try:
            yield str(f), read_source(f, options=options)
        except RhetoscopeError as exc:
            yield str(f), exc


def count_sources(src: str | Path) -> int:
    path = Path(src)
    if path.is_dir():
        return sum(1 for p in path.iterdir() if p.is_file())
    return 1
