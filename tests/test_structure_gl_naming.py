"""Round 35 (GL): speakers named from the page — masthead initials in Cyrillic, a first name
completed from an oblique lead, clipped Slavic offices, double surnames in the instrumental,
closing credits and bio boxes."""

import pytest

from rhetoscope.structure.header import _nominative
from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.naming import (
    _bio_holder,
    _given_introduced,
    _instrumental_holder,
    _masthead_acronym,
    _tail_signer,
)
from rhetoscope.structure.speakers import Name


@pytest.mark.parametrize(
    ("label", "header", "expected"),
    [
        ("СВ", "Судовий вісник › Інтерв'ю\n\nЗаголовок", True),
        ("МВ", "Медицинский вестник | Подписка\n", True),
        ("AR", "AgriTech Review | Subscribe | Events\n", True),
        ("СВ", "Новини › Суспільство\n", False),
    ],
)
def test_masthead_initials(label: str, header: str, expected: bool) -> None:
    name = Name(given=(), surname=label, title=None, caps=True)
    assert _masthead_acronym(name, header) is expected


@pytest.mark.parametrize(
    ("word", "before", "expected"),
    [
        ("Ольга", "Анаит Саакян рассказала нашему корреспонденту Ольге Ким, как …", "Ольга Ким"),
        ("Ольга", "мы поговорили с Ольгой Ивановой о школе", "Ольга Иванова"),
        ("Ольга", "Фото: Ольга Ким\n", "Ольга Ким"),
        ("Ольга", "В гостях у нас Игорь Петров.", None),
    ],
)
def test_first_name_from_oblique_lead(word: str, before: str, expected: str | None) -> None:
    assert _given_introduced(word, before) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Загорским", "Загорский"), ("Вишневским", "Вишневский"), ("Зеленським", "Зеленський")],
)
def test_russian_adjectival_instrumental(word: str, expected: str) -> None:
    assert _nominative(word) == expected


def test_instrumental_double_surname_and_short_patronymic() -> None:
    lead = (
        "Мы поговорили с директором Саяно-Енисейского заповедника Фёдором Ильичом "
        "Ерёминым-Загорским о снежных барсах."
    )
    assert _instrumental_holder("директор", lead, []) == {("Фёдор Ерёмин-Загорский", False)}


def test_bio_box_heading_and_degree() -> None:
    tail = (
        "Про гостя: Богдан Ярош-Левицький — доктор історичних наук, професор Хмельницького "
        "університету.\n"
    )
    assert _bio_holder(tail, "Професор", []) == "Богдан Ярош-Левицький"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Корр.: Что изменилось?\n\nДиректор: Многое.\n\nТекст: Денис Мамедов\n",
            "Денис Мамедов",
        ),
        (
            "Interviewer: Why a hall?\n\nÓ Briain: Because a hall hears dances.\n\n"
            "Interviewer: And next?\n\nÓ Briain: Sleep.\n\n"
            "Orla Brennan spoke to Seán Ó Briain for The Review.\n",
            "Orla Brennan",
        ),
        (
            "Interviewer: Why a hall?\n\nÓ Briain: Because a hall hears dances.\n\n"
            "Interviewer: And next?\n\nÓ Briain: Sleep.\n",
            None,
        ),
    ],
)
def test_closing_credit_names_interviewer(text: str, expected: str | None) -> None:
    signer = _tail_signer(text, find_labels(text))
    assert (signer.display() if signer else None) == expected
