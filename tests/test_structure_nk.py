"""Small cases for batch NK (Izvestia dash interview): no mechanism changed; this pins the
documented reading the batch's gold was aligned to. A bare photo credit set flush between an
answer and the next question ("Фото: ИЗВЕСТИЯ/Имя Фамилия") is its own `other` row, no one's,
and is no part of the answer above; a "ЧИТАЙТЕ ТАКЖЕ" box inside an answer leaves the words
after it with the answer; a "Справка" box under the last answer trails."""

import pytest

from structure_support import turn_rows

_IZVESTIA = (
    "ИЗВЕСТИЯ\n"
    "Экономика\n"
    "«Новые вагоны пойдут в серию в 2027 году»\n"
    "Гендиректор завода Петр Соколов — о комплектующих и сроках\n"
    "Мария Белова\n"
    "12 марта 2025, 00:01\n"
    "Фото: ИЗВЕСТИЯ/Иван Петров\n"
    "Как завод выходит из положения, генеральный директор Петр Соколов рассказал «Известиям».\n"
    "— Петр Андреевич, сколько вагонов завод выпустит в этом году?\n"
    "— Около 800 вагонов. Часть комплектующих мы получаем с задержкой.\n"
    "— Удалось найти замену?\n"
    "— По большей части да.\n"
    "ЧИТАЙТЕ ТАКЖЕ\n"
    "«Пассажиры хотят комфорта»: как изменятся поезда\n"
    "Кое-что пришлось делать самим.\n"
    "— А двухэтажные вагоны?\n"
    "— Они не везде проходят по габаритам.\n"
    "{credit}"
    "— Когда поедет новый поезд?\n"
    "— Опытный образец будет готов к концу года.\n"
    "Справка «Известий»\n"
    "Завод основан в 1898 году. Производит пассажирские вагоны.\n"
)


@pytest.mark.parametrize(
    ("credit", "row"),
    [
        ("Фото: ИЗВЕСТИЯ/Алексей Смирнов\n", ("other", None, "Фото: ИЗВЕСТИЯ/Алексей Смирнов")),
        ("", None),
    ],
)
def test_bare_credit_between_dash_turns_is_its_own_row(
    credit: str, row: tuple[str, None, str] | None
) -> None:
    rows = turn_rows(_IZVESTIA.format(credit=credit))
    qa = [r for r in rows if r[0] in ("question", "answer")]
    assert [r[0] for r in qa] == ["question", "answer"] * 4
    assert qa[0][1] == "Мария Белова" and qa[1][1] == "Петр Соколов"
    assert qa[3][2].endswith("Кое-что пришлось делать самим.")
    assert qa[5][2] == "Они не везде проходят по габаритам."
    assert qa[-1][2] == "Опытный образец будет готов к концу года."
    others = [r for r in rows if r[0] == "other"]
    assert others == ([row] if row is not None else [])
