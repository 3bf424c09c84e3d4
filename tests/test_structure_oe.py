"""Small cases for batch OE (the Kyiv Independent, Suspilne): a site's menu row of three-space
items ("… Business   Investigations   Opinion") read as no person the lead names; an English
masthead of two or three words that "spoke with" the guest ("The Kyiv Independent spoke with
…") lets its byline's one writer ask; a regional page's author under the share button that
stands between the date and the name ("Поділитися" / "Ім'я Прізвище" / the photo caption)."""

import pytest

from structure_support import turn_rows

_KI = (
    "The Harbour Independent\n"
    "{menu}\n"
    "Business\n"
    "'We patch it, and then it breaks again' — port authority chief on keeping the docks open\n"
    "by Daria Kostenko\n"
    "March 12, 2025 6:41 PM  5 min read\n"
    "Taras Melnyk, head of the State Agency for Ports and Inland Waterways Development, during "
    "an interview in Odesa on March 6, 2025. (Petro Savchuk / The Harbour Independent)\n"
    "Share\n"
    "The port authority entered 2025 with a smaller budget and a growing list of damaged "
    "berths.\n"
    "{lead} Taras Melnyk, head of the State Agency for Ports and Inland Waterways "
    "Development, about dredging, insurance and the grain corridor.\n"
    "This interview has been edited for length and clarity.\n"
    "**The budget for this year is lower than in 2024. What will you have to give up?**\n"
    "We are not giving up on anything critical, but we are changing the order of the work.\n"
    "**How many berths have you repaired so far?**\n"
    "Forty-one berths are back in service, and work continues at nine more of them.\n"
    "**Why are foreign contractors still so cautious?**\n"
    "Insurance is the main problem, and we are working on it with our partners.\n"
)


@pytest.mark.parametrize(
    ("menu", "lead", "asker"),
    [
        (
            "Ukraine War Latest   Europe   Business   Investigations   Opinion",
            "The Harbour Independent spoke with",
            "Daria Kostenko",
        ),
        ("Ukraine   Europe   Business", "The Harbour Independent spoke with", "Daria Kostenko"),
        # (a lead that names no side leaves the one asking unnamed)
        ("Ukraine   Europe   Business", "This is a conversation with", None),
    ],
)
def test_menu_row_is_no_person_and_multiword_masthead_spoke_with(
    menu: str, lead: str, asker: str | None
) -> None:
    rows = turn_rows(_KI.format(menu=menu, lead=lead))
    assert [s for label, s, _ in rows if label == "answer"] == ["Taras Melnyk"] * 3
    if lead.endswith("spoke with"):
        assert [s for label, s, _ in rows if label == "question"] == [asker] * 3


_SUSPILNE = (
    "Суспільне Полтава\n"
    "Новини   Війна   Економіка   Відео   Регіони\n"
    '"Ремонт триватиме до осені": заступник міського голови про дороги\n'
    "20 лютого 2025, 16:32\n"
    "{rows}"
    "Ремонт вулиці у Полтаві. Суспільне Полтава\n"
    "У Полтаві навесні почнуть ремонт трьох вулиць. Про терміни й вартість робіт Суспільне "
    "Полтава поговорило із заступником міського голови Андрієм Кравчуком.\n"
    "Кореспондентка: Які вулиці ремонтуватимуть першими?\n"
    "Андрій Кравчук: Першою буде Соборності, далі — дві вулиці на Подолі.\n"
    "Кореспондентка: Скільки це коштуватиме?\n"
    "Андрій Кравчук: Близько 40 мільйонів гривень з міського бюджету.\n"
    "Кореспондентка: Коли відкриють рух?\n"
    "Андрій Кравчук: Плануємо до вересня, якщо погода дозволить.\n"
)


@pytest.mark.parametrize(
    ("rows", "asker"),
    [
        ("Поділитися\nІрина Гончаренко\n", "Ірина Гончаренко"),
        ("Ірина Гончаренко\nПоділитися\n", "Ірина Гончаренко"),
        # (a name under the date with no button row nor blank line: a caption's, no byline)
        ("Ірина Гончаренко\n", None),
    ],
)
def test_regional_author_under_share_button_asks(rows: str, asker: str | None) -> None:
    got = turn_rows(_SUSPILNE.format(rows=rows))
    assert [s for label, s, _ in got if label == "question"] == [asker] * 3
    assert [s for label, s, _ in got if label == "answer"] == ["Андрій Кравчук"] * 3
