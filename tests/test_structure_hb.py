"""Check M, batch SS: a request for the floor before the reporter's introduction and the
briefer's grant by first name, a presenter's gesture line inside a working meeting's turn, a
pointing particle that is no label, and Hansard's member lines with the "Share" button on its
own row or glued onto a short mention."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

BRIEFING = """Department Press Briefing
March 12, 2026

MR HALL: Good afternoon. Nothing at the top today, so let's go straight to questions.

QUESTION: Thanks, Ben. On the talks in Oman – is there a date for the next round?

MR HALL: I don't have a date to announce. We'll keep you updated.

QUESTION: {leave} {intro}

MR HALL: {granted}

QUESTION: On Haiti. There are reports of fighting near the airport. Are our staff safe?

MR HALL: We are in close contact with our embassy team. All staff are accounted for.

QUESTION: And just one more – any calls by the Secretary today?

MR HALL: Nothing to read out yet. Thanks, everyone.
"""

MEETING = """Президент России
Встреча с губернатором Тверской области Игорем Руденей
12 марта 2026 года

Владимир Путин провёл рабочую встречу с губернатором Тверской области Игорем Руденей.

В.Путин: Игорь Михайлович, как идёт строительство обхода?

И.Руденя: Владимир Владимирович, работы идут по графику. Позвольте, я покажу на карте.

{gesture}

Вот, например, участок у Торжка: его сдаём уже летом.

В.Путин: А что с мостом через Тверцу?

И.Руденя: Мост откроем осенью.
"""

HANSARD = """UK Parliament
Hansard
Commons Chamber

Rural Bus Services

Volume 780: debated on Tuesday 10 March 2026

6.05 pm

Anna Whitley (Hexham) (Lab)
Share
I beg to move that this House has considered rural bus services in England.

Peter Crane (Ludlow) (Con)
Share
Will the hon. Lady give way?

Anna Whitley
Share
I will give way.

{crane}
Does she agree that the funding formula penalises sparse counties such as ours?

Anna Whitley
Share
I do agree, and I hope the Minister will look at the formula again.

Peter Crane
Share
Will she press the Minister for a date for that review?

Anna Whitley
Share
I will, and I am sure the Minister has heard the question.
"""


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = PIPELINE(read_text(text))
    return [(s.label, s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("leave", "intro", "granted", "asker"),
    [
        ("Can I change topics?", "Priya Raman, Bloomberg.", "Sure, Priya.", "Priya Raman"),
        ("Could I switch subjects?", "Tom Okafor with Voice of America.", "Sure.", "Tom Okafor"),
        ("May I change the subject?", "Lena Voss, Deutsche Welle.", "Go ahead, Lena.", "Lena Voss"),
    ],
)
def test_leave_then_introduction(leave: str, intro: str, granted: str, asker: str) -> None:
    got = turns(BRIEFING.format(leave=leave, intro=intro, granted=granted))
    asked = [(speaker, body) for label, speaker, body in got if label == "question"]
    # The introduction after the request names the reporter, who keeps the floor once it is
    # granted, through the follow-up after the answer.
    assert [s for s, b in asked if not b.startswith("Thanks, Ben")] == [asker] * 3


@pytest.mark.parametrize("gesture", ["(Демонстрирует слайд.)", "(Демонстрирует карту.)"])
def test_gesture_line_parts_the_turn(gesture: str) -> None:
    got = turns(MEETING.format(gesture=gesture))
    rows = [(label, speaker, body[:20]) for label, speaker, body in got if label != "other"]
    assert rows == [
        ("question", "Владимир Путин", "Игорь Михайлович, ка"),
        ("answer", "Игорь Руденя", "Владимир Владимирови"),
        ("answer", "Игорь Руденя", "Вот, например, участ"),
        ("question", "Владимир Путин", "А что с мостом через"),
        ("answer", "Игорь Руденя", "Мост откроем осенью."),
    ]


@pytest.mark.parametrize("crane", ["Peter Crane\nShare", "Peter CraneShare"])
def test_hansard_share_row(crane: str) -> None:
    got = turns(HANSARD.format(crane=crane))
    assert [(label, speaker) for label, speaker, _ in got] == [
        ("statement", "Anna Whitley"),
        ("question", "Peter Crane"),
        ("answer", "Anna Whitley"),
        ("question", "Peter Crane"),
        ("answer", "Anna Whitley"),
        ("question", "Peter Crane"),
        ("answer", "Anna Whitley"),
    ]
