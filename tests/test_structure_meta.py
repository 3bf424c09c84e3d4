"""Page metadata under a site's chrome: the headline below a masthead and its menu rows, and the
byline in the lines under that headline (docs/structure.md, Session 27, batch ZK–MO)."""

import pytest

from rhetoscope.structure.metadata import extract

HEADLINE_CASES = [
    (
        "masthead over a bar menu and a caps kicker",
        "Skip to main content\nValley Courier\nNews | Sports | Opinion | Business | Life\n"
        "Subscribe   Log in\n\nCITY HALL\n\nQ&A with the transit chief: 'We will fix the "
        "buses first'\n\nBy Dana Holt Courier Staff,Updated March 3, 2026, 7:00 a.m.\n\n"
        "Q: When do the new buses arrive?\n\nA: In May.\n",
        "Q&A with the transit chief: 'We will fix the buses first'",
    ),
    (
        "cookie banner, masthead, spaced menu",
        "We use cookies to improve your experience. Accept   Manage preferences\nHarbor Times\n"
        "Politics  Local  Business  Sports  Opinion\n\nGovernor on ports, tolls and the "
        "budget\n\nInterview by Lena Ortiz\nMay 6, 2026\n\nQ: Why tolls?\n\nA: Because.\n",
        "Governor on ports, tolls and the budget",
    ),
    (
        "two-line masthead over the menu, a title-case section kicker",
        "RIVER POST\nThe City's Daily\nNEWS | SPORTS | HEALTH | OPINION\nHealth Desk Notes\n"
        "Dr Ana Ruiz on the new vaccine schedule for schools\nByMarta Lind\nHealth Reporter\n"
        "12:00, 4 MAR 2026\n\nQ: What changes?\n\nA: The dates.\n",
        "Dr Ana Ruiz on the new vaccine schedule for schools",
    ),
    (
        "a Cyrillic menu row glued to the masthead, the date over the headline",
        "ВОЛЖСКИЙ ВЕСТНИК   Главное  Политика  Экономика  Спорт\n15.04.2026 10:20\n"
        "Иван Петров: «Мост откроют к осени»\nАнна Смирнова\n\nВопрос: Когда откроют мост?\n\n"
        "Ответ: Осенью.\n",
        "Иван Петров: «Мост откроют к осени»",
    ),
    (
        "a player strip, a two-item show kicker",
        "▶ 00:00 / 31:05     Завантажити     Поділитися\n\nРадіо Світ · Програма «Книжки»\n\n"
        "Олег Коваль: «Читати можна і вухами»\n\nДата ефіру: 3 лютого 2026\n\n"
        "Марія Бойко: Вітаю.\n\nОлег Коваль: Доброго дня.\n",
        "Олег Коваль: «Читати можна і вухами»",
    ),
    (
        "a ministry's name over a breadcrumb, a date cut off the headline",
        "Ministry of Foreign Affairs of Examplia\nHome | Press Center | Spokesperson\n\n"
        "Regular Press Conference of the Ministry on March 5, 2026\n\n05/03/2026\n"
        "Print | Email | Share\n\nQuestion: Any comment?\n\nAnswer: None.\n",
        "Regular Press Conference of the Ministry",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "title"), HEADLINE_CASES, ids=[c[0] for c in HEADLINE_CASES]
)
def test_headline_under_masthead(case: str, text: str, title: str) -> None:
    assert extract(text).title == title


BYLINE_CASES = [
    ("staff tag glued to the stamp", HEADLINE_CASES[0][1], "Dana Holt"),
    ("interview by", HEADLINE_CASES[1][1], "Lena Ortiz"),
    ("glued By", HEADLINE_CASES[2][1], "Marta Lind"),
    (
        "outlet and stamp after the name",
        "KRV.com\nNews  Sports  Weather  Utah  Politics\n\nOUTDOORS\n\nQ&A: The parks chief on "
        "the dry fall and the lake\n\nInterview by Sam Porter, KRV.com | Posted - Oct. 2, 2025 "
        "at 9:15 a.m.\n\nQ: How low is it?\n\nA: Low.\n",
        "Sam Porter",
    ),
    (
        "two writers, lower-case by",
        "DAILY STAR\nHome | World | Opinion | Sport\n\nThe Balkans need more than roads: "
        "Expert\n\nby Emre Kaya and Selin Demir\n\nDecember 6, 2025\n\nQ: Why?\n\nA: Trade.\n",
        "Emre Kaya and Selin Demir",
    ),
    (
        "Cyrillic authors' field",
        "МістоВісті / MistoVisti\nНовини   Політика   Економіка   Інтерв'ю\n\nТрамваї і нові "
        "маршрути: інтерв'ю з директором депо\n\n18.03.2026 11:20\nАвтори: Ірина Гнатюк, "
        "Петро Савчук\n\nЗапитання: Скільки?\n\nВідповідь: Два.\n",
        "Ірина Гнатюк, Петро Савчук",
    ),
    (
        "the paper's own desk names nobody",
        "THE HERALD\nNews | Business | Sport | Opinion\n\nQ&A with the port director on "
        "congestion\n\nBy Herald Reporter\n\nNovember 22, 2025\n\nQ: Why?\n\nA: Ships.\n",
        None,
    ),
]


@pytest.mark.parametrize(("case", "text", "byline"), BYLINE_CASES, ids=[c[0] for c in BYLINE_CASES])
def test_byline_under_headline(case: str, text: str, byline: str | None) -> None:
    assert extract(text).byline == byline


DATE_CASES = [
    (
        "stamp under a headline and standfirst below the masthead's menu",
        "Skip to main content\nNorth Evening News\nNews  Sport  Football  What's On  Property\n"
        "Greater North News\n'We will run the trams all night' - the mayor on the new network\n"
        "The mayor sat down with us to answer questions on fares and reliability\n"
        "By Owen Pike, Local Democracy Reporter\n07:00, 3 FEB 2026 Updated 10:12, 3 FEB 2026\n\n"
        "Q: When?\n\nA: Soon.\n",
        "2026-02-03",
    ),
]


@pytest.mark.parametrize(("case", "text", "date"), DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_date_under_headline(case: str, text: str, date: str) -> None:
    assert extract(text).date == date
