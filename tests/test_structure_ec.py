"""Small cases for the EC round: Otter's numbered voices and footer, a speaker key with
initials, the editor's bridge to the reporters, and a member's closing request in a hearing."""

from __future__ import annotations

import pytest

from rhetoscope.structure.furniture import _TO_REPORTERS_NOTE
from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.roles import _REQUEST
from structure_support import turn_rows


def _turns(text: str) -> list[tuple[str, str | None]]:
    return [(body, speaker) for _, speaker, body in turn_rows(text)]


def test_otter_numbered_voice_and_footer() -> None:
    text = (
        "Ben Ortiz  0:00\nWelcome back to the show. With me is Helen Marsh.\n\n"
        "Helen Marsh  0:14\nThanks for having me, Ben.\n\n"
        "Speaker 3  12:40\nA listener asks, do tariffs show up in the price of bread?\n\n"
        "Helen Marsh  12:52\nThey do, but with a lag of a year or more.\n\n"
        "Ben Ortiz  14:02\nThank you so much. That's the show.\n\n"
        "Transcribed by https://otter.ai\n"
    )
    assert "Speaker 3" in [h.text for h in find_labels(text)]
    turns = _turns(text)
    assert len(turns) == 5
    assert turns[-1][0].endswith("That's the show.")


@pytest.mark.parametrize(
    ("line", "label"),
    [("Speaker 3  12:40", True), ("Part 2  12:40", False), ("Chapter 3  1:02:40", False)],
)
def test_stamped_numbered_label(line: str, label: bool) -> None:
    text = f"Ben Ortiz  0:00\nHello there.\n\n{line}\nSome words here.\n\nBen Ortiz  0:20\nYes.\n"
    assert (line.split("  ")[0] in [h.text for h in find_labels(text)]) is label


def test_speaker_key_lines_are_no_turns() -> None:
    text = (
        "Interviewer: Anna Whitcombe (AW)\n"
        "Interviewee: Priya Nandakumar, Secretary of State for Housing (PN)\n\n"
        "AW: Good morning. That target is dead, isn't it?\n\n"
        "PN: No, it isn't, Anna.\n\n"
        "AW: Will you scrap it?\n\n"
        "PN: We're not going to scrap it.\n"
    )
    turns = _turns(text)
    assert [s for _, s in turns] == ["Anna Whitcombe", "Priya Nandakumar"] * 2


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("After the rally, Delgado spoke briefly with reporters.", True),
        ("The governor then took questions from the press.", True),
        ("I spoke with reporters yesterday.", False),
        ("We talked to journalists about it.", False),
    ],
)
def test_bridge_to_reporters(line: str, note: bool) -> None:
    assert (_TO_REPORTERS_NOTE.fullmatch(line) is not None) is note


@pytest.mark.parametrize(
    ("body", "asks"),
    [
        ("I would ask that you get us that number in writing. I yield back.", True),
        ("I would appreciate that, and I would appreciate an\nanswer in writing.", True),
        ("I'd urge you to move quickly on this.", True),
        ("I would say that the program works.", False),
    ],
)
def test_member_request(body: str, asks: bool) -> None:
    assert (_REQUEST.search(body) is not None) is asks
