"""Small cases from the DC round: Hansard's web furniture between members, an interview lead
that names the correspondent, a one-word capitals heading, the UN's "Spokesman:"."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _lead_people_en
from rhetoscope.structure.furniture import _trim_furniture
from structure_support import turn_rows

HANSARD = """Commons Chamber

12:00:00
Q1. [901234]
Ms Ada Brook (Leeds East) (Lab)
If he will list his official engagements for Wednesday.
Share
The Prime Minister (Sir Tom Vale)
This morning I had meetings with ministerial colleagues.
Share
Ms Brook
Will he meet me to discuss the hospital?
Share
The Prime Minister
I will make sure that she gets that meeting.
Share
12:04:00
Q2. [901235]
Mr Ian Holt (Ely) (Con)
Will the Prime Minister admit that the figures are wrong?
Share
The Prime Minister
No, and the right hon. Gentleman knows it.
Share
"""


def test_hansard_members_between_share_and_clock_lines() -> None:
    turns = turn_rows(HANSARD)
    assert [(s, t) for _, s, t in turns] == [
        ("Ada Brook", "If he will list his official engagements for Wednesday."),
        ("Tom Vale", "This morning I had meetings with ministerial colleagues."),
        ("Ada Brook", "Will he meet me to discuss the hospital?"),
        ("Tom Vale", "I will make sure that she gets that meeting."),
        ("Ian Holt", "Will the Prime Minister admit that the figures are wrong?"),
        ("Tom Vale", "No, and the right hon. Gentleman knows it."),
    ]


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "In an interview with Ukrinform correspondent Olena Kravets in Kyiv, Deputy Foreign"
            " Minister Taras Melnychuk spoke about the Recovery Conference.",
            [("interview with", "Melnychuk"), ("interview by", "Kravets")],
        ),
        (
            "In an interview with Reuters reporter Anna Field, Finance Minister Jonas Berg"
            " discussed the budget.",
            [("interview with", "Berg"), ("interview by", "Field")],
        ),
    ],
)
def test_lead_names_interviewee_and_correspondent(lead: str, want: list[tuple[str, str]]) -> None:
    assert [(k, n.surname) for k, n in _lead_people_en(lead)] == want


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("I prefer not to name names.\n\nENERGY", "I prefer not to name names."),
        ("I prefer not to name names.\n\nNO", "I prefer not to name names.\n\nNO"),
    ],
)
def test_one_word_caps_heading(body: str, kept: str) -> None:
    assert body[: _trim_furniture(body, 0, len(body))] == kept


UN = """Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

The following is a near-verbatim transcript of today's noon briefing by Florian Mercadier,
Spokesperson for the Secretary-General.

Good afternoon. The Secretary-General is travelling to Nairobi today.

Question: Florian, will he meet the President there?

Spokesman: Yes, he will, on Thursday.

Question: And the refugees camp?

Spokesman: That is not on the programme yet.
"""


def test_spokesman_label_is_the_headers_spokesperson() -> None:
    speakers = [s for _, s, _ in turn_rows(UN)]
    assert speakers == [
        "Florian Mercadier",
        None,
        "Florian Mercadier",
        None,
        "Florian Mercadier",
    ]
