"""Repeated passages inside one document, and a de-duplicated view with an offset map.

Merged translations repeat a passage with small differences (``–``/``—``, ``V.`` vs ``V.V.``,
``towards`` vs ``toward``, quote styles). Words are normalised to a key (case-folded, ``ё``→``е``,
first six letters: a crude stem that equates ``toward``/``towards``), one-letter tokens (initials,
``'s``) are dropped, and every 8-word shingle is hashed. A shingle seen before seeds a match, which
is extended in both directions along the alignment, re-synchronising over small insertions,
deletions and substitutions, and trimmed to exact matches at both ends. A passage counts when the
alignment covers at least 12 words with similarity >= 0.8; the later copy is marked, pointing back
to the first (``attrs.duplicate_of``), with score = similarity (matched words / longer copy).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rhetoscope.model import Document, Span

SHINGLE = 8
MIN_WORDS = 12
MIN_SIMILARITY = 0.8
# Re-synchronisation steps tried at a mismatch: (skip in first copy, skip in later copy).
_RESYNC = ((1, 1), (1, 0), (0, 1), (2, 2), (2, 0), (0, 2), (2, 1), (1, 2), (3, 3), (3, 0), (0, 3))
_RUN = 3  # words that must agree after a re-synchronisation
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A later copy ``[start, end)`` of the passage ``[first_start, first_end)``."""

    start: int
    end: int
    first_start: int
    first_end: int
    score: float


def _keys(text: str) -> tuple[list[str], list[int], list[int]]:
    keys: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if len(word) < 2 and not word.isdigit():
            continue
        keys.append(word.casefold().replace("ё", "е")[:6])
        starts.append(m.start())
        ends.append(m.end())
    return keys, starts, ends


def _extend(keys: Sequence[str], i: int, j: int) -> tuple[int, int, int, int, int]:
    """Grow the seed ``keys[i:i+n] == keys[j:j+n]`` to a maximal aligned passage pair."""
    n_keys = len(keys)
    matched = SHINGLE
    a_end, b_end = i + SHINGLE, j + SHINGLE
    p, q = a_end, b_end
    while p < j and q < n_keys:
        if keys[p] == keys[q]:
            p, q = p + 1, q + 1
            matched += 1
            a_end, b_end = p, q
            continue
        for dp, dq in _RESYNC:
            if (
                p + dp + _RUN <= j
                and q + dq + _RUN <= n_keys
                and (keys[p + dp : p + dp + _RUN] == keys[q + dq : q + dq + _RUN])
            ):
                p, q = p + dp, q + dq
                break
        else:
            break
    a_start, b_start = i, j
    p, q = i - 1, j - 1
    while p >= 0 and q >= a_end:
        if keys[p] == keys[q]:
            a_start, b_start = p, q
            p, q = p - 1, q - 1
            matched += 1
            continue
        for dp, dq in _RESYNC:
            lo_p, lo_q = p - dp - _RUN + 1, q - dq - _RUN + 1
            if lo_p >= 0 and lo_q >= a_end and (keys[lo_p : p - dp + 1] == keys[lo_q : q - dq + 1]):
                p, q = p - dp, q - dq
                break
        else:
            break
    return a_start, a_end, b_start, b_end, matched


def find_duplicates(text: str) -> list[Duplicate]:
    """Later copies of repeated passages, in text order."""
    keys, starts, ends = _keys(text)
    seen: dict[tuple[str, ...], int] = {}
    covered = -1  # later copies already found extend to this key index
    out: list[Duplicate] = []
    for j in range(len(keys) - SHINGLE + 1):
        shingle = tuple(keys[j : j + SHINGLE])
        i = seen.setdefault(shingle, j)
        if i == j or j < covered or i + SHINGLE > j:
            continue
        a_start, a_end, b_start, b_end, matched = _extend(keys, i, j)
        longer = max(a_end - a_start, b_end - b_start)
        similarity = matched / longer
        if matched >= MIN_WORDS and similarity >= MIN_SIMILARITY:
            out.append(
                Duplicate(
                    start=starts[b_start],
                    end=ends[b_end - 1],
                    first_start=starts[a_start],
                    first_end=ends[a_end - 1],
                    score=round(similarity, 4),
                )
            )
            covered = b_end
    return out


def duplicate_spans(text: str) -> list[Span]:
    return [
        Span(
            d.start,
            d.end,
            "duplicate",
            score=d.score,
            attrs={"duplicate_of": [d.first_start, d.first_end]},
        )
        for d in find_duplicates(text)
    ]


@dataclass(frozen=True)
class DedupView:
    """The text with later copies removed, mapped back to the original offsets.

    ``segments`` are ``(view_start, orig_start, length)`` runs kept verbatim; ``removed`` the
    original ``[start, end)`` ranges cut (a duplicate plus the spaces right after it).
    """

    text: str
    segments: tuple[tuple[int, int, int], ...]
    removed: tuple[tuple[int, int], ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s[0] for s in self.segments))

    def to_original(self, view_offset: int) -> int:
        """Original offset of the view's character ``view_offset`` (or its end, ``len(text)``)."""
        if not 0 <= view_offset <= len(self.text):
            raise IndexError(f"view offset {view_offset} outside 0..{len(self.text)}")
        if not self.segments:
            return 0
        k = bisect.bisect_right(self._starts, view_offset) - 1
        view_start, orig_start, length = self.segments[max(k, 0)]
        if view_offset == len(self.text):
            return orig_start + length
        return orig_start + (view_offset - view_start)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "segments": [list(s) for s in self.segments],
            "removed": [list(r) for r in self.removed],
        }


def deduplicated_view(doc: Document) -> DedupView:
    """``doc`` without the later copies of its ``duplicates`` layer (computed when absent)."""
    spans = doc.layer("duplicates") if doc.has_layer("duplicates") else duplicate_spans(doc.text)
    text = doc.text
    removed: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        start, end = span.start, span.end
        while end < len(text) and text[end] in " \t":
            end += 1
        if removed and start <= removed[-1][1]:
            removed[-1] = (removed[-1][0], max(removed[-1][1], end))
        else:
            removed.append((start, end))
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    pos = view = 0
    for start, end in [*removed, (len(text), len(text))]:
        if start > pos:
            parts.append(text[pos:start])
            segments.append((view, pos, start - pos))
            view += start - pos
        pos = max(pos, end)
    return DedupView(text="".join(parts), segments=tuple(segments), removed=tuple(removed))
