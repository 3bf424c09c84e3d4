"""Small cases for batch VB (round 57, TV TP): a radio page that sets each speaker's full name
alone on its line reads a surname that runs on in a capital after its prefix ("McCann",
"MacLeod", "O'Neill"); a bare "Question:" that carries on after an answer opening "No, <first
name>." is that asker's; in a press conference where each new reporter names themselves, a
short "And on …?" straight after the answer is the last one's; and a called reporter's "And on
… —", broken off at the dash, is still theirs."""

import pytest

from structure_support import turn_rows

_NAMES_ALONE = (
    "Times Radio\n\n{guest}: Councils will get the final say on new pylons\n\n"
    "{host}, Times Radio\nTuesday March 3 2026, 7.50am GMT\n\n"
    "{guest}, the energy minister, was speaking to {host} on Times Radio Breakfast.\n\n"
    "{host}\n{guest}, good morning. Why should anyone trust these new rules?\n\n"
    "{guest}\nGood morning. Because councils will have the last word on the route.\n\n"
    "{host}\nBut the grid operator says that will slow everything down. Will it?\n\n"
    "{guest}\nNo. The consultation runs alongside the planning work, not after it.\n\n"
    "{host}\n{guest}, thank you.\n\n"
    "{guest}\nThank you.\n\n"
    "Related articles\nPylon plans face fresh challenge\n"
)


@pytest.mark.parametrize(
    ("host", "guest"),
    [
        ("Kate McCann", "Michael Shanks"),
        ("Calum MacLeod", "Sarah Jones"),
        ("Aoife O'Neill", "Ed Miliband"),
    ],
)
def test_prefixed_surname_alone_on_its_line(host: str, guest: str) -> None:
    rows = [(r[0], r[1]) for r in turn_rows(_NAMES_ALONE.format(host=host, guest=guest))]
    assert rows[1:] == [
        ("question", host),
        ("answer", guest),
        ("question", host),
        ("answer", guest),
        ("other", host),
        ("answer", guest),
    ]


_PRESSER = (
    "Speech\nPM remarks at housing press conference: 9 March 2026\n\n"
    "Published 9 March 2026\n\n"
    "Prime Minister:\nGood afternoon. Today we are opening the first of the new towns. "
    "I'm happy to take some questions.\n\n"
    "Question:\n{r1}, BBC News. Prime Minister, where will the water come from?\n\n"
    "Prime Minister:\n{opening} The reservoirs are already funded.\n\n"
    "Question:\n{follow1}\n\n"
    "Prime Minister:\nThey will be ready before the first residents move in.\n\n"
    "Question:\n{r2}, ITV News. You promised 1.5 million homes. Will you get there?\n\n"
    "Prime Minister:\nYes, and the figures this month show we are on track.\n\n"
    "Question:\n{r3}, the Times. Prime Minister, can I ask about the green belt? "
    "Your own MPs say you are building on it.\n\n"
    "Prime Minister:\nWe are building on the grey belt, the car parks and the scrubland.\n\n"
    "Question:\n{follow3}\n\n"
    "Prime Minister:\nI'm focused on the homes. Thank you all very much.\n"
)


@pytest.mark.parametrize(
    ("r1", "r2", "r3", "opening", "follow1", "follow3"),
    [
        (
            "Chris Mason",
            "Robert Peston",
            "Steven Swinford",
            "No, Chris.",
            "But they say it will take ten years.",
            "And on the by-election, are you worried?",
        ),
        (
            "Laura Kuenssberg",
            "Beth Rigby",
            "Pippa Crerar",
            "No, Laura.",
            "But the water companies disagree.",
            "And on the budget, will taxes rise?",
        ),
    ],
)
def test_press_room_follow_ups(
    r1: str, r2: str, r3: str, opening: str, follow1: str, follow3: str
) -> None:
    rows = turn_rows(
        _PRESSER.format(r1=r1, r2=r2, r3=r3, opening=opening, follow1=follow1, follow3=follow3)
    )
    questions = [r[1] for r in rows if r[0] == "question"]
    assert questions == [r1, r1, r2, r3, r3]


_CALLED = (
    "MODERATOR:  Thank you.  Our first question goes to {reporter} of {outlet}.\n\n"
    "QUESTION:  Thank you, Mr. Secretary.  How much will the new port cost, and who pays?\n\n"
    "SECRETARY RUBIO:  Up to $300 million, and it is financing, not a grant.\n\n"
    "QUESTION:  And on {topic} —\n\n"
    "SECRETARY RUBIO:  We'll have more to say on that later this week.\n\n"
    "MODERATOR:  Next, Jan Kowalski from TVN.\n\n"
    "QUESTION:  Thank you.  Will the port take grain from Ukraine?\n\n"
    "SECRETARY RUBIO:  For transit only.\n\n"
    "MODERATOR:  Thank you all very much.\n"
)


@pytest.mark.parametrize(
    ("reporter", "outlet", "topic"),
    [
        ("Matthew Lee", "the Associated Press", "the ceasefire talks"),
        ("Humeyra Pamuk", "Reuters", "the sanctions package"),
    ],
)
def test_called_reporter_broken_off_and_on(reporter: str, outlet: str, topic: str) -> None:
    text = (
        "SECRETARY RUBIO:  Good afternoon.  I'm happy to take a few questions.\n\n"
        + _CALLED.format(reporter=reporter, outlet=outlet, topic=topic)
    )
    questions = [r[1] for r in turn_rows(text) if r[0] == "question"]
    assert questions[:2] == [reporter, reporter]
