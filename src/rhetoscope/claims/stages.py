"""The ``claims`` stage: one span per sentence of every turn, scored for check-worthiness."""

from __future__ import annotations

from dataclasses import dataclass

from rhetoscope.claims import features as F
from rhetoscope.claims.numbers import extract
from rhetoscope.claims.types import claim_type
from rhetoscope.model import Document, Span, strip_range
from rhetoscope.pipeline import component

# Who is speaking decides a lot: interviewers ask, the interviewee asserts.
_ROLE_BY_TURN_LABEL = {
    "answer": F.ROLE_PRINCIPAL,
    "statement": F.ROLE_PRINCIPAL,
    "question": F.ROLE_MODERATOR,
}


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    speaker: str | None
    turn: int | None
    role: float


def claim_units(doc: Document) -> list[_Unit]:
    """Sentences clipped to the turn bodies they fall in; every sentence when there are no turns.

    A sentence that starts in one turn and runs into the next (a scraped transcript without line
    breaks) is cut at the turn boundary, so speaker labels never reach a claim.
    """
    sentences = doc.layer("sentences")
    turns = doc.layer("turns")
    units: list[_Unit] = []
    if not turns:
        for s in sentences:
            a, b = strip_range(doc.text, s.start, s.end)
            if a < b:
                units.append(_Unit(a, b, None, None, F.ROLE_UNKNOWN))
        return units
    for t in turns:
        speaker = t.attrs.get("speaker")
        index = t.attrs.get("index")
        role = _ROLE_BY_TURN_LABEL.get(t.label, F.ROLE_UNKNOWN)
        for s in sentences:
            if s.end <= t.start or s.start >= t.end:
                continue
            a, b = strip_range(doc.text, max(s.start, t.start), min(s.end, t.end))
            if a < b and any(ch.isalnum() for ch in doc.text[a:b]):
                units.append(_Unit(a, b, speaker, index, role))
    return units


def claim_spans(doc: Document) -> list[Span]:
    from rhetoscope.claims.model import load_model

    units = claim_units(doc)
    if not units:
        return []
    texts = [doc.text[u.start : u.end] for u in units]
    scores = load_model().score(texts, [u.role for u in units])
    spans = []
    for unit, text, score in zip(units, texts, scores, strict=True):
        quantities = [q.shifted(unit.start) for q in extract(text)]
        spans.append(
            Span(
                unit.start,
                unit.end,
                claim_type(text, quantities, unit.start),
                round(float(score), 4),
                {
                    "speaker": unit.speaker,
                    "turn": unit.turn,
                    "quantities": [q.to_dict() for q in quantities],
                },
            )
        )
    return spans


@component("claims", requires=("sentences", "turns"), assigns=("claims",))
def claims_stage(doc: Document) -> Document:
    """Score every sentence of every turn for check-worthiness; type it; normalise its numbers."""
    return doc.with_layer("claims", claim_spans(doc))
