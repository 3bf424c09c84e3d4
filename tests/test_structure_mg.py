"""Small cases for batch MG (state.gov radio interview, GPO Senate hearing, Ukrinform dash
interview, president.gov.ua labelled interview): "With Sarah Mitchell of WBAL Radio's Midday
Maryland" names the host, not "Midday Maryland"; the host's welcome after the guest's style is
the bringing-in ("Mr. Deputy Secretary, welcome to …"); a GPO contents entry's middle name
("Capito, Hon. Shelley Moore,") stays in the name; the chair's thanks then "The hearing is
adjourned." on the record's next hard-wrapped line is one turn; a Ukrinform signature over its
photo credit signs the dash interview with the page's links below and no blank line anywhere;
"Журналістка Aftenposten Інгрід Бреке:" is Інгрід Бреке of Aftenposten; "Пане Президенте, …
людей:" inside a question is no label."""

import pytest

from rhetoscope.structure.speakers import classify_label
from structure_support import turn_rows

_STATE = (
    "U.S. Department of State\n"
    "Deputy Secretary Christopher Landau With Sarah Mitchell of {outlet}\n"
    "INTERVIEW\n"
    "Christopher Landau, Deputy Secretary of State\n"
    "Washington, D.C.April 14, 2025\n"
    "QUESTION: And joining us now on the line from the State Department is the Deputy "
    "Secretary of State, Christopher Landau. Mr. Deputy Secretary, welcome to the program.\n"
    "DEPUTY SECRETARY LANDAU: Thank you, Sarah. It's great to be with you.\n"
    "QUESTION: Let's start with the trip. What's the message this week?\n"
    "DEPUTY SECRETARY LANDAU: The message is simple. We expect partners to act like partners.\n"
    "QUESTION: Are you cutting too deep at the department?\n"
    "DEPUTY SECRETARY LANDAU: No, I don't think so. We are cutting in the right places.\n"
)


@pytest.mark.parametrize(
    "outlet", ["WBAL Radio's Midday Maryland", "The Midday Maryland Radio Show"]
)
def test_state_radio_host_with_station_possessive(outlet: str) -> None:
    rows = turn_rows(_STATE.format(outlet=outlet))
    assert [(r[0], r[1]) for r in rows[:3]] == [
        ("other", "Sarah Mitchell"),
        ("answer", "Christopher Landau"),
        ("question", "Sarah Mitchell"),
    ]


_GPO = (
    "                            C O N T E N T S\n\n"
    "                           OPENING STATEMENTS\n\n"
    "Capito, Hon. Shelley Moore, U.S. Senator from the State of West \n"
    "  Virginia.......................................................     1\n\n"
    "                               WITNESSES\n\n"
    "Dalton, Eli, General Manager, Tygart Valley Public Service \n"
    "  District, Elkins, West Virginia................................     5\n\n"
    "                                       U.S. Senate,\n"
    "    The committee met, pursuant to notice, at 10:01 a.m. in room \n"
    "406, Dirksen Senate Office Building, Hon. Shelley Moore Capito \n"
    "(chairman of the committee) presiding.\n\n"
    "    Senator Capito. Good morning. The committee will come to order. \n"
    "Our first witness is Mr. Eli Dalton. Mr. Dalton, you are \n"
    "recognized for 5 minutes.\n"
    "    Mr. Dalton. Thank you, Chairman Capito. Our district serves about \n"
    "4,100 connections across three counties.\n"
    "    Senator Capito. Mr. Dalton, how long would it take you to fix \n"
    "the leaks?\n"
    "    Mr. Dalton. Honestly, Senator, about 10 years.\n"
    "    Senator Capito. Thank you. The record will stay open for 2 weeks. \n"
    "{close}\n"
    "    [Whereupon, at 11:24 a.m., the hearing was adjourned.]\n"
)


@pytest.mark.parametrize(
    ("close", "last"),
    [
        ("The hearing is adjourned.", "The hearing is adjourned."),
        ("This hearing is now adjourned.", "This hearing is now adjourned."),
    ],
)
def test_gpo_middle_name_and_adjourned_line(close: str, last: str) -> None:
    rows = turn_rows(_GPO.format(close=close))
    chair = {r[1] for r in rows if r[1] and "Capito" in r[1]}
    assert chair == {"Shelley Moore Capito"}
    assert rows[-1][1] == "Shelley Moore Capito"
    assert rows[-1][2].endswith(last)


