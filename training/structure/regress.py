"""Check every transcript fixture the way tests/test_structure_turns.py does, on two processes,
and list the fixtures whose turns, directions or metadata no longer match their gold.

Usage:
  python training/structure/regress.py [NAME ...]          # all fixtures, or only these
  python training/structure/regress.py --repin NAME ...    # pin today's errors as known_errors

Faster than the pytest run while mending rules (one fixture per task, no hypothesis); pytest stays
the gate. ``--repin`` rewrites expected.json: a fixture that now scores perfectly loses its
``known_errors``; one that does not gets today's errors pinned (review the diff before committing).
"""

from __future__ import annotations

import json
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "transcripts"
EXPECTED = FIXTURES / "expected.json"
_PIPELINE: Any = None
_EXPECTED: dict[str, Any] = {}


def _check(name: str) -> tuple[str, list[str], list[str], bool]:
    global _PIPELINE
    from rhetoscope.analysis import build_pipeline
    from rhetoscope.ingest import read_text
    from rhetoscope.structure.scoring import score_turns

    global _EXPECTED
    if _PIPELINE is None:
        _PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])
        _EXPECTED = json.loads(EXPECTED.read_text(encoding="utf-8"))  # once per worker
    case = _EXPECTED[name]
    doc = _PIPELINE(read_text((FIXTURES / name).read_text(encoding="utf-8")))
    problems: list[str] = []
    turns = doc.layer("turns")
    errors = list(score_turns(doc, case["turns"]).errors)
    if "known_errors" in case:
        if errors != case["known_errors"]:
            problems.append(f"errors now {errors}, pinned {case['known_errors']}")
    else:
        if len(turns) != len(case["turns"]):
            problems.append(f"{len(turns)} turns, gold {len(case['turns'])}")
        problems += errors
        for span in turns:
            body = doc.span_text(span)
            if body != body.strip():
                problems.append(f"untrimmed body {body[:40]!r}")
    directions = [doc.span_text(s) for s in doc.layer("stage_directions")]
    if directions != case["directions"]:
        problems.append(f"directions {directions}, gold {case['directions']}")
    meta = doc.meta.to_dict()
    for key, value in case["meta"].items():
        if meta[key] != value:
            problems.append(f"meta {key} {meta[key]!r}, gold {value!r}")
    for key, value in case.get("meta_known_misses", {}).items():
        if meta[key] == value:
            problems.append(f"meta {key} now read ({value!r}): move it to meta")
    return name, problems, errors, len(turns) == len(case["turns"])


def main(argv: list[str]) -> int:
    repin = "--repin" in argv
    names = [a for a in argv if not a.startswith("--")]
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    names = names or sorted(expected)
    differ = 0
    with Pool(2) as pool:
        # (as they come, so a run cut short still shows what it found)
        results = list(pool.imap_unordered(_check, names, chunksize=8))
    for name, problems, errors, counted in sorted(results):
        if repin:
            case = expected[name]
            if errors or not counted:
                # (an empty list pins extra predicted turns)
                case["known_errors"] = errors
            else:
                case.pop("known_errors", None)
            continue
        if problems:
            differ += 1
            print(f"{name}:")
            for p in problems:
                print(f"   {p}")
    if repin:
        EXPECTED.write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"repinned {len(names)} fixture(s)")
        return 0
    print(f"{differ} fixture(s) differ of {len(names)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
