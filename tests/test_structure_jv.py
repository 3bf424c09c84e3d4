"""Small cases for the JV round (TASS English, Радіо Свобода, РБК-ТВ): an English press dateline
with the month first and the agency in slashes ("MOSCOW, March 4. /TASS/."); the office's
country before the name of whoever "told" the outlet ("Ambassador to Indonesia Andrey
Kovrigin"); a bold marker the page closes late, at the end of the answer above the next bold
question; the author's name on the line under the date; "Полная версия интервью доступна на
сайте …" under the last turn."""

import pytest

from rhetoscope.structure.dialogue import _lead_people_en
from structure_support import run, turn_rows

_TASS_LEAD = (
    "TASS\nRussian News Agency\n\nJakarta interested in Russian wheat — envoy\n\n"
    "4 MAR 2025, 08:15\n\n"
    "{dateline} Indonesia is weighing a long-term grain supply deal with Russia, Russian "
    "Ambassador to Indonesia Andrey Kovrigin told TASS in an interview.\n\n"
)


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("MOSCOW, March 4. /TASS/.", "Moscow"),
        ("Moscow, March 4. Indonesia says", None),  # no agency in slashes: no English dateline
    ],
)
def test_english_press_dateline(dateline: str, place: str | None) -> None:
    doc = run(_TASS_LEAD.format(dateline=dateline) + "Body text follows here.\n")
    if place is not None:
        assert doc.meta.place == place
    else:
        assert doc.meta.place != "Moscow"


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        (
            "Russian Ambassador to Indonesia Andrey Kovrigin told TASS in an interview.",
            "Andrey Kovrigin",
        ),
        ("Norway's Ambassador Lars-Erik Holm spoke to TASS about trade.", "Lars-Erik Holm"),
        ("Deputy Minister Rizal Hakim Pratama told TASS in an interview.", "Rizal Hakim Pratama"),
    ],
)
def test_office_country_is_no_given_name(lead: str, who: str) -> None:
    people = _lead_people_en(f"TASS\n\nMOSCOW, March 4. /TASS/. {lead}")
    assert [(k, n.display()) for k, n in people] == [("interview with", who)]


_BOLD_QA = (
    "**Mr. Ambassador, how would you describe the relations?**\n\n"
    "The visit gave our relations a very strong push. We see a genuine interest in Jakarta.{a}\n\n"
    "**Which sectors look most promising?**\n\n"
    "First of all, food security. Second is energy, including nuclear.{a}\n\n"
    "**Are there plans to resume direct flights?**\n\n"
    "Russian tourists are among the top ten groups of visitors to Bali.\n"
)


@pytest.mark.parametrize("closing", ["**", ""])
def test_bold_questions_answer_closed_late(closing: str) -> None:
    text = _TASS_LEAD.format(dateline="MOSCOW, March 4. /TASS/.") + _BOLD_QA.format(a=closing)
    rows = [r for r in turn_rows(text) if r[0] != "other"]
    assert [r[:2] for r in rows] == [
        ("question", "TASS"),
        ("answer", "Andrey Kovrigin"),
        ("question", "TASS"),
        ("answer", "Andrey Kovrigin"),
        ("question", "TASS"),
        ("answer", "Andrey Kovrigin"),
    ]
    assert rows[1][2].endswith("interest in Jakarta.")
    assert rows[3][2].endswith("including nuclear.")


_SVOBODA = (
    "Радіо Свобода\n\nЕкономіка\n\n«Підвищення тарифів неминуче». Економіст про світло взимку\n\n"
    "09 жовтня 2025, 07:00\n{author}\n\n"
    "Чи варто чекати підвищення тарифів, Радіо Свобода запитала в економіста Центру "
    "економічної стратегії Віталія Сидоренка.\n\n"
    "Радіо Свобода: Пане Віталію, чи підвищать тариф на світло цієї зими?\n\n"
    "Віталій Сидоренко: Я не думаю, що це станеться до весни.\n\n"
    "Радіо Свобода: Чи чекати графіків відключень?\n\n"
    "Сидоренко: Все залежить від того, скільки ударів буде по генерації.\n\n"
    "Радіо Свобода: Дякую за розмову.\n"
)


@pytest.mark.parametrize(
    ("author", "asker"),
    [
        ("Ганна Остапчук", "Ганна Остапчук"),  # the one author, under the date
        ("Економіка і бізнес", "Радіо Свобода"),  # no name under the date: the outlet asks
    ],
)
def test_outlet_label_is_the_author_under_the_date(author: str, asker: str) -> None:
    rows = [r for r in turn_rows(_SVOBODA.format(author=author)) if r[1]]
    assert [r[1] for r in rows] == [asker, "Віталій Сидоренко"] * 2 + [asker]


@pytest.mark.parametrize(
    "pointer",
    [
        "Полная версия интервью доступна на сайте РБК-ТВ",
        "Повна версія розмови доступна на YouTube-каналі Суспільного",
    ],
)
def test_full_version_pointer_is_trailing(pointer: str) -> None:
    text = (
        "РБК\n\nГлава «Зерносоюза»: «Экспорт пшеницы упадёт»\n\n19 июня 2025, 16:45\n\n"
        "Президент Российского зернового союза Дмитрий Ольховский рассказал РБК-ТВ о "
        "перспективах урожая. Беседовала Анна Ефимова.\n\n"
        "Анна Ефимова: Какой урожай вы ожидаете?\n\n"
        "Дмитрий Ольховский: Наш прогноз – порядка 128 млн тонн зерна.\n\n"
        "Анна Ефимова: Дмитрий Сергеевич, спасибо за интервью.\n\n"
        f"Дмитрий Ольховский: Спасибо вам.\n\n{pointer}\n"
    )
    assert turn_rows(text)[-1][2] == "Спасибо вам."
