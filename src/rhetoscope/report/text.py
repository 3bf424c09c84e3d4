"""A readable terminal summary of a Document (``rhetoscope analyze --format text``)."""

from __future__ import annotations

import shutil
import textwrap
from dataclasses import replace
from typing import Any

from rhetoscope.model import Document, Span
from rhetoscope.report.view import ReportView, build_view

FIRST_WORDS = 12


def _wrap(
    text: str, width: int, initial_indent: str = "", subsequent_indent: str = ""
) -> list[str]:
    # File names and hashtags (mfa-interview-…, #neo-nazi) must not break at their hyphens.
    return textwrap.wrap(
        text,
        width,
        initial_indent=initial_indent,
        subsequent_indent=subsequent_indent,
        break_on_hyphens=False,
        break_long_words=False,
    )


def _pack(items: list[str], sep: str, width: int) -> list[str]:
    """Join items into lines of at most ``width``, never splitting an item across lines."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + len(sep) + len(item) <= width:
            lines[-1] += sep + item
        else:
            lines.append(item)
    return lines


def _first_words(text: str, n: int = FIRST_WORDS) -> str:
    words = text.split()
    head = " ".join(words[:n])
    return head + (" …" if len(words) > n else "")


def _deduplicated(doc: Document) -> tuple[Document, int]:
    """The de-duplicated text as a Document, layers mapped onto it, and how many passages went.

    The structure package builds the view (``{"text", "segments": [[view_start, orig_start,
    length], ...], "removed"}``, see docs/schema.md); spans are carried over through its segments
    and clipped where they touched a removed passage.
    """
    from rhetoscope.structure.duplicates import deduplicated_view

    view: Any = deduplicated_view(doc)
    data = view.to_dict() if hasattr(view, "to_dict") else dict(view)
    segments = [(int(v), int(o), int(n)) for v, o, n in data.get("segments", [])]
    text = str(data["text"])
    layers = {
        name: tuple(m for m in (_map_span(s, segments) for s in spans) if m is not None)
        for name, spans in doc.layers.items()
        if name != "duplicates"
    }
    mapped = Document(text=text, meta=doc.meta, layers=layers, id=doc.id)
    return mapped, len(data.get("removed", [])) or len(doc.layer("duplicates"))


def _map_offset(pos: int, segments: list[tuple[int, int, int]], *, is_end: bool) -> int | None:
    """Where original offset ``pos`` lands in the view; inside a removed passage, the nearest
    kept boundary (the next one for a start, the previous one for an end)."""
    previous_end: int | None = None
    for view_start, orig_start, length in segments:
        lo, hi = orig_start, orig_start + length
        if is_end:
            if lo < pos <= hi:
                return view_start + pos - lo
            if hi <= pos:
                previous_end = view_start + length
        else:
            if lo <= pos < hi:
                return view_start + pos - lo
            if lo > pos:
                return view_start
    return previous_end


def _map_span(span: Span, segments: list[tuple[int, int, int]]) -> Span | None:
    start = _map_offset(span.start, segments, is_end=False)
    end = _map_offset(span.end, segments, is_end=True)
    if start is None or end is None or end <= start:
        return None
    return replace(span, start=start, end=end)


_EVIDENCE = 8  # technique spans quoted in the text summary


def render_text(doc: Document, *, drop_duplicates: bool = False, width: int | None = None) -> str:
    """Metadata, turns by speaker with their first words, duplicates, later layers' top items."""
    width = width or min(shutil.get_terminal_size((100, 24)).columns, 100)
    notes: list[str] = []
    if drop_duplicates:
        doc, dropped = _deduplicated(doc)
        notes.append(
            f"De-duplicated view: {dropped} repeated passage(s) removed; "
            "offsets below refer to the de-duplicated text."
        )
    view = build_view(doc)
    title = _wrap(view.title, width) or [view.title]
    out: list[str] = [*title, "=" * min(max(len(line) for line in title), width)]
    out.extend(_pack([f"{k}: {v}" for k, v in view.meta_rows], "  ·  ", width))
    if doc.meta.source_url:
        out.append(f"URL: {doc.meta.source_url}")
    if view.hashtags:
        out.extend(_wrap("Hashtags: " + " ".join("#" + t for t in view.hashtags), width))
    out.extend(notes)
    out.extend(_wrap(" · ".join(f"{v} {k}" for k, v in view.stats), width))
    _turns(out, doc, view, width)
    _speakers(out, view, width)
    _duplicates(out, doc, width)
    _techniques(out, doc, view, width)
    _actors(out, view, bool(doc.layer("stance")), width)
    _claims(out, view, width)
    return "\n".join(out).rstrip() + "\n"


