"""Small cases for batch NG (TASS English, Radio Svoboda): a plain interview's first question
that addresses the interviewee by courtesy and office ("Mr Ambassador, …?") names the lead's
one holder of that office, the country of the office between them ("Russian Ambassador to
Vietnam Gennady Bezdetko"), never a person surnamed "Ambassador"; the modifier-letter
apostrophe (ʼ, U+02BC) Ukrainian pages write inside names ("Олегом Нівʼєвським") is read as an
apostrophe, so the name is whole."""

import pytest

from rhetoscope.structure import regex
from structure_support import turn_rows

_PLAIN_EN = (
    "TASS\n"
    "Russian Politics & Diplomacy\n"
    "Russia and Vietnam to launch direct flights this summer — ambassador\n"
    "14 MAR 2025, 09:15\n"
    "MOSCOW, March 14. /TASS/. Russian Ambassador to {place} {who} in an interview with TASS "
    "spoke about the anniversary of diplomatic relations and the growth of tourist flows.\n"
    "{address}, this year marks the 75th anniversary of diplomatic relations. How will it be "
    "celebrated?\n"
    "The anniversary falls on January 30, and the celebrations started then, with a reception "
    "in the capital attended by the leadership of the country.\n"
    "How is the tourist flow developing?\n"
    "Very dynamically. Last year, more than 230,000 tourists visited, which is almost double "
    "the figure for the year before.\n"
    "Is trade in national currencies growing?\n"
    "Yes. The share of national currencies in mutual settlements is increasing, although I "
    "would not name exact figures.\n"
    "Tags\n"
)


@pytest.mark.parametrize(
    ("place", "who", "address", "speaker"),
    [
        ("Vietnam", "Gennady Bezdetko", "Mr Ambassador", "Gennady Bezdetko"),
        # (a two-word country between the office and the name)
        ("South Korea", "Georgy Zinoviev", "Mr Ambassador", "Georgy Zinoviev"),
        ("Vietnam", "Gennady Bezdetko", "Ambassador", "Gennady Bezdetko"),
    ],
)
def test_courtesy_office_address_names_lead_holder(
    place: str, who: str, address: str, speaker: str
) -> None:
    rows = turn_rows(_PLAIN_EN.format(place=place, who=who, address=address))
    answers = {r[1] for r in rows if r[0] == "answer"}
    assert answers == {speaker}
    assert "Ambassador" not in {r[1] for r in rows if r[1]}


_DASH_UA = (
    "Радіо Свобода\n"
    "ЕКОНОМІКА\n"
    "«Морський коридор працює, але страхування зʼїдає маржу». Інтервʼю з економістом\n"
    "Тетяна Ярмощук\n"
    "27 березня 2025, 06:00\n"
    "Про те, скільки заробляє аграрій сьогодні, Радіо Свобода поговорило з аграрним "
    "економістом Олегом Нів{apos}євським.\n"
    "– Пане Олегу, як би ви оцінили роботу морського коридору зараз?\n"
    "– Коридор працює, і це один із найважливіших результатів. Але страхування дороге.\n"
    "– Наскільки дороге?\n"
    "– Якщо порівнювати з довоєнним часом, то різниця між ціною в порту велика.\n"
    "– Що може зробити держава?\n"
    "– Перше – продовжити програму страхування воєнних ризиків.\n"
)


@pytest.mark.parametrize(
    ("apos", "speaker"),
    [("ʼ", "Олег Нівʼєвський"), ("’", "Олег Нів’євський"), ("'", "Олег Нів'євський")],
)
def test_modifier_apostrophe_keeps_name_whole(apos: str, speaker: str) -> None:
    rows = turn_rows(_DASH_UA.format(apos=apos))
    assert {r[1] for r in rows if r[0] == "answer"} == {speaker}


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"Н[а-яіїєґ'’]+", "Нівʼєвський", "Нівʼєвський"),
        (r"O['’]Brien", "OʼBrien", "OʼBrien"),
        # (a pattern with one apostrophe only is left as written)
        (r"Н[а-яіїєґ’]+", "Нівʼєвський", "Нів"),
    ],
)
def test_apostrophe_pair_admits_modifier_letter(pattern: str, text: str, found: str) -> None:
    m = regex.search(pattern, text)
    assert m is not None and m.group(0) == found
