"""Dash interviews: a related story's "Surname: headline" link, a closing tag column, and a
photo caption between two turns."""

from __future__ import annotations

import pytest

from rhetoscope.structure.labels import _candidates
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.turns import analyse

LEAD = (
    "МОСКВА, 24 ноя — РИА Новости. Об этом в интервью корреспонденту РИА Новости Алексею "
    "Корнилову рассказал заместитель министра Сергей Рябков.\n\n"
)
QA = [
    "— Сергей Алексеевич, насколько серьезно Москва воспринимает эти сигналы?",
    "— Мы воспринимаем их предельно серьезно.",
    "— То есть полигон готов?",
    "— Я не буду вдаваться в детали.",
    "— Когда состоится следующий раунд?",
    "— Пока конкретных дат нет.",
]


@pytest.mark.parametrize(
    ("line", "link"),
    [
        # A headline link over its date and time is no turn.
        ("Рябков: США не дали ответа на предложение\n20 ноября, 14:05", True),
        # A label whose words end a sentence is speech, whatever follows.
        ("Рябков: США не дали ответа на предложение.\n20 ноября, 14:05", False),
        ("Рябков: США не дали ответа на предложение\nМы ждем.", False),
    ],
)
def test_headline_link_label(line: str, link: bool) -> None:
    text = "Это было непросто.\n\n" + line + "\n\nДальше.\n"
    hits = [h for h in _candidates(text, len(text)) if h.text == "Рябков"]
    assert (not hits) is link


def test_dialogue_past_headline_link() -> None:
    between = "Рябков: США не дали ответа на предложение по ДСНВ\n20 ноября, 14:05"
    text = LEAD + "\n\n".join([*QA[:2], between, *QA[2:]]) + "\n"
    turns = analyse(text).turns
    assert [(t.label, t.attrs["speaker"]) for t in turns] == [
        ("question", "Алексей Корнилов"),
        ("answer", "Сергей Рябков"),
    ] * 3


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("Ядерное оружие\nСША\nРоссия\nСергей Рябков", True),
        ("США\nРоссия", False),  # two lines: too few to tell
        ("Спасибо\nВсем\nДо свидания!", False),  # punctuated: speech
    ],
)
def test_tag_column(tail: str, cut: bool) -> None:
    text = "— Пока конкретных дат нет.\n\n" + tail + "\n"
    assert (trailing_start(text) == len("— Пока конкретных дат нет.")) is cut


@pytest.mark.parametrize(
    ("caption", "row"),
    [
        ("Андрій Сибіга під час інтерв’ю. Фото: Ірина Громоцька", True),
        ("Сергей Рябков на брифинге (фото: РИА Новости)", True),
        # A caption over a credit line of its own is only trimmed.
        ("Терминал в Астрахани\nФото: пресс-служба", False),
    ],
)
def test_caption_row(caption: str, row: bool) -> None:
    text = LEAD + "\n\n".join([*QA[:2], caption, *QA[2:]]) + "\n"
    turns = analyse(text).turns
    others = [text[t.start : t.end] for t in turns if t.label == "other"]
    assert others == ([caption] if row else [])
    assert [t.label for t in turns if t.label != "other"] == ["question", "answer"] * 3
