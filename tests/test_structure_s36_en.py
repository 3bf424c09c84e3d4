"""Session 36, English speaker naming: a panel's numbered voices that each say who they are in
their own first turn (Otter's "Speaker N  m:ss"), a broadcaster's and a press office's cast line
"Interviewer: Name, outlet" / "Spokesperson: Name, post" naming the role label's holder, a
label-less Q&A whose lead has the writer meet the guest ("I first met …", "We spoke by video
…"), and an Otter header's weekday read as no place."""

from __future__ import annotations

import pytest
from tests.structure_support import run, turn_rows

_OTTER_HEAD = (
    "Riverside Forum panel - Trade after the summit - audio.m4a\n\n"
    "Tue, Jun 3, 2025 6:15PM • 41:02\n\n"
    "SUMMARY KEYWORDS\ntrade, tariffs, ports, shipping\n\n"
    "SPEAKERS\nSpeaker 1, Speaker 2, Speaker 3, Speaker 4\n\n"
)


def _otter(turns: list[tuple[int, str]]) -> str:
    return _OTTER_HEAD + "".join(
        f"Speaker {n}  {i}:{i * 7 % 60:02d}  \n{body}\n\n" for i, (n, body) in enumerate(turns)
    )


_PANEL = _otter(
    [
        (
            1,
            "All right, I think we're on. Good evening, everyone, and welcome. For those who "
            "don't know me, I'm Dana Whitcombe, I run the Riverside Forum, and I'm delighted "
            "you came out on a rainy night. Let me ask each of our panelists to say who they "
            "are.",
        ),
        (
            2,
            "Thanks, Dana. So I'm Tobias Renner, I teach economics at Lakeshore University. My "
            "short answer is that tariffs are a tax, and somebody always pays it.",
        ),
        (
            3,
            "Hi, I'm Marisol Ortega, I'm a shipping analyst. I'd say the ports tell the story "
            "better than the speeches do.",
        ),
        (1, "Marisol, stay with the ports for a second. What are you seeing?"),
        (3, "Fewer boxes, longer waits, and more of them going around the long way."),
        (4, "Hi, thank you. I'm a student here. Will any of this come back down?"),
        (2, "I can take that one. Probably not soon, and not all of it."),
        (1, "Great. Thank you all, and good night."),
    ]
)

PANEL_SPEAKERS = [
    (0, "Dana Whitcombe"),
    (1, "Tobias Renner"),
    (2, "Marisol Ortega"),
    (3, "Dana Whitcombe"),
    (4, "Marisol Ortega"),
    (5, None),  # the questioner from the floor says no name
    (6, "Tobias Renner"),
    (7, "Dana Whitcombe"),
]


@pytest.mark.parametrize(("index", "speaker"), PANEL_SPEAKERS)
def test_numbered_voice_that_says_who_it_is_in_its_first_turn_is_that_person(
    index: int, speaker: str | None
) -> None:
    rows = turn_rows(_PANEL)
    assert len(rows) == 8
    assert rows[index][1] == speaker


def test_chair_opening_that_introduces_itself_is_a_statement() -> None:
    assert turn_rows(_PANEL)[0][0] == "statement"


def test_otter_header_weekday_is_no_place() -> None:
    meta = run(_PANEL).meta.to_dict()
    assert meta["date"] == "2025-06-03"
    assert meta["place"] is None


UNNAMED_PANELS = [
    # Only one voice says who it is: no panel of introductions, nobody named.
    _otter(
        [
            (1, "Welcome, everyone. I'm Dana Whitcombe, and tonight we talk trade."),
            (2, "Thanks. Tariffs are a tax, and somebody always pays it."),
            (1, "And the ports?"),
            (2, "Fewer boxes, longer waits."),
        ]
    ),
    # A name said late in the voice's first turn, or only in a later turn, is no introduction.
    _otter(
        [
            (1, "Welcome, everyone. I'm Dana Whitcombe, and tonight we talk trade."),
            (
                2,
                "Thanks. Tariffs are a tax, and somebody always pays it. " * 8 + "I'm Tobias "
                "Renner, by the way.",
            ),
            (1, "And the ports?"),
            (2, "Fewer boxes. I'm Tobias Renner, remember."),
        ]
    ),
]


