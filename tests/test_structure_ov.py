"""Small cases for batch OV (round 53): kremlin.ru's title and lead name the guest in the
instrumental ("с главой … Владимиром Уйбой") and the labels by initial ("В.Уйба:"); a man's
instrumental given name ("Владимиром", "Андреем") says a man even where his surname ends in
"-а" like a woman's, so the full name is "Владимир Уйба", not "Владимиром Уйба"."""

import pytest

from structure_support import turn_rows

_KREMLIN = (
    "Президент России\n"
    "Новости  Стенограммы  Фото  Видео\n"
    "Встреча с главой Республики {title}\n"
    "Владимир Путин провёл рабочую встречу с главой Республики {title}. Обсуждалась "
    "социально-экономическая ситуация в регионе.\n"
    "12 марта 2025 года\n"
    "15:10\n"
    "Москва, Кремль\n"
    "В.Путин: {address}, давайте начнём с общей ситуации. Как регион закончил прошлый год?\n"
    "\n"
    "{label}: Уважаемый Владимир Владимирович! Прошлый год республика закончила с ростом "
    "валового регионального продукта на 2,4 процента.\n"
    "\n"
    "В.Путин: Отток населения продолжается?\n"
    "\n"
    "{label}: Продолжается, Владимир Владимирович, но темпы снизились почти вдвое.\n"
)


@pytest.mark.parametrize(
    ("title", "address", "label", "full"),
    [
        ("Коми Владимиром Уйбой", "Владимир Викторович", "В.Уйба", "Владимир Уйба"),
        ("Алтай Андреем Турчаком", "Андрей Анатольевич", "А.Турчак", "Андрей Турчак"),
    ],
)
def test_kremlin_instrumental_man_with_a_surname_in_a(
    title: str, address: str, label: str, full: str
) -> None:
    rows = turn_rows(_KREMLIN.format(title=title, address=address, label=label))
    spoken = [(lab, spk) for lab, spk, _ in rows if lab != "other" or spk]
    assert spoken == [
        ("question", "Владимир Путин"),
        ("answer", full),
        ("question", "Владимир Путин"),
        ("answer", full),
    ]
