"""Session 28, leads before the first label: the header lines that hid an introduction or
took its place (a quote headline under a menu of several-word items, a caption closed by its
copyright credit, a German `Foto:` credit, a link box, a newsletter's promo, the Economist's
story pointer before the editor's line, a short gallery caption over its counter)."""

from __future__ import annotations

import pytest
from tests.structure_support import run, spoken_rows, turn_rows

_MENU = "\n".join(
    [
        *("Skip to content", "Daily Courier - back to home", "Watch Live", "Home", "UK"),
        *("Politics", "World", "Science & Tech", "Business", "Ents & Arts", "Money"),
        *("Data & Forensics", "Videos"),
    ]
)

_LEAD = (
    "The minister said on Sunday that the country would not be hurried into a new deal, "
    "after the president threatened fresh tariffs on its exports. Below is the full "
    "transcript of the interview."
)

_QA = (
    "Anna Berg: Minister, welcome. Is the deal dead?\n\n"
    "Tom Hale: No, it isn't, Anna. The deal is still delivering for exporters.\n\n"
    "Anna Berg: Will you retaliate?\n\n"
    "Tom Hale: We will hold our nerve and talk to our partners first.\n"
)

# A quote headline over the lead, under a site menu whose items run to several words: the
# headline's name is no turn, though the same name answers below.
HEADLINE_PAGES = [
    (
        _MENU + "\nTom Hale: Britain will not be rushed into new trade concessions\n\n"
        "The trade secretary tells Morning Show that the country will hold its nerve\n\n"
        "Sunday 8 February 2026 10:42, UK\n\n" + _LEAD + "\n\n" + _QA,
        "The minister said on Sunday",
    ),
    (
        "ИНФОРМ\nГлавные новости\nПолитика\nВ мире\nЭкономика и бизнес\nОбщество\nАрмия и ОПК\n"
        "Наука\nСпорт\nПолитика\n"
        "Волков: Москва не будет комментировать детали переговоров\n"
        "Представитель ведомства ответил на вопросы журналистов в ходе брифинга\n"
        "3 декабря 2025, 13:58\n"
        "Пресс-секретарь ведомства Олег Волков в среду ответил на вопросы журналистов о "
        "переговорах и о планах на неделю. Ниже приводятся основные фрагменты брифинга.\n"
        "Вопрос: Олег Петрович, каких договоренностей удалось достичь?\n"
        "Волков: Мне добавить особо нечего. Разговор был полезным.\n"
        "Вопрос: Будет ли продолжение?\n"
        "Волков: Работа будет продолжена.\n",
        "Пресс-секретарь ведомства Олег Волков",
    ),
]


@pytest.mark.parametrize(("page", "lead"), HEADLINE_PAGES)
def test_quote_headline_under_menu_is_no_turn(page: str, lead: str) -> None:
    rows = turn_rows(page)
    assert rows[0][0] == "other" and rows[0][1] is None
    assert rows[0][2].startswith(lead)
    assert all("не будет комментировать" not in r[2] for r in rows)
    assert all("not be rushed" not in r[2] for r in rows)


def test_first_turn_under_menu_stays_a_turn() -> None:
    # Must NOT fire: under the same menu, a first label whose words close a sentence speaks.
    page = (
        _MENU + "\nAnna Berg: Good morning and welcome to the programme, minister.\n\n"
        "Tom Hale: Good morning, Anna. Thank you for having me.\n\n"
        "Anna Berg: Is the deal dead?\n\n"
        "Tom Hale: No, it isn't. The deal is still delivering.\n"
    )
    rows = spoken_rows(page)
    assert rows[0][1] == "Anna Berg"
    assert rows[0][2].startswith("Good morning and welcome")


_FT_QA = (
    "Jane Roe: Thank you for doing this. Let's start with the loan. Will leaders agree?\n\n"
    "Maria Lind: I hope so. The logic is very simple.\n\n"
    "Jane Roe: And if they do not?\n\n"
    "Maria Lind: Then it will be decided by others.\n"
)

# Captions that are the page's: a quote closed by its copyright credit, a `Foto:` credit line.
CAPTION_PAGES = [
    (
        "Skip to main content\nEU foreign policy\n\n"
        "Transcript: Maria Lind on frozen assets and Europe’s place at the table\n\n"
        "Maria Lind: ‘If we don’t decide on this, it will be decided by others’ © Ann "
        "Smith/Bloomberg\n\n"
        "Jane Roe in Brussels\nPublished December 15 2025\n\n"
        "Maria Lind, the bloc’s foreign policy chief, sat down with Jane Roe at her office "
        "on Friday to talk about the loan to Ukraine.\n\n" + _FT_QA,
        "Maria Lind, the bloc’s foreign policy chief",
    ),
    (
        "WEEKLY\nInternational\n\nPolish Foreign Minister on Europe's Security\n"
        '"Putin Only Respects Strength"\n\n'
        "Interview Conducted by Jane Roe in Warsaw\n06.03.2026, 18.02 Uhr\n\n"
        'Foreign Minister Maria Lind in her office: "We are no longer the junior partner."\n'
        "Foto: Ann Smith / WEEKLY\n\n"
        "Poland will spend 4.8 percent of its GDP on defense this year, more than any other "
        "member of the alliance.\n\n" + _FT_QA,
        None,
    ),
]


