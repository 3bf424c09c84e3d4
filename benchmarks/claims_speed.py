"""Throughput of the claims stage (and of entities + stance when they are registered), words/s.

    OMP_NUM_THREADS=1 python benchmarks/claims_speed.py [--repeat 5] [--copies 4]

The input is the reference interview (../shared/samples) concatenated ``--copies`` times, so the
document is long enough for batching to matter; sentences and turns are computed once, untimed
(by the registered structure stages, or by splitting on the reference's speaker labels when
they are absent). The model is loaded and warmed before timing. Reports the best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from rhetoscope.claims.model import load_model
from rhetoscope.claims.numbers import extract
from rhetoscope.ingest import read_text
from rhetoscope.model import Document, Span
from rhetoscope.pipeline import Pipeline, registered

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "samples" / "mfa-interview-corriere-2025-11-13.txt"
_LABEL_RE = re.compile(r"(Question|Sergey Lavrov|S\.V\. Lavrov):")


def _structure(doc: Document) -> Document:
    stages = registered()
    if "sentences" in stages and "turns" in stages:
        return Pipeline(["sentences", "turns"])(doc)
    text = doc.text
    labels = list(_LABEL_RE.finditer(text))
    turns = [
        Span(
            m.end(),
            labels[i + 1].start() if i + 1 < len(labels) else len(text),
            "question" if m.group(1) == "Question" else "answer",
            attrs={"speaker": None, "speaker_label": m.group(1), "index": i},
        )
        for i, m in enumerate(labels)
    ]
    sentences = [
        Span(m.start(), m.end(), "sentence")
        for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text, re.M)
    ]
    return doc.with_layer("sentences", sentences).with_layer("turns", turns)


def _best(fn: object, doc: Document, repeat: int) -> tuple[float, Document]:
    best, out = float("inf"), doc
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn(doc)  # type: ignore[operator]
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--copies", type=int, default=4)
    args = ap.parse_args()
    if not REFERENCE.exists():
        sys.exit(f"reference document not found at {REFERENCE}")
    raw = REFERENCE.read_text(encoding="utf-8")
    doc = _structure(read_text("\n".join([raw] * args.copies), source="bench"))
    words = len(doc.text.split())
    stages = registered()
    load_model()
    stages["claims"](doc)  # warm: encoder weights, tokenizer, regexes

    t_claims, out = _best(stages["claims"], doc, args.repeat)
    n_claims = len(out.layer("claims"))
    print(f"document: {words} words, {len(doc.layer('sentences'))} sentences, {n_claims} claims")
    print(f"claims stage:        {words / t_claims:10,.0f} words/s  ({t_claims:.3f} s)")

    texts = [out.span_text(c) for c in out.layer("claims")]
    t0 = time.perf_counter()
    for t in texts:
        extract(t)
    t_num = time.perf_counter() - t0
    print(f"  numbers alone:     {words / t_num:10,.0f} words/s")

    chain = [n for n in ("entities", "claims", "stance") if n in stages]
    if chain != ["claims"]:
        # Called one by one: a Pipeline would insist on re-running the untimed structure stages.
        comps = [stages[n] for n in chain]

        def pipe(d: Document) -> Document:
            for comp in comps:
                d = comp(d)
            return d

        try:
            pipe(doc)
            t_all, _ = _best(pipe, doc, args.repeat)
            print(f"{' + '.join(chain)}: {words / t_all:10,.0f} words/s  ({t_all:.3f} s)")
        except Exception as exc:  # other engineers' stages may be mid-work
            print(f"{' + '.join(chain)}: not measured ({exc})")


if __name__ == "__main__":
    main()
