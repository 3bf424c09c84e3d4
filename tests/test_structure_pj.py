"""Small cases for batch PJ (round 54, final check): an agency's English lead "X spoke in an
interview with <outlet> <post> <Name>" makes the outlet's own staff the one who asks, and a
Russian page's two authors on one line ("Мария Кокорева, Анастасия Балашова"), over the date or
in the closing author box, name no single interviewer for its dash questions."""

import pytest

from structure_support import turn_rows

_TASS = (
    "TASS\n\nInterviews\n\nRussia, Kenya to expand grain trade — ambassador\n\n"
    "{lead}\n\nNAIROBI, March 12. /TASS/.\n\n"
    "Andrei Vandenko: Mr. Ambassador, what is behind this growth?\n\n"
    "Dmitry Maksimychev: The growth is quite natural. Russian grain is competitive.\n\n"
    "Vandenko: Who will operate this route?\n\n"
    "Maksimychev: It is a commercial project. Several exporters are interested.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Russian Ambassador to Kenya Dmitry Maksimychev spoke in an interview with TASS First "
        "Deputy Director General Andrei Vandenko for the Ex Officio project about grain",
        "Russian Ambassador to Kenya Dmitry Maksimychev said in an exclusive interview with TASS "
        "Deputy Director General Andrei Vandenko that grain deliveries will grow",
    ],
)
def test_outlet_staff_after_spoke_in_an_interview_asks(lead: str) -> None:
    rows = turn_rows(_TASS.format(lead=lead))
    assert [(lab, spk) for lab, spk, _ in rows][-4:] == [
        ("question", "Andrei Vandenko"),
        ("answer", "Dmitry Maksimychev"),
        ("question", "Andrei Vandenko"),
        ("answer", "Dmitry Maksimychev"),
    ]


_RBC = (
    "РБК\n\n«Без субсидий половина рейсов исчезнет»\n"
    "Гендиректор авиакомпании Владимир Горбунов рассказал РБК о ситуации в отрасли\n"
    "Фото: Андрей Любимов / РБК\n{over_date}14 мая 2025, 07:00\n\n"
    "Гендиректор компании Владимир Горбунов рассказал РБК о ситуации в отрасли.\n\n"
    "— Сколько самолетов сейчас простаивает?\n\n"
    "— На сегодня три воздушных судна стоят в ожидании ремонта двигателей.\n\n"
    "— Хватает ли этих субсидий?\n\n"
    "— Нет, и это ключевой вопрос. Лимиты обычно выбираются к середине лета.\n\n"
    "{box}Теги\nАвиаперевозки   Дальний Восток\n"
)


@pytest.mark.parametrize(
    ("over_date", "box", "asker"),
    [
        ("Мария Кокорева, Анастасия Балашова\n", "", None),
        ("", "Авторы\nМария Кокорева, Анастасия Балашова\n\n", None),
        (
            "Мария Кокорева, Анастасия Балашова\n",
            "Авторы\nМария Кокорева, Анастасия Балашова\n\n",
            None,
        ),
        # (one author and her outlet still signs: she asks)
        ("", "Мария Кокорева, РБК\n\n", "Мария Кокорева"),
    ],
)
def test_two_authors_on_one_line_name_no_asker(over_date: str, box: str, asker: str | None) -> None:
    rows = turn_rows(_RBC.format(over_date=over_date, box=box))
    assert [(lab, spk) for lab, spk, _ in rows][-4:] == [
        ("question", asker),
        ("answer", "Владимир Горбунов"),
        ("question", asker),
        ("answer", "Владимир Горбунов"),
    ]
