"""A Duma stenogram's capitalised vote block and site footer, a name-and-patronymic closing
thanks under "Вопрос:", a third voice brought in by a Ukrainian reflexive verb with a relative
clause, and a closing signature's town (round 42, IF)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _VOICED_INSIDE
from rhetoscope.structure.metadata import _TRAILING_LINE, extract
from structure_support import turn_rows

_STENOGRAM = """СТЕНОГРАММА
заседания
16 апреля 2025 г.

Председательствует Заместитель Председателя Государственной Думы
Г. К. Лыткин

Председательствующий. Коллеги, переходим к 11-му вопросу. Пожалуйста, Олег Игоревич.

Чернецов О. И. Уважаемый Геннадий Константинович! Законопроект готов. Прошу поддержать.

Председательствующий. Ставится на голосование законопроект в первом чтении. Покажите результаты.

РЕЗУЛЬТАТЫ ГОЛОСОВАНИЯ (12 час. 47 мин. 05 сек.)
Проголосовало за 392 чел. 87,1 %
Проголосовало против 0 чел. 0,0 %
Результат: принято

Председательствующий. Законопроект принят в первом чтении. Переходим к 12-му вопросу повестки.

« Предыдущий вопрос   Следующий вопрос »
Официальный сайт Государственной Думы. Стенограммы публикуются Управлением стенографии.
"""


def test_duma_vote_block_and_footer() -> None:
    rows = turn_rows(_STENOGRAM)
    bodies = [w for _, _, w in rows]
    assert bodies[-2].endswith("Покажите результаты.")
    assert bodies[-1].endswith("12-му вопросу повестки.")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("« Предыдущий вопрос   Следующий вопрос »", True),
        ("← Попередня новина | Наступна новина →", True),
        ("Официальный сайт Государственной Думы. Стенограммы публикуются Управлением.", True),
        ("Офіційний вебпортал Верховної Ради України.", True),
        # a speaker's own sentences stay
        ("Следующий вопрос, пожалуйста.", False),
        ("Официальный сайт министерства уже работает.", False),
    ],
)
def test_ru_uk_pager_and_site_footer(line: str, want: bool) -> None:
    assert (_TRAILING_LINE.match(line) is not None) is want


_NOVAK = """Интервью Александра Новака телеканалу «Россия 24»
14 марта 2025

Вопрос: Александр Валентинович, будет ли продлен запрет на экспорт бензина?
А.Новак: Решение будет приниматься исходя из ситуации на рынке.
Вопрос: Как идет подготовка к лету?
А.Новак: Выводы мы сделали.
Вопрос: Александр Валентинович, спасибо за интервью.
А.Новак: Спасибо вам.
"""


def test_patronymic_vocative_thanks_is_other() -> None:
    rows = turn_rows(_NOVAK)
    labels = {w.split(",")[1][:7]: label for label, _, w in rows if w.startswith("Александр")}
    assert labels[" спасиб"] == "other"
    assert labels[" будет "] == "question"


@pytest.mark.parametrize(
    ("para", "want"),
    [
        (
            "- Я тут додам, – втручається в розмову інструктор школи Олексій Гуменюк, який"
            " півтора року літав на Покровському напрямку. – Ми зараз окремий день виділяємо.",
            "Гуменюк",
        ),
        (
            "— Подростков часто недооценивают, — подключается к разговору заведующая"
            " отделом Ольга Каменева. — У нас …",
            "Каменева",
        ),
        # a dash inside the answer's own sentence names no one
        ("— Я тут додам, – сказав він і замовк. – Ми працюємо.", None),
    ],
)
def test_voiced_inside(para: str, want: str | None) -> None:
    m = _VOICED_INSIDE.search(para)
    assert (m.group("s") if m else None) == want


_SIGNED = """Укрінформ
20.05.2025 10:15
Ukrinform
Сергій Мороз, генеральний директор Вінницької обласної клінічної лікарні

Вінницька обласна клінічна лікарня стала одним із головних медичних центрів.

Пане Сергію, наскільки зросло навантаження?

Приблизно на 40%.

Чого бракує?

Людей.

{sign}
Фото надані пресслужбою лікарні

Теги: медицина
"""


@pytest.mark.parametrize(
    ("sign", "want"),
    [
        ("Ольга Мельник, Вінниця", "Вінниця"),
        # the paper's name after the signature is no place
        ("Ольга Мельник, Укрінформ", None),
    ],
)
def test_signature_town_is_place(sign: str, want: str | None) -> None:
    assert extract(_SIGNED.format(sign=sign)).place == want
