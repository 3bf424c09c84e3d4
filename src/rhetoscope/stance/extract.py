"""The `stance` layer: one portrayal span per judged entity mention, and the speaker x actor
portrayal matrix."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from typing import Any

from rhetoscope.entities.extract import segments
from rhetoscope.entities.nlp import Parsed, parse_segments
from rhetoscope.entities.table import in_duplicate
from rhetoscope.model import Document, Span
from rhetoscope.stance.portrayal import (
    ROLES,
    Sentence,
    english_sentence,
    judge,
    russian_sentence,
)

# Actors can be portrayed; events, laws and titles of works are not judged.
JUDGED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "GROUP"})


class _Sentences:
    """Finds (and converts once) the parsed sentence holding a character range."""

    def __init__(self, parsed: list[Parsed], text: str) -> None:
        self.parsed = parsed
        self.starts = [p.offset for p in parsed]
        self.text = text
        self._cache: dict[tuple[int, int], Sentence] = {}
        # Sentence boundaries per paragraph, listed once: spaCy's Span.sent walks the whole doc
        # on every call, which made stance quadratic in paragraph length.
        self._bounds: dict[int, tuple[list[int], list[Any]]] = {}

    def _sentences(self, k: int) -> tuple[list[int], list[Any]]:
        if k not in self._bounds:
            p = self.parsed[k]
            sents = list(p.doc.sents)
            # spaCy spans count tokens in .start (characters in .start_char); natasha's count chars.
            attr = "start_char" if p.lang == "en" else "start"
            starts = [getattr(s, attr) for s in sents]
            self._bounds[k] = (starts, sents)
        return self._bounds[k]

    def at(self, start: int, end: int) -> Sentence | None:
        k = bisect.bisect_right(self.starts, start) - 1
        if k < 0:
            return None
        p = self.parsed[k]
        local_start, local_end = start - p.offset, end - p.offset
        if local_end > len(p.doc.text):
            return None
        starts, sents = self._sentences(k)
        j = bisect.bisect_right(starts, local_start) - 1
        if j < 0:
            return None
        sent = sents[j]
        # A mention that crosses a sentence boundary (a parser split inside a name) is judged in
        # the sentence where it starts.
        key = (k, j)
        if key not in self._cache:
            convert = english_sentence if p.lang == "en" else russian_sentence
            self._cache[key] = convert(sent, p.offset)
        return self._cache[key]


def extract_stance(doc: Document) -> list[Span]:
    """Portrayal spans (same offsets as their entity) for mentions inside turns."""
    judged = [
        e
        for e in doc.layer("entities")
        if e.label in JUDGED_TYPES and e.attrs.get("turn") is not None
    ]
    if not judged:
        return []
    parsed = parse_segments(doc.text, segments(doc))
    sentences = _Sentences(parsed, doc.text)
    spans: list[Span] = []
    for ent in judged:
        sentence = sentences.at(ent.start, ent.end)
        if sentence is None:
            continue
        p = judge(sentence, ent.start, ent.end)
        if p is None:
            continue
        spans.append(
            Span(
                ent.start,
                ent.end,
                p.label,
                score=p.score,
                attrs={
                    "target": ent.attrs.get("canonical") or doc.span_text(ent),
                    "speaker": ent.attrs.get("speaker"),
                    "role": p.role,
                    "role_score": p.role_score,
                    "turn": ent.attrs.get("turn"),
                    "polarity": p.polarity,
                },
            )
        )
    return spans


def _signed(span: Span) -> float:
    value = span.attrs.get("polarity")
    if isinstance(value, int | float):
        return float(value)
    # Documents written without the polarity attr: recover a signed value from label and score.
    sign = {"negative": -1.0, "positive": 1.0}.get(span.label, 0.0)
    return sign * float(span.score or 0.0)


def portrayal_matrix(doc: Document) -> list[dict[str, Any]]:
    """Speaker x actor aggregation of the `stance` layer, as JSON-able rows.

    Mentions in repeated passages (the `duplicates` layer) are not counted.
    Row: ``speaker`` (None for unattributed turns), ``actor``, ``mentions``, ``mean_polarity``
    (-1..1), ``labels`` (counts of negative/neutral/positive), ``dominant_role`` (most frequent
    role, None when no mention has one), ``role_counts``.
    """
    groups: dict[tuple[str | None, str], list[Span]] = defaultdict(list)
    for s in doc.layer("stance"):
        if in_duplicate(doc, s):
            continue  # a repeated passage says nothing new about the speaker's portrayal
        groups[(s.attrs.get("speaker"), str(s.attrs.get("target")))].append(s)
    rows: list[dict[str, Any]] = []
    for (speaker, actor), spans in groups.items():
        roles = Counter(s.attrs.get("role") for s in spans if s.attrs.get("role"))
        labels = Counter(s.label for s in spans)
        dominant = None
        if roles:
            # Ties go to the stronger framing: antagonist/victim over protagonist order in ROLES.
            dominant = max(roles, key=lambda r: (roles[r], -ROLES.index(r) if r in ROLES else 0))
        rows.append(
            {
                "speaker": speaker,
                "actor": actor,
                "mentions": len(spans),
                "mean_polarity": round(sum(_signed(s) for s in spans) / len(spans), 3),
                "labels": {k: labels.get(k, 0) for k in ("negative", "neutral", "positive")},
                "dominant_role": dominant,
                "role_counts": {r: roles.get(r, 0) for r in ROLES},
            }
        )
    rows.sort(key=lambda r: (r["speaker"] or "", -r["mentions"], r["actor"]))
    return rows
