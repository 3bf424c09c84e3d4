"""Repetition found by counting: content phrases a document says again and again.

The SemEval winners found a simple count of repeated phrases beat learned models on Repetition;
the count also gives a fact-checker the reason ("'X' appears 4 times").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
# English and Russian function words: repeating these is not a technique.
_STOP_TEXT = (
    "the a an and or of to in on for is are was were be been being it its this that these "
    "those with as at by from not no but they he she we you i his her their our your have "
    "has had will would can could should may might there what which who whom do does did so "
    "if than then them us me my mr ms mrs said says also just about into out up over after "
    "before more most very и в во не на я что он с со как а то все она так его но да ты к у "
    "же вы за бы по только её ее мне было вот от меня ещё еще нет о из ему теперь когда даже "
    "ну ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя "
    "ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто "
    "чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь "
    "этом один почти мой тем чтобы нее были куда зачем всех это эти этой при также between "
    "among through during within without under same other such only own each both any some "
    "many much well even still now how why when where while because since until "
)
STOP_WORDS = frozenset(_STOP_TEXT.split())


@dataclass(frozen=True, slots=True)
class Repeat:
    phrase: str  # normalised (lower case) form
    count: int
    occurrences: tuple[tuple[int, int], ...]  # character spans, in text order


def repeats(text: str, *, max_len: int = 4, min_count: int = 3) -> list[Repeat]:
    """Maximal content n-grams (1..max_len words) occurring at least ``min_count`` times.

    An n-gram counts only if it starts and ends with a content word (not a stop word) and has a
    letter; a shorter n-gram is dropped when a longer one has as many occurrences covering it.
    Names are not slogans: n-grams capitalised word by word at every occurrence ("Vladimir
    Putin", "S.V. Lavrov") are skipped.
    """
    words = [(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text)]
    grams: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for n in range(1, max_len + 1):
        for i in range(len(words) - n + 1):
            key = tuple(w for _, _, w in words[i : i + n])
            if (
                key[0] in STOP_WORDS
                or key[-1] in STOP_WORDS
                or not any(c.isalpha() for c in key[0])
            ):
                continue
            if n == 1 and len(key[0]) < 4:
                continue
            grams[key].append((words[i][0], words[i + n - 1][1]))
    found = {
        k: v
        for k, v in grams.items()
        if len(v) >= min_count and not all(_is_name(text[s:e]) for s, e in v)
    }
    out = []
    for key, occ in found.items():
        covered = any(
            len(other) > len(key) and len(found[other]) >= len(occ) and _contains(other, key)
            for other in found
        )
        if not covered:
            out.append(Repeat(" ".join(key), len(occ), tuple(occ)))
    return sorted(out, key=lambda r: (-r.count * len(r.phrase.split()), r.phrase))


def _is_name(fragment: str) -> bool:
    return all(w[:1].isupper() for w in WORD.findall(fragment))


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def count_in(text: str, fragment: str) -> int:
    """How often the fragment's words occur, as a phrase, in the text (case-insensitive)."""
    words = [w.lower() for w in WORD.findall(fragment)]
    if not words:
        return 0
    pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)"
    return len(re.findall(pattern, text.lower()))
