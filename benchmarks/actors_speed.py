"""Throughput of the `entities` and `stance` stages (words/s), on the reference interview or a
batch of PTC articles. Turns and sentences are prepared first and not timed; the parse cache is
cleared before each document so `entities` pays for parsing, as in a real pipeline run, and
`stance` reuses that parse.

    OMP_NUM_THREADS=1 python benchmarks/actors_speed.py                  # reference, 5 rounds
    OMP_NUM_THREADS=1 python benchmarks/actors_speed.py \
        --batch ../shared/data/ptc/train-articles --limit 50

Prints numbers only; nothing here is a test. Target (issue 4): entities + stance >= 4,000 words/s
on one core, so that with claims the three stay >= 1,500 words/s on the 2-core CI box.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "samples" / "mfa-interview-corriere-2025-11-13.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--batch", type=Path, default=REFERENCE, help="a .txt file or a directory")
    ap.add_argument("--limit", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    if not args.batch.exists():
        sys.exit(f"input not found at {args.batch} (../shared is absent?)")

    from rhetoscope.analysis import build_pipeline
    from rhetoscope.entities.nlp import clear_cache
    from rhetoscope.ingest import read_source
    from rhetoscope.pipeline import get_component

    files = sorted(args.batch.glob("*.txt"))[: args.limit] if args.batch.is_dir() else [args.batch]
    prepare = build_pipeline(["metadata", "sentences", "turns"])
    docs = [prepare(read_source(f)) for f in files]
    words = sum(len(d.text.split()) for d in docs)
    entities, stance = get_component("entities"), get_component("stance")
    stance(entities(docs[0]))  # load the models once, as a long-running process would

    ent_t, st_t, cpu_t = [], [], []
    for _ in range(args.rounds):
        e_total = s_total = 0.0
        c0 = time.process_time()
        for doc in docs:
            clear_cache()
            t0 = time.perf_counter()
            with_entities = entities(doc)
            t1 = time.perf_counter()
            stance(with_entities)
            t2 = time.perf_counter()
            e_total += t1 - t0
            s_total += t2 - t1
        cpu_t.append(time.process_time() - c0)
        ent_t.append(e_total)
        st_t.append(s_total)

    both = [e + s for e, s in zip(ent_t, st_t, strict=True)]
    print(f"input: {len(docs)} document(s), {words} words, {args.rounds} rounds")
    print(f"entities:          {words / statistics.median(ent_t):>8,.0f} words/s (median)")
    print(f"stance:            {words / statistics.median(st_t):>8,.0f} words/s (median)")
    print(
        f"entities + stance: {words / statistics.median(both):>8,.0f} words/s (median), "
        f"best {words / min(both):,.0f}, CPU-time based {words / statistics.median(cpu_t):,.0f}"
    )


if __name__ == "__main__":
    main()
