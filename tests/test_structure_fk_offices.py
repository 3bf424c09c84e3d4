"""Round 31 (FK): public-service posts labelled alone, a caption's full Russian name, a
broadcast's host, a two-letter surname after a title, and an all-office accountability meeting."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import spoken_rows


@pytest.mark.parametrize(
    ("raw", "office"),
    [
        ("FIRE CHIEF", "Fire Chief"),
        ("Chief Constable", "Chief Constable"),
        ("Chief Executive", "Chief Executive"),
        ("Superintendent", "Superintendent"),
        ("Police Commissioner", "Police Commissioner"),
    ],
)
def test_service_post_is_an_office(raw: str, office: str) -> None:
    info = classify_label(raw)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


@pytest.mark.parametrize(
    "tail",
    ["Comments (3) | Share | Print", "###\n\nFollow us: @SanTomasCity  #RidgelineFire"],
)
def test_page_tail_is_furniture(tail: str) -> None:
    body = "A: We will review it.\n\nB: Thank you all."
    text = f"{body}\n\n{tail}\n"
    assert trailing_start(text) == len(body)


FIRE = """Mayor Tom Albright and Fire Chief Dolores Ramirez briefed reporters on Wednesday.

MAYOR: Good evening. I'll now ask the Chief to give you the operational picture.

FIRE CHIEF: Thank you, Mayor. The fire is at forty per cent containment tonight.

REPORTER: Chief, when can residents expect to go home?

FIRE CHIEF: I am not going to give you a date tonight.

REPORTER: Mayor, did the alert system fail?

MAYOR: The text alert went out at 2:14 in the morning.
"""

BOARD = """Participants: Board Chair Rita Gomez; Trustees Alan Ng and Maria Soto; Superintendent
Dr. Kevin Adeyemi.

Chair: Trustee Ng, you have the floor.

Trustee Ng: On the buses: what happened on Route 14?

Superintendent: We were short six drivers when school opened.

Trustee Ng: Are you paying drivers enough to keep them?

Superintendent: Not yet, in my view.
"""

GLAVA = """На фото: глава Кировского района Сергей Владимирович Пахомов в рабочем кабинете.

«Районка»: Сергей Владимирович, начнём с дорог. Его отремонтируют?

Глава района: Отремонтируют в следующем году.

«Районка»: А школу в Берёзовке закроют?

Глава района: Нет, закрывать школу никто не собирается.
"""

PHONE_IN = """В прямом эфире на вопросы жителей ответил министр здравоохранения области
Олег Николаевич Орлов. Вела эфир Марина Лебедева.

Ведущая: Добрый вечер. Олег Николаевич, здравствуйте.

Министр Орлов: Добрый вечер.

Ведущая: Почему к эндокринологу нельзя попасть по три месяца?

Министр: Проблема известна, замену мы пока не нашли.
"""

MEETING = """Police and Crime Commissioner Darren Okoro held Chief Constable Helen Marsh to
account at the quarterly public meeting.

Commissioner: Thank you. Chief Constable, what is the current average answer time?

Chief Constable: Eleven minutes in February, down from sixteen in December.

Commissioner: What about the online reporting form, which crashes on phones?

Chief Constable: The supplier released a fix on the first of March.

Commissioner: And how will residents know who their named officer is?

Chief Constable: Every officer's name is on the website.
"""


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (FIRE, {"Tom Albright", "Dolores Ramirez", None}),
        (BOARD, {"Rita Gomez", "Alan Ng", "Kevin Adeyemi"}),
        (GLAVA, {"Сергей Пахомов", "Районка"}),  # no byline: the outlet asks
        (PHONE_IN, {"Марина Лебедева", "Олег Орлов"}),
        (MEETING, {"Darren Okoro", "Helen Marsh"}),
    ],
)
def test_office_holders_named(text: str, who: set[str | None]) -> None:
    assert {speaker for _, speaker, _ in spoken_rows(text)} == who


def test_all_office_meeting_asker_inferred() -> None:
    roles = [(label, speaker) for label, speaker, _ in spoken_rows(MEETING)]
    assert roles == [("question", "Darren Okoro"), ("answer", "Helen Marsh")] * 3
