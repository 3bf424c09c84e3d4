"""Small cases for batch NP (Ukrainska Pravda, final check D): a share-and-comments button row
under the date ("Поділитися   Коментарі") is two capitalised words that pass for a name; it is
no author, so the bold questions of a two-author page stay unnamed, while a real name under the
date still asks."""

import pytest

from structure_support import turn_rows

_UP = (
    "Українська правда\n"
    "Новини  Публікації  Колонки\n"
    'Роман Кравець: "Ми пройдемо зиму"\n'
    "Заступник міністра розповів УП про ремонти та імпорт газу\n"
    "17 березня 2025, 05:30\n"
    "{under}\n"
    "\n"
    "Після атак на газову інфраструктуру Україна збільшила імпорт. Про це ми поговорили з "
    "заступником міністра енергетики Романом Кравцем.\n"
    "\n"
    "**Пане Романе, скільки видобутку Україна втратила?**\n"
    "\n"
    "Точні цифри я називати не можу. Скажу так: втрати були суттєві, але ми їх компенсуємо.\n"
    "\n"
    "**Тарифи для населення зростуть?**\n"
    "\n"
    "Ні. Тариф зафіксований до кінця опалювального сезону.\n"
)


@pytest.mark.parametrize(
    ("under", "asker"),
    [
        ("Поділитися   Коментарі", None),
        ("Поділитися Коментарі", None),
        ("Share   Comments", None),
        ("Ганна Дубенко", "Ганна Дубенко"),
    ],
)
def test_button_row_under_the_date_is_no_author(under: str, asker: str | None) -> None:
    rows = turn_rows(_UP.format(under=under))
    questions = [speaker for label, speaker, _ in rows if label == "question"]
    assert len(questions) == 2
    assert set(questions) == {asker}
