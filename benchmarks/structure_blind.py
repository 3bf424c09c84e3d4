"""Score the structure stages on a folder of pages that are not fixtures yet (a blind batch).

Usage: python benchmarks/structure_blind.py FOLDER [FOLDER ...] [--verbose] [--align ALIGN.json]

Each FOLDER holds pages ``NAME.txt`` and an ``expected.json`` in the fixture format
(tests/fixtures/transcripts/expected.json: NAME → {turns: [[label, speaker, prefix, suffix]]}).
Prints per page and in total: gold turns, turn recall (exact boundaries), speaker accuracy, role
accuracy and precision, the numbers reported as "first contact" before the rules see the pages.
``--align`` applies training/structure/add_fixtures.py's alignment list (gold rows brought to a
documented convention) before scoring: the "aligned" figures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.scoring import EMPTY, score_turns


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv or "-v" in argv
    align: list[dict[str, str]] = []
    if "--align" in argv:
        i = argv.index("--align")
        align = json.loads(Path(argv[i + 1]).read_text(encoding="utf-8"))
        argv = argv[:i] + argv[i + 2 :]
    folders = [Path(a) for a in argv if not a.startswith("-")]
    pipeline = build_pipeline(["metadata", "sentences", "turns", "duplicates"])
    total = EMPTY
    for folder in folders:
        gold = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        sub = EMPTY
        for name in sorted(gold):
            doc = pipeline(read_text((folder / name).read_text(encoding="utf-8")))
            turns = [list(row) for row in gold[name]["turns"]]
            for fix in align:
                for row in turns:
                    if fix["page"] == name and row[2] == fix["prefix"]:
                        row[1] = fix["speaker"]
            score = score_turns(doc, turns)
            sub = sub + score
            print(
                f"{folder.name}/{name}: gold {score.gold} pred {score.predicted} "
                f"recall {score.recall:.3f} speaker {score.speaker_accuracy:.3f} "
                f"role {score.label_accuracy:.3f}"
            )
            if verbose:
                for error in score.errors:
                    print(f"    {error}")
        print(
            f"== {folder.name}: gold {sub.gold} recall {sub.recall:.3f} "
            f"speaker {sub.speaker_accuracy:.3f} role {sub.label_accuracy:.3f} "
            f"precision {sub.precision:.3f}"
        )
        total = total + sub
    print(
        f"TOTAL gold {total.gold} pred {total.predicted} recall {total.recall:.3f} "
        f"speaker {total.speaker_accuracy:.3f} role {total.label_accuracy:.3f} "
        f"precision {total.precision:.3f} overlap {total.overlap_recall:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
