"""The structure stages: metadata, sentences, turns (+ stage_directions), duplicates."""

from __future__ import annotations

import dataclasses
import re

from rhetoscope.model import Document, Span
from rhetoscope.pipeline import component
from rhetoscope.structure import metadata as _metadata
from rhetoscope.structure.duplicates import duplicate_spans
from rhetoscope.structure.hashtags import unique
from rhetoscope.structure.registry import registry_name
from rhetoscope.structure.sentences import split_sentences
from rhetoscope.structure.turns import analyse, body_labels, mask_line_gutter, sentence_cuts
from rhetoscope.structure.unnamed import names_no_one


@component(
    "metadata",
    assigns=(
        "meta.title",
        "meta.date",
        "meta.place",
        "meta.source_url",
        "meta.hashtags",
        "meta.byline",
    ),
)
def metadata_stage(doc: Document) -> Document:
    """Title, date, place, source URL, byline and hashtags read from the text."""
    # (a court reporter's line numbers read as blanks here too: "11   Date:    Wednesday, …")
    text = mask_line_gutter(doc.text)
    labels = body_labels(text)
    found = _metadata.extract(text, labels[0].start if labels else None, labels_known=True)
    meta = doc.meta
    # What ingest found (an HTML <title>, a URL fetched) wins; only the title may be cleaned.
    title = _metadata.clean_title(meta.title) if meta.title else found.title
    return doc.with_meta(
        title=title,
        date=meta.date or found.date,
        place=meta.place or found.place,
        source_url=meta.source_url or found.source_url,
        hashtags=unique([*meta.hashtags, *found.hashtags]),
        byline=meta.byline or found.byline,
    )


@component("sentences", assigns=("sentences",))
def sentences_stage(doc: Document) -> Document:
    """Sentence spans inside turns (never across two); labels and the trailing block left out."""
    end = _metadata.trailing_start(doc.text)
    spans = split_sentences(doc.text, sentence_cuts(doc.text, doc.meta.byline), end=end)
    return doc.with_layer("sentences", [Span(s, e, "sentence") for s, e in spans])


@component("turns", assigns=("turns", "stage_directions"))
def turns_stage(doc: Document) -> Document:
    """Interview turns with roles and canonical speakers; stage directions as their own layer."""
    structure = analyse(doc.text, byline=doc.meta.byline)
    directions = [Span(a, b, "direction") for a, b in structure.directions]
    turns = [
        _without_middle_initials(_registry_full_name(_person_or_none(span), doc.text))
        for span in structure.turns
    ]
    return doc.with_layer("turns", turns).with_layer("stage_directions", directions)


def _person_or_none(span: Span) -> Span:
    """The turn with a speaker that names no one (``Moderator``, ``Staff``) read as null: the
    rules keep such a word while they work, the layer holds names only (docs/schema.md)."""
    speaker = span.attrs.get("speaker")
    if speaker is None or not names_no_one(speaker):
        return span
    return dataclasses.replace(span, attrs={**span.attrs, "speaker": None})


def _registry_full_name(span: Span, text: str) -> Span:
    """The turn with a title-and-surname speaker (``President Trump``, ``Песков``) named in
    full where the alias gazetteer knows that one person (structure/registry.py)."""
    speaker = span.attrs.get("speaker")
    full = registry_name(speaker, text) if speaker else None
    if full is None or full == speaker:
        return span
    return dataclasses.replace(span, attrs={**span.attrs, "speaker": full})


# A given name, one or two middle initials, then the surname and what follows it (`Antony J.
# Blinken`, `Shannon K. O'Neil`, `Robert F. Kennedy Jr.`, `George H. W. Bush`).
_MIDDLE_INITIALS = re.compile(
    r"^(?P<given>[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+(?:-[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+)?)"
    r"(?:[ \t]+[A-ZА-ЯЁІЇЄҐ]\.){1,2}"
    r"(?P<rest>[ \t]+[A-ZА-ЯЁІЇЄҐ][^\s.]*[a-zа-яёіїєґ].*)$"
)


def _without_middle_initials(span: Span) -> Span:
    """The turn with its speaker's middle initials dropped (`Antony J. Blinken` → `Antony
    Blinken`): the canonical name is the given name and the surname, as a patronymic is dropped
    (`Sergey Viktorovich Lavrov` → `Sergey Lavrov`), so that one person has one name across
    pages that write the initial and pages that do not (docs/structure.md, Speakers)."""
    speaker = span.attrs.get("speaker")
    match = _MIDDLE_INITIALS.match(speaker) if speaker else None
    if match is None:
        return span
    return dataclasses.replace(
        span, attrs={**span.attrs, "speaker": match.group("given") + match.group("rest")}
    )


@component("duplicates", assigns=("duplicates",))
def duplicates_stage(doc: Document) -> Document:
    """Later copies of passages repeated inside the document (exact or near)."""
    return doc.with_layer("duplicates", duplicate_spans(doc.text))
