"""Session 33 (S40) speaker fixes: a genitive office in a site's banner is no name, a mid.ru
host named by initials in the dative asks, and a headline's instrumental adjectival surname
takes the nominative the lead writes."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people, _lead_people_ru, adjectival_attested
from rhetoscope.structure.speakers import Name


@pytest.mark.parametrize(
    "header",
    [
        "Офіційне інтернет-представництво Президента Молдови\nІнтерв'ю\nГоловна / Новини",
        "Официальный сайт Губернатора Области\nИнтервью\nГлавная / Новости",
        "Офіційний сайт Міністра Оборони\nІнтерв'ю\nГоловна",
    ],
)
def test_genitive_office_pair_is_no_interviewee(header: str) -> None:
    people = _header_people(header)
    assert not any(
        n.given and n.given[0].startswith(("Президент", "Губернатор", "Міністр")) for _, n in people
    )


@pytest.mark.parametrize(
    ("lead", "initials", "surname"),
    [
        (
            "Интервью Министра иностранных дел Н.П.Петрова ведущему программы «Вечерний разговор» "
            "на «Втором канале» А.Б.Смирнову, Москва, 3 мая 2025 года",
            ("А.", "Б."),
            "Смирнов",
        ),
        (
            "Интервью Министра С.В.Орлова ведущему программы «Итоги недели» телеканала «Мир» "
            "Д.Кузнецову",
            ("Д.",),
            "Кузнецов",
        ),
    ],
)
def test_dative_host_by_initials_asks(lead: str, initials: tuple[str, ...], surname: str) -> None:
    people = _lead_people_ru(lead)
    assert ("interview conducted by", Name(initials, surname, None, False)) in people


@pytest.mark.parametrize(
    ("name", "text", "want"),
    [
        (
            Name(("Оксен",), "Лісов", None, False),
            "Міністр освіти Оксен Лісовий в інтерв'ю розповів …",
            "Лісовий",
        ),
        (
            Name(("Дмитрий",), "Толст", None, False),
            "Губернатор Дмитрий Толстой рассказал …",
            "Толстой",
        ),
        # The page never writes the adjectival form: the noun's nominative stays.
        (Name(("Андрій",), "Іванов", None, False), "Андрій Іванов розповів …", "Іванов"),
        # Another given name with the adjectival form is someone else.
        (Name(("Андрій",), "Лісов", None, False), "Оксен Лісовий розповів …", "Лісов"),
    ],
)
def test_adjectival_surname_attested(name: Name, text: str, want: str) -> None:
    assert adjectival_attested(name, text).surname == want
