"""Turn a blind batch (benchmarks/structure_blind.py's folder format) into transcript fixtures.

Usage:
  python training/structure/add_fixtures.py TAG FOLDER [FOLDER ...] [--align ALIGN.json]

Each page ``NAME.txt`` is copied to tests/fixtures/transcripts and gets an expected.json entry:
the writer's ``convention`` and gold ``turns``, ``first_contact: TAG``, the ``date`` and
``place`` the engine reads (check them against the page before committing: a wrong one is moved
by hand to ``meta_known_misses`` with the right value), the engine's stage directions, and
today's errors pinned as ``known_errors`` (as ``regress.py --repin`` does).

``--align`` names a JSON list of ``{"page", "prefix", "speaker", "why"}``: gold rows brought to a
documented convention (the writer's brief and the docs disagree, not the engine); each is printed
so the closing note can count them. A batch is scored for first contact *before* this runs.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "transcripts"
EXPECTED = FIXTURES / "expected.json"


def main(argv: list[str]) -> int:
    from rhetoscope.analysis import build_pipeline
    from rhetoscope.ingest import read_text
    from rhetoscope.structure.scoring import score_turns

    align: list[dict[str, Any]] = []
    if "--align" in argv:
        i = argv.index("--align")
        align = json.loads(Path(argv[i + 1]).read_text(encoding="utf-8"))
        argv = argv[:i] + argv[i + 2 :]
    tag, folders = argv[0], [Path(a) for a in argv[1:]]
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    pipeline = build_pipeline(["metadata", "sentences", "turns", "duplicates"])
    used = 0
    for folder in folders:
        gold = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for name in sorted(gold):
            if name in expected or (FIXTURES / name).exists():
                raise SystemExit(f"{name}: a fixture of that name exists already")
            turns = [list(row) for row in gold[name]["turns"]]
            for fix in align:
                if fix["page"] != name:
                    continue
                rows = [row for row in turns if row[2] == fix["prefix"]]
                if len(rows) != 1:
                    raise SystemExit(f"{name}: alignment {fix['prefix']!r} matches {len(rows)}")
                print(
                    f"align {name}: {fix['prefix']!r} {rows[0][1]!r} -> {fix['speaker']!r}"
                    f" ({fix['why']})"
                )
                rows[0][1] = fix["speaker"]
                used += 1
            shutil.copyfile(folder / name, FIXTURES / name)
            doc = pipeline(read_text((FIXTURES / name).read_text(encoding="utf-8")))
            meta = doc.meta.to_dict()
            entry: dict[str, Any] = {
                "convention": gold[name]["convention"],
                "meta": {k: meta[k] for k in ("date", "place") if meta.get(k)},
                "directions": [doc.span_text(s) for s in doc.layer("stage_directions")],
                "first_contact": tag,
                "turns": turns,
            }
            errors = list(score_turns(doc, turns).errors)
            if errors or len(doc.layer("turns")) != len(turns):
                entry["known_errors"] = errors
            expected[name] = entry
            print(f"{name}: meta {entry['meta']}, {len(errors)} pinned error(s)")
    if used != len(align):
        raise SystemExit(f"{len(align) - used} alignment(s) matched no page")
    EXPECTED.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
