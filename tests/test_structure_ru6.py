"""Russian/Ukrainian blind batch BD/BF: label forms and page furniture (short snippets)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, _news_outlet, classify_label


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Модератор сессии, ведущая Марина Лосева", "Марина Лосева"),
        ("Moderator, journalist Jane Doe", "Jane Doe"),
    ],
)
def test_chair_role_then_name(label: str, name: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.PERSON
    assert info.name is not None and info.name.display() == name


@pytest.mark.parametrize(
    ("label", "outlet"),
    [("Полтавщина онлайн", True), ("Харків інфо", True), ("Марина Лосева", False)],
)
def test_online_outlet(label: str, outlet: bool) -> None:
    assert _news_outlet(label) is outlet


@pytest.mark.parametrize(
    "tail",
    [
        "Повну відеотрансляцію дивіться на YouTube-каналі Укрінформу.",
        "Дивіться повну версію ефіру на YouTube-каналі Еспресо.",
        "Все выступления и интервью",
    ],
)
def test_closing_furniture(tail: str) -> None:
    text = "Ведущий: Коллеги, спасибо. На этом пресс-конференция завершена.\n\n" + tail + "\n"
    assert text.index(tail) - 2 <= trailing_start(text) <= text.index(tail)
