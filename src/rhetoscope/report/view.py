"""Turn a Document into plain values the HTML template renders: blocks, segments, summaries.

Everything here reads layers generically: a layer that is absent yields empty sections, and a layer
nobody told us about is still shown (as a neutral highlight) rather than dropped. No HTML is built
here; the template escapes every string.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from rhetoscope.model import Document, Span
from rhetoscope.report.segments import Mark, segment
from rhetoscope.report.taxonomy import TechniqueInfo, technique_info

# Layers with a dedicated look; any other non-empty layer (except sentences) becomes "generic".
TEXT_LAYERS: tuple[tuple[str, str, str], ...] = (
    # (layer, id prefix, toggle label)
    ("techniques", "t", "Techniques"),
    ("entities", "e", "Actors & entities"),
    ("claims", "c", "Check-worthy claims"),
    ("duplicates", "d", "Duplicated passages"),
)
HIDDEN_LAYERS = frozenset({"sentences", "turns", "stance"})  # shown another way, or not at all
CLAIM_MIN_SCORE = 0.5  # claims at or above this check-worthiness are always highlighted
CLAIM_TOP_SHARE = 0.1  # ... and so is the document's top 10 % (at least CLAIM_TOP_MIN), since
CLAIM_TOP_MIN = 5  # calibrated scores can all be low in a text that is mostly opinion
SNIPPET_CHARS = 280

# Fixed colours for the SemEval-2023 coarse categories so reports stay comparable; others follow.
_KNOWN_CATEGORIES: tuple[tuple[str, int], ...] = (
    ("attack", 0),
    ("reputation", 0),
    ("justification", 1),
    ("simplification", 2),
    ("distraction", 3),
    ("call", 4),
    ("manipulative", 5),
    ("wording", 5),
)
N_CATEGORY_COLOURS = 8
N_SPEAKER_COLOURS = 6
ROLE_NAMES = {
    "question": "Question",
    "answer": "Answer",
    "statement": "Statement",
    "other": "Other",
}


@dataclass(frozen=True, slots=True)
class Seg:
    text: str
    classes: str
    ids: str  # space-separated span ids covering the segment ("" when none)


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # "turn" or "gap"
    paragraphs: tuple[tuple[Seg, ...], ...]
    turn: int | None = None
    role: str | None = None
    speaker_key: str | None = None
    speaker_name: str | None = None
    colour: int = 0
    n_techniques: int = 0


@dataclass(frozen=True, slots=True)
class Count:
    name: str
    count: int
    colour: int = 0
    key: str = ""


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    colour: int
    count: int
    techniques: tuple[Count, ...]


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    mentions: int
    negative: int = 0
    neutral: int = 0
    positive: int = 0
    roles: tuple[Count, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimItem:
    id: str
    text: str
    label: str
    score: float | None
    speaker: str | None


@dataclass(frozen=True, slots=True)
class Speaker:
    key: str
    name: str
    colour: int
    turns: int
    words: int
    roles: tuple[Count, ...]
    techniques: tuple[Count, ...]
    actors: tuple[Count, ...]
    claims: tuple[ClaimItem, ...]


@dataclass(frozen=True, slots=True)
class LayerToggle:
    name: str
    prefix: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class ReportView:
    title: str
    meta_rows: tuple[tuple[str, str], ...]
    source_href: str | None
    hashtags: tuple[str, ...]
    stats: tuple[tuple[str, str], ...]
    toggles: tuple[LayerToggle, ...]
    categories: tuple[Category, ...]
    techniques: tuple[Count, ...]
    actors: tuple[Actor, ...]
    claims: tuple[ClaimItem, ...]
    speakers: tuple[Speaker, ...]
    blocks: tuple[Block, ...]
    turn_bars: tuple[Block, ...]
    turn_tech: Mapping[int, tuple[Count, ...]]
    duplicates: tuple[tuple[str, str, str], ...]  # (id, snippet, "first at …")
    data: dict[str, Any] = field(default_factory=dict)  # embedded JSON for the script


def safe_href(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (``javascript:``, ``data:``) stays text."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def category_colour(name: str, seen: dict[str, int]) -> int:
    """A stable colour index per category: known SemEval-2023 names fixed, others in order."""
    if name in seen:
        return seen[name]
    low = name.lower()
    for needle, idx in _KNOWN_CATEGORIES:
        if needle in low:
            seen[name] = idx
            return idx
    used = set(seen.values())
    free = [i for i in range(6, N_CATEGORY_COLOURS)] + list(range(6))
    idx = next((i for i in free if i not in used), len(seen) % N_CATEGORY_COLOURS)
    seen[name] = idx
    return idx


def _snippet(doc: Document, span: Span, limit: int = SNIPPET_CHARS) -> str:
    text = " ".join(doc.span_text(span).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _speaker_key(turn: Span) -> tuple[str, str]:
    """(filter key, display name). A turn without a named speaker is never given one."""
    speaker = turn.attrs.get("speaker")
    if isinstance(speaker, str) and speaker.strip():
        return "s:" + speaker, speaker
    if turn.label == "question":
        return "~question", "Interviewer (not named)"
    return "~" + turn.label, "Unattributed " + ROLE_NAMES.get(turn.label, turn.label).lower()


def _score(span: Span) -> float:
    return span.score if span.score is not None else 0.0


def shown_claims(claims: Sequence[Span]) -> set[tuple[int, int]]:
    """The (start, end) of the claims to highlight: scored at least CLAIM_MIN_SCORE, or among
    the document's most check-worthy (top CLAIM_TOP_SHARE, at least CLAIM_TOP_MIN, score > 0)."""
    scored = sorted((s for s in claims if s.score is not None), key=lambda s: -_score(s))
    k = max(CLAIM_TOP_MIN, math.ceil(CLAIM_TOP_SHARE * len(scored)))
    keep = {(s.start, s.end) for s in scored[:k] if _score(s) > 0}
    keep |= {(s.start, s.end) for s in scored if _score(s) >= CLAIM_MIN_SCORE}
    keep |= {(s.start, s.end) for s in claims if s.score is None and s.label != "other"}
    return keep


