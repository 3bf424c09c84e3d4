"""One exception tree for rhetoscope.

Every error a user can cause carries a stable code and a one-line, actionable message::

    RhetoscopeError                 base; ``code`` + ``message`` + optional ``source``
    ├── InputError                  the input cannot be turned into a document
    │   ├── EmptyInputError         R101  nothing but whitespace
    │   ├── BinaryInputError        R102  bytes that are not text in any supported encoding
    │   ├── InputTooLargeError      R103  over the size cap (default 50 MB)
    │   ├── UnsupportedTypeError    R104  a file type we cannot read
    │   ├── UnreadableFileError     R105  missing, unreadable, corrupt PDF/DOCX/HTML without text
    │   ├── EncodingError           R106  declared/forced encoding does not decode the bytes
    │   └── BadRecordError          R107  a malformed JSONL record
    ├── FetchError                  R201  a URL could not be fetched (network, status, size)
    │   └── URLRefusedError         R202  scheme or address refused (private, loopback, link-local)
    ├── PipelineError               R301  stages in an impossible order or unknown stage
    ├── ModelError                  R401  a shipped model file is missing or broken
    └── SchemaError                 R501  JSON that is not a ``rhetoscope.document/1`` document

Third-party exceptions are mapped into these at the boundary (ingest, fetch, model loading), so
callers only ever need ``except RhetoscopeError``.
"""

from __future__ import annotations


class RhetoscopeError(Exception):
    """Base class. ``str(err)`` is one line: ``[CODE] source: message``."""

    code = "R000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"[{self.code}] {where}{self.message}"

    def to_dict(self) -> dict[str, str | None]:
        return {
            "code": self.code,
            "error": type(self).__name__,
            "message": self.message,
            "source": self.source,
        }


class InputError(RhetoscopeError):
    code = "R100"


class EmptyInputError(InputError):
    code = "R101"


class BinaryInputError(InputError):
    code = "R102"


class InputTooLargeError(InputError):
    code = "R103"


class UnsupportedTypeError(InputError):
    code = "R104"


class UnreadableFileError(InputError):
    code = "R105"


class EncodingError(InputError):
    code = "R106"


class BadRecordError(InputError):
    code = "R107"


class FetchError(RhetoscopeError):
    code = "R201"


class URLRefusedError(FetchError):
    code = "R202"


class PipelineError(RhetoscopeError):
    code = "R301"


class ModelError(RhetoscopeError):
    code = "R401"


class SchemaError(RhetoscopeError):
    code = "R501"


__all__ = [
    "BadRecordError",
    "BinaryInputError",
    "EmptyInputError",
    "EncodingError",
    "FetchError",
    "InputError",
    "InputTooLargeError",
    "ModelError",
    "PipelineError",
    "RhetoscopeError",
    "SchemaError",
    "URLRefusedError",
    "UnreadableFileError",
    "UnsupportedTypeError",
]
