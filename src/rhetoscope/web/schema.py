"""JSON Schema (2020-12) of the document contract ``rhetoscope.document/1``, for ``/api/schema``.

It mirrors docs/schema.md: the envelope is strict, layers are open (new layers and new attrs are
additions that keep the version), and the known layers' labels and attrs are described.
"""

from __future__ import annotations

from typing import Any

from rhetoscope.model import SCHEMA_VERSION

_NULLABLE_STR: dict[str, Any] = {"type": ["string", "null"]}


def _span(labels: list[str] | None = None, attrs: dict[str, Any] | None = None) -> dict[str, Any]:
    label: dict[str, Any] = {"type": "string"}
    if labels:
        label["enum"] = labels
    attrs_schema: dict[str, Any] = {"type": "object"}
    if attrs:
        attrs_schema["properties"] = attrs
    return {
        "type": "object",
        "required": ["start", "end", "label", "attrs"],
        "properties": {
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "label": label,
            "score": {"type": "number"},
            "attrs": attrs_schema,
        },
    }


def _layer(span: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": span}


_PAIR = {"type": ["array", "null"], "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}
_TURN_REF = {"type": ["integer", "null"]}


def document_schema() -> dict[str, Any]:
    quantity = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "value": {"type": ["number", "null"]},
            "qualifier": _NULLABLE_STR,
            "unit": _NULLABLE_STR,
            "kind": _NULLABLE_STR,
        },
    }
    layers = {
        "sentences": _layer(_span(["sentence"])),
        "turns": _layer(
            _span(
                ["question", "answer", "statement", "other"],
                {
                    "speaker": _NULLABLE_STR,
                    "speaker_label": _NULLABLE_STR,
                    "label_span": _PAIR,
                    "index": {"type": "integer"},
                },
            )
        ),
        "stage_directions": _layer(_span()),
        "duplicates": _layer(_span(["duplicate"], {"duplicate_of": _PAIR})),
        "entities": _layer(
            _span(
                ["PERSON", "ORG", "GPE", "LOC", "NORP", "GROUP", "EVENT", "LAW", "OTHER"],
                {"canonical": {"type": "string"}, "speaker": _NULLABLE_STR, "turn": _TURN_REF},
            )
        ),
        "claims": _layer(
            _span(
                ["quantity", "event", "comparison", "causal", "prediction", "quote", "other"],
                {
                    "speaker": _NULLABLE_STR,
                    "turn": _TURN_REF,
                    "quantities": {"type": "array", "items": quantity},
                },
            )
        ),
        "techniques": _layer(
            _span(
                None,
                {
                    "category": {"type": "string"},
                    "explanation": _NULLABLE_STR,
                    "scheme": {"type": "string"},
                },
            )
        ),
        "stance": _layer(
            _span(
                ["negative", "neutral", "positive"],
                {
                    "target": {"type": "string"},
                    "speaker": _NULLABLE_STR,
                    "role": {"enum": ["protagonist", "antagonist", "victim", None]},
                    "role_score": {"type": ["number", "null"]},
                    "turn": _TURN_REF,
                },
            )
        ),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:rhetoscope:schema:document:1",
        "title": SCHEMA_VERSION,
        "description": "A document analysed by rhetoscope: text, metadata and span layers; "
        "offsets are code-point indices into text, end exclusive.",
        "type": "object",
        "required": ["schema", "text", "meta", "layers"],
        "properties": {
            "schema": {"const": SCHEMA_VERSION},
            "id": _NULLABLE_STR,
            "text": {"type": "string"},
            "meta": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "title": _NULLABLE_STR,
                    "date": _NULLABLE_STR,
                    "place": _NULLABLE_STR,
                    "source_url": _NULLABLE_STR,
                    "hashtags": {"type": "array", "items": {"type": "string"}},
                    "language": _NULLABLE_STR,
                    "byline": _NULLABLE_STR,
                    "source": _NULLABLE_STR,
                    "extra": {"type": "object"},
                },
            },
            "layers": {
                "type": "object",
                "properties": layers,
                "additionalProperties": _layer(_span()),
            },
        },
    }
