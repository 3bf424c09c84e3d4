"""Round-27 (EH) naming from the page: a lead's patronymic and oblique names, a broadcast
lead's subject host, a dek's appositive interviewee, Irish and Cyrillic particles, feminine
Ukrainian office labels."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label, parse_name
from rhetoscope.structure.turns import analyse


def speakers(text: str) -> set[tuple[str, str | None]]:
    return {
        (sp.label, sp.attrs.get("speaker")) for sp in analyse(text).turns if sp.label != "other"
    }


@pytest.mark.parametrize("label", ["Міністерка", "Посолка"])
def test_ukrainian_office_labels(label: str) -> None:
    assert classify_label(label).kind is LabelKind.OFFICE


@pytest.mark.parametrize(
    ("words", "surname"),
    [
        ("Niamh Mac Giolla Phádraig", "Mac Giolla Phádraig"),
        ("Aoife Nic Giolla Easpaig", "Nic Giolla Easpaig"),
        ("Марко ван Дейк", "ван Дейк"),
    ],
)
def test_particle_surnames(words: str, surname: str) -> None:
    name = parse_name(words.split())
    assert name is not None and name.surname == surname


CASES = [
    (
        # The host is the subject of the lead's verb; a patronymic stands between a guest's
        # given name and surname; a woman's "-ей" and an indeclinable surname.
        "«Экономика»\n\nМария Ситникова обсудила с директором института Петром Андреевичем "
        "Дурново и экономистом Натальей Кох, что будет со ставкой.\n\n"
        "Ведущая: Пётр Андреевич, что со ставкой?\n\nДурново: Она высокая.\n\n"
        "Ведущая: Наталья, согласны?\n\nКох: Не совсем.\n\n"
        "Ведущая: А ипотека?\n\nКох: Дорожает.\n\nДурново: Соглашусь.\n",
        {
            ("question", "Мария Ситникова"),
            ("answer", "Пётр Дурново"),
            ("answer", "Наталья Кох"),
        },
    ),
    (
        # A given name and patronymic label, the surname in the lead; a quoted outlet after
        # the correspondent is no name; the author field names who asks.
        "«Очереди»\n\nАвтор: Артём Зайцев\n\nКорреспондент «Вечерней Казани» побеседовал с "
        "главным врачом Гульнарой Рашитовной Хабибуллиной.\n\n"
        "Корр.: Гульнара Рашитовна, почему очереди?\n\nГульнара Рашитовна: Из-за логистики.\n\n"
        "Корр.: А врачей хватает?\n\nГульнара Рашитовна: Хватает.\n",
        {("question", "Артём Зайцев"), ("answer", "Гульнара Хабибуллина")},
    ),
    (
        # A feminine office label whose holder the lead names in the instrumental; the
        # signature "Розмову вів …" under the last answer names who asks.
        "«Вектор» поговорив із міністеркою у справах ветеранів Оленою Ковальчук-Бойко.\n\n"
        "Журналіст: Пані міністерко, що далі?\n\nМіністерка: Цифровий кабінет.\n\n"
        "Журналіст: Коли?\n\nМіністерка: З грудня.\n\nРозмову вів Тарас Гнатюк\n",
        {("question", "Тарас Гнатюк"), ("answer", "Олена Ковальчук-Бойко")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_named_from_page(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert speakers(text) == expected
