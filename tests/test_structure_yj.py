"""Check X: Ukrainian interview pages in the byline matrix. The byline's one writer asks and the
lead's one guest answers, the guest's name put back in the nominative whatever case the lead's
verb governs: a dative outlet before the guest ("В інтерв'ю Інтерфаксу Тарас Левченко розповів"),
the outlet told before its verb, the outlet that asked ("Ми запитали", "поставила запитання"),
the masculine "поспілкувався з", an accusative or dative "-а" name, a woman's indeclinable
surname, and a photo credit under the writer's name."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_QS = (
    "Скільки шкіл у громаді вже мають укриття?",
    "Хто платить за ремонт?",
    "Дякую за розмову.",
)
_AS = (
    "Одинадцять із чотирнадцяти. Решту добудуємо до вересня, там лишилася вентиляція.",
    "Громада і державна субвенція, приблизно навпіл. Частину матеріалів передали партнери.",
    "Дякую вам.",
)


def _page(head: str, lead: str, q: str = "Запитання: ", a: str = "Відповідь: ") -> str:
    body = "".join(f"{q}{qq}\n\n{a}{aa}\n\n" for qq, aa in zip(_QS, _AS, strict=True))
    return f"{head}{lead}\n\n{body}Теги: освіта, громади\n"


_CASES = [
    # A dative outlet before the guest's nominative pair is no dative name "Інтерфакс Тарас".
    (
        "Інтерфакс\n\n«Укриття мають бути в кожній школі»\n\n03.09.2026 10:15\n\nІрина Мазур\n\n",
        "В інтерв'ю Інтерфаксу Тарас Левченко розповів, як громада готує школи до вересня.",
        "Ірина Мазур",
        "Тарас Левченко",
    ),
    (
        "Інтерфакс\n\n«Укриття мають бути в кожній школі»\n\n03.09.2026 10:15\n\nІрина Мазур\n\n",
        "В інтерв'ю Інтерфаксу Ганна Олійник розповіла, як громада готує школи до вересня.",
        "Ірина Мазур",
        "Ганна Олійник",
    ),
    # The outlet told before its verb ("Укрінформу розповів …"), a known outlet with no
    # masthead over the headline.
    (
        "«Укриття мають бути в кожній школі»\n\n3 вересня 2026, 10:15\n\nІрина Мазур\n\n",
        "Як громада готує школи до навчального року, Інтерфаксу розповів начальник управління "
        "освіти Тарас Левченко.",
        "Ірина Мазур",
        "Тарас Левченко",
    ),
    # The outlet that put the questions, a woman's dative given name, her surname undeclined.
    (
        "Інтерфакс\nНовини  Економіка  Громади  Інтерв'ю\n\n"
        "«Укриття мають бути в кожній школі»\n\n3 вересня 2026, 10:15\n\n"
        "Автор: Ірина Мазур\n\n",
        "Інтерфакс поставив запитання Оксані Ткачук про підготовку шкіл до навчального року.",
        "Ірина Мазур",
        "Оксана Ткачук",
    ),
    # An "-а" man in the dative, both words in "-і".
    (
        "Інтерфакс\nНовини  Економіка  Громади  Інтерв'ю\n\n«Укриття мають бути в кожній школі»\n\n"
        "3 вересня 2026, 10:15\n\nАвтор: Ірина Мазур\n\n",
        "Інтерфакс поставив запитання Миколі Кухті про підготовку шкіл до навчального року.",
        "Ірина Мазур",
        "Микола Кухта",
    ),
    # "We asked" the guest in the accusative: a woman's indeclinable surname, an "-а" man's.
    (
        "Інтерфакс\nНовини  Економіка  Громади  Інтерв'ю\n\n"
        "«Укриття мають бути в кожній школі»\n\n03.09.2026 10:15\n\n"
        "Ірина Мазур, Рівне\n\n",
        "Ми запитали начальницю управління освіти Ганну Шевчук, чи встигнуть школи до вересня.",
        "Ірина Мазур",
        "Ганна Шевчук",
    ),
    (
        "Інтерфакс\n\n«Укриття мають бути в кожній школі»\n\n03.09.2026 10:15\n\nІрина Мазур\n"
        "Фото: Інтерфакс / Олег Руденко\n\n",
        "Ми запитали начальника управління освіти Миколу Сороку, чи встигнуть школи до вересня.",
        "Ірина Мазур",
        "Микола Сорока",
    ),
    # The masculine "поспілкувався з", the headline naming the guest in the nominative too.
    (
        "Інтерфакс\nНовини  Економіка  Громади  Інтерв'ю\n\n"
        "Василь Мельничук: «Укриття мають бути в кожній школі»\n\n"
        "03.09.2026 10:15\n\nІрина Мазур\n\n",
        "Про укриття та ремонт шкіл Інтерфакс поспілкувався з начальником управління освіти "
        "Василем Мельничуком.",
        "Ірина Мазур",
        "Василь Мельничук",
    ),
    # A photo credit under the writer's name is no second guest.
    (
        "Інтерфакс\nНовини  Економіка  Громади  Інтерв'ю\n\n«Укриття мають бути в кожній школі»\n\n"
        "03.09.2026 10:15\n\nІрина Мазур\nФото: Інтерфакс / Олег Руденко\n\n",
        "В інтерв'ю Інтерфаксу Тарас Левченко розповів, як громада готує школи до вересня.",
        "Ірина Мазур",
        "Тарас Левченко",
    ),
]


@pytest.mark.parametrize(("head", "lead", "writer", "guest"), _CASES, ids=[c[3] for c in _CASES])
def test_writer_asks_and_lead_guest_answers(head: str, lead: str, writer: str, guest: str) -> None:
    rows = turn_rows(_page(head, lead))
    asked = {sp for label, sp, _ in rows if label == "question"}
    answered = {sp for label, sp, _ in rows if label == "answer"}
    assert asked == {writer}
    assert answered == {guest}
