"""The ``techniques`` pipeline stage."""

from __future__ import annotations

from dataclasses import replace

from rhetoscope.model import Document, Span
from rhetoscope.pipeline import component
from rhetoscope.techniques import taxonomy
from rhetoscope.techniques.detect import find, in_scheme, scheme_from_env


def technique_spans(doc: Document, scheme: str | None = None) -> list[Span]:
    """Technique spans of ``doc`` in ``scheme`` (default: $RHETOSCOPE_TECHNIQUE_SCHEME or 2023)."""
    scheme = taxonomy.check_scheme(scheme) if scheme else scheme_from_env()
    spans = []
    for f, label in in_scheme(find(doc.text, language=doc.meta.language), scheme):
        tech = taxonomy.BY_ID[f.technique]
        spans.append(
            Span(
                f.start,
                f.end,
                label,
                round(f.score, 4),
                {"category": tech.category, "explanation": f.explanation, "scheme": scheme},
            )
        )
    return spans


def within_turns(doc: Document, spans: list[Span]) -> list[Span]:
    """Keep what speakers say: when the document has turns, spans are clipped to turn bodies, so
    headers, hashtag blocks and source lines never count as rhetoric. Without turns, all spans."""
    turns = doc.layer("turns")
    if not doc.has_layer("turns"):
        return spans
    kept = []
    for span in spans:
        for turn in turns:
            start, end = max(span.start, turn.start), min(span.end, turn.end)
            if start < end and doc.text[start:end].strip():
                kept.append(replace(span, start=start, end=end))
    return kept


@component("techniques", assigns=("techniques",))
def techniques(doc: Document) -> Document:
    """Persuasion techniques (SemEval taxonomy) with confidence and explanation."""
    return doc.with_layer("techniques", within_turns(doc, technique_spans(doc)))
