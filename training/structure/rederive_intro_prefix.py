"""Re-derive the prefix of older fixtures' introduction rows (round 41, intro-start repair).

The engine used to start an interview's introduction turn (`other`, speaker null, the prose
before the first label) at the page's headline, breadcrumb or photo caption, and many fixtures'
gold rows were copied from that output. The introduction now starts at the lead paragraph
(docs/structure.md, "Prose before the first label"). This script rewrites the prefix of such a
row, and nothing else, to the first 4 words of the engine's new span, only when the fixture's
table fails for that reason alone:

- same number of turns; every other row passes as it did (label, speaker, prefix, suffix);
- the row is the first `other`/null row; its label, speaker and suffix still match;
- the old prefix lies in the text before the new start (the new start lies inside the old
  span, later) and the new span still ends at the old end.

Any other difference is refused and listed (a regression to fix in the rule). Fixtures with
`known_errors` are only reported. Usage (from the repository root):

    PYTHONPATH=src python training/structure/rederive_intro_prefix.py [--write] [--skip NAME …]

``--skip`` names fixtures that already fail before the change (for a reason of their own, such
as the paragraph tagger awaiting its refit): they are left alone and not counted as refused.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.model import Document, Span
from rhetoscope.structure.scoring import score_turns

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPTS = ROOT / "tests" / "fixtures" / "transcripts"
EXPECTED = TRANSCRIPTS / "expected.json"


def _row_ok(span_label: str, speaker: object, body: str, row: list) -> bool:
    label, want_speaker, prefix, suffix = row
    return (span_label, speaker) == (label, want_speaker) and (
        body.startswith(prefix) and body.endswith(suffix)
    )


def _new_prefix(body: str) -> str:
    first_line = body.split("\n", 1)[0]
    m = re.match(r"\S+(?:[ \t]+\S+){0,3}", first_line)
    assert m is not None
    return m.group()


def _moved_later(doc: Document, turns: Sequence[Span], at: int, row: list) -> bool:
    """The engine's turn ``at`` is the gold row with only its start moved later, inside the
    old span: same label, speaker and suffix, and the old prefix starts before the new start
    (and after the turn before)."""
    span, (label, speaker, prefix, suffix) = turns[at], row
    body = doc.span_text(span)
    old_start = doc.text.rfind(prefix, 0, span.start + len(prefix) - 1)
    return (
        (span.label, span.attrs["speaker"]) == (label, speaker)
        and label == "other"
        and speaker is None
        and body.endswith(suffix)
        and not body.startswith(prefix)
        and 0 <= old_start < span.start
        and (at == 0 or old_start >= turns[at - 1].end)
    )


def _sublist(short: list, long: list) -> bool:
    it = iter(long)
    return all(any(x == y for y in it) for x in short)


def _known(name: str, case: dict, doc: Document, changed: list, refused: list) -> None:
    """A fixture with pinned errors: unchanged, or better (fewer of the same errors, the list
    recomputed exactly), or worse only by its introduction row's start (then re-derived as
    above, and the pinned list must come out the same or better)."""
    want, pinned = case["turns"], case["known_errors"]
    errors = list(score_turns(doc, want).errors)
    if errors == pinned:
        return
    turns = doc.layer("turns")
    intro = next((i for i, r in enumerate(want) if r[0] == "other" and r[1] is None), None)
    note = "known_errors fewer"
    if not _sublist(errors, pinned) and intro is not None and turns:
        prefix = want[intro][2]
        at = next((i for i, t in enumerate(turns) if t.label == "other"), None)
        if at is not None and _moved_later(doc, turns, at, want[intro]):
            new = _new_prefix(doc.span_text(turns[at]))
            want[intro] = [*want[intro][:2], new, want[intro][3]]
            errors = list(score_turns(doc, want).errors)
            if not _sublist(errors, pinned):
                want[intro] = [*want[intro][:2], prefix, want[intro][3]]
            else:
                note = f"intro {prefix!r} -> {new!r}"
    if not _sublist(errors, pinned):
        refused.append((name, f"known_errors now {errors!r}"))
        return
    if errors:
        case["known_errors"] = errors
    else:
        del case["known_errors"]
    changed.append((name, note, f"known_errors {len(pinned)} -> {len(errors)}"))


def main(write: bool, skip: Sequence[str] = ()) -> int:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    pipe = build_pipeline(["metadata", "sentences", "turns", "duplicates"])
    changed: list[tuple[str, str, str]] = []
    refused: list[tuple[str, str]] = []
    for name in sorted(expected):
        if name in skip:
            print(f"SKIPPED {name}")
            continue
        case = expected[name]
        doc = pipe(read_text((TRANSCRIPTS / name).read_text(encoding="utf-8")))
        turns = doc.layer("turns")
        want = case["turns"]
        if "known_errors" in case:
            _known(name, case, doc, changed, refused)
            continue
        bodies = [doc.span_text(t) for t in turns]
        failing = [
            i
            for i, (t, b, row) in enumerate(zip(turns, bodies, want, strict=False))
            if not _row_ok(t.label, t.attrs["speaker"], b, row)
        ]
        if len(turns) == len(want) and not failing:
            continue
        if len(turns) != len(want):
            refused.append((name, f"{len(turns)} turns, want {len(want)}"))
            continue
        intro = next((i for i, r in enumerate(want) if r[0] == "other" and r[1] is None), None)
        if failing != [intro]:
            refused.append((name, f"rows {failing} fail (intro row {intro})"))
            continue
        prefix = want[intro][2]
        if not _moved_later(doc, turns, intro, want[intro]):
            refused.append(
                (name, f"intro row {prefix!r} changed otherwise: {bodies[intro][:60]!r}")
            )
            continue
        new = _new_prefix(bodies[intro])
        want[intro] = [*want[intro][:2], new, want[intro][3]]
        if score_turns(doc, want).errors:
            refused.append((name, "the new prefix does not score clean"))
            want[intro] = [*want[intro][:2], prefix, want[intro][3]]
            continue
        changed.append((name, prefix, new))
    for name, old, new in changed:
        print(f"CHANGED {name}: {old!r} -> {new!r}")
    for name, why in refused:
        print(f"REFUSED {name}: {why}")
    print(f"{len(changed)} changed, {len(refused)} refused")
    if write and not refused:
        EXPECTED.write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    elif write:
        print("nothing written: fix the refused fixtures first")
    return 1 if refused else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    skipped = args[args.index("--skip") + 1 :] if "--skip" in args else []
    sys.exit(main("--write" in args, skipped))
