"""Words per second of the `techniques` stage (models warm), on the reference interview.

    python benchmarks/techniques_speed.py [FILE ...] [--repeat N]

Threads: ONNX Runtime uses up to 2 (set RHETOSCOPE_THREADS=1 to pin one core).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rhetoscope.model import Document, Meta
from rhetoscope.techniques.stages import techniques

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "samples" / "mfa-interview-corriere-2025-11-13.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", type=Path, default=[REFERENCE])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = [
        Document.from_text(p.read_text(encoding="utf-8"), Meta(source=str(p))) for p in args.files
    ]
    techniques(docs[0])  # load the models once, outside the timing
    words = sum(len(d.text.split()) for d in docs) * args.repeat
    t0 = time.perf_counter()
    n_spans = 0
    for _ in range(args.repeat):
        for d in docs:
            n_spans += len(techniques(d).layer("techniques"))
    dt = time.perf_counter() - t0
    print(f"{words} words in {dt:.2f}s: {words / dt:,.0f} words/s ({n_spans} spans)")


if __name__ == "__main__":
    main()
