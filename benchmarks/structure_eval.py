"""Turn recall, speaker and role accuracy of the structure stages over the transcript fixtures.

Usage: python benchmarks/structure_eval.py [--verbose]

Gold tables live in tests/fixtures/transcripts/expected.json (one row per turn: label, speaker,
first words, last words; a match needs exact boundaries; "overlap" is the lenient recall: a
predicted turn with the right speaker covers at least half of the gold turn). Fixtures with a
``first_contact`` tag (a date, or a batch letter: "G", "H", "I") were written before the rules
saw them; their subtotal
(scored by the rules of today, so no longer held out once the rules are mended) is printed
separately. The reference interview in
../shared/samples is scored too when present (9 questions, 9 answers by Sergey Lavrov).
Also prints the structure stages' throughput in words per second over the whole set.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.scoring import EMPTY, TurnScore, score_turns

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "transcripts"
REFERENCE = ROOT.parent / "shared" / "samples" / "mfa-interview-corriere-2025-11-13.txt"
PTC = ROOT.parent / "shared" / "data" / "ptc" / "train-articles"
STAGES = ["metadata", "sentences", "turns", "duplicates"]


def reference_gold(text: str) -> list[list[object]]:
    """9 question/answer pairs; boundaries are checked exactly by the test suite, here by label."""
    gold: list[list[object]] = []
    for line in text.split("\n"):
        for label, speaker, marker in (
            ("question", None, "Question: "),
            ("answer", "Sergey Lavrov", "Sergey Lavrov: "),
            ("answer", "Sergey Lavrov", "S.V. Lavrov: "),
        ):
            at = line.find(marker)
            if at >= 0 and (at == 0 or marker == "Question: "):
                gold.append([label, speaker, line[at + len(marker) : at + len(marker) + 25], ""])
    return gold


def main() -> int:
    verbose = "--verbose" in sys.argv
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    cases: list[tuple[str, str, list[list[object]]]] = [
        (name, (FIXTURES / name).read_text(encoding="utf-8"), case["turns"])
        for name, case in expected.items()
    ]
    batches = {name: case.get("first_contact") for name, case in expected.items()}
    if REFERENCE.exists():
        text = REFERENCE.read_text(encoding="utf-8")
        cases.append((REFERENCE.name, text, reference_gold(text)))
    pipeline = build_pipeline(STAGES)
    for _, text, _ in cases:  # warm-up: regex compilation and imports are not throughput
        pipeline(read_text(text + " ", source="warm-up"))
    total: TurnScore = EMPTY
    by_batch: dict[str, TurnScore] = {}
    words = 0
    elapsed = 0.0
    print(
        f"{'document':44} {'gold':>4} {'pred':>4} {'recall':>7} {'overlap':>8} {'speaker':>8} "
        f"{'role':>6}"
    )
    for name, text, gold in cases:
        t0 = time.perf_counter()
        doc = pipeline(read_text(text, source=name))
        elapsed += time.perf_counter() - t0
        words += len(text.split())
        score = score_turns(doc, gold)
        total = total + score
        batch = batches.get(name)
        if batch:
            by_batch[batch] = by_batch.get(batch, EMPTY) + score
        print(
            f"{name:44} {score.gold:4d} {score.predicted:4d} {score.recall:7.1%} "
            f"{score.overlap_recall:8.1%} {score.speaker_accuracy:8.1%} {score.label_accuracy:6.1%}"
        )
        if verbose:
            for err in score.errors:
                print(f"    {err}")
    print(
        f"{'TOTAL':44} {total.gold:4d} {total.predicted:4d} {total.recall:7.1%} "
        f"{total.overlap_recall:8.1%} {total.speaker_accuracy:8.1%} {total.label_accuracy:6.1%}"
    )
    for batch, score in sorted(by_batch.items()):
        print(
            f"{'first contact ' + batch:44} {score.gold:4d} {score.predicted:4d} "
            f"{score.recall:7.1%} {score.overlap_recall:8.1%} {score.speaker_accuracy:8.1%} "
            f"{score.label_accuracy:6.1%} (precision {score.precision:.1%})"
        )
    print(
        f"turn precision {total.precision:.1%}; throughput {words / elapsed:,.0f} words/s "
        f"({words} words, after a warm-up pass)"
    )
    stage_throughput()
    return 0


def stage_throughput() -> None:
    """Words/s of each structure stage alone over the PTC news articles (when present), and the
    share of those prose articles in which any speaker label is found (a precision check)."""
    if not PTC.exists():
        print(f"(skipping per-stage throughput: {PTC} not found)")
        return
    from rhetoscope.structure.labels import find_labels
    from rhetoscope.structure.metadata import trailing_start
    from rhetoscope.structure.turns import _analyse, _mask_line_gutter

    texts = [p.read_text(encoding="utf-8") for p in sorted(PTC.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    docs = [read_text(t, source="ptc") for t in texts]
    for stage in STAGES:
        pipeline = build_pipeline([stage])
        find_labels.cache_clear()  # each stage pays for the label and turn analysis it needs
        _analyse.cache_clear()
        _mask_line_gutter.cache_clear()
        trailing_start.cache_clear()
        t0 = time.perf_counter()
        for doc in docs:
            pipeline(doc)
        elapsed = time.perf_counter() - t0
        print(f"stage {stage:10} {words / elapsed:12,.0f} words/s over {len(docs)} PTC articles")
    labelled = sum(1 for t in texts if find_labels(t))
    print(
        f"PTC articles with any speaker label: {labelled}/{len(texts)} "
        "(the few are quoted real transcripts)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
