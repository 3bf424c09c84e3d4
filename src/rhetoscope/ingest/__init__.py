"""Turn files, URLs, stdin and JSONL records into Documents (text fixed once, here).

Public entry points: :func:`read_source` (path, http(s) URL or ``-``), :func:`read_bytes` (uploads),
:func:`read_text` (a decoded string), :func:`iter_sources` and :func:`count_sources` (batches).
Every failure is an :class:`~rhetoscope.errors.InputError` or
:class:`~rhetoscope.errors.FetchError` whose ``source`` names the file or URL.

Heavy libraries (httpx, trafilatura, pypdf, python-docx, charset-normalizer, the language model)
are imported only when an input needs them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from rhetoscope.errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    RhetoscopeError,
    UnreadableFileError,
    UnsupportedTypeError,
)
from rhetoscope.ingest.sniff import (
    CONTENT_TYPES,
    EXTENSIONS,
    UNSUPPORTED_EXTENSIONS,
    Kind,
    binary_signature,
    charset_from_content_type,
    is_url,
    is_zip,
    kind_from_content_type,
    looks_like_html,
    suffix_of,
    zip_is_docx,
)
from rhetoscope.model import Document, Meta

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
STDIN_SOURCE = "<stdin>"


@dataclass(frozen=True)
class IngestOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    allow_private: bool = False  # allow URLs resolving to private/loopback/link-local addresses
    encoding: str | None = None  # force an encoding instead of detecting one
    timeout: float = 20.0  # seconds for a whole fetch (and for each network operation)
    max_redirects: int = 5
    language: str | None = None  # force a language instead of detecting one


_DEFAULT_OPTIONS = IngestOptions()


# --- public API ------------------------------------------------------------------------------


def read_text(
    text: str,
    *,
    source: str = "<text>",
    meta: Meta | None = None,
    options: IngestOptions | None = None,
) -> Document:
    """A document from already-decoded text: normalised (CRLF->LF, NFC), language detected."""
    base = meta or Meta()
    doc = Document.from_text(text, meta=replace(base, source=base.source or source))
    if not doc.text.strip():
        raise EmptyInputError("the input is empty (only whitespace)", source=base.source or source)
    return _with_language(doc, options or _DEFAULT_OPTIONS)


def read_bytes(
    data: bytes,
    *,
    source: str,
    content_type: str | None = None,
    options: IngestOptions | None = None,
) -> Document:
    """A document from raw bytes (an upload): type from magic number, ``content_type`` or name."""
    opts = options or _DEFAULT_OPTIONS
    _check_size(len(data), opts, source, what="input")
    return _from_bytes(data, source=source, name=source, content_type=content_type, options=opts)


def read_source(src: str | Path, *, options: IngestOptions | None = None) -> Document:
    """A document from a file path, an http(s) URL, or ``"-"`` (bytes from stdin)."""
    opts = options or _DEFAULT_OPTIONS
    if isinstance(src, str) and src == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            raise UnreadableFileError("stdin is not available", source=STDIN_SOURCE)
        data = read_capped_stream(stdin, opts, STDIN_SOURCE)
        return _from_bytes(data, source=STDIN_SOURCE, name=None, content_type=None, options=opts)
    if isinstance(src, str) and is_url(src):
        return _read_url(src, opts)
    path = Path(src)
    return _read_file(path, opts, label=path.name or str(src), given=str(src))


def iter_sources(
    src: str | Path, *, options: IngestOptions | None = None
) -> Iterator[tuple[str, Document | RhetoscopeError]]:
    """``(source, document or error)`` for each document of a directory, a JSONL file, or one
    file/URL. A bad item yields its error and the rest go on."""
    from rhetoscope.ingest.batch import directory_files, iter_jsonl

    opts = options or _DEFAULT_OPTIONS
    text = str(src)
    if text == "-" or is_url(text):
        yield from _single(text, opts)
        return
    path = Path(src)
    if path.is_dir():
        for file, label in directory_files(path):
            if file.suffix.lower() == ".jsonl":
                yield from iter_jsonl(file, label=label, options=opts)
            else:
                read = partial(_read_file, file, opts, label=label, given=label)
                yield label, _guarded(read, label)
        return
    if path.suffix.lower() == ".jsonl" and path.is_file():
        yield from iter_jsonl(path, label=path.name, options=opts)
        return
    yield from _single(src, opts)


def count_sources(src: str | Path) -> int:
    """How many items :func:`iter_sources` will yield (for a progress bar)."""
    from rhetoscope.ingest.batch import count_jsonl_records, directory_files

    text = str(src)
    if text == "-" or is_url(text):
        return 1
    path = Path(src)
    if path.is_dir():
        return sum(
            count_jsonl_records(file) if file.suffix.lower() == ".jsonl" else 1
            for file, _label in directory_files(path)
        )
    if path.suffix.lower() == ".jsonl" and path.is_file():
        return count_jsonl_records(path)
    return 1


# --- internals -------------------------------------------------------------------------------


def _single(
    src: str | Path, options: IngestOptions
) -> Iterator[tuple[str, Document | RhetoscopeError]]:
    yield str(src), _guarded(lambda: read_source(src, options=options), str(src))


def _guarded(read: Callable[[], Document], source: str) -> Document | RhetoscopeError:
    """One batch item: its document, or its error. A bug in a reader must not end the batch."""
    try:
        return read()
    except RhetoscopeError as exc:
        return exc
    except Exception as exc:
        return RhetoscopeError(f"internal error while reading: {exc!r}", source=source)


def _fmt_size(n: float) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{int(n)} bytes"


def _check_size(size: int, options: IngestOptions, source: str, *, what: str) -> None:
    if size > options.max_bytes:
        raise InputTooLargeError(
            f"the {what} is {_fmt_size(size)}, over the {_fmt_size(options.max_bytes)} limit; "
            "raise it with --max-mb",
            source=source,
        )


def read_capped_stream(stream: BinaryIO, options: IngestOptions, source: str) -> bytes:
    """Read a stream (stdin, a pipe) to the end, refusing it once it passes the size cap."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(1 << 20, options.max_bytes + 1 - size) or 1)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > options.max_bytes:
            raise InputTooLargeError(
                f"the input exceeds the {_fmt_size(options.max_bytes)} limit; "
                "raise it with --max-mb",
                source=source,
            )
        chunks.append(chunk)


