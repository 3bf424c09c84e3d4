"""Batch JL (round 48): common English sources — a Pentagon joint availability (a generational
suffix kept from the title, its cast line, a staff call that opens "First, …", the place in the
title), a cable show's guest returning the hosts' greetings, and a radio page's photo credit."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

PENTAGON = (
    "Home  News  Transcripts\n"
    "Secretary of Defense Pete Hegseth and Philippine Secretary of National Defense Gilberto "
    "Teodoro Jr. Hold a Joint Media Availability in Manila\n"
    "March 28, 2025 |  Subscribe to Transcripts\n\n"
    "Secretary of Defense Pete Hegseth; Philippine Secretary of National Defense Gilberto "
    "Teodoro Jr.\n\n"
    "SECRETARY OF NATIONAL DEFENSE GILBERTO TEODORO JR.: Good morning. Let me welcome "
    "Secretary Hegseth to Manila. The alliance is operational every day.\n\n"
    "SECRETARY OF DEFENSE PETE HEGSETH: Thank you, Secretary Teodoro. It's an honor to be "
    "here.\n\n"
    "STAFF: We'll take two questions from each side. First, Jim Garamone.\n\n"
    "Q: Mr. Secretary, will the system stay in the Philippines after the exercise?\n\n"
    "SEC. HEGSETH: We're going to keep that conversation between the two governments.\n\n"
    "Q: For Secretary Teodoro — do the deployments make the Philippines a target?\n\n"
    "SEC. TEODORO: We are already a target of harassment every single day.\n"
)

MORNING_SHOW = (
    "Morning Joe\nMay 6, 2025\n\n"
    "JOE SCARBOROUGH, MSNBC HOST: Welcome back. Joining us now, Senator Mark Kelly. Senator, "
    "good to have you on.\n\n"
    "SEN. MARK KELLY (D-AZ): Good morning, Joe. Good morning, Mika.\n\n"
    "MIKA BRZEZINSKI, MSNBC HOST: Senator, you were at a VA hospital last week. What did you "
    "hear?\n\n"
    "KELLY: I heard from nurses who don't know whether they'll have a job next month.\n\n"
    "SCARBOROUGH: Senator Mark Kelly, thank you so much.\n"
)

RADIO_PAGE = (
    "NPR\nWeekend Edition Saturday\n\n"
    "A retired fire lookout on the summers she spent watching for smoke\n\n"
    "January 25, 2025 7:48 AM ET\n\n"
    "Lorna Dietz in the lookout tower on Mount Hood, 1994.\nCourtesy of Lorna Dietz\n\n"
    "Transcript\n\n"
    "SCOTT SIMON, HOST: Lorna Dietz spent nineteen summers in a fire lookout. Thanks for "
    "being with us.\n\n"
    "LORNA DIETZ: Oh, thank you, Scott. I'm delighted.\n\n"
    "SIMON: Were you ever lonely?\n\n"
    "DIETZ: People always ask that.\n"
)


@pytest.mark.parametrize(
    ("body", "label", "speaker"),
    [
        # The title writes the suffix after every mention of the name: it is kept.
        ("Good morning. Let me welcome", "statement", "Gilberto Teodoro Jr."),
        ("We are already a target", "answer", "Gilberto Teodoro Jr."),
        # A staff call opening "First, …" names the next, unnamed questioner.
        ("Mr. Secretary, will the system", "question", "Jim Garamone"),
        ("For Secretary Teodoro", "question", None),
    ],
)
def test_pentagon_joint_availability(body: str, label: str, speaker: str | None) -> None:
    rows = [r for r in turn_rows(PENTAGON) if r[2].startswith(body)]
    assert [(r[0], r[1]) for r in rows] == [(label, speaker)]


def test_pentagon_cast_line_and_place() -> None:
    rows = turn_rows(PENTAGON)
    # The cast line under the title is the page's, no turn.
    assert not any(r[2].startswith("Secretary of Defense Pete Hegseth;") for r in rows)
    assert run(PENTAGON).meta.to_dict()["place"] == "Manila"


@pytest.mark.parametrize(
    ("text", "body", "label"),
    [
        # The guest greets back both hosts: an answer, not a call on the co-host.
        (MORNING_SHOW, "Good morning, Joe. Good morning, Mika.", "answer"),
        (MORNING_SHOW, "Senator, you were at a VA hospital", "question"),
    ],
)
def test_returned_greeting_answers(text: str, body: str, label: str) -> None:
    rows = [r for r in turn_rows(text) if r[2].startswith(body)]
    assert [r[0] for r in rows] == [label]


def test_courtesy_photo_credit_is_no_turn() -> None:
    rows = turn_rows(RADIO_PAGE)
    assert rows[0][:2] == ("other", "Scott Simon")
    assert not any("lookout tower" in r[2] for r in rows)
