"""Batch Z conventions: Commonwealth parliaments and press rooms, WHO briefings, speech pages."""

from __future__ import annotations

import pytest

from structure_support import turn_rows


def turns(text: str) -> list[tuple[str, str | None, str]]:
    return [(label, speaker, body.split("\n")[0][:24]) for label, speaker, body in turn_rows(text)]


CASES = [
    (
        # Canada's Hansard: "Hon." is a style; the Speaker presides, named by the cover field.
        "Speaker: The Honourable Denis Laframboise\n\nOral Questions\n\n"
        "Hon. Ann Lee (Leader of the Opposition, CPC): Mr. Speaker, will he act?\n\n"
        "Hon. Raj Dev (Minister of Housing, Lib.): Mr. Speaker, we are acting.\n\n"
        "(1420)\n\n"
        "The Speaker: The hon. Leader of the Opposition.\n\n"
        "Hon. Ann Lee (Leader of the Opposition, CPC): Mr. Speaker, when?\n\n"
        "Hon. Raj Dev (Minister of Housing, Lib.): Mr. Speaker, this year.\n\n"
        "The Speaker: Order. The hon. Leader of the Opposition.\n\n"
        "Hon. Ann Lee (Leader of the Opposition, CPC): Mr. Speaker, which year?\n",
        [
            ("question", "Ann Lee", "Mr. Speaker, will he act"),
            ("answer", "Raj Dev", "Mr. Speaker, we are acti"),
            ("other", "Denis Laframboise", "The hon. Leader of the O"),
            ("question", "Ann Lee", "Mr. Speaker, when?"),
            ("answer", "Raj Dev", "Mr. Speaker, this year."),
            ("other", "Denis Laframboise", "Order. The hon. Leader o"),
            ("question", "Ann Lee", "Mr. Speaker, which year?"),
        ],
    ),
    (
        # WHO: a timestamp line, then initials alone; journalists named by the moderator.
        "Speaker key:\nRL Rosa Lind\nSL Dr Sam Lang\n\n00:00:09\nRL\nWelcome. I give the floor "
        "to Dr Lang.\n\n00:00:40\nSL\nThank you, Rosa. Cholera is spreading.\n\n00:03:31 RL\n"
        "The first question goes to Helena Borg. Helena, go ahead.\n\n00:03:52\nHB\n"
        "Thank you. How many cases are there?\n\n00:04:25\nSL\nAbout 400,000 cases.\n\n"
        "00:05:00\nRL\nThank you. Next is Akhil Menon. Akhil, please.\n\n00:05:10\nAM\n"
        "Is the vaccine stockpile enough?\n\n00:05:40\nSL\nNo, it is not.\n",
        [
            ("other", "Rosa Lind", "Welcome. I give the floo"),
            ("statement", "Sam Lang", "Thank you, Rosa. Cholera"),
            ("other", "Rosa Lind", "The first question goes "),
            ("question", "Helena Borg", "Thank you. How many case"),
            ("answer", "Sam Lang", "About 400,000 cases."),
            ("other", "Rosa Lind", "Thank you. Next is Akhil"),
            ("question", "Akhil Menon", "Is the vaccine stockpile"),
            ("answer", "Sam Lang", "No, it is not."),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_turns(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert turns(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Fox: a capitals label takes the text's inner capital ("McKittrick", not "Mckittrick").
        (
            "Sen. Dale McKittrick says no\n\nLAUREN PRICE, FOX NEWS ANCHOR: Welcome, Senator?\n\n"
            "SEN. DALE MCKITTRICK (R-OK): Good to be here.\n\nPRICE: Why?\n\n"
            "MCKITTRICK: Because.\n",
            "Dale McKittrick",
        ),
        # A podcast page's "Hosts Maya Lindholm and …": "Maya" is Maya Lindholm, not "Hosts Maya".
        (
            "Hosts Maya Lindholm and Ben Achterberg sit down with a guest.\n\n"
            "Maya (00:00:04):\nHi, welcome to the show, I am Maya.\n\n"
            "Ben (00:00:12):\nAnd I am Ben. What is a grid battery?\n\n"
            "Maya (00:00:20):\nA good question to start with?\n",
            "Maya Lindholm",
        ),
    ],
)
def test_speaker_names(text: str, speaker: str) -> None:
    assert speaker in {s for _, s, _ in turns(text)}


def test_speech_protocol_list_after_breadcrumb() -> None:
    text = (
        "The Presidency\n\nHome » Newsroom » Speeches » Address by President Sizwe Mahlangu at "
        "the launch of the Programme, Sebokeng\n\nAddress by President Sizwe Mahlangu at the "
        "launch of the Programme, Sebokeng\n\n14 October 2025\n\nProgramme Director,\n"
        "Premier of Gauteng,\nLadies and gentlemen,\n\nGood morning. We are here today to "
        "launch the programme that will fix the pipes.\n\nI thank you.\n\n"
        "Issued by: The Presidency\n"
    )
    assert turns(text) == [("statement", "Sizwe Mahlangu", "Programme Director,")]
