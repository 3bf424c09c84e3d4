"""Shared by the structure tests: the structure stages as one pipeline, and the turn table of a
short text (label, speaker, body) that each test projects as it needs."""

from __future__ import annotations

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.model import Document
from rhetoscope.structure.speakers import LabelKind, classify_label

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def run(text: str) -> Document:
    return PIPELINE(read_text(text))


def turn_rows(text: str) -> list[tuple[str, str | None, str]]:
    doc = run(text)
    return [(s.label, s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]


def spoken_rows(text: str) -> list[tuple[str, str | None, str]]:
    """The turn table without the page's own rows (a lede or caption: ``other``, nobody's and
    under no label; an unnamed ``Moderator:`` is nobody's too, but speaks)."""
    doc = run(text)
    return [
        (s.label, s.attrs["speaker"], doc.span_text(s))
        for s in doc.layer("turns")
        if s.label != "other" or s.attrs["speaker"] or s.attrs["speaker_label"]
    ]


def label_surname(raw: str) -> tuple[LabelKind | None, str | None]:
    """How a label reads on its own: its kind and the surname it names (None for no name)."""
    info = classify_label(raw)
    if info is None:
        return None, None
    return info.kind, info.name.surname if info.name is not None else None
