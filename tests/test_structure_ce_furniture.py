"""Page furniture around unlabelled interviews: a quoted photo caption that looks like a label,
a no-break space after the answer's dash, a genitive name with an indeclinable surname, a
dossier box in paragraphs of its own, a "more news in our Telegram" line."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _HEADER_PERSON_RU
from rhetoscope.structure.labels import find_labels
from structure_support import turn_rows as rows

_DASHED = (
    "Мельник: «Ми вже перевантажуємо більше, ніж до війни»\n\n"
    "Голова асоціації Ігор Мельник в інтерв'ю – про перевалку та черги суден\n\n"
    "Розмовляла Олена Коваль\n\n"
    "– Які підсумки минулого року?\n\n"
    "– Ми перевантажили близько 35 мільйонів тонн вантажів.\n\n"
    "Ігор Мельник: «Ми розраховуємо на ті самі обсяги» (фото: Олег Марченко)\n\n"
    "– Які зараз головні проблеми?\n\n"
    "– Перша – це черги суден. Друга – нестача вагонів.\n\n"
    "– Чи є на це фінансування?\n\n"
    "– Частину робіт профінансує держава.\n\n"
    "Більше новин у нашому Telegram-каналі.\n"
)


def test_quoted_photo_caption_is_no_label() -> None:
    assert find_labels(_DASHED) == ()
    got = rows(_DASHED)
    assert [r[0] for r in got if r[0] != "other"] == ["question", "answer"] * 3
    assert got[-1][2] == "Частину робіт профінансує держава."


_PLAIN = (
    "«Ставка — это стоп-кран»\n\n"
    "Интервью председателя правления банка «Северный» Олега Дьяченко\n\n"
    "Как изменился спрос на кредиты?\n\n"
    "—\u00a0Спрос упал примерно на треть.\n\n"
    "Компании кредитуются, чтобы продержаться?\n\n"
    "—\u00a0Во многом да. Почему я спокоен? Капитала достаточно.\n\n"
    "Вы ждете снижения ставки?\n\n"
    "—\u00a0Рассчитываем, но осторожно.\n\n"
    "Личное дело\n\n"
    "Дьяченко Олег Викторович\n\n"
    "Родился в 1974 году в Свердловске.\n"
)


def test_nbsp_dash_answers_and_dossier_box() -> None:
    got = rows(_PLAIN)
    answers = [r for r in got if r[0] == "answer"]
    assert [r[2] for r in answers] == [
        "Спрос упал примерно на треть.",
        "Во многом да. Почему я спокоен? Капитала достаточно.",
        "Рассчитываем, но осторожно.",
    ]
    assert {r[1] for r in answers} == {"Олег Дьяченко"}


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("Интервью председателя правления банка Олега Дьяченко", "Олега Дьяченко"),
        ("Интервью директора завода Анны Черных", "Анны Черных"),
        ("Интервью министра Ивана Петрова", "Ивана Петрова"),
    ],
)
def test_genitive_with_indeclinable_surname(line: str, phrase: str) -> None:
    m = _HEADER_PERSON_RU.search(line)
    assert m is not None and m.group("phrase") == phrase
