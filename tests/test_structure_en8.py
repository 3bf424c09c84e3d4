"""Headline/lead people and label traps met in English transcripts (first contact BI/BK)."""

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.speakers import classify_label


@pytest.mark.parametrize(
    ("header", "given", "surname"),
    [
        # A wire headline lowercases the office between a qualifier and the name.
        (
            "Full transcript: Reuters interview with EU trade chief Ingrid Solberg",
            "Ingrid",
            "Solberg",
        ),
        # A possessive before "answers" is no part of the name.
        ("Spokeswoman Irina Volkova’s answers to media questions", "Irina", "Volkova"),
        ("Spokeswoman Irina Volkova's answers to media questions", "Irina", "Volkova"),
    ],
)
def test_header_interviewee(header: str, given: str, surname: str) -> None:
    people = [n for k, n in _header_people(header) if k == "interview with"]
    assert [(n.given, n.surname) for n in people] == [((given,), surname)]


@pytest.mark.parametrize(
    ("label", "is_label"),
    [
        ("Senator Fenwick. Administrator, yes or no", False),
        ("Mr. Smith", True),
        ("Prof. Ann Lee", True),
    ],
)
def test_sentence_inside_label(label: str, is_label: bool) -> None:
    assert (classify_label(label) is not None) is is_label