def _jsonable(value: Any) -> Any:
    """Attrs are JSON already in practice; coerce anything odd to a string rather than fail."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return str(value)


def _turn_of(turns: Sequence[Span], starts: Sequence[int], pos: int) -> int | None:
    import bisect

    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and turns[i].start <= pos < turns[i].end:
        return i
    return None


def build_view(doc: Document) -> ReportView:
    text = doc.text
    meta = doc.meta
    turns = [t for t in doc.layer("turns") if t.end > t.start]
    turn_starts = [t.start for t in turns]

    # --- techniques: categories, colours, definitions -----------------------------------------
    cat_colours: dict[str, int] = {}
    tech_info: dict[str, TechniqueInfo] = {}
    techniques = doc.layer("techniques")
    for span in techniques:
        if span.label not in tech_info:
            tech_info[span.label] = technique_info(span.label, span.attrs)
    for info in tech_info.values():
        category_colour(info.category, cat_colours)

    # --- speakers ------------------------------------------------------------------------------
    speaker_order: dict[str, str] = {}
    for turn in turns:
        key, name = _speaker_key(turn)
        speaker_order.setdefault(key, name)
    speaker_colour = {k: i % N_SPEAKER_COLOURS for i, k in enumerate(speaker_order)}

    # --- marks and the embedded span data ------------------------------------------------------
    marks: list[Mark] = []
    mark_class: dict[str, str] = {}
    spans_data: dict[str, dict[str, Any]] = {}
    stance_at: dict[tuple[int, int], Span] = {(s.start, s.end): s for s in doc.layer("stance")}

    def add(prefix: str, i: int, layer: str, span: Span, css: str) -> str:
        sid = f"{prefix}{i}"
        marks.append(Mark(sid, span.start, span.end))
        mark_class[sid] = css
        turn_idx = _turn_of(turns, turn_starts, span.start)
        record: dict[str, Any] = {
            "layer": layer,
            "label": span.label,
            "score": span.score,
            "start": span.start,
            "end": span.end,
            "text": _snippet(doc, span),
            "attrs": _jsonable(dict(span.attrs)),
            "turn": turn_idx,
        }
        if turn_idx is not None:
            record["speaker"] = _speaker_key(turns[turn_idx])[0]
        spans_data[sid] = record
        return sid

    for i, span in enumerate(techniques):
        info = tech_info[span.label]
        add("t", i, "techniques", span, f"cat-{cat_colours[info.category]}")
    for i, span in enumerate(doc.layer("entities")):
        stance = stance_at.get((span.start, span.end))
        css = f"st-{stance.label}" if stance is not None else ""
        sid = add("e", i, "entities", span, css)
        if stance is not None:
            spans_data[sid]["stance"] = {
                "label": stance.label,
                "score": stance.score,
                "attrs": _jsonable(dict(stance.attrs)),
            }
    claim_keys = shown_claims(doc.layer("claims"))
    highlighted = [s for s in doc.layer("claims") if (s.start, s.end) in claim_keys]
    for i, span in enumerate(highlighted):
        add("c", i, "claims", span, "")
    for i, span in enumerate(doc.layer("duplicates")):
        add("d", i, "duplicates", span, "")
        of = span.attrs.get("duplicate_of")
        if isinstance(of, list | tuple) and len(of) == 2:
            o_start, o_end = int(of[0]), int(of[1])
            if 0 <= o_start < o_end <= len(text):
                add("o", i, "duplicate_of", Span(o_start, o_end, "original"), "")
    for j, turn in enumerate(turns):
        label_span = turn.attrs.get("label_span")
        if isinstance(label_span, list | tuple) and len(label_span) == 2:
            start, end = (int(label_span[0]), int(label_span[1]))
            if 0 <= start < end <= len(text):
                key = _speaker_key(turn)[0]
                add(
                    "l",
                    j,
                    "labels",
                    Span(start, end, "speaker_label"),
                    f"spk-{speaker_colour[key]}",
                )

    generic_layers = [
        name
        for name in doc.layers
        if name not in HIDDEN_LAYERS
        and name not in {n for n, _, _ in TEXT_LAYERS}
        and doc.layer(name)
    ]
    for g, name in enumerate(generic_layers):
        for i, span in enumerate(doc.layer(name)):
            add(f"g{g}_", i, name, span, "")

    # --- blocks: turns and the text between them, line by line --------------------------------
    blocks: list[Block] = []
    marks_sorted = sorted(marks, key=lambda m: m.start)
    tech_per_turn: dict[int, Counter[str]] = defaultdict(Counter)
    for span in techniques:
        idx = _turn_of(turns, turn_starts, span.start)
        if idx is not None:
            tech_per_turn[idx][tech_info[span.label].category] += 1

    def paragraphs(start: int, end: int) -> tuple[tuple[Seg, ...], ...]:
        local = [m for m in marks_sorted if m.start < end and m.end > start]
        out: list[tuple[Seg, ...]] = []
        pos = start
        while pos < end:
            nl = text.find("\n", pos, end)
            line_end = end if nl < 0 else nl
            if text[pos:line_end].strip():
                segs = segment(pos, line_end, local)
                out.append(tuple(_seg(text, s.start, s.end, s.ids, mark_class) for s in segs))
            pos = line_end + 1
        return tuple(out)

    cursor = 0
    for j, turn in enumerate(turns):
        if turn.start < cursor:  # overlapping turns (malformed input): show the later one inline
            continue
        if turn.start > cursor:
            gap = paragraphs(cursor, turn.start)
            if gap:
                blocks.append(Block(kind="gap", paragraphs=gap))
        key, name = _speaker_key(turn)
        blocks.append(
            Block(
                kind="turn",
                paragraphs=paragraphs(turn.start, turn.end),
                turn=j,
                role=turn.label,
                speaker_key=key,
                speaker_name=name,
                colour=speaker_colour[key],
                n_techniques=sum(tech_per_turn[j].values()),
            )
        )
        cursor = turn.end
    if cursor < len(text):
        tail = paragraphs(cursor, len(text))
        if tail:
            blocks.append(Block(kind="gap", paragraphs=tail))

    # --- summaries -----------------------------------------------------------------------------
    by_cat: dict[str, Counter[str]] = defaultdict(Counter)
    for span in techniques:
        info = tech_info[span.label]
        by_cat[info.category][span.label] += 1
    categories = tuple(
        sorted(
            (
                Category(
                    name=cat,
                    colour=cat_colours[cat],
                    count=sum(c.values()),
                    techniques=tuple(
                        Count(tech_info[t].name, n, cat_colours[cat], t) for t, n in c.most_common()
                    ),
                )
                for cat, c in by_cat.items()
            ),
            key=lambda c: (-c.count, c.name),
        )
    )
    tech_counts = Counter(s.label for s in techniques)
    technique_list = tuple(
        Count(tech_info[t].name, n, cat_colours[tech_info[t].category], t)
        for t, n in sorted(tech_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )

    actors = _actors(doc)
    claims_sorted = sorted(doc.layer("claims"), key=lambda s: -_score(s))
    claim_ids = {(s.start, s.end): f"c{i}" for i, s in enumerate(highlighted)}
    top_claims = tuple(
        ClaimItem(
            id=claim_ids.get((s.start, s.end), ""),
            text=_snippet(doc, s),
            label=s.label,
            score=s.score,
            speaker=_claim_speaker(s, turns, turn_starts),
        )
        for s in claims_sorted[:8]
        if (s.start, s.end) in claim_keys
    )

    speakers = _speakers(
        doc, turns, turn_starts, speaker_order, speaker_colour, tech_info, claim_keys
    )

    duplicates = tuple(
        (
            f"d{i}",
            _snippet(doc, s, 160),
            _dup_origin(s),
        )
        for i, s in enumerate(doc.layer("duplicates"))
    )

    toggles: list[LayerToggle] = (
        [LayerToggle("turns", "turn", "Speakers", len(turns))] if turns else []
    )
    for name, prefix, label in TEXT_LAYERS:
        count = len(highlighted) if name == "claims" else len(doc.layer(name))
        if count:
            toggles.append(LayerToggle(name, prefix, label, count))
    for g, name in enumerate(generic_layers):
        toggles.append(
            LayerToggle(name, f"g{g}_", name.replace("_", " ").capitalize(), len(doc.layer(name)))
        )

    meta_rows = tuple(
        (k, v)
        for k, v in (
            ("Date", meta.date),
            ("Place", meta.place),
            ("Byline", meta.byline),
            ("Language", meta.language),
            ("Source", meta.source),
        )
        if v
    )
    stats: list[tuple[str, str]] = [("words", f"{_words(text):,}")]
    if turns:
        stats.append(("turns", str(len(turns))))
        stats.append(("speakers", str(len(speaker_order))))
    if techniques:
        stats.append(("techniques", str(len(techniques))))
    if doc.layer("entities"):
        names = {str(s.attrs.get("canonical") or doc.span_text(s)) for s in doc.layer("entities")}
        stats.append(("actors", str(len(names))))
    if doc.layer("claims"):
        stats.append(("check-worthy claims", str(len(highlighted))))
    if doc.layer("duplicates"):
        stats.append(("duplicated passages", str(len(doc.layer("duplicates")))))

    turn_tech = {
        j: tuple(
            Count(cat, n, cat_colours[cat]) for cat, n in sorted(c.items(), key=lambda kv: kv[0])
        )
        for j, c in tech_per_turn.items()
    }
    data = {
        "spans": spans_data,
        "techniques": {
            label: {
                "name": info.name,
                "category": info.category,
                "colour": cat_colours[info.category],
                "definition": info.definition,
            }
            for label, info in tech_info.items()
        },
        "speakers": {k: {"name": v, "colour": speaker_colour[k]} for k, v in speaker_order.items()},
    }
    title = (meta.title or "").strip() or (meta.source or "Untitled document")
    return ReportView(
        title=title,
        meta_rows=meta_rows,
        source_href=safe_href(meta.source_url),
        hashtags=tuple(meta.hashtags),
        stats=tuple(stats),
        toggles=tuple(toggles),
        categories=categories,
        techniques=technique_list,
        actors=actors,
        claims=top_claims,
        speakers=speakers,
        blocks=tuple(blocks),
        turn_bars=tuple(b for b in blocks if b.kind == "turn"),
        turn_tech=turn_tech,
        duplicates=duplicates,
        data=data,
    )


def _seg(text: str, start: int, end: int, ids: tuple[str, ...], css: Mapping[str, str]) -> Seg:
    """Default (everything on) classes, so the page reads right without script and in print."""
    classes: list[str] = ["m"] if ids else []
    techs = [i for i in ids if i.startswith("t")]
    if techs:
        classes.append("tech")
        classes.append(css[techs[0]])
        if len(techs) > 1:
            classes.append("multi")
    for i in ids:
        if i.startswith("e"):
            classes.append("ent")
            if css[i]:
                classes.append(css[i])
            break
    if any(i.startswith("c") for i in ids):
        classes.append("claim")
    if any(i.startswith("d") for i in ids):
        classes.append("dup")
    if any(i.startswith("o") for i in ids):
        classes.append("dup-orig")
    if any(i.startswith("g") for i in ids):
        classes.append("gen")
    for i in ids:
        if i.startswith("l"):
            classes.extend(("lbl", css[i]))
            break
    return Seg(text=text[start:end], classes=" ".join(classes), ids=" ".join(ids))


def _dup_origin(span: Span) -> str:
    of = span.attrs.get("duplicate_of")
    if isinstance(of, list | tuple) and len(of) == 2:
        return f"repeats characters {of[0]}–{of[1]}"
    return "repeats an earlier passage"


def _claim_speaker(span: Span, turns: Sequence[Span], starts: Sequence[int]) -> str | None:
    speaker = span.attrs.get("speaker")
    if isinstance(speaker, str) and speaker:
        return speaker
    idx = _turn_of(turns, starts, span.start)
    return _speaker_key(turns[idx])[1] if idx is not None else None


def _actors(doc: Document, limit: int = 12) -> tuple[Actor, ...]:
    mentions: Counter[str] = Counter()
    for span in doc.layer("entities"):
        name = span.attrs.get("canonical")
        mentions[str(name) if name else doc.span_text(span)] += 1
    stance: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for span in doc.layer("stance"):
        target = span.attrs.get("target")
        name = str(target) if target else doc.span_text(span)
        stance[name][span.label] += 1
        role = span.attrs.get("role")
        if role:
            roles[name][str(role)] += 1
        if name not in mentions:
            mentions[name] += 1
    ranked = sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return tuple(
        Actor(
            name=name,
            mentions=n,
            negative=stance[name]["negative"],
            neutral=stance[name]["neutral"],
            positive=stance[name]["positive"],
            roles=tuple(Count(r, c) for r, c in roles[name].most_common()),
        )
        for name, n in ranked
    )


def _speakers(
    doc: Document,
    turns: Sequence[Span],
    starts: Sequence[int],
    order: Mapping[str, str],
    colours: Mapping[str, int],
    tech_info: Mapping[str, TechniqueInfo],
    claim_keys: set[tuple[int, int]],
) -> tuple[Speaker, ...]:
    n_turns: Counter[str] = Counter()
    words: Counter[str] = Counter()
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for turn in turns:
        key = _speaker_key(turn)[0]
        n_turns[key] += 1
        words[key] += _words(doc.span_text(turn))
        roles[key][ROLE_NAMES.get(turn.label, turn.label)] += 1

    def key_at(pos: int) -> str | None:
        idx = _turn_of(turns, starts, pos)
        return _speaker_key(turns[idx])[0] if idx is not None else None

    techs: dict[str, Counter[str]] = defaultdict(Counter)
    for span in doc.layer("techniques"):
        owner = key_at(span.start)
        if owner:
            techs[owner][tech_info[span.label].name] += 1
    actors: dict[str, Counter[str]] = defaultdict(Counter)
    for span in doc.layer("entities"):
        owner = key_at(span.start)
        if owner:
            actors[owner][str(span.attrs.get("canonical") or doc.span_text(span))] += 1
    claims: dict[str, list[Span]] = defaultdict(list)
    for span in doc.layer("claims"):
        owner = key_at(span.start)
        if owner and (span.start, span.end) in claim_keys:
            claims[owner].append(span)
    out: list[Speaker] = []
    for key, name in order.items():
        top = sorted(claims[key], key=lambda s: -_score(s))[:3]
        out.append(
            Speaker(
                key=key,
                name=name,
                colour=colours[key],
                turns=n_turns[key],
                words=words[key],
                roles=tuple(Count(r, c) for r, c in roles[key].most_common()),
                techniques=tuple(Count(t, c) for t, c in techs[key].most_common(5)),
                actors=tuple(Count(a, c) for a, c in actors[key].most_common(6)),
                claims=tuple(
                    ClaimItem("", _snippet(doc, s, 200), s.label, s.score, name) for s in top
                ),
            )
        )
    return tuple(out)