_UKRINFORM = (
    "Укрінформ\n"
    "Регіони\n"
    "Наталія Гордієнко, директорка обласного центру екстреної медичної допомоги\n"
    "12.05.2025 10:00\n"
    "Про те, як змінилася робота служби, кореспондентка Укрінформу поговорила з директоркою "
    "обласного центру екстреної медичної допомоги Наталією Гордієнко.\n"
    "– Пані Наталіє, скільки викликів зараз приймає центр за добу?\n"
    "– У середньому від 450 до 520 викликів. Взимку буває і понад 600.\n"
    "– Чи вистачає автомобілів?\n"
    "– Зараз у нас 112 автомобілів. Проблема не стільки в машинах, скільки в запчастинах.\n"
    "– Що б ви сказали людям, які телефонують на 103?\n"
    "– Будь ласка, чітко називайте адресу і залишайтеся на зв'язку.\n"
    "Ольга Шевчук, Чернігів\n"
    "Фото: обласний центр ЕМД\n"
    "Читайте також\n"
    "На Чернігівщині через атаку дронів пошкоджено автомобіль «швидкої»\n"
    "Більше новин – у Telegram-каналі Укрінформу\n"
    "При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для пошукових "
    "систем гіперпосилання не нижче першого абзацу на «ukrinform.ua» обов'язкові.\n"
)


def test_ukrinform_signature_over_credit_without_blank_lines() -> None:
    rows = turn_rows(_UKRINFORM)
    assert {r[1] for r in rows if r[0] == "question"} == {"Ольга Шевчук"}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Наталія Гордієнко"}
    assert rows[-1][2].endswith("залишайтеся на зв'язку.")


@pytest.mark.parametrize(
    ("label", "surname", "outlet"),
    [
        ("Журналістка Aftenposten Інгрід Бреке", "Бреке", "Aftenposten"),
        ("Журналіст Bild Пауль Ронцгаймер", "Ронцгаймер", "Bild"),
        ("Журналістка Інгрід Бреке", "Бреке", None),
        ("Journalist Renata Lobo", "Lobo", None),
    ],
)
def test_masthead_between_role_and_name(label: str, surname: str, outlet: str | None) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert info.name.surname == surname
    assert len(info.name.given) == 1
    assert info.outlet == outlet


@pytest.mark.parametrize(
    "raw",
    [
        "Пане Президенте, дякую, що знайшли час. Почну з питання, яке зараз ставлять у Норвегії "
        "багато людей",
        "Шановні колеги, дозвольте коротко",
        "Mr. Minister, thank you for coming today. Let me start with what people here ask most",
    ],
)
def test_vocative_or_sentence_before_colon_is_no_label(raw: str) -> None:
    assert classify_label(raw) is None


_PRESIDENT = (
    "Офіційне інтернет-представництво Президента України\n"
    "Головна › Новини › Інтерв'ю\n"
    "Інтерв'ю Президента України Володимира Зеленського норвезькому виданню Aftenposten\n"
    "16 квітня 2025 - 18:20\n"
    "Журналістка Aftenposten Інгрід Бреке:\n"
    "Пане Президенте, дякую, що знайшли час. Почну з питання, яке зараз ставлять у Норвегії "
    "багато людей: чи вірите ви, що цього року війна може закінчитися?\n"
    "Президент:\n"
    "Дякую вам. Я вірю, що цього року можна досягти справедливого миру.\n"
    "Журналістка Aftenposten Інгрід Бреке:\n"
    "А як щодо Сполучених Штатів?\n"
    "Президент:\n"
    "Ми цінуємо підтримку американського народу і Конгресу.\n"
    "Теги:\n"
    "Інтерв'ю\n"
)


def test_president_gov_ua_outlet_in_journalist_label() -> None:
    rows = turn_rows(_PRESIDENT)
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Інгрід Бреке"),
        ("answer", "Володимир Зеленський"),
        ("question", "Інгрід Бреке"),
        ("answer", "Володимир Зеленський"),
    ]
    assert rows[0][2].startswith("Пане Президенте, дякую")
