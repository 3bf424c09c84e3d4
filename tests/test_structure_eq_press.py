"""Round 29 (EQ) press-interview snippets: bylines by the date, unmarked dashed questions,
capitals signatures, prose before a quote, 'Читайте також на …' boxes, masthead labels."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("header", "given", "surname", "expected"),
    [
        ("Ведомости\nАнна Лосева\n14 марта 2024, 06:00\nПоделиться\n", "Анна", "Лосева", True),
        ("ВГОЛОС\nЛьвів, 5 червня 2023\nОксана Дмитрук\n", "Оксана", "Дмитрук", True),
        # The desk's byline is no person.
        ("Nation\nSunday, September 08, 2024\nNation Team\n", "Nation", "Team", False),
        # Named in the lead as well: not only the byline.
        (
            "Анна Лосева\n14 марта 2024\nМы поговорили: Анна Лосева рассказала.\n",
            "Анна",
            "Лосева",
            False,
        ),
    ],
)
def test_dated_byline(header: str, given: str, surname: str, expected: bool) -> None:
    from rhetoscope.structure.header import _dated_byline

    assert _dated_byline(header, given, surname) is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Валентино Іванівно, минуло два роки. Що вдалося відновити", True),
        ("Коли діти повернуться до школи", True),
        ("Ми розраховуємо на вересень наступного року.", False),
        # An answer's last sentence that ends bare but asks nothing.
        ("Дахи — це було перше. Потім школа", False),
    ],
)
def test_lost_question_mark(body: str, expected: bool) -> None:
    from rhetoscope.structure.dialogue import _lost_question_mark

    assert _lost_question_mark(body) is expected


def test_caps_signature_recased() -> None:
    from rhetoscope.structure.turns import _caps_surnames_recased

    assert _caps_surnames_recased("\n\nЗаписала Лідія САХНО\n") == "\n\nЗаписала Лідія Сахно\n"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Экипаж, кстати, почти весь молодой. Средний возраст — двадцать лет. Я им говорил", 2),
        ("Сергей Лавров, министр иностранных дел", 0),
    ],
)
def test_prose_stops(label: str, expected: int) -> None:
    from rhetoscope.structure.labels import _PROSE_STOP

    assert len(_PROSE_STOP.findall(label)) == expected


@pytest.mark.parametrize(
    ("label", "header", "expected"),
    [
        ("Вголос", "ВГОЛОС\nНовини Львова / Культура\n", True),
        ("Сидор", "ВГОЛОС\nНовини Львова / Культура\n", False),
    ],
)
def test_masthead_word(label: str, header: str, expected: bool) -> None:
    from rhetoscope.structure.naming import _masthead_word

    assert _masthead_word(label, header) is expected


@pytest.mark.parametrize(
    "line",
    ["Читайте також на Вголос:", "Читайте также на РБК", "Читайте також"],
)
def test_read_also_on_site(line: str) -> None:
    from rhetoscope.structure.metadata import trailing_start

    text = f"— Дякуємо за розмову.\n\n{line}\nУ Львові відкрили нову сцену\n"
    assert trailing_start(text) == len("— Дякуємо за розмову.")
