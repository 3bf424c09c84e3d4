"""A fast rule-based sentence splitter for English and Russian political text.

Hard boundaries: blank lines, line breaks (unless the line was merely wrapped: no end punctuation
and a lowercase continuation), and speaker labels, which are excluded from every sentence. Soft
boundaries: ``.``, ``!``, ``?``, ``…`` (with closing quotes/brackets) followed by space and an
uppercase letter, digit, opening quote or dash — except after initials (``V.V. Putin``,
``S. Whitcoff``), dotted acronyms (``U.S.``) and known abbreviations (``Mr.``, ``т.е.``, ``г.``).
Spans never include surrounding whitespace. One regex pass plus a check per candidate: several
hundred thousand words per second.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rhetoscope.datewords import EN_MONTH_ABBREVIATIONS
from rhetoscope.model import strip_range
from rhetoscope.structure.speakers import LOWER, UPPER

ABBREVIATIONS = frozenset(
    {
        # English titles and common abbreviations that are followed by a capitalised word.
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "capt",
        "maj",
        "sgt",
        "adm",
        "cmdr",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "amb",
        "sec",
        "dept",
        "vs",
        "v",
        "no",
        "nos",
        "art",
        "fig",
        "vol",
        "op",
        "cf",
        "ed",
        "eds",
        "approx",
        "est",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "mt",
        "ft",
        "p",
        "pp",
        "para",
        "ch",
        "sect",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        # Russian.
        "г",
        "гг",
        "т",
        "т.е",
        "т.д",
        "т.п",
        "т.к",
        "т.н",
        "т.ч",
        "др",
        "пр",
        "им",
        "ул",
        "см",
        "стр",
        "руб",
        "млн",
        "млрд",
        "трлн",
        "тыс",
        "ст",
        "с.г",
        "н.э",
        "до н.э",
        "в",
        "вв",
        "проф",
        "акад",
        "ген",
        "гос",
        "р",
        "с",
        "рис",
        "напр",
        "тов",
        "г-н",
        "г-жа",
        "зам",
        "пред",
        "сост",
        "обл",
        "пос",
        "д",
        "кв",
        "корп",
        "ред",
        "изд",
        "прим",
        "англ",
        "нем",
        "франц",
        "лат",
        "греч",
        "мин",
        "сек",
        "ч",
    }
) | frozenset(EN_MONTH_ABBREVIATIONS)
# Candidate boundary: end punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"[.!?…]+[\"'”»’)\]]*(?=\s)|\n")
_NEXT_OK = re.compile(rf"[{UPPER}\d\"'“«„‘(\[—–\-]")
_WORD_BEFORE = re.compile(rf"([{UPPER}{LOWER}.\-]+)\.$")
_INITIAL_BEFORE = re.compile(rf"(?:^|[\s(\"“«])(?:[{UPPER}]\.){{1,3}}$")
_SENT_END = re.compile(r"[.!?…:;][\"'”»’)\]]*$")


def _is_abbreviation(chunk: str) -> bool:
    """Does the text before a period end with an initial or a known abbreviation?"""
    if _INITIAL_BEFORE.search(chunk):
        return True
    m = _WORD_BEFORE.search(chunk)
    if not m:
        return False
    word = m.group(1).lower()
    return word in ABBREVIATIONS or ("." in word and word.rsplit(".", 1)[-1] in ABBREVIATIONS)


def _split_region(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of ``text[start:end]`` (a region with no speaker label inside)."""
    seg_start = start
    for m in _END.finditer(text, start, end):
        cut = m.end()
        if m.group(0) == "\n":
            before = text[seg_start : m.start()].rstrip()
            after_pos = m.end()
            while after_pos < end and text[after_pos] in " \t":
                after_pos += 1
            nxt = text[after_pos : after_pos + 1]
            wrapped = bool(before) and not _SENT_END.search(before) and nxt.islower()
            if wrapped:
                continue
            cut = m.start()
        else:
            if (
                "." in m.group(0)
                and not m.group(0).startswith(("..", "…"))
                and (_is_abbreviation(text[max(seg_start, m.start() - 20) : m.start() + 1]))
            ):
                continue
            nxt_pos = cut
            while nxt_pos < end and text[nxt_pos] in " \t":
                nxt_pos += 1
            if nxt_pos < end and text[nxt_pos] != "\n" and not _NEXT_OK.match(text, nxt_pos):
                continue
        s, e = strip_range(text, seg_start, cut)
        if e > s:
            yield s, e
        seg_start = cut
    s, e = strip_range(text, seg_start, end)
    if e > s:
        yield s, e


def split_sentences(
    text: str, exclude: Sequence[tuple[int, int]] = (), end: int | None = None
) -> list[tuple[int, int]]:
    """``[start, end)`` of every sentence; ``exclude`` (labels) are skipped and split around."""
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = 0
    for a, b in sorted(exclude):
        if a >= stop:
            break
        out.extend(_split_region(text, pos, min(a, stop)))
        pos = max(pos, b)
    if pos < stop:
        out.extend(_split_region(text, pos, stop))
    return out
