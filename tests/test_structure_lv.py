"""Small cases for batch LV (state.gov, NPR): a ministry's "SECRETARY RUBIO:" label is a title
and a surname, not a post, so the headline's "Secretary Rubio With Bret Baier of …" names the
interviewer, never the Secretary; an anchor's "we appreciate your time" and "thanks for being
here" after bringing the guest in ask nothing; a podcast's round of names asks nothing."""

import pytest

from structure_support import turn_rows

_STATE = (
    "U.S. Department of State\n"
    "{title}\n"
    "{title}\n"
    "INTERVIEW\n"
    "MARCO RUBIO, SECRETARY OF STATE\n"
    "WASHINGTON, D.C.\n"
    "APRIL 9, 2025\n"
    "QUESTION: Joining us now, Secretary of State Marco Rubio. {greeting}\n"
    "SECRETARY RUBIO: Thanks for having me, Bret.\n"
    "QUESTION: Let's start with the talks in Riyadh. What did you come away with?\n"
    "SECRETARY RUBIO: There is a process now, and there wasn't one before. But it's a start.\n"
    "QUESTION: Do you expect the President to speak with Xi Jinping this month?\n"
    "SECRETARY RUBIO: I'm not going to get ahead of the President on his calendar.\n"
    "QUESTION: {close}\n"
    "SECRETARY RUBIO: Thank you, Bret.\n"
)


@pytest.mark.parametrize(
    ("title", "greeting", "close"),
    [
        (
            "Secretary Rubio With Bret Baier of Fox News' Special Report",
            "Mr. Secretary, thanks for being here.",
            "Mr. Secretary, we appreciate your time.",
        ),
        (
            "Secretary Rubio Interview With Bret Baier of Fox News' Special Report",
            "Thank you for joining us.",
            "We really appreciate the interview.",
        ),
    ],
)
def test_state_title_surname_label_and_anchor_remarks(title: str, greeting: str, close: str):
    rows = turn_rows(_STATE.format(title=title, greeting=greeting, close=close))
    spoken = [r for r in rows if r[1]]
    assert {s for label, s, _ in spoken if label == "answer"} == {"Marco Rubio"}
    assert [label for label, *_ in spoken] == [
        "other",
        "answer",
        "question",
        "answer",
        "question",
        "answer",
        "other",
        "answer",
    ]


_NPR = (
    "The NPR Politics Podcast\n"
    "Congress averts a shutdown, for now. What's next?\n"
    "Transcript\n"
    "ASMA KHALID, HOST: {intro}\n"
    "CLAUDIA GRISALES, BYLINE: I'm Claudia Grisales. I cover Congress.\n"
    "ASMA KHALID: And today on the show, the Senate has cleared the funding bill. What "
    "happened?\n"
    "CLAUDIA GRISALES: Well, it was a dramatic couple of days in the Senate.\n"
    "ASMA KHALID: {outro}\n"
    "CLAUDIA GRISALES: I'm Claudia Grisales. I cover Congress.\n"
)


@pytest.mark.parametrize(
    ("intro", "outro", "labels"),
    [
        (
            "Hey there. It's the NPR POLITICS PODCAST. I'm Asma Khalid. I cover the White House.",
            "Well, that is it for today. I'm Asma Khalid. I cover the White House.",
            ["other", "answer", "question", "answer", "other", "answer"],
        ),
        # (a real prompt without "?" still asks)
        (
            "Hey there. It's the NPR POLITICS PODCAST. I'm Asma Khalid. I cover the White House.",
            "Tell us what comes next for Schumer.",
            ["other", "answer", "question", "answer", "question", "answer"],
        ),
    ],
)
def test_podcast_round_of_names_asks_nothing(intro: str, outro: str, labels: list[str]):
    rows = [r for r in turn_rows(_NPR.format(intro=intro, outro=outro)) if r[1]]
    assert [label for label, *_ in rows] == labels