@pytest.mark.parametrize("page", UNNAMED_PANELS)
def test_numbered_voices_without_a_panel_of_introductions_stay_unnamed(page: str) -> None:
    assert {who for _, who, _ in turn_rows(page)} == {None}


_DIALOGUE = (
    "Interviewer: Governor Brandt, thank you for joining us. How hard will the tariffs hit?\n\n"
    "Brandt: Thank you, Helen. We will feel it, there is no doubt about that.\n\n"
    "Interviewer: And the budget?\n\n"
    "Brandt: The budget is sound, and we will keep it so.\n"
)

CAST_LINE_PAGES = [
    (
        "Markets\nTranscript: Central Bank Governor Brandt on Tariffs\n\nApril 24, 2025\n\n"
        "Guest: Otto Brandt, Governor, Central Bank of Freedonia\n"
        "Interviewer: Helen Marsh, Harbor Television\n"
        "Location: Washington\n\n"
        "The following is a transcript of the interview. It has been lightly edited.\n\n"
        + _DIALOGUE,
        "Helen Marsh",
        "Interviewer",
    ),
]


@pytest.mark.parametrize(("page", "asker", "label"), CAST_LINE_PAGES)
def test_interviewer_cast_line_names_the_interviewer_label(
    page: str, asker: str, label: str
) -> None:
    rows = turn_rows(page)
    assert len(rows) == 4  # the cast line is the header's, no turn
    assert rows[0][2].startswith("Governor Brandt, thank you")
    assert [who for _, who, _ in rows] == [asker, "Otto Brandt", asker, "Otto Brandt"]


_BRIEFING = (
    "Press corner\nHome > Daily News > Midday briefing\n\n"
    "Midday briefing – 3 June 2025\nTranscript\n\n"
    "Spokesperson: Clara Lindqvist, Deputy Chief Spokesperson\n"
    "Also present: Pavel Novak, Spokesperson for Trade\n\n"
    "Spokesperson: Good afternoon and welcome. I have one announcement today: the College "
    "adopted the trade package this morning.\n\n"
    "Question: Thank you. When will the package go to the Council?\n\n"
    "Spokesperson: Thank you for the question. It goes to the Council next week.\n\n"
    "Question: And will the Commissioner present it?\n\n"
    "Spokesperson: Yes, the Commissioner will present it on Thursday.\n"
)


def test_spokesperson_cast_line_names_the_spokesperson_label() -> None:
    rows = turn_rows(_BRIEFING)
    assert len(rows) == 5
    assert rows[0][2].startswith("Good afternoon and welcome.")
    assert [who for label, who, _ in rows if label != "question"] == ["Clara Lindqvist"] * 3


_QA_BODY = (
    "**You have been out of office for a few months now. What do you see more clearly?**\n\n"
    "Mostly how slowly everything moves. From the outside you see the gap between statements "
    "and deliveries.\n\n"
    "**And what keeps you optimistic?**\n\n"
    "The people. They have never waited to be rescued, and they will not start now.\n"
)

MET_LEADS = [
    "I first met Tomas Varga more than a decade ago, when he was a young member of parliament. "
    "As foreign minister he picked fights that larger countries avoided. I wanted to ask him "
    "what the view looks like from a small country.",
    "Tomas Varga left government in December and says he has no plans to return. We spoke by "
    "video last week; he was at home in Riga.",
    "Tomas Varga left government in December and says he has no plans to return. We talked "
    "over Zoom from his office.",
]


@pytest.mark.parametrize("lead", MET_LEADS)
def test_lead_where_the_writer_meets_the_guest_has_the_byline_ask(lead: str) -> None:
    page = (
        "The Monthly\nGlobal\n‘Small Countries Can Still Act’\n"
        "A former foreign minister on sabotage and ambivalent allies\n"
        "By Ruth Calder\nMarch 5, 2025\n\n"
        + lead
        + "\n\nOur conversation has been condensed and edited for clarity.\n\n"
        + _QA_BODY
    )
    questions = [who for label, who, _ in turn_rows(page) if label == "question"]
    assert questions == ["Ruth Calder", "Ruth Calder"]
