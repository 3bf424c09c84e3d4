"""The canonical speaker drops middle initials (docs/structure.md, Speakers and aliases): one
person has one name whether the page prints `Antony J. Blinken` or `Antony Blinken`."""

from __future__ import annotations

import pytest

from rhetoscope.model import Span
from rhetoscope.structure.stages import _without_middle_initials
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Antony J. Blinken", "Antony Blinken"),
        ("Shannon K. O'Neil", "Shannon O'Neil"),
        ("Robert F. Kennedy Jr.", "Robert Kennedy Jr."),
        ("Lloyd J. Austin III", "Lloyd Austin III"),
        ("George H. W. Bush", "George Bush"),
        ("Jean-Claude J. Juncker", "Jean-Claude Juncker"),
        ("Дональд Д. Трамп", "Дональд Трамп"),
        # no given name before the initials, or no initial between: unchanged
        ("J.D. Vance", "J.D. Vance"),
        ("J. D. Vance", "J. D. Vance"),
        ("H. R. McMaster", "H. R. McMaster"),
        ("Mary Kay Henry", "Mary Kay Henry"),
        ("S.V. Lavrov", "S.V. Lavrov"),
        ("Corriere della Sera", "Corriere della Sera"),
        ("Antony J.", "Antony J."),
    ],
)
def test_middle_initials_dropped(written: str, canonical: str) -> None:
    span = Span(0, 4, "answer", attrs={"speaker": written})
    assert _without_middle_initials(span).attrs["speaker"] == canonical


def test_null_speaker_untouched() -> None:
    span = Span(0, 4, "question", attrs={"speaker": None})
    assert _without_middle_initials(span) == span


PAGE = """Interview of Secretary of State Antony J. Blinken With Margaret Brennan of CBS

Washington, D.C.
March 2, 2025

QUESTION: Mr. Secretary, welcome back to the program. Is a ceasefire in reach this month?

SECRETARY BLINKEN: Good morning, Margaret. We are working every day to get there, and we are
closer than we were a week ago.

QUESTION: What would it take to close the gaps that remain?

SECRETARY BLINKEN: Both sides have to take yes for an answer, and we are pressing them to.
"""


def test_page_with_the_initial_speaks_without_it() -> None:
    speakers = {spk for _, spk, _ in turn_rows(PAGE)} - {None}
    assert speakers == {"Antony Blinken", "Margaret Brennan"}
