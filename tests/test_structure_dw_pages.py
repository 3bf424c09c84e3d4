"""Small cases from the DW round: Hansard's "Share this contribution" page with a chorus from the
benches and a Speaker who calls once, an office holder named with a middle initial in a photo
caption, NBC's "PRES." clip label, and a Rev hearing its chair opens."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import classify_label
from structure_support import turn_rows

HANSARD = """Commons Chamber

12:00:00

Ms Ada Brook (Leeds East) (Lab)
Q1. If he will list his official engagements for Wednesday.
[901234]
Share this contribution

The Prime Minister (Sir Tom Vale)
This morning I had meetings with ministerial colleagues.
Share this contribution

Ms Brook
Will he meet me to discuss the hospital?
Share this contribution

The Prime Minister
I will make sure that she gets that meeting, and it was her party that closed the ward.
Share this contribution

Hon. Members
Hear, hear!

Mr Speaker
Order. I want to hear the hon. Lady's question.
Share this contribution

Mr Ian Holt (Ely) (Con)
Will the Prime Minister admit that the figures are wrong?
Share this contribution

The Prime Minister
No, I will not.
Share this contribution

Contains Parliamentary information licensed under the Open Parliament Licence v3.0.
"""


def test_hansard_share_this_contribution_page() -> None:
    turns = turn_rows(HANSARD)
    assert [(lab, spk) for lab, spk, _ in turns] == [
        ("question", "Ada Brook"),
        ("answer", "Tom Vale"),
        ("question", "Ada Brook"),
        ("answer", "Tom Vale"),
        ("other", "Hon. Members"),
        ("other", None),  # the Speaker, whom the page never names
        ("question", "Ian Holt"),
        ("answer", "Tom Vale"),
    ]
    assert turns[0][2] == "Q1. If he will list his official engagements for Wednesday."
    assert turns[-1][2] == "No, I will not."


@pytest.mark.parametrize(
    ("label", "office"),
    [("Hon. Members", "Hon. Members"), ("An hon. Member", "An hon. Member")],
)
def test_hansard_chorus_is_no_person(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.office == office and info.name is None


@pytest.mark.parametrize(
    ("label", "given", "surname"),
    [("PRES. DONALD TRUMP", ("DONALD",), "TRUMP"), ("Pres. Joe Biden", ("Joe",), "Biden")],
)
def test_pres_is_a_title(label: str, given: tuple[str, ...], surname: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert info.name.given == given and info.name.surname == surname


GAGGLE = """Remarks by President Halvorsen in Press Gaggle

President Daniel K. Halvorsen speaks with members of the press, Sunday, March 9, 2025.

THE PRESIDENT:  Hello, everybody.  We had a great weekend.  Go ahead.

Q    Sir, are you ruling out a recession this year?

THE PRESIDENT:  I hate to predict things like that.

Q    Are you worried about the markets?

THE PRESIDENT:  No, I'm not worried.
"""


def test_office_holder_named_from_the_caption_without_its_middle_initial() -> None:
    speakers = {spk for _, spk, _ in turn_rows(GAGGLE)} - {None}
    assert speakers == {"Daniel Halvorsen"}


HEARING = """Senate Committee Hearing on Rail Safety Transcript
Rail Administrator Jo Park testifies before the Senate committee. Read the transcript here.

Rev Transcripts
Mar 12, 2025
Washington, D.C.

Speakers: Sen. Ann Vale, Jo Park

Chair Vale (00:00:04):
The committee will come to order. Today we examine rail safety after two derailments this year.

I now recognize Administrator Park for her opening statement.

Jo Park (00:01:52):
Thank you, Chair Vale. The system is safe, but it is strained, and we are short of inspectors.

Chair Vale (00:04:30):
Thank you. Administrator, how many inspectors are you short?

Jo Park (00:04:41):
About 300, Madam Chair.

Chair Vale (00:04:52):
Why has that number grown?

Jo Park (00:05:01):
Because retirements outpaced hiring.
"""


def test_rev_hearing_opened_by_its_chair() -> None:
    turns = turn_rows(HEARING)
    assert turns[0][0] == "other" and turns[0][2].endswith("Read the transcript here.")
    assert [(lab, spk) for lab, spk, _ in turns[1:4]] == [
        ("statement", "Ann Vale"),
        ("statement", "Jo Park"),
        ("question", "Ann Vale"),
    ]
