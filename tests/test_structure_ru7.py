"""Russian/Ukrainian blind batch BH: closing page furniture and initial + compound surname."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.naming import _initials_named
from rhetoscope.structure.speakers import name_from_phrase

_BODY = "— Пока работа есть – работаем.\n\n— Спасибо за беседу.\n\n"


@pytest.mark.parametrize(
    "tail",
    [
        "Сергей Лавров, Россия, США, Турция, СНГ, МИД РФ, В мире",
        "Добавьте РИА Новости в избранные источники",
        "Стежте за новинами Суспільного в Telegram\n#Суспільне #праваЛюдини",
    ],
)
def test_closing_furniture(tail: str) -> None:
    text = _BODY + tail + "\n"
    assert text[: trailing_start(text)].endswith("Спасибо за беседу.")


@pytest.mark.parametrize(
    "tail",
    [
        # A spoken list closes with a sentence mark; two items are no tag row.
        "Россия, Китай, Индия, Бразилия.",
        "Москва, Россия",
    ],
)
def test_spoken_list_stays(tail: str) -> None:
    text = _BODY + tail + "\n"
    assert text[: trailing_start(text)].endswith(tail)


@pytest.mark.parametrize(
    ("label", "text", "full"),
    [
        ("Б.Абдель Ати", "Мой коллега и друг Бадр Абдель Ати уже рассказал.", "Бадр Абдель Ати"),
        ("Б.Абдель Ати", "переговоры с Бадром Абдель Ати", "Бадр Абдель Ати"),
        ("Б.Абдель Ати", "переговоры с министром Абдель Ати", None),
    ],
)
def test_initial_before_compound_surname(label: str, text: str, full: str | None) -> None:
    name = name_from_phrase(label)
    assert name is not None
    assert _initials_named(name, text) == full
