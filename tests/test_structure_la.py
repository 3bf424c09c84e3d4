"""Small cases for batch LA: a news agency's reprint notice under the last answer ("Перепечатка
и распространение материалов … возможна только с разрешения", the Ukrainian "Передрук …
дозволено лише з посиланням"), alone or under the tag box, is the page's furniture, not the
interviewee's words."""

import pytest

from structure_support import turn_rows

_AGENCY = (
    "Интерфакс\n"
    "Главное\n"
    "Интервью\n"
    "Глава агентства: навигация откроется в обычные сроки\n"
    "10:01, 3 марта 2025\n"
    "\n"
    "Москва. 3 марта. INTERFAX.RU - Руководитель агентства Пётр Соколов в интервью "
    '"Интерфаксу" рассказал о подготовке к навигации.\n'
    "\n"
    "Интерфакс: Пётр Иванович, как идет подготовка к навигации?\n"
    "\n"
    "Соколов: Подготовка идет в плановом режиме. Навигация откроется в обычные сроки.\n"
    "\n"
    "Интерфакс: Будут ли новые пассажирские маршруты?\n"
    "\n"
    "Соколов: Да, регионы активно открывают маршруты. Спрос стабильно растет.\n"
    "\n"
    "{tail}"
)

_TAGS = "Теги:\nРечфлот\nПётр Соколов\nречной транспорт\n"
_NOTICE = "Перепечатка и распространение материалов агентства возможна только с разрешения.\n"


@pytest.mark.parametrize(
    "tail",
    [
        _TAGS + _NOTICE,
        _NOTICE,
        "Передрук матеріалів агентства дозволено лише з посиланням на джерело.\n",
        "Полное или частичное копирование материалов без письменного согласия запрещено.\n",
    ],
)
def test_reprint_notice_under_last_answer_is_furniture(tail: str) -> None:
    rows = turn_rows(_AGENCY.format(tail=tail))
    assert rows[-1][0] == "answer"
    assert rows[-1][1] == "Пётр Соколов"
    assert rows[-1][2].endswith("Спрос стабильно растет.")


def test_reprint_word_inside_an_answer_stays_speech() -> None:
    tail = "Интерфакс: А перепечатка?\n\nСоколов: Перепечатка книг у нас растет, спрос есть.\n"
    rows = turn_rows(_AGENCY.format(tail=tail))
    assert rows[-1][2] == "Перепечатка книг у нас растет, спрос есть."
