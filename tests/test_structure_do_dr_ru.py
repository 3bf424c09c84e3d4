"""Round 24 (RU/UK): gender agreement of a lead's names, office and cast-line holders."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.naming import _pair_nominative
from rhetoscope.structure.speakers import LabelKind, classify_label


@pytest.mark.parametrize(
    ("given", "surname", "after", "want"),
    [
        ("Яна", "Мельник", " поговорила", ("Яна", "Мельник")),  # a woman's nominative
        ("Яна", "Мельника", "", ("Ян", "Мельник")),  # a man's genitive declines both
        ("Оленою", "Гриценко", "", ("Олена", "Гриценко")),
        ("Анной", "Ковалевой", "", ("Анна", "Ковалева")),
        ("Анна", "Ковалева", " спросила у", ("Анна", "Ковалева")),
        ("Ивана", "Петрова", "", ("Иван", "Петров")),
        ("Петра", "Порошенко", "", ("Петр", "Порошенко")),
    ],
)
def test_pair_nominative(given: str, surname: str, after: str, want: tuple[str, str]) -> None:
    assert _pair_nominative(given, surname, after) == want


def test_rechnyk_is_an_office() -> None:
    info = classify_label("Речник")
    assert info is not None and info.kind is LabelKind.OFFICE


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("\n\nОб авторе\nИван Петров — экономист, доцент.\n\nТеги: #бюджет\n", "Об авторе"),
        ("\n\n#правительство #туризм\n\nВсе новости по теме\n", "#правительство"),
    ],
)
def test_trailing_boxes(tail: str, cut: str) -> None:
    text = "Вопрос?\n\nОтвет один. Ответ два." + tail
    assert trailing_start(text) == len("Вопрос?\n\nОтвет один. Ответ два.")
    assert cut in text[trailing_start(text) :]
