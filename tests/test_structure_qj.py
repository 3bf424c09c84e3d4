"""Small cases for batch QJ (round 55): a press-conference write-up's closing correspondent
signature names no asker; an English address titled only by the office ("– address by the
President of Ukraine") speaks as that office, the footer's postal address with its five-digit
code trailing; Interfax English's "MOSCOW. March 4 (Interfax) -" dateline gives the place."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_PRESSER_UK = (
    "Укрінформ\n\n"
    "Регіони\n\n"
    "Лисак: на Дніпропетровщині цього року відновлять 25 шкіл\n\n"
    "12.02.2026 11:20\n"
    "Укрінформ\n\n"
    "Начальник Дніпропетровської обласної військової адміністрації Сергій Лисак {verb} у "
    "пресцентрі Укрінформу, під час якої розповів про відбудову. Укрінформ публікує основні "
    "відповіді.\n\n"
    "Запитання: Які школи відновлять першими?\n\n"
    "Сергій Лисак: Першими відновимо школи в Нікопольському районі, де найбільше руйнувань. "
    "Ми вже маємо проєкти для дев'яти закладів.\n\n"
    "Запитання: Добрий день, Ігор Коваленко, Суспільне Дніпро. Чи вистачає укриттів?\n\n"
    "Сергій Лисак: Укриттів поки не вистачає, тому ми будуємо ще дванадцять, і до вересня "
    "всі школи області матимуть захищені приміщення.\n\n"
    "Тетяна Мельник, Дніпро\n\n"
    "Теги: Дніпропетровщина, відбудова\n"
)


@pytest.mark.parametrize(
    ("verb", "askers"),
    [
        # a press conference: the room's journalists ask, the signer none of them
        ("провів пресконференцію", [None, "Ігор Коваленко"]),
        ("провів брифінг", [None, "Ігор Коваленко"]),
    ],
)
def test_press_conference_signature_asks_nothing(verb: str, askers: list[str | None]) -> None:
    rows = turn_rows(_PRESSER_UK.format(verb=verb))
    assert [who for label, who, _ in rows if label == "question"] == askers
    assert [who for label, who, _ in rows if label == "answer"] == ["Сергій Лисак"] * 2


_ADDRESS_EN = (
    "Official website of the President of Ukraine\n"
    "News  Speeches  Decrees  Interviews  Photos  Videos\n"
    "Search\n\n"
    "Speeches\n\n"
    "{title}\n\n"
    "14 April 2026 - 21:05\n\n"
    "Good health to you, fellow Ukrainians!\n\n"
    "Today I held a meeting on air defense. The Commander-in-Chief and the Minister of "
    "Defense reported on the new systems, and we agreed on the steps for the coming weeks.\n\n"
    "I thank everyone who protects our skies. Glory to Ukraine!\n\n"
    "Tags: Address, Air defense\n\n"
    "Share:\n"
    "Facebook  X  Telegram\n\n"
    "All content on this website is licensed under a Creative Commons Attribution 4.0 "
    "International license.\n"
    "Office of the President of Ukraine, 11 Bankova Street, Kyiv, 01220\n"
)


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        (
            "Our skies must be protected every night – address by the President of Ukraine",
            "President of Ukraine",
        ),
        (
            "Every system counts – speech by the Prime Minister of Ukraine",
            "Prime Minister of Ukraine",
        ),
    ],
)
def test_address_titled_by_office_en(title: str, speaker: str) -> None:
    rows = turn_rows(_ADDRESS_EN.format(title=title))
    assert [(label, who) for label, who, _ in rows] == [("statement", speaker)]
    # the site's postal address line under the licence is the page's footer
    assert rows[0][2].endswith("Glory to Ukraine!")


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("MOSCOW. March 4 (Interfax) - ", "Moscow"),
        ("KEMEROVO. April 2 (Interfax) - ", "Kemerovo"),
    ],
)
def test_interfax_full_stop_dateline(dateline: str, place: str) -> None:
    text = (
        "INTERFAX\n"
        "Russia & CIS   Business   Energy\n\n"
        "Minister: coal exports to fall again\n\n"
        "04.03.2026 13:42\n\n"
        f"{dateline}Russian Energy Minister Sergei Tsivilev held a press conference on "
        "Wednesday on the coal industry. Interfax publishes the main excerpts.\n\n"
        "Question: How many coal companies are loss-making?\n\n"
        "Tsivilev: About 60% of coal companies were operating at a loss last year.\n\n"
        "Question: What is your forecast for exports?\n\n"
        "Tsivilev: We expect exports to fall by another 5-7% this year.\n"
    )
    assert run(text).meta.to_dict()["place"] == place
