"""Final check LY: a floor speaker's name given first is not read surname first when the first
word is a given name that ends as a surname does ("Ірина Дуда" is no "Дуда Ірина")."""

from __future__ import annotations

import pytest

from rhetoscope.structure.naming import _surname_first_at_mic


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Брагина Ольга, депутат Думы. Когда откроют школу?", "Ольга Брагина"),
        ("Добрый вечер. Колесников Виктор, пенсионер. Где автобус?", "Виктор Колесников"),
        ("Ірина Дуда, факультет журналістики. Як ви відпочиваєте?", None),
        ("Марина Ковальчук, громадська організація. Коли ремонт?", None),
    ],
)
def test_surname_first_at_the_mic(body: str, want: str | None) -> None:
    assert _surname_first_at_mic(body, set()) == want
