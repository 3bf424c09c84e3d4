"""Throughput of `analyze` over a batch, and cold start of the CLI on the reference document.

    python benchmarks/analyze_speed.py                      # issue-2 stages (structure)
    python benchmarks/analyze_speed.py --stages all         # the whole default pipeline
    python benchmarks/analyze_speed.py --batch ../shared/data/ptc/train-articles --limit 100

Prints numbers only; nothing here is a test.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "samples" / "mfa-interview-corriere-2025-11-13.txt"
PTC = ROOT.parent / "shared" / "data" / "ptc" / "train-articles"
STRUCTURE = "metadata,sentences,turns,duplicates"


def throughput(stages: str | None, batch: Path, limit: int) -> None:
    from rhetoscope.analysis import build_pipeline
    from rhetoscope.ingest import read_source

    files = sorted(batch.glob("*.txt"))[:limit] if batch.is_dir() else [batch]
    docs = [read_source(f) for f in files]  # ingest is timed separately below
    pipeline = build_pipeline(stages.split(",") if stages else None)
    pipeline(docs[0])  # warm: load models once, as a long-running batch would
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    for d in docs:
        pipeline(d)
    dt = time.perf_counter() - t0
    t1 = time.perf_counter()
    for f in files:
        read_source(f)
    di = time.perf_counter() - t1
    print(f"stages: {','.join(pipeline.names)}")
    print(f"batch: {len(docs)} documents, {words} words")
    print(f"analyze: {words / dt:,.0f} words/s ({dt:.2f} s)")
    print(f"ingest:  {words / di:,.0f} words/s ({di:.2f} s)")


def cold_start(stages: str | None, runs: int) -> None:
    cmd = [sys.executable, "-m", "rhetoscope", "analyze", str(REFERENCE), "--format", "json"]
    if stages:
        cmd += ["--stages", stages]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    print(
        f"cold start (CLI, reference document, {runs} runs): "
        f"median {statistics.median(times):.2f} s, max {max(times):.2f} s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--stages", default=STRUCTURE, help="comma list, or 'all' for the default")
    ap.add_argument("--batch", type=Path, default=PTC if PTC.exists() else REFERENCE)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    stages = None if args.stages == "all" else args.stages
    if not REFERENCE.exists():
        sys.exit(f"reference document not found at {REFERENCE}")
    throughput(stages, args.batch, args.limit)
    cold_start(stages, args.runs)


if __name__ == "__main__":
    main()