def _read_file(path: Path, options: IngestOptions, *, label: str, given: str) -> Document:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise UnreadableFileError("no such file", source=given) from None
    except OSError as exc:
        raise UnreadableFileError(f"cannot read file ({exc.strerror})", source=given) from None
    if path.is_dir():
        raise UnreadableFileError(
            "is a directory; pass a file, or run the directory as a batch with -o OUT.jsonl",
            source=given,
        )
    if path.is_file():
        _check_size(st.st_size, options, label, what="file")  # before reading a byte
    try:
        with path.open("rb") as handle:
            data = read_capped_stream(handle, options, label)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read file ({exc.strerror})", source=given) from None
    return _from_bytes(data, source=label, name=path.name, content_type=None, options=options)


def _read_url(url: str, options: IngestOptions) -> Document:
    from rhetoscope.ingest.fetch import fetch_url

    fetched = fetch_url(url, options=options)
    doc = _from_bytes(
        fetched.data,
        source=url,
        name=fetched.url,
        content_type=fetched.content_type,
        options=options,
        url=fetched.url,
    )
    extra = {**doc.meta.extra, "http_status": fetched.status}
    return doc.with_meta(source_url=fetched.url, extra=extra)


def resolve_kind(data: bytes, *, name: str | None, content_type: str | None, source: str) -> Kind:
    """What reader ``data`` needs. Magic numbers first, then the declared type, then sniffing."""
    suffix = suffix_of(name)
    signature = binary_signature(data)
    if signature is not None:
        if suffix in UNSUPPORTED_EXTENSIONS:
            raise UnsupportedTypeError(UNSUPPORTED_EXTENSIONS[suffix], source=source)
        raise BinaryInputError(f"binary content ({signature}), not text", source=source)
    if data[:1024].lstrip(b"\x00\t\n\r\f ").startswith(b"%PDF-"):
        return Kind.PDF
    if is_zip(data):
        if zip_is_docx(data):
            return Kind.DOCX
        if suffix in UNSUPPORTED_EXTENSIONS:
            raise UnsupportedTypeError(UNSUPPORTED_EXTENSIONS[suffix], source=source)
        if suffix != ".docx":
            raise BinaryInputError("binary content (ZIP archive), not text", source=source)
    declared = kind_from_content_type(content_type) or EXTENSIONS.get(suffix)
    if declared is None and suffix in UNSUPPORTED_EXTENSIONS:
        raise UnsupportedTypeError(UNSUPPORTED_EXTENSIONS[suffix], source=source)
    if declared is not None:
        return declared
    return Kind.HTML if looks_like_html(data) else Kind.TEXT


def _from_bytes(
    data: bytes,
    *,
    source: str,
    name: str | None,
    content_type: str | None,
    options: IngestOptions,
    url: str | None = None,
) -> Document:
    from rhetoscope.ingest import readers

    if not data:
        raise EmptyInputError("the input is empty (0 bytes)", source=source)
    kind = resolve_kind(data, name=name, content_type=content_type, source=source)
    charset = charset_from_content_type(content_type)
    if kind is Kind.JSONL:
        return _single_jsonl_record(data, source=source, options=options)
    if kind is Kind.HTML:
        extracted = readers.read_html(
            data, source=source, encoding=options.encoding, declared=charset, url=url
        )
    elif kind is Kind.PDF:
        extracted = readers.read_pdf(data, source=source)
    elif kind is Kind.DOCX:
        extracted = readers.read_docx(data, source=source)
    else:
        extracted = readers.read_plain(
            data, source=source, encoding=options.encoding, declared=charset
        )
    extra: dict[str, Any] = {"content_type": CONTENT_TYPES[kind], **extracted.extra}
    meta = Meta(
        title=extracted.title,
        date=extracted.date,
        byline=extracted.byline,
        source=source,
        extra=extra,
    )
    return read_text(extracted.text, source=source, meta=meta, options=options)


def _single_jsonl_record(data: bytes, *, source: str, options: IngestOptions) -> Document:
    from rhetoscope.ingest.batch import parse_jsonl_bytes

    items = list(parse_jsonl_bytes(data, label=source, options=options))
    if len(items) != 1:
        raise UnsupportedTypeError(
            f"a JSONL file with {len(items)} records is a batch; run it with -o OUT.jsonl",
            source=source,
        )
    _where, item = items[0]
    if isinstance(item, RhetoscopeError):
        raise item
    return item


def _with_language(doc: Document, options: IngestOptions) -> Document:
    if doc.meta.language:
        return doc  # a JSONL record or caller said which language it is
    extra = dict(doc.meta.extra)
    if options.language:
        extra.update(language_score=1.0, language_method="forced")
        return doc.with_meta(language=options.language, extra=extra)
    from rhetoscope.ingest.language import detect_language

    guess = detect_language(doc.text)
    extra.update(language_score=guess.score, language_method=guess.method)
    return doc.with_meta(language=guess.code, extra=extra)


__all__ = [
    "DEFAULT_MAX_BYTES",
    "IngestOptions",
    "count_sources",
    "iter_sources",
    "read_bytes",
    "read_source",
    "read_text",
]
