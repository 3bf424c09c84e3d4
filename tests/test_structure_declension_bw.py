"""Russian and Ukrainian names the header declines: adjectival surnames in the genitive, a
first-declension surname after initials, a reposted address's speaker, and a salutation that is
no label."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _attested_adjectival
from rhetoscope.structure.naming import _declined_from
from rhetoscope.structure.speakers import classify_label, genitive_to_nominative
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("genitive", "nominative"),
    [
        ("Тихого", "Тихий"),  # after a velar: -ий in both languages
        ("Лісового", "Лісовий"),  # Ukrainian letters: -ий
        ("Бедного", "Бедный"),  # Russian otherwise: -ый
        ("Владимира", "Владимир"),  # unchanged behaviour
    ],
)
def test_genitive_adjectival_surname(genitive: str, nominative: str) -> None:
    assert genitive_to_nominative(genitive) == nominative


@pytest.mark.parametrize(
    ("word", "text", "nominative"),
    [
        ("Толстого", "Выступление Толстого. Толстой сказал.", "Толстой"),  # the page says so
        ("Бережного", "Брифінг Олександра Бережного", "Бережний"),  # Ukrainian page: -ий
        ("Толстого", "Выступление Толстого.", None),  # a Russian page that never says
        ("Петрова", "Петрова", None),  # not adjectival
    ],
)
def test_attested_adjectival(word: str, text: str, nominative: str | None) -> None:
    assert _attested_adjectival(word, text) == nominative


@pytest.mark.parametrize(
    ("declined", "nominative", "expected"),
    [("Небензи", "Небензя", True), ("Шмыги", "Шмыга", True), ("Петрова", "Петров", False)],
)
def test_declined_from(declined: str, nominative: str, expected: bool) -> None:
    assert _declined_from(declined, nominative) is expected


def test_salutation_is_no_label() -> None:
    raw = "Уважаемый Вячеслав Викторович, уважаемые депутаты! Сектор показал устойчивость"
    assert classify_label(raw) is None


def test_reposted_address_speaks_as_the_lead_says() -> None:
    text = (
        "Укрінформ\n\n"
        "Президент України Володимир Зеленський у вечірньому зверненні розповів про "
        "енергетику. Укрінформ публікує текст звернення, оприлюднений на сайті Президента.\n\n"
        "Бажаю здоров’я, українці! Сьогодні був важливий день для енергетики. Ми працюємо "
        "над захистом кожної станції, і партнери допомагають.\n\nСлава Україні!\n"
    )
    rows = turn_rows(text)
    assert rows[-1][0] == "statement"
    assert rows[-1][1] == "Володимир Зеленський"


def test_feminine_given_name_in_a_genitive_title() -> None:
    text = (
        "Пресс-конференция Эльвиры Набиуллиной по итогам заседания Совета директоров\n\n"
        "Ведущий: Добрый день. Слово Председателю Банка России.\n\n"
        "Э.С. Набиуллина: Добрый день! Совет директоров принял решение снизить ставку.\n\n"
        "Вопрос: Рассматривался ли вариант сохранения ставки?\n\n"
        "Э.С. Набиуллина: Да, обсуждались два варианта.\n"
    )
    assert turn_rows(text)[-1][1] == "Эльвира Набиуллина"
