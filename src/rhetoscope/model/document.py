"""Document, Meta and Span: plain, frozen, JSON-serialisable values.

Offsets are Python string indices (code points) into ``Document.text``, end exclusive. The text is
fixed at ingest (CRLF/CR -> LF, Unicode NFC, nothing else); every later stage only adds layers.
Layers may hold overlapping spans (like spaCy's ``SpanGroup``); within a layer spans are kept sorted
by ``(start, end)`` so consumers can bisect.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any

from rhetoscope.errors import SchemaError

SCHEMA_VERSION = "rhetoscope.document/1"


def normalize_text(raw: str) -> str:
    """The only rewriting text ever gets: newlines to LF, then Unicode NFC."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def strip_range(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` narrowed to exclude leading and trailing whitespace of ``text``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled character range ``[start, end)`` of a document's text."""

    start: int
    end: int
    label: str
    score: float | None = None
    attrs: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise TypeError(f"span offsets must be int, got {self.start!r}, {self.end!r}")
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span offsets [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "label": self.label}
        if self.score is not None:
            out["score"] = self.score
        out["attrs"] = dict(self.attrs)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        try:
            score = data.get("score")
            return cls(
                start=int(data["start"]),
                end=int(data["end"]),
                label=str(data["label"]),
                score=None if score is None else float(score),
                attrs=dict(data.get("attrs") or {}),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SchemaError(f"malformed span {dict(data)!r}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class Meta:
    """Document metadata. ``extra`` holds anything else a reader found (encoding, content type)."""

    title: str | None = None
    date: str | None = None  # ISO 8601
    place: str | None = None
    source_url: str | None = None
    hashtags: tuple[str, ...] = ()
    language: str | None = None
    byline: str | None = None
    source: str | None = None  # file name or URL the document came from
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date,
            "place": self.place,
            "source_url": self.source_url,
            "hashtags": list(self.hashtags),
            "language": self.language,
            "byline": self.byline,
            "source": self.source,
            "extra": dict(self.extra),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Meta:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise SchemaError(f"unknown meta field(s): {', '.join(sorted(unknown))}")
        kwargs = dict(data)
        kwargs["hashtags"] = tuple(kwargs.get("hashtags") or ())
        kwargs["extra"] = dict(kwargs.get("extra") or {})
        return cls(**kwargs)


def _freeze_layers(
    text_len: int, layers: Mapping[str, Iterable[Span]]
) -> Mapping[str, tuple[Span, ...]]:
    frozen: dict[str, tuple[Span, ...]] = {}
    for name, spans in layers.items():
        ordered = tuple(sorted(spans, key=lambda s: (s.start, s.end)))
        for span in ordered:
            if span.end > text_len:
                raise ValueError(
                    f"span [{span.start}, {span.end}) of layer {name!r} lies outside the text "
                    f"(length {text_len})"
                )
        frozen[name] = ordered
    return MappingProxyType(frozen)


@dataclass(frozen=True)
class Document:
    """Immutable text + metadata + named span layers. Stages return new documents."""

    text: str
    meta: Meta = field(default_factory=Meta)
    layers: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)
    id: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError("Document.text must be str")
        object.__setattr__(self, "layers", _freeze_layers(len(self.text), self.layers))

    @classmethod
    def from_text(cls, raw: str, meta: Meta | None = None, id: str | None = None) -> Document:
        """Build a document from raw text, applying the only normalisation we allow."""
        return cls(text=normalize_text(raw), meta=meta or Meta(), id=id)

    # --- layers -------------------------------------------------------------------------------
    def layer(self, name: str) -> tuple[Span, ...]:
        """Spans of a layer; an empty tuple when the layer was never assigned."""
        return self.layers.get(name, ())

    def has_layer(self, name: str) -> bool:
        return name in self.layers

    def with_layer(self, name: str, spans: Iterable[Span]) -> Document:
        layers = dict(self.layers)
        layers[name] = tuple(spans)
        return replace(self, layers=layers)

    def with_meta(self, **changes: Any) -> Document:
        return replace(self, meta=replace(self.meta, **changes))

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def spans_within(self, name: str, outer: Span) -> list[Span]:
        """Spans of layer ``name`` lying entirely inside ``outer``."""
        return [s for s in self.layer(name) if outer.contains(s)]

    # --- JSON ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "text": self.text,
            "meta": self.meta.to_dict(),
            "layers": {name: [s.to_dict() for s in spans] for name, spans in self.layers.items()},
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        schema = data.get("schema")
        if schema != SCHEMA_VERSION:
            raise SchemaError(f"expected schema {SCHEMA_VERSION!r}, got {schema!r}")
        text = data.get("text")
        if not isinstance(text, str):
            raise SchemaError("document has no 'text' string")
        layers_raw = data.get("layers") or {}
        if not isinstance(layers_raw, Mapping):
            raise SchemaError("'layers' must be an object of name -> list of spans")
        layers = {
            str(name): tuple(Span.from_dict(s) for s in spans) for name, spans in layers_raw.items()
        }
        try:
            return cls(
                text=text,
                meta=Meta.from_dict(data.get("meta") or {}),
                layers=layers,
                id=data.get("id"),
            )
        except (TypeError, ValueError) as exc:
            raise SchemaError(str(exc)) from exc

    @classmethod
    def from_json(cls, payload: str) -> Document:
        try:
            data = json.loads(payload)
        except json.JSONDecodeError as exc:
            raise SchemaError(f"not JSON: {exc}") from exc
        if not isinstance(data, Mapping):
            raise SchemaError("a document must be a JSON object")
        return cls.from_dict(data)
