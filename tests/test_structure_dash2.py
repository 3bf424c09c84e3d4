"""Label-less Russian/Ukrainian interview shapes: lead readers, furniture, bold-dash turns."""

from __future__ import annotations

import pytest

from rhetoscope.structure.furniture import _trim_furniture
from rhetoscope.structure.header import _lead_people_ru
from rhetoscope.structure.turns import analyse

BEFORE = "Беседовала Анна Петрова.\n"


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        # The post names its institution in capitals; the name is the run's last pair.
        (
            "в интервью ТАСС рассказал председатель комитета Госдумы по экономической "
            "политике Георгий Ремезов.",
            "Георгий Ремезов",
        ),
        (
            "розповів Надзвичайний і Повноважний Посол України в Словацькій Республіці "
            "Мирослав Ткач.",
            "Мирослав Ткач",
        ),
        # The journalist told is no interviewee.
        ("Об этом он рассказал в интервью корреспонденту RT Екатерине Соболь.", None),
    ],
)
def test_teller(lead: str, who: str | None) -> None:
    found = [n.display() for k, n in _lead_people_ru(BEFORE + lead) if k == "interview with"]
    assert found == ([who] if who else [])


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        ("в интервью корреспонденту РИА Новости Дарье Лосевой рассказал", "Дарья Лосева"),
        ("в інтерв’ю кореспондентці Укрінформу Олені Бондар розповів", "Олена Бондар"),
    ],
)
def test_journalist(lead: str, who: str) -> None:
    found = [n.display() for k, n in _lead_people_ru(lead) if k == "interview conducted by"]
    assert found == [who]


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("Личное дело\nАндрей Лещинский родился в 1968 году.", True),
        ("Индонезия заявила о намерении нарастить импорт\n8 февраля, 14:21", True),
        ("Мы это обсуждали\nи не раз, 14:21 было поздно.", False),
    ],
)
def test_trim_furniture(tail: str, cut: bool) -> None:
    text = "Это было непросто.\n\n" + tail
    assert (_trim_furniture(text, 0, len(text)) == len("Это было непросто.")) is cut


def test_bold_dash_dialogue() -> None:
    qa = "**– Как дела{n}?**\n\n– Хорошо, спасибо {n}.\n\n"
    text = "Посол: Россия и Индонезия готовят соглашение\n\n" + "".join(
        qa.format(n=i) for i in range(4)
    )
    turns = analyse(text).turns
    assert [t.label for t in turns] == ["question", "answer"] * 4
    assert text[turns[0].start : turns[0].end] == "Как дела0?"
    assert text[turns[1].start : turns[1].end] == "Хорошо, спасибо 0."
