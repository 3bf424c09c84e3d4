"""Small cases for the GC round: state news agencies' English pages (the office's place before a
name that answers, a Malay style before a first-name label, an agency's language-edition
masthead over its acronym label, and an agency's sign-off and section links under the story)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.metadata import _TRAILING_LINE
from structure_support import spoken_rows


def test_place_closing_the_office_is_no_given_name() -> None:
    header = (
        "YEREVAN, MAY 6, 2025. Deputy Minister of Foreign Affairs of Armenia Anna Petrosyan "
        "answered questions from the agency about the visa dialogue."
    )
    assert [(k, n.display()) for k, n in _header_people(header)] == [
        ("interview with", "Anna Petrosyan")
    ]


def test_malay_style_is_no_given_name() -> None:
    text = (
        "KUALA LUMPUR, July 2 -- Below is the transcript of the press conference by Home "
        "Minister Datuk Seri Amran Yusof today.\n\n"
        "Datuk Seri Amran Yusof: Good morning. We have finished the review of the border posts.\n\n"
        "Q (Nur Aina, Bernama): Will the new rules apply from next month?\n\n"
        "Amran: Yes, from the first of August. The states have been told.\n\n"
        "Q (The Star): How many officers will be added at the posts?\n\n"
        "Amran: About four hundred, most of them in Sabah and Sarawak.\n\n"
        "Q (Nur Aina, Bernama): Is the budget for this approved?\n\n"
        "Amran: It is, under the supplementary supply bill. Thank you, everyone.\n"
    )
    speakers = {r[1] for r in spoken_rows(text) if r[0] != "question"}
    assert speakers == {"Amran Yusof"}


def test_edition_masthead_keeps_the_acronym() -> None:
    text = (
        "KNA English\n"
        "Home / Interview\n\n"
        "In an interview with the Kenya News Agency (KNA), the Governor discussed the budget.\n\n"
        "KNA: Governor, what comes first in the budget?\n\n"
        "Governor Mary Wanjiru: Water and roads, in that order.\n\n"
        "KNA: Thank you, Governor.\n"
    )
    assert {r[1] for r in spoken_rows(text) if r[0] == "question"} == {"KNA"}


@pytest.mark.parametrize(
    ("line", "trailing"),
    [
        ("-- BERNAMA", True),
        ("--- ONA", True),
        ("More in: Politics | Economy", True),
        ("More in a moment.", False),
    ],
)
def test_agency_tail_lines(line: str, trailing: bool) -> None:
    assert (_TRAILING_LINE.match(line) is not None) is trailing
