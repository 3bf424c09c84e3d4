"""The structure readers' ``re`` (a larger compile cache) answers exactly as ``re`` does."""

from __future__ import annotations

import re

import pytest

from rhetoscope.structure import regex

TEXT = "Q: Minister, why now?\nA: Because the Ministry asked.\nq: And then?"

CASES = [
    ("search", (r"(?m)^A:", TEXT), {}),
    ("match", (r"q:", TEXT), {"flags": re.IGNORECASE}),
    ("fullmatch", (r"[A-Z]:", "Q:"), {}),
    ("findall", (r"(?m)^(\w):", TEXT), {}),
    ("split", (r"\n", TEXT), {"maxsplit": 1}),
    ("sub", (r"minist(ry|er)", r"<\1>", TEXT), {"flags": re.I}),
    ("subn", (r"\?", "!", TEXT), {"count": 1}),
]


@pytest.mark.parametrize(("name", "args", "kwargs"), CASES)
def test_same_answers_as_re(name: str, args: tuple[str, ...], kwargs: dict[str, int]) -> None:
    ours, theirs = getattr(regex, name)(*args, **kwargs), getattr(re, name)(*args, **kwargs)
    if isinstance(theirs, re.Match):
        assert isinstance(ours, re.Match) and ours.span() == theirs.span()
    else:
        assert ours == theirs


def test_finditer_and_compiled_patterns() -> None:
    pattern = re.compile(r"(?m)^(\w):")
    assert regex.compile(pattern) is pattern
    assert [m.group(1) for m in regex.finditer(pattern, TEXT)] == ["Q", "A", "q"]
    # a pattern string compiles once and is shared
    assert regex.compile(r"Minister\b") is regex.compile(r"Minister\b")
