"""The per-document actor table: who is named, how often, by whom, and in which forms."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from rhetoscope.entities.aliases import gazetteer
from rhetoscope.entities.canon import PersonResolver, title_before
from rhetoscope.entities.extract import turn_speakers
from rhetoscope.model import Document, Span


def in_duplicate(doc: Document, span: Span) -> bool:
    """The span lies in a later copy of a repeated passage (the `duplicates` layer)."""
    return any(d.contains(span) for d in doc.layer("duplicates"))


def actor_table(doc: Document) -> list[dict[str, Any]]:
    """One JSON-able row per canonical actor, most mentioned first.

    Row: ``canonical``, ``type`` (most frequent label), ``mentions`` (not counting repeated
    passages of the `duplicates` layer), ``duplicate_mentions`` (those left out), ``by_speaker``
    (list of ``{"speaker", "mentions"}``, speaker None outside turns), ``variants`` (every form as
    written, with a preceding title when there is one), ``is_speaker`` (the actor speaks here).
    """
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    speakers: dict[str, Counter[str | None]] = defaultdict(Counter)
    variants: dict[str, dict[str, None]] = defaultdict(dict)
    repeated: Counter[str] = Counter()
    for s in doc.layer("entities"):
        name = str(s.attrs.get("canonical") or doc.span_text(s))
        surface = " ".join(doc.span_text(s).split())
        title = title_before(doc.text, s.start) if s.label == "PERSON" else None
        variants[name][f"{title} {surface}" if title else surface] = None
        labels[name][s.label] += 0  # an actor seen only in a repeated passage still gets a row
        if in_duplicate(doc, s):
            repeated[name] += 1
            continue
        labels[name][s.label] += 1
        speakers[name][s.attrs.get("speaker")] += 1
    names = turn_speakers(doc)
    resolver = PersonResolver(gazetteer(), names)
    speaking = {resolver.resolve(n) for n in names} | set(names)
    rows: list[dict[str, Any]] = [
        {
            "canonical": name,
            "type": max(labels[name], key=lambda lbl: labels[name][lbl]),
            "mentions": sum(labels[name].values()),
            "duplicate_mentions": repeated[name],
            "by_speaker": [
                {"speaker": sp, "mentions": n}
                for sp, n in sorted(speakers[name].items(), key=lambda kv: (-kv[1], kv[0] or ""))
            ],
            "variants": list(variants[name]),
            "is_speaker": name in speaking,
        }
        for name in labels
    ]
    rows.sort(key=lambda r: (-r["mentions"], r["canonical"]))
    return rows
