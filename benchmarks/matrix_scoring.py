"""The turn scoring the composed structure matrices share (label styles, outlet labels, plain
Q&A): each composed page is analysed once, and each gold turn is found by its body's first
words, then checked for its speaker and role. Failures are counted per part value, so a gap
shows as a dimension, not a page."""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterable

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

# A gold turn: its body, its speaker (None: no one), its role, the part values it was built from.
Case = tuple[str, str | None, str, dict[str, str]]
# turns, lost, wrong speaker, wrong role, turns the pages do not have
Totals = tuple[int, int, int, int, int]


def score_pages(
    name: str,
    pages: Iterable[tuple[str, list[Case]]],
    verbose: bool,
    *,
    prefix: int = 30,
    clean: Callable[[str], str] = lambda s: s,
    width: int = 34,
) -> Totals:
    """Score every page's turns and print the language's line and its failing part values."""
    pipe = build_pipeline(["metadata", "sentences", "turns"])
    stats: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    total = lost = wrong_speaker = wrong_role = extra = 0
    misses: list[tuple[object, ...]] = []
    for text, cases in pages:
        doc = pipe(read_text(text, source=f"{name}.txt"))
        turns = [
            (clean(doc.span_text(t)), t.attrs.get("speaker"), t.label) for t in doc.layer("turns")
        ]
        starts = [body[:prefix] for body, *_ in cases]
        page_extra = [t for t, _, _ in turns if not any(t.startswith(s) for s in starts)]
        extra += len(page_extra)
        for body, gold, role, parts in cases:
            hit = next(((sp, lab) for t, sp, lab in turns if t.startswith(body[:prefix])), None)
            total += 1
            bad = hit is None or hit != (gold, role)
            if hit is None:
                lost += 1
            else:
                wrong_speaker += hit[0] != gold
                wrong_role += hit[1] != role
            for k, v in parts.items():
                stats[(k, v)][0] += 1
                stats[(k, v)][1] += bad
            if bad:
                misses.append((tuple(parts.values()), body[:prefix], gold, role, hit))
        if page_extra and verbose:
            misses.append((("extra",), page_extra[0][:50], None, "", None))
    print(
        f"{name}: {total} turns; lost {lost / total:.1%}, wrong speaker "
        f"{wrong_speaker / total:.1%}, wrong role {wrong_role / total:.1%}; "
        f"{extra} turns the pages do not have"
    )
    for (k, v), (n, failed) in sorted(stats.items()):
        if failed or verbose:
            print(f"  {k:9s} {v:{width}s} turns {n:5d}  wrong {failed / n:6.1%}")
    if verbose:
        for miss in misses[:80]:
            print("   ", miss)
    return total, lost, wrong_speaker, wrong_role, extra


def print_all(totals: list[Totals]) -> None:
    """The line over every language scored."""
    total, lost, speaker, role, extra = (sum(col) for col in zip(*totals, strict=True))
    print(
        f"all: {total} turns; lost {lost / total:.1%}, wrong speaker {speaker / total:.1%}, "
        f"wrong role {role / total:.1%}; {extra} extra turns"
    )
