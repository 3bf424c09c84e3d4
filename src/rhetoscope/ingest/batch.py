"""Batches: the supported files of a directory tree, and JSONL files of ``{id, text, meta}``.

A JSONL file is streamed line by line (it may be far larger than one document may be), each line
capped at ``max_bytes``; a bad line becomes a :class:`BadRecordError` naming ``file:line`` and the
next line goes on.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from rhetoscope.errors import (
    BadRecordError,
    InputTooLargeError,
    RhetoscopeError,
    UnreadableFileError,
)
from rhetoscope.ingest.sniff import SUPPORTED_EXTENSIONS
from rhetoscope.model import Document, Meta

if TYPE_CHECKING:
    from rhetoscope.ingest import IngestOptions

Item = tuple[str, Document | RhetoscopeError]

_STRING_FIELDS = frozenset({"title", "date", "place", "source_url", "language", "byline", "source"})
_META_FIELDS = frozenset(f.name for f in fields(Meta))


def directory_files(root: Path) -> list[tuple[Path, str]]:
    """Supported files under ``root`` (recursively, hidden entries and symlinked directories
    skipped), sorted by their path relative to ``root``, which is also their label."""
    found: list[tuple[Path, str]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for filename in filenames:
            path = Path(dirpath) / filename
            if filename.startswith(".") or path.suffix.lower() not in SUPPORTED_EXTENSIONS:
                continue
            found.append((path, path.relative_to(root).as_posix()))
    return sorted(found, key=lambda item: item[1])


def iter_jsonl(path: Path, *, label: str, options: IngestOptions) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield label, UnreadableFileError(f"cannot read file ({exc.strerror})", source=label)
        return
    with handle:
        yield from _iter_lines(handle, label=label, options=options)


def parse_jsonl_bytes(data: bytes, *, label: str, options: IngestOptions) -> Iterator[Item]:
    yield from _iter_lines(io.BytesIO(data), label=label, options=options)


def count_jsonl_records(path: Path) -> int:
    """Non-blank lines: one item each, good or bad."""
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # iter_jsonl will yield the one error


def _iter_lines(handle: BinaryIO, *, label: str, options: IngestOptions) -> Iterator[Item]:
    cap = options.max_bytes
    lineno = 0
    while line := handle.readline(cap + 1):  # never holds more than one capped line
        lineno += 1
        where = f"{label}:{lineno}"
        if len(line.rstrip(b"\r\n")) > cap:
            if not line.endswith(b"\n"):
                _skip_rest_of_line(handle)
            yield (
                where,
                InputTooLargeError(
                    f"record is over the {cap:,}-byte limit; raise it with --max-mb", source=where
                ),
            )
            continue
        if not line.strip():
            continue
        if lineno == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        try:
            item = _parse_record(line, where=where, lineno=lineno, options=options)
        except Exception as exc:  # a bug here must not end the batch
            item = RhetoscopeError(f"internal error while reading: {exc!r}", source=where)
        yield where, item


def _skip_rest_of_line(handle: BinaryIO) -> None:
    while True:
        chunk = handle.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _parse_record(
    line: bytes, *, where: str, lineno: int, options: IngestOptions
) -> Document | RhetoscopeError:
    from rhetoscope.ingest import read_text

    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return BadRecordError(f"line is not UTF-8 (bad byte at {exc.start})", source=where)
    except json.JSONDecodeError as exc:
        return BadRecordError(f"not valid JSON ({exc.msg} at column {exc.colno})", source=where)
    if not isinstance(record, dict):
        return BadRecordError("a record must be a JSON object with a 'text' field", source=where)
    text = record.get("text")
    if not isinstance(text, str):
        return BadRecordError("record has no 'text' string", source=where)
    if not text.strip():
        return BadRecordError("record's 'text' is empty", source=where)
    raw_id = record.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        return BadRecordError("'id' must be a string or a number", source=where)
    try:
        meta = _record_meta(record.get("meta"), where=where, lineno=lineno)
        doc = read_text(text, source=where, meta=meta, options=options)
    except RhetoscopeError as exc:
        return exc
    return Document(
        text=doc.text, meta=doc.meta, layers=doc.layers, id=None if raw_id is None else str(raw_id)
    )


def _record_meta(raw: Any, *, where: str, lineno: int) -> Meta:
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise BadRecordError("'meta' must be a JSON object", source=where)
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _STRING_FIELDS:
            if value is not None and not isinstance(value, str):
                raise BadRecordError(f"meta.{key} must be a string", source=where)
            kwargs[key] = value
        elif key == "hashtags":
            if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
                raise BadRecordError("meta.hashtags must be a list of strings", source=where)
            kwargs[key] = tuple(value)
        elif key == "extra":
            if not isinstance(value, Mapping):
                raise BadRecordError("meta.extra must be a JSON object", source=where)
            extra.update(value)
        elif key not in _META_FIELDS:
            extra[key] = value  # unknown fields are kept, not lost
    extra.setdefault("content_type", "text/plain")
    extra["jsonl_line"] = lineno
    return Meta(**kwargs, extra=extra)
