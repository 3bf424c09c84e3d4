# ruff: noqa: E501
"""Round-49 office and role labels (batch JW): short realistic snippets, not the blind files."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _menu_row
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, bracket_outlet, classify_label
from structure_support import turn_rows


def turns(text: str) -> list[tuple[str, str | None, str]]:
    return [(label, speaker, body[:30]) for label, speaker, body in turn_rows(text)]


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("HIGHWAYS OFFICER", "Highways Officer"),
        ("SECTOR COMMANDER", "Sector Commander"),
        ("PUBLIC AFFAIRS OFFICER", "Public Affairs Officer"),
    ],
)
def test_capitals_remit_before_officer_or_commander(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


@pytest.mark.parametrize("label", ["Телезрительница", "Телезритель"])
def test_viewer_labels_are_callers(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is None


@pytest.mark.parametrize(
    ("who", "outlet"),
    [("«Е1»", "Е1"), ("«НГС24»", "НГС24"), ("00:12", None)],
)
def test_quoted_brand_with_digits(who: str, outlet: str | None) -> None:
    assert bracket_outlet(who) == outlet


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("Новосибирск  Город  Транспорт  Происшествия  Интервью  Поиск", True),
        ("Arable   Livestock   Business   Machinery", True),
        ("Он сказал.  Она ответила.  Все ушли.  Конец", False),
    ],
)
def test_double_spaced_menu_row(line: str, menu: bool) -> None:
    assert _menu_row(line) is menu


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("\n\nТеги: бизнес, проверки\n\nНовости партнёров\nЗагрузка...", True),
        (
            "\n\nThe meeting closed at 8.52pm.\n\nJane Kerridge, Clerk to the Council\n"
            "clerk@example-pc.gov.uk | 01279 771 204\n\nExample Parish Council · Privacy · "
            "Accessibility statement · Cookies",
            True,
        ),
        ("\n\nHave your say: text BREAKFAST to 84000 (standard network rates apply).", True),
    ],
)
def test_closing_furniture(tail: str, cut: bool) -> None:
    body = "CHAIR: Thank you all. The session is closed."
    text = body + tail
    assert (trailing_start(text) <= len(body)) is cut


COMMANDER = """TRANSCRIPT: Coast Guard update on search for missing vessel

NEW LONDON, Conn. — The following is a transcript of Tuesday's news conference, where Capt. Maureen O'Halloran, the sector commander, updated reporters on the search.

PUBLIC AFFAIRS OFFICER: Good afternoon. The captain will give a short update.

SECTOR COMMANDER: Thank you. Overnight our crews searched more than 2,400 square miles.

REPORTER: Tom Carvalho, The Day. Captain, how cold is the water?

SECTOR COMMANDER: About 41 degrees. That's why we're still searching.
"""

MINISTER = """В эфире программы «Прямая линия» на вопросы телезрителей ответила министр образования края Ирина Веденеева. Публикуем расшифровку.

Ведущая: Добрый вечер. У нас первый звонок. Здравствуйте, вы в эфире.

Телезрительница: Здравствуйте, меня зовут Людмила, я из Лысьвы. Когда у нас появится учитель физики?

Министр: Людмила, ситуацию в Лысьве я знаю. Вакансию мы объявили.
"""

DIRECTOR = """У вівторок відбулася зустріч мешканців мікрорайону з директором КП «Рівнеоблводоканал» Віктором Пасічником. Зустріч модерувала заступниця міського голови Ірина Савчук.

Заступниця міського голови: Добрий вечір. Прошу.

Директор водоканалу: Добрий вечір. Насосна станція зупинена на ремонт.

Мешканка: Добрий вечір. Мене звати Галина Ковальчук. Скільки триватиме ремонт?

Директор водоканалу: Десять днів, на жаль.
"""

MODERATOR = """У Львові відбувся брифінг щодо роботи екстреної допомоги. Директор центру Андрій Шевчук розповів про нові підстанції. Модерувала брифінг речниця ЛОВА Христина Бойко.

Модератор: Доброго дня, колеги. Андрію Мироновичу, прошу.

Директор центру: Доброго дня. За п'ять місяців бригади виїжджали 214 тисяч разів.

Питання: Скільки не вистачає лікарів?

Директор центру: Вакантні 64 посади.
"""

PRESENTER = """Water boss faces listeners over outage

Tamar Valley Water's chief executive Helen Ruddock joined Gareth Pengelly on the Breakfast Show this morning to take your calls.

PRESENTER: It's eight minutes past eight. Helen, good morning. What went wrong?

CHIEF EXECUTIVE: Good morning, Gareth. A trunk main failed on the Monday night.

PRESENTER: Lines are full. Maureen is in Tavistock. Morning, Maureen.

CALLER: Morning. Why did it take three days?

CHIEF EXECUTIVE: Maureen, I'm really sorry.
"""


@pytest.mark.parametrize(
    ("text", "first", "want"),
    [
        # the office after the name in apposition, closed by a comma
        (COMMANDER, "Thank you. Overnight our crews", "Maureen O'Halloran"),
        # the lead's role word in the nominative: the name stays nominative
        (MINISTER, "Людмила, ситуацию в Лысьве я з", "Ирина Веденеева"),
        # a head and its genitive, the institution's name in guillemets between
        (DIRECTOR, "Добрий вечір. Насосна станція ", "Віктор Пасічник"),
        # the moderating verb, a post with an acronym
        (MODERATOR, "Доброго дня, колеги. Андрію Ми", "Христина Бойко"),
        # the host the guest joined on a programme, greeted by given name
        (PRESENTER, "It's eight minutes past eight.", "Gareth Pengelly"),
    ],
)
def test_office_holder_named(text: str, first: str, want: str) -> None:
    found = {body: speaker for _, speaker, body in turns(text)}
    assert found[first] == want


def test_viewer_named_by_self_introduction() -> None:
    found = {body: speaker for _, speaker, body in turns(MINISTER)}
    assert [s for b, s in found.items() if b.startswith("Здравствуйте, меня")] == ["Людмила"]


def test_clerks_note_on_the_record_is_no_introduction() -> None:
    text = (
        "Little Hadham Parish Council\n\nPublic meeting on traffic, 12 March 2025\n\n"
        "Present: Cllr Roger Birtwistle (Chairman); Mrs Jane Kerridge (Clerk).\n\n"
        "This note was prepared by the Clerk from the audio recording and is not the formal "
        "minutes, which will be approved at the April meeting.\n\n"
        "THE CHAIRMAN: Good evening everyone. Mr Askew will speak first, then questions.\n\n"
        "HIGHWAYS OFFICER: Thank you, Chairman. Traffic on Ford Hill has doubled since June.\n\n"
        "RESIDENT: Will you put in a crossing before someone is hurt?\n\n"
        "HIGHWAYS OFFICER: A crossing is in next year's programme, subject to funding.\n"
    )
    rows = turns(text)
    assert rows[0][2].startswith("Good evening everyone.")
