"""Office and role labels (round 43, IP): posts the label reader did not know, holders the lead
names in a spelled-out acronym or after an agency's genitive, a Scottish committee's convener,
a one-off member the chair calls by surname, and a resident who names herself with a place."""

from __future__ import annotations

import pytest

from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.speakers import classify_label
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("raw", "office"),
    [
        # two adjectives before a ranked post
        ("Главный санитарный врач", "Главный санитарный врач"),
        ("Головний санітарний лікар", "Головний санітарний лікар"),
        # an agency's clipped name in the genitive
        ("Голова Держрибагентства", "Голова Держрибагентства"),
        ("Глава Роспотребнадзора", "Глава Роспотребнадзора"),
        # a remit of an adjective and a noun, in capitals or title case
        ("DIRECTOR OF PUBLIC HEALTH", "Director of Public Health"),
        ("Director of Adult Services", "Director of Adult Services"),
        ("The Convener", "The Convener"),
        ("REEVE", "Reeve"),
    ],
)
def test_office_labels(raw: str, office: str) -> None:
    info = classify_label(raw)
    assert info is not None and info.office == office


@pytest.mark.parametrize(
    "raw",
    [
        "President of Russia Vladimir",  # an office, then a name
        "Голова Петренко",  # an office, then a surname
        "Главный Иванов врач",
    ],
)
def test_not_remit_offices(raw: str) -> None:
    info = classify_label(raw)
    assert info is None or info.office != raw


_SANITARY = """Главный санитарный врач: школы на карантин закрывать не будут

10 февраля 2025, 12:00

Главный санитарный врач по Тверской области Нина Ершова. Фото: пресс-служба

Порог заболеваемости превышен, но закрывать школы не будут, заявила главный санитарный врач.

Ведущая: Добрый день, коллеги. Начинаем пресс-конференцию. Нина Павловна, вам слово.

Главный санитарный врач: Добрый день. За неделю зарегистрировано 9 000 случаев ОРВИ.

Вопрос: Когда ожидается спад?

Главный санитарный врач: По нашим расчётам, через две недели.

Вопрос: А масочный режим вернут?

Главный санитарный врач: Оснований для этого сейчас нет.
"""

_AGENCY = """Стенограма брифінгу Голови Держрибагентства Остапа Мельничука щодо нересту

05 травня 2025, 11:00

Модератор: Добрий день. Слово Голові агентства.

Голова Держрибагентства: Добрий день. З 1 квітня діє нерестова заборона.

Журналіст (Укрінформ): Чи буде посилено контроль?

Голова Держрибагентства: Так, рейди проводимо щодня.

Журналіст (ТСН): Скільки порушень виявлено?

Голова Держрибагентства: Понад двісті, матеріали передано до суду.
"""

_AUDIT = """СТЕНОГРАММА заседания Совета депутатов

Председательствует: глава округа Павел Ильич Сомов
Докладчик: председатель Контрольно-счётной палаты Инна Юрьевна Рябова

Председательствующий: Переходим к отчёту. Пожалуйста.

Председатель КСП: Уважаемые депутаты! Палатой проведено 12 проверок.

Председательствующий: Спасибо. Вопросы? Лапшин Олег Петрович, пожалуйста.

Депутат Лапшин: Инна Юрьевна, какие нарушения выявлены в закупках?

Председатель КСП: Завышение начальной цены контрактов на 4 млн рублей.

Депутат Орлова: Кто понёс ответственность?

Председатель КСП: Директору учреждения объявлен выговор.

Депутат Орлова: А деньги вернули?

Председатель КСП: Да, в полном объёме.
"""

_CONVENER = """Local Government Committee
Meeting date: Tuesday, March 4, 2025

The Convener (Alison Greig): Good morning. Our next item is an evidence session with the
Accounts Commission. I welcome Peter Munro to the meeting.

Peter Munro: Thank you, convener. Councils face a funding gap of £780 million.

The Convener: What is driving that gap, and how will councils close it?

Peter Munro: Mostly pay and social care. Reserves will not close it.

The Convener: I will bring in Ross Baird.

Ross Baird: Would council tax rises close the gap?

Peter Munro: Only part of it.
"""

_TOWN_HALL = """Reeve Joanne Petrowski took questions at the Elk Point hall on Tuesday.

REEVE: Okay, hands are up already. Go ahead, sir.

RESIDENT: Walt Mazur, I'm just north of the Range Road 60 corner. Why is my road last?

REEVE: That's fair, Walt. The list is by traffic counts.

RESIDENT: Carol Dumka, out by Heinsburg. Do seniors pay the levy?

REEVE: We looked at that, Carol. Council can't exempt anyone.

RESIDENT: Glen Sawka, can you tell us where the money goes?

REEVE: Every dollar goes to gravel.
"""

_PHONE_IN = """County Council Newsroom

Transcript: Director of Public Health answers your questions on the radio

Posted on 19 February 2025

This morning Dr Alan Pryce, Wessex's Director of Public Health, joined presenter Kate Lowe on \
the breakfast show to answer listeners' questions.

PRESENTER: Morning, Alan. How worried should we be?

DIRECTOR OF PUBLIC HEALTH: Concerned rather than worried. We have 11 cases.

PRESENTER: What should adults who aren't sure about their doses do?

DIRECTOR OF PUBLIC HEALTH: Ask your GP surgery. An extra dose does no harm.
"""


def _speakers(text: str) -> list[str | None]:
    return [speaker for label, speaker, _ in turn_rows(text) if label != "other" or speaker]


def test_ranked_post_named_by_caption_and_quote_headline_dropped() -> None:
    rows = turn_rows(_SANITARY)
    assert not any(body.startswith("школы на карантин") for _, _, body in rows)
    assert [s for _, s, b in rows if b.startswith(("Добрый день. За", "По нашим"))] == [
        "Нина Ершова",
        "Нина Ершова",
    ]


def test_agency_genitive_holder() -> None:
    holders = {s for _, s, b in turn_rows(_AGENCY) if b.startswith(("Так,", "Понад"))}
    assert holders == {"Остап Мельничук"}


def test_spelled_acronym_office_and_called_member() -> None:
    rows = turn_rows(_AUDIT)
    assert [s for _, s, b in rows if b.startswith("Завышение")] == ["Инна Рябова"]
    # the one-off "Депутат Лапшин:" after the chair's "Лапшин Олег Петрович, пожалуйста."
    assert any(b.startswith("Инна Юрьевна, какие") for _, _, b in rows)
    assert [h.text for h in find_labels(_AUDIT)].count("Депутат Лапшин") == 1


def test_convener_holder_and_presiding() -> None:
    rows = turn_rows(_CONVENER)
    assert [(lab, s) for lab, s, b in rows if b.startswith(("What is", "I will"))] == [
        ("question", "Alison Greig"),
        ("other", "Alison Greig"),
    ]


def test_reeve_and_residents_with_a_place() -> None:
    rows = turn_rows(_TOWN_HALL)
    assert [s for lab, s, _ in rows if lab == "question"] == ["Walt Mazur", "Carol Dumka", None]
    assert {s for _, s, b in rows if b.startswith(("That's fair", "Every"))} == {"Joanne Petrowski"}


def test_remit_office_named_in_lead() -> None:
    assert [s for _, s, b in turn_rows(_PHONE_IN) if b.startswith(("Concerned", "Ask"))] == [
        "Alan Pryce",
        "Alan Pryce",
    ]
