"""Blind round CP: capitals pull-quotes in dash interviews, dative "-а" surnames."""

import pytest

from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.speakers import dative_surname


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("Гудимі", "Гудима"),  # ведучій Анастасії Гудимі
        ("Сковороді", "Сковорода"),
        ("Гудиме", "Гудима"),  # Russian: ведущей Анне Гудиме
        ("Ніколаішвілі", "Ніколаішвілі"),  # not declined
        ("Келлі", "Келлі"),
        ("Бондар", "Бондар"),
        ("Вітвіцькій", "Вітвіцька"),
    ],
)
def test_dative_surname(word: str, want: str) -> None:
    assert dative_surname(word) == want


_PAGE = (
    "Головне / Інтерв'ю\n"
    "Денис Шмигаль: Ми не можемо дозволити собі дефіцит\n\n"
    "Прем'єр-міністр Денис Шмигаль в інтерв'ю розповів про бюджет, податки та кредит.\n\n"
    "{quote}\n\n"
    "– Чому саме зараз?\n\n"
    "– Тому що потреби армії зростають.\n"
)


@pytest.mark.parametrize(
    ("quote", "labels"),
    [
        ('ДЕНИС ШМИГАЛЬ: "ПІДВИЩЕННЯ ПОДАТКІВ — ЦЕ ВИМУШЕНИЙ КРОК"', 0),
        ("ДЕНИС ШМИГАЛЬ: «ПІДВИЩЕННЯ ПОДАТКІВ — ЦЕ ВИМУШЕНИЙ КРОК»", 0),
    ],
)
def test_caps_pull_quote_is_no_label(quote: str, labels: int) -> None:
    assert len(find_labels(_PAGE.format(quote=quote))) == labels
