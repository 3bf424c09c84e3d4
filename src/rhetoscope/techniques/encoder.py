"""The frozen MiniLM encoder on ONNX Runtime: text segments -> contextual token states.

Training (feature cache) and inference share this code, so the heads see exactly the features
they were trained on (the int8 graph's, not torch's).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from rhetoscope.errors import ModelError

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "techniques"
MAX_TOKENS = 128  # wordpieces per window, [CLS]/[SEP] included
STATE_DIM = 768
_SENT_END = re.compile(r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«(]?[A-ZА-ЯЁ0-9])")


@dataclass(frozen=True, slots=True)
class Segment:
    """A window of text encoded in one pass: wordpiece offsets (absolute) and their states."""

    start: int
    end: int
    offsets: np.ndarray  # (n, 2) int32 absolute char offsets of the wordpieces
    states: np.ndarray  # (n, STATE_DIM) float32


def _threads() -> int:
    try:
        return max(1, int(os.environ.get("RHETOSCOPE_THREADS", "0")) or (os.cpu_count() or 1))
    except ValueError:
        return os.cpu_count() or 1


@cache
def _session() -> object:
    path = MODEL_DIR / "encoder.int8.onnx"
    if not path.exists():
        raise ModelError(
            f"encoder model missing at {path}; run training/techniques/export_encoder.py"
        )
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = min(_threads(), 2)
    opts.inter_op_num_threads = 1
    try:
        return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own untyped errors
        raise ModelError(f"cannot load {path.name}: {exc}") from exc


@cache
def _tokenizer() -> object:
    path = MODEL_DIR / "tokenizer.json"
    if not path.exists():
        raise ModelError(f"tokenizer missing at {path}; run training/techniques/export_encoder.py")
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.no_padding()
    tok.no_truncation()
    return tok


def windows(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, with long lines cut at sentence ends; char ranges [start, end)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        stripped = line.strip()
        if not stripped:
            continue
        lo += len(line) - len(line.lstrip())
        hi -= len(line) - len(line.rstrip())
        if hi - lo <= 400:
            out.append((lo, hi))
            continue
        cut = lo
        for m in _SENT_END.finditer(text, lo, hi):
            out.append((cut, m.start()))
            cut = m.end()
        out.append((cut, hi))
    return [(a, b) for a, b in out if b > a]


def encode(text: str, ranges: Sequence[tuple[int, int]] | None = None) -> list[Segment]:
    """Encode ``text`` window by window (``windows(text)`` unless given); long windows are split."""
    tok = _tokenizer()
    sess = _session()
    pieces: list[tuple[int, np.ndarray, np.ndarray]] = []  # (range start, ids, offsets)
    for lo, hi in ranges if ranges is not None else windows(text):
        enc = tok.encode(text[lo:hi], add_special_tokens=False)  # type: ignore[attr-defined]
        ids = np.asarray(enc.ids, dtype=np.int64)
        offs = np.asarray(enc.offsets, dtype=np.int32).reshape(-1, 2) + lo
        step = MAX_TOKENS - 2
        for k in range(0, max(len(ids), 1), step):
            if len(ids[k : k + step]):
                pieces.append((lo, ids[k : k + step], offs[k : k + step]))
    order = sorted(range(len(pieces)), key=lambda i: len(pieces[i][1]))
    result: list[Segment | None] = [None] * len(pieces)
    batch = 32
    for b in range(0, len(order), batch):
        idx = order[b : b + batch]
        width = max(len(pieces[i][1]) for i in idx) + 2
        input_ids = np.zeros((len(idx), width), dtype=np.int64)
        mask = np.zeros((len(idx), width), dtype=np.int64)
        for r, i in enumerate(idx):
            ids = pieces[i][1]
            input_ids[r, : len(ids) + 2] = np.concatenate(([101], ids, [102]))
            mask[r, : len(ids) + 2] = 1
        states = sess.run(None, {"input_ids": input_ids, "attention_mask": mask})[0]  # type: ignore[attr-defined]
        for r, i in enumerate(idx):
            n = len(pieces[i][1])
            offs = pieces[i][2]
            result[i] = Segment(
                start=int(offs[0, 0]),
                end=int(offs[-1, 1]),
                offsets=offs,
                states=np.asarray(states[r, 1 : n + 1], dtype=np.float32),
            )
    return [s for s in result if s is not None]