def _section(out: list[str], title: str) -> None:
    out.append("")
    out.append(title.upper())


def _turns(out: list[str], doc: Document, view: ReportView, width: int) -> None:
    if not view.turn_bars:
        return
    _section(out, f"Turns ({len(view.turn_bars)})")
    name_w = min(max(len(b.speaker_name or "") for b in view.turn_bars), 28)
    counters: dict[str, int] = {}
    turns = doc.layer("turns")
    for block in view.turn_bars:
        role = block.role or "other"
        counters[role] = counters.get(role, 0) + 1
        tag = {"question": "Q", "answer": "A", "statement": "S"}.get(role, "·") + str(
            counters[role]
        )
        span = turns[block.turn or 0]
        name = (block.speaker_name or "")[:name_w]
        prefix = f"  {tag:<4} {name:<{name_w}}  "
        room = max(width - len(prefix), 20)
        line = _first_words(doc.span_text(span))
        out.append(prefix + textwrap.shorten(line, room, placeholder=" …"))


def _speakers(out: list[str], view: ReportView, width: int) -> None:
    if not view.speakers:
        return
    _section(out, "Speakers")
    for s in view.speakers:
        roles = ", ".join(f"{r.name.lower()} ×{r.count}" for r in s.roles)
        line = f"{s.name}: {s.turns} turn(s), {s.words:,} words ({roles})"
        out.extend(_wrap(line, width, "  ", "      "))


def _duplicates(out: list[str], doc: Document, width: int) -> None:
    dups = doc.layer("duplicates")
    if not dups:
        return
    _section(out, f"Duplicated passages ({len(dups)})")
    for span in dups:
        of = span.attrs.get("duplicate_of")
        where = f" repeats [{of[0]}, {of[1]})" if isinstance(of, list | tuple) else ""
        sim = f" similarity {span.score:.2f}" if span.score is not None else ""
        out.append(f"  [{span.start}, {span.end}){where}{sim}")
        out.append("    " + textwrap.shorten(doc.span_text(span), width - 6, placeholder=" …"))


def _techniques(out: list[str], doc: Document, view: ReportView, width: int) -> None:
    if not view.categories:
        return
    total = sum(c.count for c in view.categories)
    _section(out, f"Techniques ({total})")
    for cat in view.categories:
        items = [f"{t.name} ×{t.count}," for t in cat.techniques]
        items[0] = f"  {cat.name} {cat.count}: {items[0]}"
        items[-1] = items[-1].rstrip(",")
        lines = _pack(items, " ", width - 6)
        out.extend([lines[0]] + ["      " + line for line in lines[1:]])
    # The evidence: the most confident spans, quoted with their offsets so they can be checked.
    names = {k: v["name"] for k, v in view.data.get("techniques", {}).items()}
    strongest = sorted(doc.layer("techniques"), key=lambda s: -(s.score or 0.0))[:_EVIDENCE]
    if strongest:
        out.append("  Most confident:")
    for span in strongest:
        name = names.get(span.label, span.label)
        head = f"{span.score or 0:.2f} {name} [{span.start}, {span.end})"
        quote = "“" + " ".join(doc.span_text(span).split()) + "”"
        out.append("    " + textwrap.shorten(head, max(width - 4, 20), placeholder=" …"))
        out.append("      " + textwrap.shorten(quote, max(width - 6, 20), placeholder=" …”"))


def _actors(out: list[str], view: ReportView, has_stance: bool, width: int) -> None:
    if not view.actors:
        return
    _section(out, "Actors")
    for a in view.actors[:10]:
        line = f"  {a.name}: {a.mentions} mention(s)"
        if has_stance:
            line += f" (negative {a.negative}, neutral {a.neutral}, positive {a.positive})"
        if a.roles:
            line += " as " + ", ".join(f"{r.name} ×{r.count}" for r in a.roles)
        out.extend(_wrap(line.strip(), width, "  ", "      "))


def _claims(out: list[str], view: ReportView, width: int) -> None:
    if not view.claims:
        return
    _section(out, "Most check-worthy claims")
    for c in view.claims[:5]:
        score = f"{c.score:.2f}" if c.score is not None else " -- "
        who = f" {c.speaker}:" if c.speaker else ""
        out.extend(
            _wrap(
                f"{score} [{c.label}]{who} {c.text}",
                width,
                initial_indent="  ",
                subsequent_indent="       ",
            )
        )
