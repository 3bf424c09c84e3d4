"""The rule-based sentence splitter: abbreviations, initials, quotes, Russian, labels."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.sentences import split_sentences


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As President V.V. Putin said, it works. We agree.",
            ["As President V.V. Putin said, it works.", "We agree."],
        ),
        (
            "His envoy S. Whitcoff came. Then he left.",
            ["His envoy S. Whitcoff came.", "Then he left."],
        ),
        (
            "The U.S. and the U.K. agreed. Mr. Smith and Dr. Jones did not.",
            ["The U.S. and the U.K. agreed.", "Mr. Smith and Dr. Jones did not."],
        ),
        ('He said: "We will win." Then he left!', ['He said: "We will win."', "Then he left!"]),
        ("Is it over? “No,” she said… Really.", ["Is it over?", "“No,” she said…", "Really."]),
        ("Prices rose (by 5 p.c.). Wages fell.", ["Prices rose (by 5 p.c.).", "Wages fell."]),
        (
            "It costs $4.2 billion. That is 3.5% of GDP.",
            ["It costs $4.2 billion.", "That is 3.5% of GDP."],
        ),
        (
            "Title line\nFirst paragraph here.\n\nSecond one.",
            ["Title line", "First paragraph here.", "Second one."],
        ),
        (
            "A wrapped line that goes\non and on. Next.",
            ["A wrapped line that goes\non and on.", "Next."],
        ),
        ("Об этом говорил В.В.Путин. Мы согласны.", ["Об этом говорил В.В.Путин.", "Мы согласны."]),
        (
            "Это т.е. важно. В 2024 г. Москва выросла. Да.",
            ["Это т.е. важно.", "В 2024 г. Москва выросла.", "Да."],
        ),
        (
            "«Мы готовы», — сказал он. Встреча — завтра.",
            ["«Мы готовы», — сказал он.", "Встреча — завтра."],
        ),
        ("e.g. this is lower case. Fine.", ["e.g. this is lower case.", "Fine."]),
        ("   ", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_labels_are_excluded_and_never_crossed() -> None:
    text = "Talks, Moscow, May 5, 2024Question: Why now?\nIvan Petrov: Because. It is time.\n"
    doc = build_pipeline(["sentences"])(read_text(text))
    got = [doc.span_text(s) for s in doc.layer("sentences")]
    assert got == ["Talks, Moscow, May 5, 2024", "Why now?", "Because.", "It is time."]
    assert all(s.label == "sentence" and dict(s.attrs) == {} for s in doc.layer("sentences"))


alphabet = st.sampled_from([*'ab AБ.?!\n"«»()V:', "Mr.", "U.S.", "т.е.", " S. ", "…"])


@settings(max_examples=150, deadline=None)
@given(st.lists(alphabet, max_size=80).map("".join))
def test_spans_are_ordered_stripped_and_inside(text: str) -> None:
    spans = split_sentences(text)
    prev_end = 0
    for a, b in spans:
        assert prev_end <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        prev_end = b
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())  # nothing but whitespace is lost
