"""Entity mentions: gazetteer + name rules + statistical NER, merged, then canonically named."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rhetoscope.entities.aliases import Gazetteer
from rhetoscope.entities.canon import (
    INITIALS_NAME,
    NOT_SURNAMES,
    TITLE_NAME,
    PersonResolver,
    clean_surface,
    name_parts,
    normalise_other,
    plausible_surname,
    russian_masculine,
    strip_title,
)
from rhetoscope.entities.nlp import Parsed

# spaCy OntoNotes labels -> contract labels; numbers, dates and amounts belong to `claims`.
SPACY_LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "LAW": "LAW",
    "WORK_OF_ART": "OTHER",
    "PRODUCT": "OTHER",
    "LANGUAGE": "OTHER",
}
# natasha's LOC covers countries and cities as well as regions; GPE is the usual case.
NATASHA_LABELS: dict[str, str] = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}

# Precedence when spans overlap (lower wins): gazetteer and initials rules, then a statistical
# PERSON, then a title rule ("Secretary of State Rubio" beats the model's ORG "State Rubio"), then
# a known person's surname ("Okafor" beats the model's GPE "Later Okafor"), then other labels.
_RULE, _NER_PERSON, _TITLE, _PROPAGATED, _NER = 0, 1, 2, 3, 4
# Titles that also begin names of places, bodies and firms ("Saint Petersburg", "General Motors",
# "the Justice Department"): there the model's non-person span is trusted over the title rule.
_PLACE_TITLES = (
    "Saint",
    "General",
    "Justice",
    "Judge",
    "Lord",
    "Lady",
    "King",
    "Queen",
    "Prince",
    "Speaker",
    "Director",
    "Commissioner",
    "Governor",
    "Mayor",
    "Father",
    "Captain",
    "Commander",
    "Admiral",
    "Chancellor",
)
# Initials that are abbreviations, not a person's ("U.S. District Court").
_ABBREVIATIONS = frozenset(
    {
        "U.S.",
        "U.K.",
        "E.U.",
        "U.N.",
        "N.J.",
        "N.Y.",
        "D.C.",
        "L.A.",
        "S.F.",
        "U.A.E.",
        "A.D.",
        "B.C.",
        "P.M.",
        "A.M.",
        "U.S.S.R.",
        "Т.е.",
        "Т.к.",
        "Т.д.",
    }
)
# Single capitalised words the statistical model tags as organisations out of titles
# ("Secretary of State" -> ORG "State"): they name no actor on their own.
_GENERIC = frozenset({"State", "Government", "Administration", "Ministry", "Department", "Office"})
_BAD_SPAN = re.compile(r"[\n#@]|^\W|\W{3,}")
_NAME_WORD = re.compile(r"[A-ZА-ЯЁ][^\W\d_]+(?:[-'’ ][^\W\d_]+)*")
_LOWER_WORD = re.compile(r"\b[a-zа-яё]+\b")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    label: str
    norm: str  # cleaned, title-free, lemmatised (Russian) name used for canonical naming
    canonical: str | None = None  # fixed by the gazetteer, else decided by the resolver
    priority: int = _NER


def _rule_mentions(text: str, segments: Sequence[tuple[int, int]], gaz: Gazetteer) -> list[Mention]:
    found: list[Mention] = []
    for seg_start, seg_end in segments:
        for hit in gaz.find(text, seg_start, seg_end):
            surface = text[hit.start : hit.end]
            found.append(
                Mention(hit.start, hit.end, hit.actor.type, surface, hit.actor.canonical, _RULE)
            )
        chunk = text[seg_start:seg_end]
        for m in INITIALS_NAME.finditer(chunk):
            surname = m.group().split()[-1].split(".")[-1]
            initials = m.group()[: m.group().rfind(".") + 1].replace(" ", "")
            if surname in NOT_SURNAMES or initials in _ABBREVIATIONS:
                continue
            found.append(_person(text, seg_start + m.start(), seg_start + m.end(), gaz))
    return found


def _title_mentions(
    text: str, segments: Sequence[tuple[int, int]], gaz: Gazetteer
) -> list[tuple[Mention, int]]:
    """Names after a title ("Secretary of State Rubio"), each with where its title starts."""
    found: list[tuple[Mention, int]] = []
    for seg_start, seg_end in segments:
        chunk = text[seg_start:seg_end]
        for m in TITLE_NAME.finditer(chunk):
            name = m.group("name")
            words = name.split()
            # Trim trailing capitalised words that are not part of a name ("President Putin Said").
            while len(words) > 1 and words[-1] in NOT_SURNAMES:
                words.pop()
            if words[-1] in NOT_SURNAMES:
                continue
            start = seg_start + m.start("name")
            last_word = list(re.finditer(r"\S+", name))[len(words) - 1]
            person = _person(text, start, start + last_word.end(), gaz, _TITLE)
            found.append((person, seg_start + m.start()))
    return found


def _person(text: str, start: int, end: int, gaz: Gazetteer, priority: int = _RULE) -> Mention:
    surface = text[start:end]
    actor = gaz.lookup(clean_surface(surface))
    if actor is not None:
        return Mention(start, end, actor.type, surface, actor.canonical, priority)
    return Mention(start, end, "PERSON", clean_surface(surface), None, priority)


def _ner_mentions(text: str, parsed: Iterable[Parsed], gaz: Gazetteer) -> list[Mention]:
    found: list[Mention] = []
    for p in parsed:
        if p.lang == "en":
            for ent in p.doc.ents:
                label = SPACY_LABELS.get(ent.label_)
                if label is None:
                    continue
                start, end = p.offset + ent.start_char, p.offset + ent.end_char
                found.append(_ner_mention(text, start, end, label, text[start:end], gaz))
        else:
            for span in p.doc.spans:
                label = NATASHA_LABELS.get(span.type)
                if label is None:
                    continue
                start, end = p.offset + span.start, p.offset + span.stop
                norm = span.normal or span.text
                if label == "PERSON" and gaz.lookup(norm) is None:
                    # natasha leaves some forms unnormalised ("С.В. Лаврова"): try the lemma of
                    # each word, then the masculine surname, but only to reach a known actor.
                    for alt in (_lemma_form(span), russian_masculine(norm)):
                        if gaz.lookup(alt) is not None:
                            norm = alt
                            break
                found.append(_ner_mention(text, start, end, label, norm, gaz))
    return found


def _lemma_form(span: Any) -> str:
    out = ""
    prev_stop = span.start
    for tok in span.tokens:
        word = tok.text
        if len(word) > 1 and word.isalpha() and tok.lemma:
            word = "-".join(part.capitalize() for part in tok.lemma.split("-"))
        out += " " * (tok.start > prev_stop) + word
        prev_stop = tok.stop
    return out


def _ner_mention(text: str, start: int, end: int, label: str, norm: str, gaz: Gazetteer) -> Mention:
    surface = text[start:end]
    # Trim a leading "the" and a trailing possessive off the offsets themselves.
    lead = len(surface) - len(surface.lstrip("\"'“«‘ "))
    if surface[lead:].startswith(("the ", "The ")):
        lead += 4
    tail = 0
    for suffix in ("'s", "’s", "'", "’", "”", "»", '"'):
        if surface.endswith(suffix) and len(surface) - len(suffix) > lead:
            tail = len(suffix)
            break
    start, end = start + lead, end - tail
    clean = clean_surface(norm)
    priority = _NER_PERSON if label == "PERSON" else _NER
    if clean in _GENERIC or (label == "PERSON" and any(ch.isdigit() for ch in clean)):
        return Mention(start, start, label, clean, None, priority)  # empty: dropped by _select
    if label == "PERSON":
        clean = strip_title(clean)
    actor = gaz.lookup(clean)
    if actor is not None:
        return Mention(start, end, actor.type, clean, actor.canonical, priority)
    return Mention(start, end, label, clean, None, priority)


def _select(candidates: list[Mention], text: str) -> list[Mention]:
    """Rules before NER; within a tier the longer span wins; no two mentions overlap."""
    chosen: list[Mention] = []
    # Accepted spans never overlap, so sorted by start their ends are sorted too: a new span can
    # only collide with its two neighbours (O(log n) per candidate instead of O(n)).
    starts: list[int] = []
    ends: list[int] = []
    ordered = sorted(candidates, key=lambda m: (m.priority, -(m.end - m.start), m.start))
    for m in ordered:
        if m.end <= m.start or _BAD_SPAN.search(text[m.start : m.end]):
            continue
        i = bisect.bisect_left(starts, m.start)
        if (i > 0 and ends[i - 1] > m.start) or (i < len(starts) and starts[i] < m.end):
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        chosen.append(m)
    chosen.sort(key=lambda m: (m.start, m.end))
    return chosen


def find_mentions(
    text: str,
    segments: Sequence[tuple[int, int]],
    parsed: Iterable[Parsed],
    gaz: Gazetteer,
    speakers: Iterable[str] = (),
) -> list[Mention]:
    """All entity mentions of ``text`` inside ``segments``, each with its canonical name."""
    ner = _ner_mentions(text, parsed, gaz)
    # A name the model found that includes the "title" itself is no title ("Saint Petersburg",
    # "the General Assembly"); one that starts inside it is a mislabel ("State Rubio").
    titled = [
        person
        for person, title_start in _title_mentions(text, segments, gaz)
        if not (
            text[title_start:].startswith(_PLACE_TITLES)
            and any(n.start <= title_start < n.end for n in ner if n.label != "PERSON")
        )
    ]
    candidates = _rule_mentions(text, segments, gaz) + titled + ner
    selected = _select(candidates, text)
    speakers = list(speakers)
    selected = _propagate_surnames(text, segments, selected, speakers)
    persons = [m for m in selected if m.label == "PERSON" and m.canonical is None]
    resolver = PersonResolver(gaz, [*speakers, *(m.norm for m in persons)])
    out: list[Mention] = []
    for m in selected:
        if m.canonical is not None:
            out.append(m)
        elif m.label == "PERSON":
            out.append(_with(m, resolver.resolve(m.norm)))
        else:
            out.append(_with(m, normalise_other(m.norm, m.label)))
    return out


def _propagate_surnames(
    text: str,
    segments: Sequence[tuple[int, int]],
    selected: list[Mention],
    speakers: Sequence[str],
) -> list[Mention]:
    """Mark every further occurrence of a known person's surname ("Did Okonkwo agree") that
    the statistical model missed; surnames that also name a non-person here are left alone."""
    full = [m.canonical or m.norm for m in selected if m.label == "PERSON"] + list(speakers)
    surnames = {
        p.surname
        for p in map(name_parts, full)
        if p.is_full
        and len(p.surname) > 2
        and _NAME_WORD.fullmatch(p.surname)
        and plausible_surname(p.surname)
    }
    surnames -= {m.norm for m in selected if m.label != "PERSON"}
    # A surname that the text also uses as an ordinary word ("Day", "Belt") is not propagated.
    lowered = set(_LOWER_WORD.findall(text))
    surnames = {s for s in surnames if s.lower() not in lowered}
    if not surnames:
        return selected
    pattern = re.compile(
        r"(?<![\w.])(?:"
        + "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
        + r")(?!\w)"
    )
    extra: list[Mention] = []
    for seg_start, seg_end in segments:
        for m in pattern.finditer(text, seg_start, seg_end):
            extra.append(Mention(m.start(), m.end(), "PERSON", m.group(), None, _PROPAGATED))
    return _select([*selected, *extra], text) if extra else selected


def _with(m: Mention, canonical: str) -> Mention:
    return Mention(m.start, m.end, m.label, m.norm, canonical, m.priority)
