"""Verkhovna Rada question hour: initials labels completed from the chair's calls and the
addresses; a minister who completes the Prime Minister's answer; a moderator's call to the hall
(snippets)."""

from __future__ import annotations

import pytest

from rhetoscope.model import Document
from structure_support import run


def table(doc: Document) -> list[tuple[str, str | None, str]]:
    return [
        (s.label, s.attrs["speaker"], doc.text[s.start : s.end].split()[0])
        for s in doc.layer("turns")
    ]


HOUR = """Веде засідання Голова Верховної Ради України ТКАЧУК В.О.

ГОЛОВУЮЧИЙ. Доброго ранку! Відповідатиме Прем'єр-міністр України Олена Мельник.

МЕЛЬНИК О.Ю., Прем'єр-міністр України. Шановний Василю Олександровичу! Дякую.

ГОЛОВУЮЧИЙ. Слово надається народному депутату Остапу Гуменюку.

ГУМЕНЮК О.П., член комітету (виборчий округ № 12, м. Київ). Коли будуть кошти?

МЕЛЬНИК О.Ю. Щодо механізму я попрошу доповнити міністра фінансів.

ГОЛОВУЮЧИЙ. Будь ласка, міністр фінансів.

ЛИСЕНКО С.А., міністр фінансів України. Кошти будуть у червні.

ГОЛОВУЮЧИЙ. Дякую. Слово надається Ірині Савчук.

САВЧУК І.В. Чи буде компенсація?

МЕЛЬНИК О.Ю. Так. Дякую.

ГОЛОВУЮЧИЙ. Наступне запитання. Бондар Петро, фракція "Голос".

БОНДАР П.І. Чому гроші не доходять?

МЕЛЬНИК О.Ю. Пане Петре, передайте мені інформацію.
"""


@pytest.mark.parametrize(
    ("index", "want"),
    [
        (0, ("other", "Василь Ткачук", "Доброго")),
        (1, ("statement", "Олена Мельник", "Шановний")),
        (3, ("question", "Остап Гуменюк", "Коли")),  # the bracket's "м." is no label stop
        (6, ("answer", "С.А. Лисенко", "Кошти")),  # completes the answer handed on
        (8, ("question", "Ірина Савчук", "Чи")),  # the dative undone
        (11, ("question", "Петро Бондар", "Чому")),  # surname first in the call
    ],
)
def test_rada_question_hour(index: int, want: tuple[str, str | None, str]) -> None:
    assert table(run(HOUR))[index] == want


FORUM = """Председатель Банка России Ксения Дорохова выступила на конгрессе. Модератором
выступил Павел Широков.

Ксения Дорохова: Добрый день, уважаемые коллеги! Инфляция замедлилась.

Павел Широков: Ксения Юрьевна, когда можно ждать снижения ставки?

К. Дорохова: Ориентир мы даем не в датах, а в условиях.

Модератор: Давайте дадим слово залу. Пожалуйста, третий ряд.

Андрей Кислов, президент ассоциации банков: Ксения Юрьевна, планирует ли регулятор послабления?

Дорохова: Мы обсуждаем пропорциональное регулирование.
"""


def test_call_to_the_hall_and_its_asker() -> None:
    rows = table(run(FORUM))
    assert [r[0] for r in rows[-3:]] == ["other", "question", "answer"]
