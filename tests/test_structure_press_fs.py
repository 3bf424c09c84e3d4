"""Round 33 (FS) mechanisms: Russian and Ukrainian press interviews without labels on the
questions, or with two interviewees under given-name or surname labels."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _vocative_full_address
from rhetoscope.structure.furniture import _tagged_caption
from rhetoscope.structure.naming import _author_over_date
from rhetoscope.structure.speakers import Name, is_title_token
from rhetoscope.structure.turns import _ukrainian_given, analyse


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (sp.label, sp.attrs.get("speaker"), text[sp.start : sp.end].split("\n")[0][:30])
        for sp in analyse(text).turns
    ]


COUPLE = """Вечерний город

«Сорок лет на одной сцене»

Накануне спектакля мы встретились с Николаем и Мариной Черных в гримерке.

— Вы помните свою первую роль?

**Николай:** Конечно. Я тогда очень волновался.

**Марина:** Не волновался, а опоздал на полтакта.

— Дома вы обсуждаете спектакли?

**Марина:** Стараемся не обсуждать, но не получается.

**Николай:** И этот договор нарушается каждую ночь.

— А ссоры бывают?

**Николай:** Бывают, но профессиональные.

Беседовала Ольга Лебедева
"""

BAKERY = """Місто

Про генератори ми поговорили з власником пекарні Петром Гребенюком і технологинею Ганною Лисенко.

Як ви працювали під час відключень?
**Гребенюк:** Купили два генератори ще в жовтні.

**Лисенко:** А тісто не чекає. Ми перейшли на нічні зміни.

Скільки хліба ви печете зараз
**Гребенюк:** Близько двох тисяч буханців на добу.

Борошно подорожчало?
**Гребенюк:** На третину за рік.

**Лисенко:** Я ще поміняла рецептуру житнього.

Розмовляв Ігор Стеценко
"""


def test_dashed_questions_between_a_couples_labels() -> None:
    got = _turns(COUPLE)
    assert [(lab, sp) for lab, sp, _ in got if lab != "other"] == [
        ("question", "Ольга Лебедева"),
        ("answer", "Николай Черных"),
        ("answer", "Марина Черных"),
        ("question", "Ольга Лебедева"),
        ("answer", "Марина Черных"),
        ("answer", "Николай Черных"),
        ("question", "Ольга Лебедева"),
        ("answer", "Николай Черных"),
    ]
    assert got[-1][2] == "Бывают, но профессиональные."


def test_plain_questions_between_two_surname_labels_signed_by_the_interviewer() -> None:
    got = [(lab, sp, words) for lab, sp, words in _turns(BAKERY) if lab != "other"]
    assert [lab for lab, _, _ in got] == [
        "question",
        "answer",
        "answer",
        "question",
        "answer",
        "question",
        "answer",
        "answer",
    ]
    assert got[3] == ("question", "Ігор Стеценко", "Скільки хліба ви печете зараз")
    assert got[1][1] == "Петро Гребенюк"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Оксано Гнатишин, отже: навіщо?", {"Оксана Гнатишин"}),
        ("Пане Ярославе, скільки це коштує?", set()),
        ("Скільки у вас студентів?", set()),
    ],
)
def test_vocative_full_address(question: str, expected: set[str]) -> None:
    assert _vocative_full_address(question) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [("Петр", "Петро"), ("Олександр", "Олександр"), ("Ганна", "Ганна")],
)
def test_ukrainian_given(given: str, expected: str) -> None:
    name = _ukrainian_given(Name((given,), "Гребенюк", None, False))
    assert name.given == (expected,)


@pytest.mark.parametrize(
    ("word", "title"),
    [("протоиерей", True), ("Академик", True), ("Богдан", False)],
)
def test_clergy_and_academic_titles(word: str, title: bool) -> None:
    assert is_title_token(word) is title


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("[Фото: Ирина Шевчук в ординаторской. Фото Дарьи Сомовой]", True),
        ("Фото: Николай и Марина Черных на репетиции. Фото из архива театра", True),
        ("Фото: пресс-служба", False),
    ],
)
def test_tagged_caption_forms(line: str, caption: bool) -> None:
    assert (_tagged_caption(line) is not None) is caption


def test_author_over_date() -> None:
    header = (
        "Труд › Наука\nАкадемик Геннадий Ладыгин: «…»\nЕвгения Рыбакова\n27 ноября 2023, Москва"
    )
    author = _author_over_date(header, [])
    assert author is not None and author.display() == "Евгения Рыбакова"
    assert _author_over_date(header, [Name(("Евгения",), "Рыбакова", None, False)]) is None
