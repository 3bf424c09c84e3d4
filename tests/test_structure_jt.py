# ruff: noqa: E501
"""Small cases for the JT round (common sources, English, Russian and Ukrainian): a title that
names the holder after the office and its state in the genitive ("Спілкування Президента
України Володимира Зеленського …") gives "Президент:" that holder, not "Україна Володимир"; a
journalist who addresses the President before introducing themselves ("Пане Президенте,
Суспільне Волинь, Олена Гаврилюк.") is named; a "Читайте также" box, a photo credit over its
caption, and a tag column set flush (no blank lines) inside a dash interview are the page's; a
host's "But Senator, …: …" is no label; a reporter's bare "Okay." that the next question follows is a remark."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import classify_label
from structure_support import turn_rows

_DOORSTEP = """Головна › Новини
Спілкування Президента України Володимира Зеленського з представниками ЗМІ під час робочої поїздки до області
12 березня 2025 року - 17:10

Журналістка: Пане Президенте, Суспільне Поділля, Ганна Левчук. Чи будуть нові укриття в школах?

Президент: Так, програма продовжується. Гроші виділені.

Журналістка: А коли саме?

Президент: До вересня.
"""


def test_genitive_title_and_addressed_self_introduction() -> None:
    rows = turn_rows(_DOORSTEP)
    assert [r[0] for r in rows] == ["question", "answer", "question", "answer"]
    assert rows[0][1] == "Ганна Левчук"
    # (her short "А коли саме?" straight after the answer is hers: the short follow-up convention)
    assert rows[2][1] == "Ганна Левчук"
    assert {r[1] for r in rows if r[0] == "answer"} == {"Володимир Зеленський"}


_FLUSH_BOXES = """РИА Новости
Экономика
Глава агентства: спрос на туры вырос
МОСКВА, 3 мар — РИА Новости. О спросе на туры в интервью РИА Новости рассказал руководитель Федерального агентства Иван Петров.

— Иван Сергеевич, как вырос спрос?

— Примерно на десять процентов за год.
Читайте также
Названы самые популярные направления весны
— А цены?

— Цены растут умеренно, на уровне инфляции.
© РИА Новости / Иван Иванов
Туристы в аэропорту Шереметьево
— Спасибо за интервью.

— Спасибо вам.
Туризм
Россия
Экономика
Иван Петров
Федеральное агентство по туризму (Ростуризм)
Добавить РИА Новости в список источников
"""


@pytest.mark.parametrize(
    ("index", "last_words"),
    [(1, "процентов за год."), (3, "на уровне инфляции."), (5, "Спасибо вам.")],
)
def test_flush_page_boxes_end_the_answer(index: int, last_words: str) -> None:
    rows = turn_rows(_FLUSH_BOXES)
    assert len(rows) == 6
    assert rows[index][2].rstrip().endswith(last_words)


def test_flush_tag_column_is_trailing() -> None:
    assert _FLUSH_BOXES[: trailing_start(_FLUSH_BOXES)].rstrip().endswith("— Спасибо вам.")


@pytest.mark.parametrize(
    "raw",
    ["But Senator, Democrats say their demand is simple", "So Governor, the plan is this"],
)
def test_address_after_conjunction_is_no_label(raw: str) -> None:
    assert classify_label(raw) is None


_BRIEFING = """Department Press Briefing
Jane Ruiz, Spokesperson

MS RUIZ:  Good afternoon.  I'll take your questions.

QUESTION:  Was there any assurance from Cairo?

MS RUIZ:  I won't get ahead of the talks.

QUESTION:  Okay.

QUESTION:  On Sudan — is aid getting through?

MS RUIZ:  Some of it, not enough.
"""


def test_bare_okay_before_next_question_is_other() -> None:
    rows = turn_rows(_BRIEFING)
    okay = [r for r in rows if r[2].strip() == "Okay."]
    assert okay and okay[0][0] == "other"
    assert [r[0] for r in rows if r[2].startswith("On Sudan")] == ["question"]
