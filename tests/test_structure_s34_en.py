"""Session 34, English speaker naming: a broadcast's numbered voices named from the host's
opening when the guest is brought in by office and name ("Joining me now is …") and a third voice
is a clip the host cues; a first-name label beside the same person's full-name label; a reporter's
introduction after two addressees; a retired diplomat naming himself from the floor; an event
cover's roster headings and its one-off welcome; a court reporter's page footer under a turn; a
"Picture:" caption between two turns and a broadcaster's "More Latest News" box under the last."""

from __future__ import annotations

import pytest
from tests.structure_support import turn_rows

_REV = (
    "Dana Ortiz on Sunday Report 4/6/25 Transcript\n\n"
    "Speaker 1 (00:00:00):\n"
    "A budget deadline looms this week. Good morning, and welcome to Sunday Report. I'm Paul "
    "Hendry. Congress has four days left to pass a spending bill. Joining me now is Treasury "
    "Secretary Dana Ortiz, who has been negotiating with both parties. Madam Secretary, welcome "
    "back to Sunday Report.\n\n"
    "Speaker 2 (00:00:31):\n"
    "Thanks for having me, Paul.\n\n"
    "Speaker 1 (00:00:33):\n"
    "Will there be a shutdown on Friday?\n\n"
    "Speaker 2 (00:00:36):\n"
    "I don't think so. Both sides know what is at stake, and the talks are going well.\n\n"
    "Speaker 1 (00:00:49):\n"
    "Madam Secretary, I want to play you something that Senator Greg Mallory said on Thursday.\n\n"
    "Speaker 3 (00:00:55):\n"
    "This bill spends money we do not have, and I will not vote for it.\n\n"
    "Speaker 1 (00:01:02):\n"
    "What do you say to him?\n\n"
    "Speaker 2 (00:01:04):\n"
    "I say the bill is paid for, and he knows it.\n"
)


def test_numbered_voices_named_from_a_broadcast_opening() -> None:
    rows = turn_rows(_REV)
    who = {body[:20]: speaker for _, speaker, body in rows}
    assert who["A budget deadline lo"] == "Paul Hendry"
    assert who["Thanks for having me"] == "Dana Ortiz"
    assert who["Will there be a shut"] == "Paul Hendry"
    assert who["I don't think so. Bo"] == "Dana Ortiz"
    # the third voice is the clip the host cues by name
    assert who["This bill spends mon"] == "Greg Mallory"
    roles = {body[:20]: role for role, _, body in rows}
    assert roles["Will there be a shut"] == "question"
    assert roles["I don't think so. Bo"] == "answer"


def test_numbered_voices_stay_null_without_the_welcome() -> None:
    text = _REV.replace("Madam Secretary, welcome back to Sunday Report.", "Let's begin.")
    rows = turn_rows(text)
    assert all(speaker is None for _, speaker, _ in rows)


_PODCAST = (
    "Transcript: Tom Berg {verb} Maya Lund\n\n"
    "March 7, 2025\n\n"
    "Tom Berg:\nFrom the newsroom, this is the show.\n\n"
    "Tom:\nMaya Lund, welcome to the show.\n\n"
    "Maya Lund:\nThank you very much, Tom. It is great to be here.\n\n"
    "Tom:\nWhat did you see in that meeting?\n\n"
    "Maya:\nWhat I saw was a setup, and it was planned in advance.\n\n"
    "Tom:\nWhy would they do that?\n\n"
    "Maya:\nBecause they wanted a pretext.\n"
)


@pytest.mark.parametrize("verb", ["Interviews", "Meets", "and"])
def test_first_name_label_is_the_full_name_label(verb: str) -> None:
    rows = turn_rows(_PODCAST.format(verb=verb))
    answers = [speaker for _, speaker, body in rows if body.startswith(("What I saw", "Because"))]
    assert answers == ["Maya Lund", "Maya Lund"]


_PRESSER = (
    "Joint press conference of President Rémi Garnier and Chancellor Jonas Weber\n\n"
    "PRESIDENT GARNIER: Good afternoon. We had a good meeting. We will take questions.\n\n"
    "QUESTION: {question}\n\n"
    "CHANCELLOR WEBER: The project is not dead, but it has a problem.\n\n"
    "PRESIDENT GARNIER: I agree with the Chancellor.\n"
)


