# ruff: noqa: E501
"""Round-48 office and role labels (batch JO): short realistic snippets, not the blind files."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import run, turn_rows


def turns(text: str) -> list[tuple[str, str | None, str]]:
    return [(label, speaker, body[:30]) for label, speaker, body in turn_rows(text)]


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Префект", "Префект"),
        ("ELECTIONS DIRECTOR", "Elections Director"),
        ("OPERATIONS DIRECTOR", "Operations Director"),
    ],
)
def test_office_labels(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


@pytest.mark.parametrize("label", ["EMA DIRECTOR", "ROSS DIRECTOR"])
def test_no_plural_remit_stays_as_before(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.office != " ".join(w.capitalize() for w in label.split())


REGISTRAR = """Long waits: Registrar of Motor Vehicles takes your calls
Host: Colleen MacPhee

HOST: The Registrar of Motor Vehicles is with us in studio. Good morning.

REGISTRAR: Good morning, Colleen, and thanks for having me.

HOST: How many people are waiting for a licence card right now?

REGISTRAR: Right now, about 9,000 cards are in the queue.
"""

INSPECTOR = """APPEAL BY MIDSHIRE HOMES LTD
Appeal Ref: APP/G2435/W/24/3351962
Inspector: Helen Ashworth BA (Hons) MRTPI
For the Council: Ms Rebecca Holloway, of Counsel
Witness: Mr Alan Dean, Chair, Packington Parish Council

THE INSPECTOR: Good morning, everyone. We are resuming on highway safety. Mr Dean, if you'd like to come forward.

MS HOLLOWAY: Mr Dean, what is the junction like at school drop-off time?

MR DEAN: It's chaos, frankly. Parents park on both pavements.

THE INSPECTOR: Can I just interject? Are you saying June is unrepresentative?

MR DEAN: Yes, madam. June's the quietest month.

THE INSPECTOR: Thank you. Ms Holloway, anything further? No. We'll take a break.
"""

PREFEKT = """Префект ответил на вопросы жителей
19 марта 2025, 10:15

Состоялась встреча префекта Северо-Западного административного округа Вадима Крылова с жителями района Митино. Вёл встречу глава управы района Митино Олег Суханов.

Глава управы: Добрый вечер, уважаемые жители! Слово предоставляется префекту.

Префект: Добрый вечер. Начну с главного. В этом году благоустроим двадцать дворов.

Жительница: Когда откроется поликлиника?

Префект: Открытие планируется в декабре.
"""

SOS = """SANTA FE, N.M. — Secretary of State Marisol Trujillo told reporters Thursday that every county is on schedule. She was joined by State Elections Director Mandy Vigil.

SECRETARY TRUJILLO: Good afternoon. Every eligible ballot is going to be counted. I'll let Mandy walk you through the numbers.

ELECTIONS DIRECTOR: Thank you, Secretary. About 14,200 ballots are still to be processed.

REPORTER: How many provisional ballots are there?

ELECTIONS DIRECTOR: Statewide it's a little over 3,100 provisionals.

SECRETARY TRUJILLO: And I'll just close by saying thank you to the poll workers and the clerks. Thank you all.
"""

EFIR = """Ранок на Суспільному
Ведуча — Ірина Ковальчук

У прямому ефірі на запитання слухачів відповідав начальник поліції області Андрій Сидорчук.

Ведуча: У нас на лінії слухач. Говоріть, ви в ефірі.

Слухач: Доброго ранку. Мене звати Петро, я з Коростеня. Як захиститися, коли крадуть з дворів?

Начальник поліції: Петре, дякую за запитання. Телефонуйте 102.

Ведуча: Наступний дзвінок. Слухаємо вас.

Слухачка: Добрий день, це Галина з Житомира. Мою маму ошукали. Що робити?

Начальник поліції: Галино, залиште номер провадження.
"""

SESIYA = """Стенограма пленарного засідання сесії сільської ради
27.02.2025
с. Литовеж

Пленарне засідання відбулося в сесійній залі сільської ради. Веде засідання сільський голова Микола Ткачук. Доповідач — секретар сільської ради Оксана Мельничук. На засіданні присутні 18 депутатів із 22.

Голова: Шановні депутати, переходимо до третього питання. Слово надається секретарю ради.

Секретар: Шановні депутати! Пропонується спрямувати залишок коштів на ремонт даху ліцею. Прошу підтримати.

Голова: Дякую. Чи є запитання? А укриття в садочку — там уже є документація?

Секретар: Так, документація пройшла експертизу в січні.

Голова: Дякую. Інших запитань немає. Рішення прийнято.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare "of" is no domain word: the office itself speaks.
        (REGISTRAR, ["Colleen MacPhee", "Registrar", "Colleen MacPhee", "Registrar"]),
        # A roster's post-nominals after the holder; a planning inspector chairs.
        (
            INSPECTOR,
            [
                ("other", "Helen Ashworth"),
                ("question", "Rebecca Holloway"),
                ("answer", "Alan Dean"),
                ("question", "Helen Ashworth"),
                ("answer", "Alan Dean"),
                ("other", "Helen Ashworth"),
            ],
        ),
        # "Префект" is an office; an indeclinable place closes the domain, no given name.
        (PREFEKT, [None, "Олег Суханов", "Вадим Крылов", None, "Вадим Крылов"]),
        # A plural remit before DIRECTOR; the principal's closing word after a colleague's answer.
        (
            SOS,
            [
                ("statement", "Marisol Trujillo"),
                ("statement", "Mandy Vigil"),
                ("question", None),
                ("answer", "Mandy Vigil"),
                ("other", "Marisol Trujillo"),
            ],
        ),
        # "Доброго ранку" is a greeting; "це Галина з Житомира" names the caller.
        (
            EFIR,
            [
                None,
                "Ірина Ковальчук",
                "Петро",
                "Андрій Сидорчук",
                "Ірина Ковальчук",
                "Галина",
                "Андрій Сидорчук",
            ],
        ),
        # A council's lead that goes on after the chair's sentence is the introduction.
        (
            SESIYA,
            [
                None,
                "Микола Ткачук",
                "Оксана Мельничук",
                "Микола Ткачук",
                "Оксана Мельничук",
                "Микола Ткачук",
            ],
        ),
    ],
)
def test_office_pages(text: str, expected: list) -> None:
    got = turns(text)
    if expected and isinstance(expected[0], tuple):
        assert [(label, sp) for label, sp, _ in got] == expected
    else:
        assert [sp for _, sp, _ in got] == expected


def test_village_place_line() -> None:
    doc = run(SESIYA)
    assert doc.meta.to_dict().get("place") == "Литовеж"
