"""Format readers: bytes of one kind -> the text we will show, plus what the format says about it.

Each reader maps its library's exceptions to ours (one line, naming the reason) and imports that
library lazily, so reading a .txt file never pays for lxml, pypdf or python-docx.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rhetoscope.errors import EmptyInputError, UnreadableFileError
from rhetoscope.ingest.encoding import decode_bytes
from rhetoscope.model.document import normalize_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HAS_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Extracted:
    """Text as it will be shown, metadata the format carried, and reader details for ``extra``."""

    text: str
    title: str | None = None
    date: str | None = None
    byline: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


@cache
def _silence_library_loggers() -> None:
    # These libraries log parse warnings; with no handler configured Python would print them to
    # stderr, breaking the CLI's one-line error contract. A NullHandler keeps them out of stderr
    # while an application that configures logging still receives them.
    for name in ("pypdf", "trafilatura", "htmldate", "courlan", "justext", "docx"):
        logging.getLogger(name).addHandler(logging.NullHandler())


@contextmanager
def _library_call() -> Iterator[None]:
    _silence_library_loggers()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _one_line(exc: BaseException, limit: int = 120) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_plain(
    data: bytes, *, source: str, encoding: str | None = None, declared: str | None = None
) -> Extracted:
    """Plain text or Markdown: decoded and nothing else (offsets must index what we show)."""
    decoded = decode_bytes(data, source=source, forced=encoding, declared=declared)
    return Extracted(text=decoded.text, extra={"encoding": decoded.encoding})


def read_html(
    data: bytes,
    *,
    source: str,
    encoding: str | None = None,
    declared: str | None = None,
    url: str | None = None,
) -> Extracted:
    """Main content via trafilatura, paragraphs on their own lines; title/date/author as meta."""
    if declared is None:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    decoded = decode_bytes(data, source=source, forced=encoding, declared=declared)
    import trafilatura

    try:
        with _library_call():
            result = trafilatura.bare_extraction(
                decoded.text,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
            )
    except Exception as exc:  # lxml and trafilatura raise many types on broken markup
        raise UnreadableFileError(
            f"HTML could not be parsed ({_one_line(exc)})", source=source
        ) from None
    text = getattr(result, "text", None) or ""
    if not _HAS_WORD.search(text):
        raise UnreadableFileError(
            "HTML has no extractable text (no main content found)", source=source
        )
    extra: dict[str, Any] = {"encoding": decoded.encoding}
    sitename = getattr(result, "sitename", None)
    if sitename:
        extra["sitename"] = sitename
    return Extracted(
        text=text,
        title=getattr(result, "title", None) or None,
        date=getattr(result, "date", None) or None,
        byline=getattr(result, "author", None) or None,
        extra=extra,
    )


def read_pdf(data: bytes, *, source: str) -> Extracted:
    """The text layer of every page, pages separated by a newline."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        with _library_call():
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    unlocked = reader.decrypt("")
                except (DependencyError, NotImplementedError, FileNotDecryptedError) as exc:
                    raise UnreadableFileError(
                        f"PDF is encrypted and cannot be opened ({_one_line(exc)})", source=source
                    ) from None
                if not unlocked:
                    raise UnreadableFileError(
                        "PDF is encrypted with a password; save an unprotected copy",
                        source=source,
                    )
            pages = [page.extract_text() or "" for page in reader.pages]
            info = reader.metadata
    except UnreadableFileError:
        raise
    except Exception as exc:  # pypdf raises many types on corrupt input; all mean "corrupt"
        raise UnreadableFileError(f"PDF is corrupt ({_one_line(exc)})", source=source) from None
    if not pages:
        raise UnreadableFileError("PDF has no pages", source=source)
    # Offsets of each page in the final text, so a report can cite "p. 3".
    page_texts = [normalize_text(p) for p in pages]
    offsets: list[list[int]] = []
    pos = 0
    for page_text in page_texts:
        offsets.append([pos, pos + len(page_text)])
        pos += len(page_text) + 1
    text = "\n".join(page_texts)
    if not _HAS_WORD.search(text):
        raise UnreadableFileError("PDF has no text layer (scanned?)", source=source)
    extra: dict[str, Any] = {"pages": len(pages), "page_offsets": offsets}
    if info is not None:
        if info.title:
            extra["doc_title"] = str(info.title)
        if info.author:
            extra["doc_author"] = str(info.author)
    return Extracted(text=text, extra=extra)


def read_docx(data: bytes, *, source: str) -> Extracted:
    """Body paragraphs (and table rows, cells tab-separated) in order, joined by newlines."""
    import docx
    from docx.table import Table

    try:
        with _library_call():
            document = docx.Document(io.BytesIO(data))
            lines: list[str] = []
            for block in document.iter_inner_content():
                if isinstance(block, Table):
                    lines.extend("\t".join(c.text for c in row.cells) for row in block.rows)
                else:
                    lines.append(block.text)
            props = document.core_properties
            doc_title, doc_author = props.title, props.author
    except Exception as exc:  # zipfile, lxml and python-docx errors all mean "corrupt"
        raise UnreadableFileError(f"DOCX is corrupt ({_one_line(exc)})", source=source) from None
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyInputError("the DOCX has no text", source=source)
    extra: dict[str, Any] = {}
    if doc_title:
        extra["doc_title"] = doc_title
    if doc_author:
        extra["doc_author"] = doc_author
    return Extracted(text=text, extra=extra)
