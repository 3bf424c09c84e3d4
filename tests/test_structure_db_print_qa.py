"""Short cases for the DB round's print Q&A mechanisms (English news sites, think tanks, blogs)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _en_byline, _lead_people_en, _list_goes_on
from rhetoscope.structure.furniture import _READ_ALSO_INLINE, _WIRE_CREDIT
from rhetoscope.structure.header import _header_people
from rhetoscope.structure.speakers import is_title_token
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("token", "want"),
    [
        ("vice-minister", True),
        ("Vice-President", True),
        ("ex-minister", False),
        ("Lithuanian", False),
    ],
)
def test_hyphenated_office(token: str, want: bool) -> None:
    assert is_title_token(token) is want


@pytest.mark.parametrize(
    ("header", "want"),
    [
        (
            "‘Drones are the new trenches’ – interview with Lithuanian vice-minister Rūta Vaitkutė",
            "Rūta Vaitkutė",
        ),
        (
            "Federal Minister Zubaida Hayat Tareen speaks to Dawn at her office.",
            "Zubaida Hayat Tareen",
        ),
        ("Host Sarah Lee talks to Professor Mark Galeotti.", None),
    ],
)
def test_header_interviewee(header: str, want: str | None) -> None:
    got = [n.display() for k, n in _header_people(header) if k == "interview with"]
    assert (want in got) if want else all("Host" not in g for g in got)


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("Norway’s Ambassador Lars-Erik Holm spoke to *The Hindu* about trade.", "Lars-Erik Holm"),
        ("Ilya Sorokin left Russia.\n\nMeduza’s Daria Kozlova spoke with Sorokin about it.", None),
    ],
)
def test_spoke_to_outlet(lead: str, want: str | None) -> None:
    got = [n.display() for k, n in _lead_people_en(lead) if k == "interview with"]
    assert (want in got) if want else "Daria Kozlova" not in got


def test_linked_author_byline() -> None:
    head = "[Ananya Raghavan](https://www.thehindu.com/profile/author/Ananya-Raghavan/)\n"
    name = _en_byline(head)
    assert name is not None and name.display() == "Ananya Raghavan"


@pytest.mark.parametrize(
    ("line", "rx", "want"),
    [
        ("ALSO READ | India, EFTA hold first joint committee meeting", _READ_ALSO_INLINE, True),
        (
            "Kenyans queue at a centre in Nairobi. Simon Maina/AFP via Getty Images",
            _WIRE_CREDIT,
            True,
        ),
        ("We queue every day, and it is hard.", _WIRE_CREDIT, False),
    ],
)
def test_page_furniture(line: str, rx: object, want: bool) -> None:
    assert (rx.search(line) is not None) is want  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("para", "answer", "want"),
    [
        ("The second is political. Who decides?", "Two things. The first is physical.", True),
        ("Second, why now?", "It was hard.", False),
    ],
)
def test_list_goes_on(para: str, answer: str, want: bool) -> None:
    assert _list_goes_on(para, answer) is want


def test_glued_colon_label_and_nbsp_q() -> None:
    text = (
        "Interview with Helena Marsh\n\nBy Kiran Bhattarai\n\n"
        "KB: Is the treaty dead?\n\nHM: It is, for now.\n\nKB: That sounds modest.\n\n"
        "HM:It is modest. Modest is what you do.\n\nKB: What next?\n\nHM: Patience.\n"
    )
    assert [t[2] for t in turn_rows(text)][-3:] == [
        "It is modest. Modest is what you do.",
        "What next?",
        "Patience.",
    ]


def test_trailing_stamp_and_comments() -> None:
    text = (
        "Interview with Lars Holm\n\nBy Ananya Raghavan\n\nQ: Is it working?\n\n"
        "A: Yes, it is working.\n\nQ: Why?\n\nA: Because we planned it.\n\n"
        "Published - March 04, 2025 09:40 pm IST\n\nComments (14)\n"
    )
    assert turn_rows(text)[-1][2] == "Because we planned it."
