"""Token-level lexical features of the English taggers (the loaded-language cues)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.techniques.features import LOADED_DIM, loaded_features

VALENCE, NEGATIVE, INTENSIFIER, ALL_CAPS, EXCLAIMED = range(LOADED_DIM)


def _words(text: str) -> np.ndarray:
    return np.array([m.span() for m in re.finditer(r"\w+|[^\w\s]", text)], np.int32).reshape(-1, 2)


def _row(text: str, word: str) -> np.ndarray:
    offsets = _words(text)
    i = next(i for i, (s, e) in enumerate(offsets) if text[s:e] == word)
    return loaded_features(text, offsets)[i]


@pytest.mark.parametrize(
    ("text", "word", "column", "on"),
    [
        ("They are thugs and liars.", "liars", NEGATIVE, True),
        ("They are thugs and liars.", "They", NEGATIVE, False),
        ("A wonderful, happy day.", "wonderful", NEGATIVE, False),
        ("The most corrupt regime.", "most", INTENSIFIER, True),
        ("The greatest nation.", "greatest", INTENSIFIER, True),
        ("The best test.", "test", INTENSIFIER, False),  # short -est words are not superlatives
        ("This is a TOTAL disgrace.", "TOTAL", ALL_CAPS, True),
        ("This is a Total disgrace.", "Total", ALL_CAPS, False),
        ("The EU says so.", "EU", ALL_CAPS, True),
        ("Stop them now! They lie.", "Stop", EXCLAIMED, True),
        ("Stop them now! They lie.", "lie", EXCLAIMED, False),
    ],
)
def test_loaded_language_cues(text: str, word: str, column: int, on: bool) -> None:
    assert bool(_row(text, word)[column]) is on


def test_valence_grows_with_emotional_charge() -> None:
    text = "a table, an awful plan, a catastrophe"
    assert _row(text, "table")[VALENCE] == 0.0
    assert 0 < _row(text, "awful")[VALENCE] < _row(text, "catastrophe")[VALENCE] <= 1.0


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc XYZ!.?\n'é")), max_size=80))
def test_features_are_bounded_and_one_row_per_piece(text: str) -> None:
    offsets = _words(text)
    out = loaded_features(text, offsets)
    assert out.shape == (len(offsets), LOADED_DIM)
    assert out.dtype == np.float32
    assert ((out >= 0) & (out <= 1)).all()
