"""Turn recall and speaker attribution on real debate and press-conference speech.

Usage: python benchmarks/debate_structure.py [--verbose]

The CLEF CheckThat! 2019 training transcripts (../shared/data/claims) give every sentence of 19
real US debates, press conferences and speeches with its speaker. This rebuilds each one in the
CNN / Federal News Service style the sentences came from ("HOLT: …", "(APPLAUSE)" on its own
line), runs the structure stages on it and scores the turns: a gold turn is a run of sentences
by one speaker, matched with exact boundaries; the speaker counts as right when the predicted
canonical name ends with the label's surname ("Holt" for "HOLT"), or is null for "QUESTION:"
and the audience. The text is real speech (the
labels are rebuilt), so this measures above all that nothing in real talk is mistaken for a
label and that turns keep their words.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "claims" / "checkthat2019-task1-train.csv"
STAGES = ["metadata", "sentences", "turns", "duplicates"]
ANONYMOUS = {"QUESTION", "AUDIENCE", "AUDIENCE MEMBER", "AUDIENCE MEMBERS", "UNIDENTIFIED MALE"}


def speaker_of(raw: str) -> str | None:
    """The label of a row ("(APPLAUSE) CLINTON" -> "CLINTON"); None for SYSTEM rows."""
    raw = raw.strip()
    if raw.upper() in ("SYSTEM", "SYSYTEM"):
        return None
    raw = re.sub(r"^\([^)]*\)\s*", "", raw)
    if len(raw.split()) > 12:  # a sentence glued to its label in the source data
        raw = raw.split()[-1]
    return raw


def rebuild(rows: list[dict[str, str]], name: str) -> tuple[str, list[tuple[str, str, str]]]:
    """The transcript text and its gold turns (speaker, first words, last words)."""
    parts = [f"{name.replace('_', ' ').removesuffix('.tsv')} transcript\n"]
    gold: list[tuple[str, list[str]]] = []
    current: str | None = None
    for row in rows:
        speaker = speaker_of(row["speaker"])
        sentence = " ".join(row["text"].split())
        if speaker is None:
            parts.append(f"\n{sentence}\n")  # "(APPLAUSE)" on its own line
            current = None if gold and gold[-1][0] is not None else current
            continue
        if speaker != current:
            parts.append(f"\n{speaker}: {sentence}")
            gold.append((speaker, [sentence]))
            current = speaker
        else:
            parts.append(f" {sentence}")
            gold[-1][1].append(sentence)
    text = "".join(parts) + "\n"
    # A "turn" of nothing but "(inaudible)" is a direction, no turn.
    spoken = [(sp, s) for sp, s in gold if re.sub(r"[(\[][^()\[\]]*[)\]]|[-.…\s]", "", " ".join(s))]
    table = [(sp, " ".join(s[0].split()[:4]), " ".join(s[-1].split()[-3:])) for sp, s in spoken]
    return text, table


def main() -> int:
    if not DATA.exists():
        print(f"skipping: {DATA} not found")
        return 0
    verbose = "--verbose" in sys.argv
    by_file: dict[str, list[dict[str, str]]] = defaultdict(list)
    with DATA.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            by_file[row["file_name"]].append(row)
    pipeline = build_pipeline(STAGES)
    total = found = named = predicted = 0
    print(f"{'transcript':34} {'gold':>5} {'pred':>5} {'recall':>7} {'speaker':>8}")
    for name, rows in sorted(by_file.items()):
        rows.sort(key=lambda r: int(r["line_number"]))
        text, gold = rebuild(rows, name)
        doc = pipeline(read_text(text, source=name))
        turns = [(doc.span_text(t), t.attrs.get("speaker")) for t in doc.layer("turns")]
        predicted += len(turns)
        cursor = hit = right = 0
        for speaker, first, last in gold:
            for i in range(cursor, len(turns)):
                body, who = turns[i]
                if body.startswith(first) and body.endswith(last):
                    hit += 1
                    # "SEN. BERNIE SANDERS (D-VT), PRESIDENTIAL CANDIDATE" -> "sanders"
                    surname = re.sub(r"\([^)]*\)", "", speaker.split(",")[0]).split()[-1].lower()
                    if speaker in ANONYMOUS:  # "QUESTION:", "AUDIENCE MEMBER:": nobody named
                        right += who is None
                    elif who and who.lower().split()[-1] == surname:
                        right += 1
                    elif verbose:
                        print(f"    speaker {who!r} for {speaker!r}: {first!r}")
                    cursor = i + 1
                    break
            else:
                if verbose:
                    print(f"    missed {speaker!r}: {first!r} … {last!r}")
        total += len(gold)
        found += hit
        named += right
        print(
            f"{name:34} {len(gold):5d} {len(turns):5d} {hit / len(gold):7.1%} "
            f"{right / len(gold):8.1%}"
        )
    print(
        f"{'TOTAL':34} {total:5d} {predicted:5d} {found / total:7.1%} {named / total:8.1%} "
        f"(precision {found / max(predicted, 1):.1%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
