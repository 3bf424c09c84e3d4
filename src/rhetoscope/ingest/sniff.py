"""Decide what kind of input some bytes are: by magic number, declared type and file name.

Magic numbers win over the name, so a PNG renamed ``.txt`` is still refused as an image and a PDF
renamed ``.txt`` is still read as a PDF. Text formats are told apart by name or content type, and
only sniffed (``<!doctype html``) when neither says anything.
"""

from __future__ import annotations

import enum
import io
import re
import zipfile
from pathlib import PurePosixPath


class Kind(enum.Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"
    JSONL = "jsonl"


#: Content types recorded in ``meta.extra["content_type"]``.
CONTENT_TYPES: dict[Kind, str] = {
    Kind.TEXT: "text/plain",
    Kind.MARKDOWN: "text/markdown",
    Kind.HTML: "text/html",
    Kind.PDF: "application/pdf",
    Kind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    Kind.JSONL: "application/jsonl",
}

EXTENSIONS: dict[str, Kind] = {
    ".txt": Kind.TEXT,
    ".text": Kind.TEXT,
    ".md": Kind.MARKDOWN,
    ".markdown": Kind.MARKDOWN,
    ".html": Kind.HTML,
    ".htm": Kind.HTML,
    ".xhtml": Kind.HTML,
    ".pdf": Kind.PDF,
    ".docx": Kind.DOCX,
    ".jsonl": Kind.JSONL,
}

#: What a directory batch picks up.
SUPPORTED_EXTENSIONS = frozenset(EXTENSIONS)

_MEDIA_TYPES: dict[str, Kind] = {
    "text/plain": Kind.TEXT,
    "text/markdown": Kind.MARKDOWN,
    "text/x-markdown": Kind.MARKDOWN,
    "text/html": Kind.HTML,
    "application/xhtml+xml": Kind.HTML,
    "application/pdf": Kind.PDF,
    CONTENT_TYPES[Kind.DOCX]: Kind.DOCX,
    "application/jsonl": Kind.JSONL,
    "application/x-ndjson": Kind.JSONL,
    "application/x-jsonlines": Kind.JSONL,
}

#: Formats people plausibly try that we do not read, with what to do instead.
UNSUPPORTED_EXTENSIONS: dict[str, str] = {
    ".doc": "legacy Word .doc is not supported; save it as .docx",
    ".rtf": "RTF is not supported; save it as .docx or .txt",
    ".odt": "OpenDocument .odt is not supported; save it as .docx",
    ".xls": "spreadsheets are not supported",
    ".xlsx": "spreadsheets are not supported",
    ".ods": "spreadsheets are not supported",
    ".ppt": "presentations are not supported; export the text as .txt or .pdf",
    ".pptx": "presentations are not supported; export the text as .txt or .pdf",
    ".epub": "EPUB is not supported; convert it to .txt or .html",
}

# (offset, signature, description). Checked in order; first match wins.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"\x00\x00\x01\x00", "icon image"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (0, b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (0, b"\xce\xfa\xed\xfe", "Mach-O executable"),
    (0, b"\x00asm", "WebAssembly module"),
    (0, b"\x1f\x8b", "gzip archive"),
    (0, b"BZh", "bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"\x28\xb5\x2f\xfd", "zstd archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy MS Office file"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"OggS", "Ogg media"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"ID3", "MP3 audio"),
    (0, b"RIFF", "RIFF media (WAV/AVI/WebP)"),
    (4, b"ftyp", "MP4/QuickTime media"),
    (0, b"\x1aE\xdf\xa3", "Matroska/WebM media"),
    (0, b"wOFF", "web font"),
    (0, b"wOF2", "web font"),
)

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def binary_signature(data: bytes) -> str | None:
    """A description of a known binary format ``data`` starts with, or None.

    Several signatures are printable ("ID3", "BZh", "MZ", "RIFF"), so a text may start with one;
    a real binary header also carries control bytes (lengths, versions, NULs) right after it.
    """
    head = data[:512]
    if not _CONTROL_BYTES.search(head) and not head.startswith((b"\xff\xd8\xff", b"\x89PNG")):
        return None
    for offset, magic, what in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return what
    if data[:2] == b"MZ":
        return "Windows executable"
    return None


def is_pdf(data: bytes) -> bool:
    # The spec lets up to 1024 bytes of junk precede the header; real files rarely use it.
    return b"%PDF-" in data[:1024]


def is_zip(data: bytes) -> bool:
    return data[:4] in _ZIP_MAGIC


def zip_is_docx(data: bytes) -> bool:
    """Whether a ZIP archive is a Word document (it holds ``word/document.xml``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<?xml") and b"<html" in head
    )


# Strings that name a URL rather than a path, so "file:///etc/passwd" is refused, not opened.
_URL_LIKE = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://|(?:javascript|data|mailto|file|ftp|ftps|gopher|ldap|dict|tel):)",
    re.I,
)


def is_url(src: str) -> bool:
    """Whether ``src`` names a URL (any scheme: the fetcher refuses all but http/https)."""
    return bool(_URL_LIKE.match(src))


def suffix_of(name: str | None) -> str:
    """Lower-case extension of a file name or URL path ('' when there is none)."""
    if not name:
        return ""
    path = name.split("?", 1)[0].split("#", 1)[0]
    return PurePosixPath(path.replace("\\", "/")).suffix.lower()


def kind_from_content_type(content_type: str | None) -> Kind | None:
    if not content_type:
        return None
    media = content_type.split(";", 1)[0].strip().lower()
    return _MEDIA_TYPES.get(media)


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
