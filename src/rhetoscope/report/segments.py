"""Cut a text into segments at every span boundary, so overlapping spans render as nested classes.

HTML cannot express crossing ranges (``<a>[<b>]</a>``), so the report never nests span elements:
each segment is a maximal run of text covered by exactly the same set of spans, and carries the ids
of all of them. Concatenating the segments gives the text back, byte for byte.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to show: an opaque id plus its range ``[start, end)``."""

    id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Segment:
    """``text[start:end]`` together with the ids of every mark covering all of it."""

    start: int
    end: int
    ids: tuple[str, ...]


def boundaries(length: int, marks: Iterable[Mark], extra: Iterable[int] = ()) -> list[int]:
    """Sorted distinct cut points in ``[0, length]``, always including both ends."""
    cuts = {0, length}
    for mark in marks:
        cuts.add(max(0, min(length, mark.start)))
        cuts.add(max(0, min(length, mark.end)))
    cuts.update(p for p in extra if 0 <= p <= length)
    return sorted(cuts)


def segment(
    start: int, end: int, marks: Sequence[Mark], extra_cuts: Iterable[int] = ()
) -> list[Segment]:
    """Segments tiling ``[start, end)``; empty marks are ignored, ids keep the input order."""
    live = [m for m in marks if m.start < m.end and m.start < end and m.end > start]
    cuts = [c for c in boundaries(end, live, extra_cuts) if start <= c <= end]
    if not cuts or cuts[0] != start:
        cuts.insert(0, start)
    # Sweep: marks sorted by start enter as the cursor passes them; leave once it passes their end.
    by_start = sorted(range(len(live)), key=lambda i: live[i].start)
    starts = [live[i].start for i in by_start]
    out: list[Segment] = []
    for left, right in itertools.pairwise(cuts):
        if left >= right:
            continue
        upto = bisect.bisect_right(starts, left)
        covering = sorted(i for i in by_start[:upto] if live[i].end >= right)
        out.append(Segment(left, right, tuple(live[i].id for i in covering)))
    return out
