"""Small cases found by the final-check batches KD–KE: a Ukrinform author's line under the date
("Ірина Гаврилюк, Київ"), signed again under the text, names a person and her town, never a
place "Ірина Гаврилюк"."""

import pytest

from structure_support import run

PAGE = (
    "Укрінформ\nЕкономіка\n"
    "Сергій Кисленко, голова правління: Відключень за графіками цієї весни вже не буде\n"
    "18.02.2025 10:30\n"
    "{byline}\n\n"
    "Про те, як область пережила зимові атаки на енергосистему, розповів голова правління "
    "компанії Сергій Кисленко.\n\n"
    "Укрінформ: Сергію Петровичу, якою була ця зима для компанії?\n\n"
    "Кисленко: Найважчою за всю історію, без перебільшення.\n\n"
    "Укрінформ: Чи будуть відключення навесні?\n\n"
    "Кисленко: За графіками — ні, якщо не буде нових масованих атак.\n\n"
    "{signature}\n"
)


@pytest.mark.parametrize(
    ("byline", "signature", "place"),
    [
        # the author's line signed again under the text: no place from it
        ("Ірина Гаврилюк, Київ", "Ірина Гаврилюк, Київ", None),
        # a town line under the date, not repeated: still the place
        ("Київ, Україна", "Ірина Гаврилюк", "Київ"),
    ],
)
def test_author_line_under_the_date_is_no_place(
    byline: str, signature: str, place: str | None
) -> None:
    assert run(PAGE.format(byline=byline, signature=signature)).meta.place == place
