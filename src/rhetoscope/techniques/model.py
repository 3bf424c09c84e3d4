"""English technique spans: frozen encoder -> BiLSTM taggers (SI) -> span classifier (TC).

SI averages the token probabilities of three taggers (two seeds, and one that also reads the
loaded-language cues of `features.loaded_features`): +0.7 point CV SI F1 over one tagger.

Everything runs on ONNX Runtime and numpy; the heads are loaded lazily, once per process.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from rhetoscope.errors import ModelError
from rhetoscope.techniques import encoder
from rhetoscope.techniques.features import (
    decode_spans,
    loaded_features,
    span_features,
    token_features,
)
from rhetoscope.techniques.taxonomy import LABELS

PTC_LABELS = LABELS["semeval2020"]
TAGGER_PATH = encoder.MODEL_DIR / "tagger.onnx"
# the ensemble's other taggers (training/techniques/english.py MEMBERS); each reads the first
# columns of [states, token_features, loaded_features] that its input width asks for
EXTRA_TAGGER_PATHS = (
    encoder.MODEL_DIR / "tagger_s1000.onnx",
    encoder.MODEL_DIR / "tagger_lex.onnx",
)
TC_PATH = encoder.MODEL_DIR / "tc_head.npz"
META_PATH = encoder.MODEL_DIR / "english_head.json"


@dataclass(frozen=True, slots=True)
class SpanPrediction:
    start: int
    end: int
    label: str  # PTC (semeval2020) label
    score: float  # span confidence x class probability
    span_score: float  # mean tagger probability over the span
    probs: tuple[float, ...]  # class distribution over PTC_LABELS


@dataclass(frozen=True, slots=True)
class Encoded:
    text: str
    offsets: np.ndarray
    states: np.ndarray
    seg: np.ndarray


def encode_text(text: str) -> Encoded:
    segs = encoder.encode(text)
    if not segs:
        return Encoded(
            text, np.zeros((0, 2), np.int32), np.zeros((0, 768), np.float32), np.zeros(0, np.int32)
        )
    return Encoded(
        text,
        np.concatenate([s.offsets for s in segs]),
        np.concatenate([s.states for s in segs]),
        np.concatenate([np.full(len(s.offsets), i, np.int32) for i, s in enumerate(segs)]),
    )


@cache
def _meta() -> dict[str, float]:  # decoding settings chosen at training time
    if not META_PATH.exists():
        raise ModelError(f"{META_PATH.name} missing; run training/techniques/english.py final")
    return dict(json.loads(META_PATH.read_text(encoding="utf-8")))


@cache
def _tagger(member: int = 0) -> object:
    path = TAGGER_PATH if member == 0 else EXTRA_TAGGER_PATHS[member - 1]
    if not path.exists():
        raise ModelError(f"{path.name} missing; run training/techniques/english.py final")
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    try:
        return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises untyped errors
        raise ModelError(f"cannot load {path.name}: {exc}") from exc


@cache
def _tc() -> dict[str, np.ndarray]:
    if not TC_PATH.exists():
        raise ModelError(f"{TC_PATH.name} missing; run training/techniques/english.py final")
    z = np.load(TC_PATH)
    return {k: z[k].astype(np.float32) for k in z.files}


def token_probs(enc: Encoded) -> np.ndarray:
    """Probability that each wordpiece lies inside a technique span (mean over the taggers)."""
    sessions = [_tagger(i) for i in range(1 + len(EXTRA_TAGGER_PATHS))]
    widths = [int(s.get_inputs()[0].shape[-1]) for s in sessions]  # type: ignore[attr-defined]
    feats = np.concatenate(
        [
            enc.states,
            token_features(enc.text, enc.offsets),
            loaded_features(enc.text, enc.offsets),
        ],
        axis=1,
    ).astype(np.float32)
    probs = np.zeros(len(enc.offsets), np.float32)
    for k in np.unique(enc.seg):
        x = feats[enc.seg == k][None]
        for sess, width in zip(sessions, widths, strict=True):
            logit = sess.run(None, {"x": x[:, :, :width]})[0][0]  # type: ignore[attr-defined]
            probs[enc.seg == k] += 1 / (1 + np.exp(-logit))
    return probs / len(sessions)


def class_probs(enc: Encoded, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """(len(spans), 14) technique distribution of each span (MLP head, numpy)."""
    if not spans:
        return np.zeros((0, len(PTC_LABELS)), np.float32)
    w = _tc()
    X = (span_features(enc.text, enc.offsets, enc.states, enc.seg, spans) - w["mu"]) / w["sd"]
    h = X @ w["W1"] + w["b1"]
    h = 0.5 * h * (1 + np.tanh(0.7978845608 * (h + 0.044715 * h**3)))  # GELU (tanh form)
    z = h @ w["W2"] + w["b2"]
    z = np.exp(z - z.max(1, keepdims=True))
    return z / z.sum(1, keepdims=True)


def classify(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """One PTC label per given span (TC)."""
    if not spans:
        return []
    P = class_probs(encode_text(text), spans)
    return [PTC_LABELS[int(i)] for i in P.argmax(1)]


def predict(text: str, *, threshold: float | None = None) -> list[SpanPrediction]:
    """Technique spans of an English text (SI + TC)."""
    enc = encode_text(text)
    if not len(enc.offsets):
        return []
    probs = token_probs(enc)
    meta = _meta()
    thr = float(meta["threshold"]) if threshold is None else threshold
    low = float(meta.get("low", thr)) if threshold is None else thr
    spans = decode_spans(text, enc.offsets, probs, thr, low=low, gap=int(meta.get("gap", 1)))
    P = class_probs(enc, spans)
    out = []
    for (s, e), row in zip(spans, P, strict=True):
        m = (enc.offsets[:, 0] < e) & (enc.offsets[:, 1] > s)
        conf = float(probs[m].mean()) if m.any() else thr
        j = int(row.argmax())
        out.append(
            SpanPrediction(
                s, e, PTC_LABELS[j], conf * float(row[j]), conf, tuple(float(x) for x in row)
            )
        )
    return out
