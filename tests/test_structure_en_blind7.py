"""Short snippets for the seventh English blind batch: closing editor's lines that end the last
turn above unknown page furniture, a lead that announces the transcript below it, a possessive
speech headline, and hearing members who question a witness."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people
from structure_support import turn_rows


def turns(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(label, speaker, body[:20], body[-20:]) for label, speaker, body in turn_rows(text)]


_QA = (
    "QUESTION:  How many visas have been revoked so far this year?\n\n"
    "MR PRYOR:  I don't have a figure in front of me. Thanks, everyone.\n\n"
    "QUESTION:  And on Lebanon, is the ceasefire holding?\n\n"
    "MR PRYOR:  We believe it is holding. Thanks, everyone.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "(The briefing was concluded at 2:51 p.m.)",
        "(END OF TRANSCRIPT)",
        "[Whereupon, at 11:38 a.m., the hearing was adjourned.]",
    ],
)
def test_closing_line_ends_last_turn(closing: str) -> None:
    text = _QA + closing + "\n\nDepartment Press Briefings\nOffice of the Spokesperson\n"
    assert turns(text)[-1][3] == "g. Thanks, everyone."


def test_end_video_clip_is_no_closing_line() -> None:
    # "(END VIDEO CLIP)" closes a clip, not the event: the words after it are still the turn's.
    text = _QA + "(BEGIN VIDEO CLIP)\n\nA clip.\n\n(END VIDEO CLIP)\n\nMore words here.\n"
    assert turns(text)[-1][3].endswith("(END VIDEO CLIP)\n\nMore words here."[-20:])


@pytest.mark.parametrize(
    ("header", "want"),
    [
        ("READ: Full transcript of Mark Davenport's rally speech in Pueblo", ["Davenport"]),
        ("Text of President Joe Biden's remarks on the economy", ["Biden"]),
        ("Transcript of the speech", []),
    ],
)
def test_possessive_speech_headline(header: str, want: list[str]) -> None:
    assert [n.surname for k, n in _header_people(header) if k == "speech"] == want


def test_lead_announcing_transcript_starts_speech() -> None:
    text = (
        "READ: Full transcript of Mark Davenport's rally speech in Pueblo\n\n"
        "By Staff | March 16, 2025\n\n"
        "Former Governor Mark Davenport spoke to a crowd of about 3,000 people on Saturday. "
        "The following is a transcript of his remarks, lightly edited for clarity.\n\n"
        "Thank you! Thank you, Pueblo! It is good to be back.\n\n"
        "We are going to win this thing. God bless America!\n"
    )
    assert turns(text) == [
        ("statement", "Mark Davenport", "Thank you! Thank you", ". God bless America!")
    ]


def test_hearing_members_question_the_witness() -> None:
    text = (
        "    The Committee met, pursuant to notice, at 10:02 a.m., Hon. Douglas Whitcomb,\n"
        "Chairman of the Committee, presiding.\n\n"
        "    The Chairman. Good morning. Administrator, you are recognized.\n"
        "    Ms. Kessler. Thank you. We will hire 2,000 new controllers this year.\n"
        "    The Chairman. How many will retire over the same period?\n"
        "    Ms. Kessler. Roughly 1,400, Senator.\n"
        "    The Chairman. Senator Alvarez.\n"
        "    Senator Alvarez. Are the technicians also exempt from the freeze?\n"
        "    Ms. Kessler. They are not currently exempt, Senator.\n"
        "    Senator Alvarez. I would urge you to get that decision quickly.\n"
        "    Ms. Kessler. I agree with you.\n"
    )
    assert [label for label, *_ in turns(text)][-4:] == ["question", "answer"] * 2
