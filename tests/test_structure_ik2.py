"""Print and think-tank Q&A layouts of round 42 (batch IK, second pass): an operator who takes
the next question "from" a member, a presider turning the call over to the members, an alumni
magazine's closing note on the interviewee's appearance,
 a caption and
its "Foto:" credit set flush between two turns, and a "More on the topic" box."""

from __future__ import annotations

import pytest

from rhetoscope.structure.furniture import _trim_furniture
from rhetoscope.structure.metadata import _APPEARANCE_NOTE, _RELATED_HEADING
from rhetoscope.structure.naming import _called_asker
from rhetoscope.structure.roles import _asks


@pytest.mark.parametrize(
    ("previous", "want"),
    [
        ("We will take our next question from Lena Hoffmann.", "Lena Hoffmann"),
        (
            "(Gives queuing instructions.)\nWe will take our first question from Kwame Asante.",
            "Kwame Asante",
        ),
        ("We will take questions from the audience now.", None),
    ],
)
def test_operator_takes_question_from(previous: str, want: str | None) -> None:
    assert _called_asker(previous, set()) == want


@pytest.mark.parametrize(
    ("body", "asks"),
    [
        (
            "That's a sobering picture. Let me go to our members now for their questions, and "
            "I see we already have a long queue.",
            False,
        ),
        ("Let's open it up to the audience.", False),
        ("Before we turn to the audience, what do you expect from the summit?", True),
    ],
)
def test_turning_to_the_audience_asks_nothing(body: str, asks: bool) -> None:
    assert _asks(body, "WHITFORD:", answered=True) is asks


@pytest.mark.parametrize(
    ("line", "hit"),
    [
        (
            "Ruth Adeyemi-Clarke ’98 will speak at Commencement/Reunion Weekend in May. Sankofa "
            "Seed Library accepts seed donations by mail.",
            True,
        ),
        ("Dana Whitlock will be reading from her new book at the Hall on Oct. 3.", True),
        ("The mayor will speak at the opening next week.", False),
        ("Then go and do it badly for a few years.", False),
    ],
)
def test_appearance_note(line: str, hit: bool) -> None:
    assert (_APPEARANCE_NOTE.fullmatch(line) is not None) is hit


def test_flush_caption_with_credit_line_is_trimmed() -> None:
    body = (
        "We saw the attacks we expected. Every cable on the seabed is now a front line.\n"
        "Power lines near Elektrenai, west of Vilnius: an exclusion zone around substations\n"
        "Foto: Petras Malukas / AFP"
    )
    end = _trim_furniture(body, 0, len(body))
    assert body[:end].endswith("a front line.")


@pytest.mark.parametrize(
    ("line", "hit"),
    [("More on the topic", True), ("More on this topic", True), ("More on the budget", False)],
)
def test_more_on_the_topic_heading(line: str, hit: bool) -> None:
    assert (_RELATED_HEADING.fullmatch(line) is not None) is hit
