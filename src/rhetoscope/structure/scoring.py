"""Score predicted turns against a hand-written gold table (used by tests and the benchmark).

A gold turn is ``[label, speaker, prefix, suffix]``: the body must start with ``prefix`` and end
with ``suffix`` exactly, so a match means exact boundaries. Gold turns are matched in order to
unused predicted turns; recall counts matched turns, speaker and label accuracy count gold turns
whose match also has the right speaker / label (an unmatched gold turn counts as wrong).

Overlap recall is the lenient measure: the gold turn is located in the text (``prefix`` … the
next ``suffix``, in order) and counts as found when one predicted turn with the right speaker
covers at least half of it — a boundary off by a sentence still attributes the words right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rhetoscope.model import Document, Span

GoldTurn = Sequence[Any]  # [label, speaker | None, prefix, suffix]


@dataclass(frozen=True, slots=True)
class TurnScore:
    gold: int
    predicted: int
    matched: int
    speaker_correct: int
    label_correct: int
    errors: tuple[str, ...]
    overlapped: int = 0

    @property
    def overlap_recall(self) -> float:
        return self.overlapped / self.gold if self.gold else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.gold if self.gold else 1.0

    @property
    def label_accuracy(self) -> float:
        return self.label_correct / self.gold if self.gold else 1.0

    def __add__(self, other: TurnScore) -> TurnScore:
        return TurnScore(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.matched + other.matched,
            self.speaker_correct + other.speaker_correct,
            self.label_correct + other.label_correct,
            self.errors + other.errors,
            self.overlapped + other.overlapped,
        )


EMPTY = TurnScore(0, 0, 0, 0, 0, ())


def score_turns(doc: Document, gold: Sequence[GoldTurn]) -> TurnScore:
    turns = list(doc.layer("turns"))
    used: set[int] = set()
    matched = speaker_ok = label_ok = 0
    errors: list[str] = []
    cursor = 0
    for label, speaker, prefix, suffix in gold:
        hit = None
        for i in range(cursor, len(turns)):
            body = doc.span_text(turns[i])
            if i not in used and body.startswith(prefix) and body.endswith(suffix):
                hit = i
                break
        if hit is None:
            errors.append(f"missed turn {prefix!r} … {suffix!r}")
            continue
        used.add(hit)
        cursor = hit + 1
        matched += 1
        span = turns[hit]
        if span.attrs.get("speaker") == speaker:
            speaker_ok += 1
        else:
            errors.append(f"{prefix!r}: speaker {span.attrs.get('speaker')!r}, want {speaker!r}")
        if span.label == label:
            label_ok += 1
        else:
            errors.append(f"{prefix!r}: label {span.label!r}, want {label!r}")
    overlapped = _overlapped(doc, turns, gold)
    return TurnScore(
        len(gold), len(turns), matched, speaker_ok, label_ok, tuple(errors), overlapped
    )


def _overlapped(doc: Document, turns: Sequence[Span], gold: Sequence[GoldTurn]) -> int:
    """Gold turns of which one predicted turn with the right speaker covers at least half."""
    text = doc.text
    found = 0
    cursor = 0
    for _, speaker, prefix, suffix in gold:
        start = text.find(prefix, cursor)
        if start < 0:
            continue
        end = text.find(suffix, start)
        if end < 0:
            continue
        end += len(suffix)
        cursor = start + 1
        need = (end - start) / 2
        if any(
            t.attrs.get("speaker") == speaker and min(end, t.end) - max(start, t.start) >= need
            for t in turns
        ):
            found += 1
    return found
