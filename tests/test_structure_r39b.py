"""Round 39's second pass: an ellipsis under an "(inaudible)" line names no asker, a
stenographic end mark closes the last turn, the page's tagged notice under the last turn, a
three-word name in the lead's list of people, a text-art sign-up box between turns."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows, turn_rows

_INAUDIBLE = (
    "Doorstop with the Minister\n\n"
    "REUTERS: Minister, will the bill pass this month?\n\n"
    "MINISTER: I expect it to pass before the recess.\n\n"
    "(inaudible)\n"
    "JOURNALIST: ...the fuel subsidy, Minister? Drivers say prices are up again.\n\n"
    "MINISTER: We will review the subsidy next week.\n\n"
    "REUTERS: And the budget?\n\n"
    "MINISTER: In June.\n"
)
_FOLLOW_UP = _INAUDIBLE.replace("(inaudible)\n", "")

_END_MARK = (
    "PRESIDING COMMISSIONER LIN: Counsel, closing statement?\n\n"
    "ATTORNEY FARRIS: Thank you. He has been discipline-free for twelve years.\n\n"
    "PRESIDING COMMISSIONER LIN: The time is 10:02. We'll recess for deliberations.\n\n"
    "(Thereupon, the hearing recessed at 10:02 a.m.)\n\n"
    "--oOo--\n\n"
    "CERTIFICATE OF TRANSCRIPTION\n"
    "I, the undersigned, certify that the foregoing is a true and accurate transcription.\n"
)

_NOTICE = (
    "CHAIR: Good evening. First question: what is the biggest problem here?\n\n"
    "REILLY: Rent, full stop.\n\n"
    "CHAIR: Thank you both, and voting opens on Monday.\n\n"
    "REILLY: Thanks.\n\n"
    "CHAIR: That's time, I'm afraid.\n\n"
    "Voting opens 10 March at 09:00 via the SU website. #CampusVotes\n"
)
_SPOKEN_NOTICE = _NOTICE.replace("Voting opens 10 March", "We open voting 10 March")

_LISTED = (
    "Hustings: the full transcript\n\n"
    "The hustings took place on 4 March 2025. The candidates are Tom Reilly, Sophie Marchetti "
    "and Daniel Kwame Asante.\n\n"
    "CHAIR: First question, to both: what is the biggest problem?\n\n"
    "REILLY: Rent, full stop.\n\n"
    "ASANTE: The library hours.\n\n"
    "CHAIR: Next question?\n\n"
    "ASANTE: Campaign to reopen it.\n"
)
_UNLISTED = _LISTED.replace(", Sophie Marchetti and Daniel Kwame Asante", " and Kwame Asante")

_BOX = (
    "By Tobias Lang\n\n"
    "Grainline: Let's talk about drought. What does yours do differently?\n\n"
    "HOU: Ours is humbler. We forecast logistics stress.\n\n"
    "┌──────────────────────┐\n"
    "  THE BRIEF — every Thursday.\n"
    "  [ Sign up ]\n"
    "└──────────────────────┘\n\n"
    "Grainline: Is there a risk?\n\n"
    "HOU: Of course. Edges decay.\n"
)


@pytest.mark.parametrize(
    ("text", "body", "speaker"),
    [
        (_INAUDIBLE, "...the fuel subsidy, Minister?", None),
        (_FOLLOW_UP, "...the fuel subsidy, Minister?", "REUTERS"),
    ],
)
def test_ellipsis_after_inaudible_names_nobody(text: str, body: str, speaker: str | None) -> None:
    rows = [r for r in turn_rows(text) if r[2].startswith(body)]
    assert len(rows) == 1
    assert (rows[0][1] or "").upper() == (speaker or "")


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (_END_MARK, "The time is 10:02. We'll recess for deliberations."),
        (_NOTICE, "That's time, I'm afraid."),
        (
            _SPOKEN_NOTICE,
            "That's time, I'm afraid.\n\nWe open voting 10 March at 09:00 via the SU website.",
        ),
    ],
)
def test_last_turn_ends_before_page_furniture(text: str, last: str) -> None:
    assert turn_rows(text)[-1][2] == last


@pytest.mark.parametrize(
    ("text", "speaker"),
    [(_LISTED, "Daniel Kwame Asante"), (_UNLISTED, "Kwame Asante")],
)
def test_three_word_name_in_leads_list(text: str, speaker: str) -> None:
    assert [r[1] for r in spoken_rows(text) if r[2].startswith("Campaign")] == [speaker]


def test_text_art_box_between_turns() -> None:
    rows = turn_rows(_BOX)
    assert [r[2] for r in rows if r[2].startswith("Ours")] == [
        "Ours is humbler. We forecast logistics stress."
    ]
