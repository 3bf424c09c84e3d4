"""Readers for ../shared/data (PTC and SemEval-2023) and the frozen-feature cache in /tmp."""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

import numpy as np

from rhetoscope.techniques import encoder

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("RHETOSCOPE_DATA", ROOT.parent / "shared" / "data"))
PTC = DATA / "ptc"
RU = DATA / "semeval2023" / "ru"
EN23 = DATA / "semeval2023" / "en"
CACHE = Path(os.environ.get("RHETOSCOPE_CACHE", "/tmp/rhetoscope-techniques-cache"))
SEED = 13


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8") as fh:  # text mode: offsets count chars as read
        return fh.read()


def ptc_articles() -> dict[str, str]:
    folder = PTC / "train-articles"
    return {p.stem.removeprefix("article"): read_text(p) for p in sorted(folder.glob("*.txt"))}


def ptc_labels() -> dict[str, list[tuple[str, int, int]]]:
    out: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for line in read_text(PTC / "train-task-flc-tc.labels").splitlines():
        if line.strip():
            aid, tech, s, e = line.split("\t")
            out[aid].append((tech, int(s), int(e)))
    return dict(out)


def ru_articles() -> dict[str, str]:
    folder = RU / "train-articles-subtask-3"
    return {p.stem.removeprefix("article"): read_text(p) for p in sorted(folder.glob("*.txt"))}


def ru_paragraph_labels() -> dict[tuple[str, int], list[str]]:
    out: dict[tuple[str, int], list[str]] = {}
    for line in read_text(RU / "train-labels-subtask-3.txt").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].strip():
            labels = [t for t in (parts[2].split(",") if len(parts) > 2 else []) if t.strip()]
            out[(parts[0], int(parts[1]))] = labels
    return out


def folds(ids: list[str], k: int = 5) -> dict[str, int]:
    """Article -> fold, shuffled with the fixed seed."""
    rng = np.random.default_rng(SEED)
    order = list(rng.permutation(sorted(ids)))
    return {aid: i % k for i, aid in enumerate(order)}


def cached_states(aid: str, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(offsets (n,2), states (n,768) float16, segment id per token (n,)) for one PTC article."""
    path = CACHE / "ptc" / f"{aid}.npz"
    if path.exists():
        z = np.load(path)
        return z["offsets"], z["states"], z["seg"]
    segs = encoder.encode(text)
    offsets = np.concatenate([s.offsets for s in segs]) if segs else np.zeros((0, 2), np.int32)
    states = (
        np.concatenate([s.states for s in segs]).astype(np.float16)
        if segs
        else np.zeros((0, encoder.STATE_DIM), np.float16)
    )
    seg = np.concatenate([np.full(len(s.offsets), i, np.int32) for i, s in enumerate(segs)])
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, offsets=offsets, states=states, seg=seg)
    return offsets, states, seg


if __name__ == "__main__":
    import time

    t0 = time.time()
    arts = ptc_articles()
    for i, (aid, text) in enumerate(arts.items()):
        cached_states(aid, text)
        if i % 50 == 0:
            print(i, f"{time.time() - t0:.0f}s", flush=True)
    print("done", f"{time.time() - t0:.0f}s")