@pytest.mark.parametrize(("page", "lead"), CAPTION_PAGES)
def test_captions_are_no_labels(page: str, lead: str | None) -> None:
    rows = turn_rows(page)
    assert [r[1] for r in rows[1:3]] == ["Jane Roe", "Maria Lind"]
    assert rows[0][0] == "other" and rows[0][1] is None
    assert all(r[1] != "Foto" for r in rows)
    if lead is not None:
        assert rows[0][2].startswith(lead)
    assert rows[0][2].endswith(("loan to Ukraine.", "of the alliance."))


# Boxes of the site's over the lead: a newsletter's promo and its blurb, a link box whose
# middle line closes a sentence.
BOX_PAGES = [
    (
        "Skip to main content\n\nTranscript: Maria Lind on the loan\n\n"
        "Unlock the Editor’s Digest for free\n"
        "Ann Smith, Editor of the Paper, selects her favourite stories in this weekly "
        "newsletter.\n\n"
        "Jane Roe in Brussels\nPublished December 15 2025\n\n"
        "Maria Lind, the bloc’s foreign policy chief, sat down with Jane Roe at her office "
        "on Friday to talk about the loan to Ukraine.\n\n" + _FT_QA,
        "Maria Lind, the bloc’s foreign policy chief",
    ),
    (
        "Skip to content\n\nLind Says Tariff Shock Is Fading But Debt Is the Next Test\n\n"
        "Gift this article\n"
        "Contact us: Provide news feedback or report an error\n"
        "Confidential tip? Send a tip to our reporters.\n"
        "Site feedback: Take our Survey\n\n"
        "By Jane Roe\nJanuary 21, 2026 at 9:14 AM GMT+1\n\n"
        "Maria Lind, the bloc’s foreign policy chief, spoke with Jane Roe at the forum "
        "in Davos about the loan to Ukraine.\n\n" + _FT_QA,
        "Maria Lind, the bloc’s foreign policy chief",
    ),
]


@pytest.mark.parametrize(("page", "lead"), BOX_PAGES)
def test_site_boxes_are_no_lead(page: str, lead: str) -> None:
    rows = turn_rows(page)
    assert rows[0][0] == "other" and rows[0][2].startswith(lead)
    assert rows[0][2].endswith("loan to Ukraine.")


def test_lead_mentioning_newsletter_stays() -> None:
    # Must NOT fire: a lead that names a newsletter under a headline that offers nothing.
    page = (
        "Skip to main content\n\nTranscript: Maria Lind on the loan\n\n"
        "Maria Lind told our weekly newsletter why the loan to Ukraine matters.\n\n" + _FT_QA
    )
    rows = turn_rows(page)
    assert rows[0][0] == "other" and rows[0][2].startswith("Maria Lind told our weekly")


# The intro's end: the story pointer with the editor's line after it is trimmed; a lead's
# own closing sentence is not.
END_PAGES = [
    (
        "Read our article based on the interview here. This transcript has been edited for "
        "length and clarity.",
        "the country's fractious domestic politics.",
    ),
    (
        "She also spoke about the budget and the coalition's future.",
        "She also spoke about the budget and the coalition's future.",
    ),
]


@pytest.mark.parametrize(("note", "end"), END_PAGES)
def test_story_pointer_and_editor_line_trimmed(note: str, end: str) -> None:
    page = (
        "Skip to content\n\nMaria Lind on Russia and Europe\n\nFeb 5th 2026|WARSAW\n\n"
        "THE WEEKLY spoke to Maria Lind, the prime minister, at the Chancellery on February "
        "3rd. The conversation covered the war and the country's fractious domestic "
        "politics.\n\n" + note + "\n\n" + _FT_QA
    )
    rows = turn_rows(page)
    assert rows[0][0] == "other" and rows[0][2].endswith(end)


def test_short_caption_over_gallery_counter_trimmed() -> None:
    page = (
        "Президент\nСобытия\nНовости\n"
        "Ответы на вопросы журналистов\n27 ноября 2025 года\n17:30\nБишкек\n"
        "По завершении визита в Киргизию президент ответил на вопросы представителей средств "
        "массовой информации.\n"
        "Ответы на вопросы журналистов.\n1 из 3\n"
        "Вопрос: Какие главные решения были приняты?\n\n"
        "В.Путин: Саммит прошёл в деловой атмосфере.\n\n"
        "Вопрос: Что дальше?\n\n"
        "В.Путин: Работа продолжится.\n"
    )
    rows = turn_rows(page)
    assert rows[0][0] == "other"
    assert rows[0][2].endswith("средств массовой информации.")


def test_two_journalists_met_leave_the_outlet_label() -> None:
    page = (
        "Skip to main content\n\nTranscript: Jens Lund on the oil fund\n\n"
        "Jens Lund: ‘The fund is not a foreign ministry’ © Ann Smith/Bloomberg\n\n"
        "Ingrid Berg in Oslo and Tom Hale\nPublished March 19 2026\n\n"
        "Norway’s finance minister Jens Lund spoke to the FT’s Nordic correspondent Ingrid "
        "Berg and Tom Hale, the FT’s capital markets editor, at the ministry.\n\n"
        "FT: Minister, are you comfortable with the council?\n\n"
        "Jens Lund: Yes, I am. The system has served us well.\n\n"
        "FT: But the US has called it a boycott.\n\n"
        "Jens Lund: We have explained our decisions.\n"
    )
    rows = spoken_rows(page)
    assert [r[1] for r in rows[:2]] == ["FT", "Jens Lund"]


def test_person_line_under_date_is_no_place() -> None:
    page = HEADLINE_PAGES[1][0].replace(
        "3 декабря 2025, 13:58\n", "3 декабря 2025, 13:58\nОлег Волков\n"
    )
    assert run(page).meta.to_dict().get("place") != "Олег Волков"
