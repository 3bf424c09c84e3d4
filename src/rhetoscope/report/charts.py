"""Geometry for the report's server-rendered SVG charts (no chart library, no script needed).

Functions return plain numbers and labels; the template draws them, escaping every label.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rhetoscope.report.view import Actor, Block, Count


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    colour: int
    title: str
    css: str = ""


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "start"
    css: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    rects: tuple[Rect, ...]
    labels: tuple[Label, ...]
    title: str


def _fmt(n: float) -> float:
    return round(n, 1)


def hbar_chart(
    items: Sequence[Count], title: str, *, width: int = 360, row: int = 22, css: str = "cat"
) -> Chart:
    """Horizontal bars, one per item, coloured by ``Count.colour`` (a category index)."""
    label_w = 150.0
    bar_max = width - label_w - 36
    top = max((c.count for c in items), default=0) or 1
    rects: list[Rect] = []
    labels: list[Label] = []
    for i, item in enumerate(items):
        y = i * row
        w = bar_max * item.count / top
        rects.append(
            Rect(
                label_w,
                _fmt(y + 4),
                _fmt(max(w, 1.5)),
                row - 8,
                item.colour,
                f"{item.name}: {item.count}",
                css,
            )
        )
        labels.append(Label(label_w - 6, _fmt(y + row / 2 + 4), _clip(item.name, 24), "end"))
        labels.append(Label(_fmt(label_w + w + 4), _fmt(y + row / 2 + 4), str(item.count)))
    return Chart(width, max(row * len(items), row), tuple(rects), tuple(labels), title)


def turn_chart(
    turns: Sequence[Block], per_turn: Mapping[int, Sequence[Count]], *, height: int = 150
) -> Chart:
    """Stacked columns: techniques per turn, stacked by category; turn labels Q1, A1 …"""
    n = len(turns)
    col = 26.0 if n <= 24 else max(6.0, 620.0 / n)
    plot_h = height - 34.0
    pad = 14.0  # room above the tallest column for its total
    top = max((sum(c.count for c in per_turn.get(t.turn or 0, ())) for t in turns), default=0) or 1
    rects: list[Rect] = []
    labels: list[Label] = []
    numbers = {"question": 0, "answer": 0, "statement": 0, "other": 0}
    for i, block in enumerate(turns):
        x = 30.0 + i * col
        y = plot_h
        total = 0
        for item in per_turn.get(block.turn or 0, ()):
            h = (plot_h - pad) * item.count / top
            y -= h
            total += item.count
            rects.append(
                Rect(
                    _fmt(x + 2),
                    _fmt(y),
                    _fmt(col - 4),
                    _fmt(h),
                    item.colour,
                    f"Turn {(block.turn or 0) + 1} ({block.speaker_name}): "
                    f"{item.name} × {item.count}",
                    "cat",
                )
            )
        role = block.role or "other"
        numbers[role] = numbers.get(role, 0) + 1
        tag = {"question": "Q", "answer": "A", "statement": "S"}.get(role, "·")
        if col >= 14:
            labels.append(
                Label(_fmt(x + col / 2), plot_h + 14, f"{tag}{numbers[role]}", "middle", "axis")
            )
        # The speaker's colour under each column ties the chart to the text's turn borders.
        rects.append(
            Rect(
                _fmt(x + 2),
                plot_h + 20,
                _fmt(col - 4),
                4,
                block.colour,
                block.speaker_name or "",
                "spk",
            )
        )
        if total:
            labels.append(Label(_fmt(x + col / 2), _fmt(y - 3), str(total), "middle", "val"))
    labels.append(Label(24, pad + 4, str(top), "end", "axis"))
    labels.append(Label(24, plot_h, "0", "end", "axis"))
    width = int(30 + n * col + 10)
    return Chart(max(width, 200), height, tuple(rects), tuple(labels), "Techniques per turn")


def actor_chart(actors: Sequence[Actor], *, width: int = 360, row: int = 22) -> Chart:
    """Per actor, mentions split by the portrayal (stance) of each; unjudged mentions in grey."""
    label_w = 140.0
    bar_max = width - label_w - 36
    top = max((a.mentions for a in actors), default=0) or 1
    rects: list[Rect] = []
    labels: list[Label] = []
    for i, actor in enumerate(actors):
        y = i * row
        x = label_w
        unjudged = max(actor.mentions - actor.negative - actor.neutral - actor.positive, 0)
        for part, css, n in (
            ("negative", "neg", actor.negative),
            ("neutral", "neu", actor.neutral),
            ("positive", "pos", actor.positive),
            ("no stance", "none", unjudged),
        ):
            if not n:
                continue
            w = bar_max * n / top
            rects.append(
                Rect(_fmt(x), _fmt(y + 4), _fmt(w), row - 8, 0, f"{actor.name}: {n} {part}", css)
            )
            x += w
        labels.append(Label(label_w - 6, _fmt(y + row / 2 + 4), _clip(actor.name, 22), "end"))
        labels.append(Label(_fmt(x + 4), _fmt(y + row / 2 + 4), str(actor.mentions)))
    return Chart(
        width, max(row * len(actors), row), tuple(rects), tuple(labels), "Actors by portrayal"
    )


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