@pytest.mark.parametrize(
    ("question", "asker"),
    [
        (
            "Good afternoon, Mr President, Chancellor. Lena Vogt, ZDF. Is the fighter jet "
            "project dead?",
            "Lena Vogt",
        ),
        ("Mr President, Lena Vogt, ZDF. Is the fighter jet project dead?", "Lena Vogt"),
        # the outlet alone names no one
        ("Mr President, Chancellor. Le Monde. Is the fighter jet project dead?", None),
    ],
)
def test_reporter_introduction_after_two_addressees(question: str, asker: str | None) -> None:
    rows = turn_rows(_PRESSER.format(question=question))
    asked = [speaker for role, speaker, body in rows if body.startswith(question[:20])]
    assert asked == [asker]


_EVENT = (
    "THE POLICY INSTITUTE\n\n"
    "THE ARCTIC IN 2030\n\n"
    "WELCOME:\n\n"
    "RUTH ABERNATHY\n"
    "Vice President, Foreign Policy\n"
    "The Policy Institute\n\n"
    "MODERATOR:\n\n"
    "KARL JENSEN\n"
    "Senior Fellow, Europe Program\n\n"
    "PANELISTS:\n\n"
    "THOMAS DELANEY\n"
    "Director of Research\n\n"
    "LINDA CHO\n"
    "Nonresident Fellow\n\n"
    "* * * * *\n\n"
    "P R O C E E D I N G S\n\n"
    "ABERNATHY: Good morning, everyone, and welcome. I'm Ruth Abernathy. Our panel is Tom "
    "Delaney and Linda Cho, and Karl Jensen moderates. Karl, over to you.\n\n"
    "JENSEN: Thank you, Ruth. Tom, let me start with you. What has changed in the north?\n\n"
    "DELANEY: Thank you, Karl. The ice has changed, and the shipping lanes with it.\n\n"
    "{footer}"
    "JENSEN: Linda, what about the treaties?\n\n"
    "CHO: They hold for now, but the pressure on them is growing.\n\n"
    "JENSEN: Let's go to the audience. The gentleman on the aisle.\n\n"
    "QUESTIONER: Thank you very much. Walter Brisco, retired Foreign Service officer. Dr. Cho, "
    "will the treaties survive?\n\n"
    "CHO: I think they will, with work.\n\n"
    "DELANEY: Can I add one thing? They have survived worse.\n"
)
_FOOTER = (
    "MERIDIAN COURT REPORTING\n"
    "410 Elm Street, Suite 12\n"
    "Fairfax, VA 22030\n"
    "Phone (703) 555-0100 Fax (703) 555-0101\n"
    "                                                                        2\n\n"
)


@pytest.mark.parametrize("footer", ["", _FOOTER])
def test_event_cover_roster_welcome_and_floor(footer: str) -> None:
    rows = turn_rows(_EVENT.format(footer=footer))
    who = {body[:20]: speaker for _, speaker, body in rows}
    # the roster headings are no voices; the welcome, spoken once, is a turn
    assert who["Good morning, everyo"] == "Ruth Abernathy"
    assert who["Thank you, Karl. The"] == "Thomas Delaney"
    assert who["Can I add one thing?"] == "Thomas Delaney"
    assert who["Thank you very much."] == "Walter Brisco"
    answer = [body for _, _, body in rows if body.startswith("Thank you, Karl.")]
    assert answer == ["Thank you, Karl. The ice has changed, and the shipping lanes with it."]


_LBC = (
    "Minister defends NHS plan\n\n"
    "The Health Secretary spoke to Jo Hale on LBC.\n\n"
    "Jo Hale: Will she get it done this year?\n\n"
    "Sam Price: I can't make promises about individual cases on the radio, Jo. But we are on "
    "course to meet our target by next year.\n\n"
    "Jo Hale and Sam Price in the LBC studio. Picture: LBC\n\n"
    "Jo Hale: Final question. Would you like the job one day?\n\n"
    "Sam Price: Jo, I've got the best job in government.\n\n"
    "Jo Hale: Sam Price, thank you very much indeed.\n\n"
    "Listen to this article\n"
    "Listen to LBC on Global Player\n\n"
    "More Latest News\n"
    "See more More Latest News\n\n"
    "Prime Minister speaks at a press conference in Downing Street\n"
    "Starmer: 'Bloated' state is failing working people\n\n"
    "Trending on LBC\n"
    "1\n"
    "Man charged after incident in central London\n"
)


def test_picture_caption_and_latest_news_box_end_turns() -> None:
    rows = turn_rows(_LBC)
    bodies = [body for _, _, body in rows]
    assert (
        "I can't make promises about individual cases on the radio, Jo. But we are on course to "
        "meet our target by next year."
    ) in bodies
    assert bodies[-1] == "Sam Price, thank you very much indeed."
