"""Hand-made features shared by training and inference, and span decoding from token scores."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from rhetoscope.errors import ModelError

TOKEN_LEX_DIM = 5
LOADED_DIM = 5  # loaded_features(); read by the ensemble's third tagger only
N_SCALARS = 10
STATE_DIM = 768
SPAN_DIM = 3 * STATE_DIM + N_SCALARS

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# intensifiers and absolutes, typical of loaded language and exaggeration
_INTENSIFIERS = frozenset(
    ("most", "least", "very", "extremely", "totally", "absolutely", "utterly", "completely",
     "entirely", "so", "such", "really", "truly", "never", "always", "ever", "every", "nothing",
     "everything", "everyone", "nobody")
)  # fmt: skip
_QUOTE_SPAN = re.compile(r"[\"“”«»„]([^\"“”«»„\n]{1,200})[\"“”«»„]")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "this",
        "that",
        "with",
        "as",
        "at",
        "by",
        "from",
        "not",
        "no",
        "but",
        "they",
        "he",
        "she",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "its",
        "have",
        "has",
        "had",
        "will",
        "would",
        "there",
        "what",
        "which",
        "who",
        "do",
        "does",
        "did",
        "so",
        "if",
        "than",
        "then",
        "them",
        "these",
        "those",
        "all",
        "more",
        "about",
        "into",
        "out",
        "up",
    ]
)


def _word_index(text: str) -> tuple[list[int], list[int], list[str]]:
    starts, ends, words = [], [], []
    for m in _WORD.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        words.append(m.group().lower())
    return starts, ends, words


def _quoted_mask(text: str) -> np.ndarray:
    mask = np.zeros(len(text) + 1, np.bool_)
    for m in _QUOTE_SPAN.finditer(text):
        mask[m.start() : m.end()] = True
    return mask


def token_features(text: str, offsets: np.ndarray) -> np.ndarray:
    """Per wordpiece: word repetition count, in quotes, capitalised, punctuation, stop word."""
    starts, ends, words = _word_index(text)
    counts = Counter(words)
    quoted = _quoted_mask(text)
    out = np.zeros((len(offsets), TOKEN_LEX_DIM), np.float32)
    for i, (s, e) in enumerate(offsets):
        j = bisect_right(starts, int(s)) - 1
        in_word = j >= 0 and ends[j] >= e
        w = words[j] if in_word else ""
        out[i, 0] = np.log1p(counts[w] - 1) / 3 if w and w not in _STOP else 0.0
        out[i, 1] = float(quoted[s])
        out[i, 2] = float(text[s : s + 1].isupper())
        out[i, 3] = float(not in_word)
        out[i, 4] = float(w in _STOP)
    return out


@cache
def _valence() -> dict[str, float]:
    """VADER's word valences (-4..4), from the vaderSentiment package's lexicon file."""
    try:
        import vaderSentiment
    except ImportError as exc:
        raise ModelError("package vaderSentiment is missing; pip install vaderSentiment") from exc
    out: dict[str, float] = {}
    path = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                out[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return out


def loaded_features(text: str, offsets: np.ndarray) -> np.ndarray:
    """Per wordpiece, lexical cues of loaded language: |VADER valence| / 4, negative word,
    intensifier or superlative, ALL-CAPS word, inside a sentence with "!"."""
    starts, ends, words = _word_index(text)
    exclaimed = np.zeros(len(text) + 1, np.bool_)
    for m in _SENTENCE.finditer(text):
        if "!" in m.group():
            exclaimed[m.start() : m.end()] = True
    valence = _valence()
    out = np.zeros((len(offsets), LOADED_DIM), np.float32)
    for i, (s, e) in enumerate(offsets):
        j = bisect_right(starts, int(s)) - 1
        in_word = j >= 0 and ends[j] >= e
        w = words[j] if in_word else ""
        raw = text[starts[j] : ends[j]] if in_word else ""
        v = valence.get(w, 0.0)
        out[i, 0] = abs(v) / 4
        out[i, 1] = float(v < -0.5)
        out[i, 2] = float(w in _INTENSIFIERS or (w.endswith("est") and len(w) > 5))
        out[i, 3] = float(len(raw) >= 2 and raw.isupper() and raw.isalpha())
        out[i, 4] = float(exclaimed[s])
    return out


def _occurrences(text_lower: str, needle: str) -> int:
    return text_lower.count(needle) if needle else 0


def span_features(
    text: str,
    offsets: np.ndarray,
    states: np.ndarray,
    seg: np.ndarray,
    spans: Sequence[tuple[int, int]],
) -> np.ndarray:
    """One row per span: mean and max of its token states, its sentence's mean state, scalars."""
    lower = text.lower()
    words = _word_index(text)[2]
    counts = Counter(w for w in words if w not in _STOP)
    quoted = _quoted_mask(text)
    seg_ids = np.unique(seg)
    seg_mean = {int(k): states[seg == k].astype(np.float32).mean(0) for k in seg_ids}
    seg_range = {
        int(k): (int(offsets[seg == k][0, 0]), int(offsets[seg == k][-1, 1])) for k in seg_ids
    }
    out = np.zeros((len(spans), SPAN_DIM), np.float32)
    for r, (s, e) in enumerate(spans):
        m = (offsets[:, 0] < e) & (offsets[:, 1] > s)
        if not m.any():  # a span between tokens: take the nearest token
            m = np.zeros(len(offsets), np.bool_)
            if len(offsets):
                m[min(int(np.searchsorted(offsets[:, 0], s)), len(offsets) - 1)] = True
        if not m.any():
            continue
        st = states[m].astype(np.float32)
        k = int(seg[m][0])
        lo, hi = seg_range[k]
        frag = lower[s:e].strip()
        span_words = [w for w in _WORD.findall(frag) if w not in _STOP]
        sent = text[lo:hi]
        out[r, :STATE_DIM] = st.mean(0)
        out[r, STATE_DIM : 2 * STATE_DIM] = st.max(0)
        out[r, 2 * STATE_DIM : 3 * STATE_DIM] = seg_mean[k]
        out[r, 3 * STATE_DIM :] = (
            np.log1p(e - s) / 5,
            np.log1p(int(m.sum())) / 3,
            np.log1p(max(_occurrences(lower, frag), 1) - 1),
            np.log1p(max((max(counts[w], 1) for w in span_words), default=1) - 1) / 2,
            float("?" in sent),
            float("!" in text[s : min(e + 2, len(text))]),
            float(quoted[s] or quoted[max(s - 1, 0)]),
            np.mean([w[:1].isupper() for w in _WORD.findall(text[s:e])] or [0.0]),
            float(s <= lo + 1),
            (e - s) / max(hi - lo, 1),
        )
    return out


