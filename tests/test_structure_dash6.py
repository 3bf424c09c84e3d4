"""Labelless interviews: the two sides named in a lead that speaks of the talk's topic after
"рассказал о …", an outlet's web name ("LIGA.net") before the journalist, a Ukrainian -енко
surname in the headline's genitive, and a photo caption inside a TASS-style Q&A."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people, _lead_people_ru
from rhetoscope.structure.speakers import genitive_to_nominative
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        # A pair after a preposition is the talk's topic or place, never the teller.
        (
            "Министр Сергей Лавров в интервью РИА Новости рассказал о ситуации на Ближнем "
            "Востоке. Беседовал обозреватель агентства Дмитрий Гордеев.",
            {("interview with", "Сергей Лавров"), ("беседовал", "Дмитрий Гордеев")},
        ),
        # The teller named after the verb still counts.
        (
            "Об этом корреспонденту ТАСС Ивану Петрову рассказал министр Алексей Горбунов.",
            {("interview with", "Алексей Горбунов")},
        ),
        # A dot inside an outlet's web name is no sentence end.
        (
            "Журналістка LIGA.net Марія Гончар поговорила з ним про нові критерії.",
            {("interview conducted by", "Марія Гончар")},
        ),
    ],
)
def test_lead_people(lead: str, want: set[tuple[str, str]]) -> None:
    got = {(k, n.display()) for k, n in _lead_people_ru(lead)}
    assert want <= got
    assert not any("Восток" in name for _, name in got)


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Оліфіренка", "Оліфіренко"), ("Шевченка", "Шевченко"), ("Лаврова", "Лавров")],
)
def test_genitive_enko(word: str, nominative: str) -> None:
    assert genitive_to_nominative(word) == nominative


def test_headline_genitive_enko() -> None:
    people = _header_people("Інтерв’ю заступника міністра економіки Тараса Оліфіренка\n")
    assert ("інтерв’ю", "Тарас Оліфіренко") in {(k, n.display()) for k, n in people}


def test_caption_row_in_plain_dash_answers() -> None:
    text = (
        "Головне › Інтерв’ю\n"
        "Тарас Гнатюк: Графіки будуть\n"
        "Марія Левченко — Понеділок, 8 грудня 2025, 05:30\n\n"
        'Перший заступник міністра Тарас Гнатюк в інтерв’ю "Українській правді" розповів '
        "про зиму.\n\n"
        "Чи будуть цієї зими графіки?\n\n– Так, будуть. Але коротші.\n\n"
        "Скільки часу займає відновлення?\n\n– Від кількох днів до місяців.\n\n"
        "Гнатюк під час поїздки на ТЕЦ, листопад 2025 року. Фото: Міненерго\n\n"
        "Як просувається будівництво укриттів?\n\n– Захист є на більшості підстанцій.\n\n"
        "А хто платить?\n\n– Держбюджет і партнери.\n"
    )
    turns = analyse(text).turns
    rows = [(t.label, text[t.start : t.end]) for t in turns]
    assert ("other", "Гнатюк під час поїздки на ТЕЦ, листопад 2025 року. Фото: Міненерго") in rows
    assert [label for label, _ in rows].count("answer") == 4
    assert rows[3] == ("answer", "Від кількох днів до місяців.")
