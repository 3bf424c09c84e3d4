"""Small cases for batch WZ XE (Check X): a head's one-on-one meeting opening that greets by name
and patronymic and goes straight on, in the same paragraph, to the topic to start with
("Денис Владимирович, добрый день. Давайте начнём с …"), asks when the report answers it, as the
same opening split over two paragraphs already did."""

import pytest

from structure_support import turn_rows

_MEETING = """Президент России

Встреча с губернатором {region_gen} {guest_ins}

Владимир Путин провёл рабочую встречу с губернатором {region_gen} {guest_ins}.

11 марта 2026 года
15:00
Москва, Кремль

В.Путин: {opening}

{initials}: Добрый день, Владимир Владимирович!

Прошлый год область закончила с ростом промышленного производства на 2,9 процента, \
инвестиции выросли на 7 процентов.

В.Путин: А с жильём как? Программа расселения идёт?

{initials}: Идёт, Владимир Владимирович. В этом году расселим ещё 40 тысяч квадратных метров.
"""

_UA = """Президент України

Зустріч із головою {region_gen} {guest_ins}

Володимир Зеленський провів робочу зустріч із головою {region_gen} {guest_ins}.

11 березня 2026 року
15:00
Київ

В.Зеленський: {opening}

{initials}: Добрий день, пане Президенте!

Минулого року область відновила 120 кілометрів доріг і відкрила два нові укриття у школах.

В.Зеленський: А енергетика? Скільки генерації вже встановили?

{initials}: Понад 60 мегават, пане Президенте. До зими буде ще 40.
"""


def _rows(head: str, guest: str) -> list[tuple[str, str | None]]:
    return [
        ("other", None),
        ("question", head),
        ("answer", guest),
        ("question", head),
        ("answer", guest),
    ]


CASES = [
    (
        "greeting_stop_then_lets_start",
        _MEETING.format(
            region_gen="Пермского края",
            guest_ins="Дмитрием Махониным",
            initials="Д.Махонин",
            opening="Дмитрий Николаевич, добрый день. Давайте начнём с экономики края, а потом "
            "поговорим о жилье. Знаю, что у вас там много работы.",
        ),
        _rows("Владимир Путин", "Дмитрий Махонин"),
    ),
    (
        "greeting_bang_then_lets_start_e",
        _MEETING.format(
            region_gen="Тверской области",
            guest_ins="Игорем Руденей",
            initials="И.Руденя",
            opening="Игорь Михайлович, добрый день! Давайте начнем с промышленности. Слышал, "
            "что вагоностроители загружены полностью.",
        ),
        _rows("Владимир Путин", "Игорь Руденя"),
    ),
    (
        "hello_then_lets_start",
        _MEETING.format(
            region_gen="Калужской области",
            guest_ins="Владиславом Шапшой",
            initials="В.Шапша",
            opening="Владислав Валерьевич, здравствуйте. Давайте начнём с общей ситуации. "
            "Автомобильный кластер, насколько я знаю, перестроился.",
        ),
        _rows("Владимир Путин", "Владислав Шапша"),
    ),
    (
        "ukrainian_greeting_then_lets_start",
        _UA.format(
            region_gen="Запорізької ОВА",
            guest_ins="Іваном Федоровим",
            initials="І.Федоров",
            opening="Іване Сергійовичу, добрий день. Давайте почнемо з відновлення. Знаю, що "
            "дороги у вас у роботі.",
        ),
        _rows("Володимир Зеленський", "Іван Федоров"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_batch_wz_xe_turns(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(r[0], r[1]) for r in turn_rows(text)] == expected
