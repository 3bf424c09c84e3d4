"""Check-worthiness scorer: logistic regressions over the features of ``features.py``.

The weights ship in ``rhetoscope/models/claims/checkworthiness.npz`` (written by
``training/claims/train_checkworthiness.py``) and are applied with numpy; no sklearn at run time.
Two members (one trained on CheckThat! transcripts, one on ClaimBuster) are averaged in
probability. Latin-script sentences use the ``full`` variant (embedding + hashed n-grams + hand
features); Cyrillic ones the ``multi`` variant (embedding + hand features), i.e. Russian
check-worthiness is a zero-shot cross-lingual transfer through the multilingual USE embedding.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from rhetoscope.claims import features as F
from rhetoscope.errors import ModelError

MODEL_FILE = "checkworthiness.npz"
CARD_FILE = "checkworthiness.json"


def model_dir() -> Path:
    return Path(str(resources.files("rhetoscope") / "models" / "claims"))


@dataclass(frozen=True)
class _Linear:
    """One logistic regression over [embedding | scaled hand features | hashed n-grams]."""

    emb_w: np.ndarray
    hand_w: np.ndarray
    bias: float
    hash_w: np.ndarray | None = None

    def logits(
        self, emb: np.ndarray, hand: np.ndarray, hashed: list[dict[int, float]]
    ) -> np.ndarray:
        z = emb @ self.emb_w + hand @ self.hand_w + self.bias
        if self.hash_w is not None:
            w = self.hash_w
            z = z + np.asarray([sum(v * float(w[k]) for k, v in h.items()) for h in hashed])
        return np.asarray(z, dtype=np.float64)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float64)


@dataclass(frozen=True)
class CheckworthinessModel:
    """Members' probabilities are averaged; ``full`` for Latin script, ``multi`` for Cyrillic."""

    hand_mean: np.ndarray
    hand_std: np.ndarray
    full: tuple[_Linear, ...]
    multi: tuple[_Linear, ...]

    def score(
        self,
        texts: Sequence[str],
        roles: Sequence[float] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> np.ndarray:
        """Check-worthiness in [0, 1], one per text."""
        n = len(texts)
        if n == 0:
            return np.zeros(0, dtype=np.float64)
        roles = list(roles) if roles is not None else [F.ROLE_UNKNOWN] * n
        if len(roles) != n:
            raise ValueError("roles and texts differ in length")
        emb = F.embed(texts) if embeddings is None else embeddings
        hand = np.vstack([F.hand_features(t, r) for t, r in zip(texts, roles, strict=True)])
        hand = (hand - self.hand_mean) / self.hand_std
        cyr = np.asarray([F.is_cyrillic(t) for t in texts])
        hashed = [{} if c else F.hashed_ngrams(t) for t, c in zip(texts, cyr, strict=True)]
        full = np.mean([_sigmoid(m.logits(emb, hand, hashed)) for m in self.full], axis=0)
        multi = np.mean([_sigmoid(m.logits(emb, hand, hashed)) for m in self.multi], axis=0)
        return np.asarray(np.where(cyr, multi, full), dtype=np.float64)


@functools.cache
def load_model(path: str | None = None) -> CheckworthinessModel:
    """The shipped model (or the ``.npz`` at ``path``), loaded once per process."""
    file = Path(path) if path else model_dir() / MODEL_FILE
    try:
        with np.load(file) as data:
            arrays: dict[str, Any] = {k: data[k] for k in data.files}
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"cannot read the check-worthiness model {file} ({exc}); reinstall rhetoscope or "
            "rerun training/claims/train_checkworthiness.py"
        ) from exc
    version = int(arrays.get("feature_version", -1))
    if version != F.FEATURE_VERSION:
        raise ModelError(
            f"{file} was trained for feature version {version}, this code computes version "
            f"{F.FEATURE_VERSION}; rerun training/claims/train_checkworthiness.py"
        )

    def member(prefix: str) -> _Linear:
        hash_w = arrays.get(f"{prefix}_hash_w")
        return _Linear(
            emb_w=arrays[f"{prefix}_emb_w"].astype(np.float32),
            hand_w=arrays[f"{prefix}_hand_w"].astype(np.float32),
            bias=float(arrays[f"{prefix}_bias"]),
            hash_w=None if hash_w is None else hash_w.astype(np.float32),
        )

    try:
        names = [str(n) for n in arrays["members"]]
        return CheckworthinessModel(
            hand_mean=arrays["hand_mean"].astype(np.float32),
            hand_std=arrays["hand_std"].astype(np.float32),
            full=tuple(member(f"full_{n}") for n in names),
            multi=tuple(member(f"multi_{n}") for n in names),
        )
    except KeyError as exc:
        raise ModelError(f"{file} lacks the array {exc}; rerun the training script") from exc


def model_card() -> dict[str, Any]:
    """The metrics JSON written beside the model by the training script."""
    try:
        data: dict[str, Any] = json.loads((model_dir() / CARD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read the check-worthiness model card: {exc}") from exc
    return data


def score(texts: Sequence[str], roles: Sequence[float] | None = None) -> np.ndarray:
    """Check-worthiness of each text in [0, 1] with the shipped model."""
    return load_model().score(texts, roles)
