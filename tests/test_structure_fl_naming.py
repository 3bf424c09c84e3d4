"""Round 32 (FL): bold questions that lost their "?", and naming the two sides of a regional
Russian or Ukrainian interview from its byline, lead, or headline."""

import pytest

from rhetoscope.structure.dialogue import (
    _addressed_given,
    _bold_lost_mark,
    _post_completed,
)
from rhetoscope.structure.header import _lead_people_ru
from rhetoscope.structure.naming import _OUTLET_BYLINE_PAIR, _plural_couple
from rhetoscope.structure.speakers import Name


@pytest.mark.parametrize(
    ("para", "asks"),
    [
        ("**Марина Александровна, начнем с цифр. Сколько сел сегодня вообще без медика**", True),
        ("**И как часто они приезжают**", True),
        ("**Что будет с фельдшерскими пунктами, которые уже есть**", True),
        ("**Как мы работаем**", False),  # a section heading: too short
        ("**Мы работаем без выходных**", False),  # no question word
        ("**Что будет дальше.**", False),  # closes its sentence
    ],
)
def test_bold_lost_mark(para: str, asks: bool) -> None:
    assert _bold_lost_mark(para) is asks


@pytest.mark.parametrize(
    ("lead", "given"),
    [
        ("«Пане Миколо, а бджоли вас досі кусають?» — питаю, поки ми йдемо.", "Микола"),
        ("«Пані Олено, як ви?» — питаю.", "Олена"),
        ("— Пане Андрію, як справи? — питаю.", "Андрій"),
        ("«Пане Тарасе, …» — кажу я.", "Тарас"),
        ("«Пане Миколо, …» — «Пані Олено, …»", None),  # two people called
        ("Пасіці в селі вже сорок років.", None),
    ],
)
def test_addressed_given(lead: str, given: str | None) -> None:
    assert _addressed_given(lead) == given


def test_plural_couple() -> None:
    couple = _plural_couple("Натальей", "Игорем", "Ветровыми")
    assert couple is not None
    assert [n.display() for n in couple] == ["Наталья Ветрова", "Игорь Ветров"]
    assert _plural_couple("Анна", "Олег", "Корниенко") is None


@pytest.mark.parametrize(
    ("name", "lead", "whole"),
    [
        (
            Name(("Академик",), "Стрельцов", None, False),
            "«Обзор» поговорил с академиком РАН Николаем Стрельцовым.",
            "Николай Стрельцов",
        ),
        (
            Name(("Отець",), "Василь", None, False),
            "Настоятель храму протоієрей Василь Гнатюк перетворив будинок на штаб.\n"
            "Отець Василь біля парафіяльного будинку",
            "Василь Гнатюк",
        ),
        # A real given name is left alone.
        (
            Name(("Николай",), "Стрельцов", None, False),
            "«Обзор» поговорил с академиком Николаем Стрельцовым.",
            "Николай Стрельцов",
        ),
    ],
)
def test_post_completed(name: Name, lead: str, whole: str) -> None:
    told = _lead_people_ru(lead)
    assert _post_completed(name, told, lead).display() == whole


def test_visit_names_no_journalist() -> None:
    lead = "Корреспондент «РГ» побывал в гостях у Марины Лещенко и спросил, как быть."
    assert not [n for k, n in _lead_people_ru(lead) if k == "interview conducted by"]


def test_outlet_byline_pair() -> None:
    m = _OUTLET_BYLINE_PAIR.search("Заголовок\n\nМарія ГУМЕНЮК,\n«Урядовий кур'єр»\n\nЛід.")
    assert m is not None and (m.group(1), m.group(2).title()) == ("Марія", "Гуменюк")