def decode_spans(
    text: str,
    offsets: np.ndarray,
    probs: np.ndarray,
    threshold: float,
    *,
    low: float | None = None,
    gap: int = 1,
) -> list[tuple[int, int]]:
    """Runs of wordpieces scoring over ``threshold`` -> character spans snapped to whole words.

    With ``low`` (hysteresis) a run grows over neighbours scoring at least ``low``. Gaps of up to
    ``gap`` low pieces between two runs are bridged (the tagger often dips on a function word
    inside a phrase); runs never cross a line break.
    """
    on = probs >= threshold
    n = len(on)
    if low is not None and low < threshold:
        weak = probs >= low
        for i in range(1, n):  # forward then backward growth from the seeds
            on[i] |= on[i - 1] and weak[i]
        for i in range(n - 2, -1, -1):
            on[i] |= on[i + 1] and weak[i]
    i = 0
    while i < n:  # bridge short gaps between two runs
        if on[i]:
            i += 1
            continue
        j = i
        while j < n and not on[j]:
            j += 1
        if i > 0 and j < n and j - i <= gap:
            on[i:j] = True
        i = j
    spans: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not on[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and on[j + 1] and "\n" not in text[offsets[j][1] : offsets[j + 1][0]]:
            j += 1
        s, e = int(offsets[i][0]), int(offsets[j][1])
        while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "'’-"):  # whole words
            s -= 1
        while e < len(text) and (text[e].isalnum() or text[e] in "'’"):
            e += 1
        while s < e and not text[s].isalnum() and text[s] not in "\"“«'":
            s += 1
        while e > s and not text[e - 1].isalnum() and text[e - 1] not in "\"”»'!?":
            e -= 1
        if any(c.isalnum() for c in text[s:e]):
            if spans and s <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
            else:
                spans.append((s, e))
        i = j + 1
    return spans
