"""The `entities` layer of a document: segments by turn, mentions, speaker and turn attrs."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from pathlib import Path

from rhetoscope.entities.aliases import gazetteer
from rhetoscope.entities.mentions import find_mentions
from rhetoscope.entities.nlp import parse_segments
from rhetoscope.model import Document, Span

# spaCy refuses texts over 1,000,000 characters and parse time grows with length: a paragraph
# longer than this (a transcript with no line breaks) is cut at a sentence end or a space.
MAX_SEGMENT = 20_000


def _cut(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while b - a > MAX_SEGMENT:
        limit = a + MAX_SEGMENT
        cut = max(
            text.rfind(". ", a, limit), text.rfind("? ", a, limit), text.rfind("! ", a, limit)
        )
        cut = cut + 1 if cut > a else text.rfind(" ", a, limit)
        if cut <= a:
            cut = limit
        end = cut
        while end > a and text[end - 1].isspace():
            end -= 1
        out.append((a, end))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append((a, b))
    return out


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.extend(_cut(text, a, b))
        pos = stop + 1
    return out


def segments(doc: Document) -> list[tuple[int, int]]:
    """Paragraphs of the header, turn bodies and the text between turns; speaker labels left out
    (a label names who speaks, it is not a mention of them), and so is the trailer."""
    text = doc.text
    turns = doc.layer("turns")
    holes: list[tuple[int, int]] = []
    for t in turns:
        label = t.attrs.get("label_span")
        if label:
            holes.append((int(label[0]), int(label[1])))
    regions: list[tuple[int, int]] = []
    pos = 0
    for t in turns:
        if t.start > pos:
            regions.append((pos, t.start))
        regions.append((t.start, t.end))
        pos = max(pos, t.end)
    # After the last turn come the source line, hashtag block and page furniture the structure
    # stage trimmed off: metadata, not mentions. Without turns the whole text is one region.
    if pos < len(text) and not turns:
        regions.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for start, end in regions:
        cuts = [(s, e) for s, e in holes if s < end and start < e]
        pieces = [(start, end)]
        for s, e in cuts:
            pieces = [
                piece
                for a, b in pieces
                for piece in ((a, min(b, s)), (max(a, e), b))
                if piece[1] > piece[0]
            ]
        for a, b in pieces:
            out.extend(_paragraphs(text, a, b))
    return out


def turn_speakers(doc: Document) -> list[str]:
    """Speaker names and labels as written in the `turns` layer: coreference anchors."""
    names: list[str] = []
    for t in doc.layer("turns"):
        for key in ("speaker", "speaker_label"):
            value = t.attrs.get(key)
            if isinstance(value, str) and value and value not in names:
                names.append(value)
    return names


class TurnIndex:
    """Which turn (if any) holds a character offset."""

    def __init__(self, turns: Sequence[Span]) -> None:
        self.turns = list(turns)
        self.starts = [t.start for t in self.turns]

    def at(self, start: int, end: int) -> tuple[str | None, int | None]:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return None, None
        t = self.turns[i]
        if not (t.start <= start and end <= t.end):
            return None, None
        speaker = t.attrs.get("speaker")
        index = t.attrs.get("index", i)
        return (speaker if isinstance(speaker, str) else None), int(index)


def extract_entities(doc: Document, *, alias_paths: Sequence[str | Path] = ()) -> list[Span]:
    """Entity spans with canonical names, linked to the speaker and index of their turn."""
    gaz = gazetteer(alias_paths)
    segs = segments(doc)
    parsed = parse_segments(doc.text, segs)
    mentions = find_mentions(doc.text, segs, parsed, gaz, turn_speakers(doc))
    index = TurnIndex(doc.layer("turns"))
    spans: list[Span] = []
    for m in mentions:
        speaker, turn = index.at(m.start, m.end)
        spans.append(
            Span(
                m.start,
                m.end,
                m.label,
                attrs={"canonical": m.canonical, "speaker": speaker, "turn": turn},
            )
        )
    return spans
