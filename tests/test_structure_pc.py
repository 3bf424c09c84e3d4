"""Small cases for batch PC (round 54): the Kyiv Independent's lower-case byline with its stamp
after a column gap ("by Jane Roe  March 3, 2025 6:41 PM  6 min read") names the one writer
who puts the outlet label's questions, and its quoted headline closed by a colon and its
photo caption with a bracketed "(Photographer / Outlet)" credit are the page's, not the
intro's; Radio Svoboda's forum note under the bare "Коментарі" heading, and a health page's
disclaimer after a warning word ("Важно: материал носит информационный характер."), close
the last answer; a Russian page's slash date is read day first; and the town under a
two-author byline below the date (Ukrinform English) is the place, the names are none."""

import pytest

from structure_support import run, turn_rows

_KYIV_INDEPENDENT = (
    "The Kyiv Independent\n"
    "Ukraine War Latest  Business  Opinion  Investigations  Podcasts  Support us\n"
    "Business\n"
    "{headline}\n"
    "by Marta Hnatyuk  April 7, 2025 5:12 PM  5 min read\n"
    "Petro Sydorenko, head of the port authority, at the port of Izmail on April 2, 2025. "
    "(Marta Hnatyuk / The Kyiv Independent)\n"
    "Editor's note: This interview has been edited for length and clarity.\n"
    "The Danube ports handled less cargo this winter than a year ago, but they remain a backup "
    "route for Ukrainian grain if the sea corridor is closed again.\n"
    "The Kyiv Independent spoke with Petro Sydorenko, the head of the port authority, about "
    "traffic, insurance and air defense.\n"
    "The Kyiv Independent: How much cargo went through the Danube ports in March?\n"
    "Petro Sydorenko: About 1.2 million tons, less than last year. The sea route is cheaper "
    "now.\n"
    "The Kyiv Independent: Do you still need the Danube route?\n"
    "Sydorenko: We do. If the corridor closes, it is the only way out for grain.\n"
    "The Kyiv Independent: Thank you for your time.\n"
    "Sydorenko: Thank you.\n"
    "Read also: Russia strikes port infrastructure in Odesa Oblast\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "'The Danube is our spare key': port chief on keeping grain moving",
        "'The Danube is our spare key' — port chief on keeping grain moving",
    ],
)
def test_kyiv_independent_gap_byline_asks_and_caption_is_no_intro(headline: str) -> None:
    rows = turn_rows(_KYIV_INDEPENDENT.format(headline=headline))
    assert rows[0][0] == "other"
    assert rows[0][1] is None
    assert rows[0][2].startswith("The Danube ports handled less cargo")
    assert [(label, speaker) for label, speaker, _ in rows[1:]] == [
        ("question", "Marta Hnatyuk"),
        ("answer", "Petro Sydorenko"),
        ("question", "Marta Hnatyuk"),
        ("answer", "Petro Sydorenko"),
        ("other", "Marta Hnatyuk"),
        ("answer", "Petro Sydorenko"),
    ]


_TRAILED = (
    "{masthead}\n"
    "{headline}\n"
    "{byline}\n"
    "{lead}\n"
    "{ask}: {q1}\n"
    "{guest}: {a1}\n"
    "{ask}: {q2}\n"
    "{guest}: {a2}\n"
    "{tail}"
)

_SVOBODA = {
    "masthead": "Радіо Свобода",
    "headline": "Аналітик: експорт зерна морем у березні зріс",
    "byline": "Оксана Левчук\n18 березня 2025, 08:10",
    "lead": "Про це Радіо Свобода поговорило з аналітиком аграрного ринку Андрієм Гречком "
    "про порти, страховку і посівну.",
    "ask": "Радіо Свобода",
    "guest": "Андрій Гречко",
    "q1": "Пане Андрію, як удари по портах вплинули на експорт?",
    "a1": "Обсяги не впали, але кожен удар додає ризику в ціну фрахту.",
    "q2": "Дякую за розмову.",
    "a2": "Дякую вам.",
    "tail": "Оксана Левчук\nЖурналістка Радіо Свобода\nКоментарі\n"
    "Форум відкритий для коментарів. Коментарі модеруються.\n",
}

_AIF = {
    "masthead": "АиФ\nЗдоровье\nАргументы и Факты",
    "headline": "Суставы под ударом. Ревматолог - о том, когда идти к врачу",
    "byline": "Ирина Соколова\n10:20 04/03/2025",
    "lead": "Боль в суставах многие терпят годами и откладывают визит к врачу. О том, чем "
    "это опасно, рассказал врач-ревматолог Андрей Петров.",
    "ask": "Ирина Соколова, АиФ.ru",
    "guest": "Андрей Петров",
    "q1": "Андрей Сергеевич, когда боль в суставах - повод идти к врачу?",
    "a1": "Если боль держится дольше двух недель или сустав опух, откладывать нельзя.",
    "q2": "Какие анализы нужно сдать?",
    "a2": "Общий анализ крови, С-реактивный белок и ревматоидный фактор. Этого достаточно "
    "для начала.",
    "tail": "Важно: материал носит информационный характер. Перед применением любых "
    "препаратов проконсультируйтесь с врачом.\nОцените материал\n",
}


@pytest.mark.parametrize(
    ("page", "last"),
    [
        (_SVOBODA, "Дякую вам."),
        (
            _AIF,
            "Общий анализ крови, С-реактивный белок и ревматоидный фактор. Этого "
            "достаточно для начала.",
        ),
    ],
)
def test_page_notes_under_last_answer_close_it(page: dict[str, str], last: str) -> None:
    rows = turn_rows(_TRAILED.format(**page))
    assert rows[-1][0] == "answer"
    assert rows[-1][2].strip() == last


def test_russian_page_reads_slash_date_day_first() -> None:
    doc = run(_TRAILED.format(**_AIF))
    assert doc.meta.to_dict().get("date") == "2025-03-04"


@pytest.mark.parametrize(
    ("authors", "place"),
    [
        ("Iryna Dovzhenko, Oleh Verba", "Kyiv"),
        ("Iryna Dovzhenko and Oleh Verba", "Kyiv"),
    ],
)
def test_town_under_two_author_byline_is_the_place(authors: str, place: str) -> None:
    text = (
        "Ukrinform\n"
        "Ukrainian National News Agency\n"
        "Ukraine  War  Economy  Society  Culture  Sports  World  Interviews\n"
        "Interviews\n"
        "Shelters for every school by September – Deputy Minister\n"
        "14.03.2025 12:40\n"
        f"{authors}\n"
        f"{place}\n"
        "How many schools can return to in-person learning this year and what the "
        "shelters cost, the deputy minister told Ukrinform.\n"
        "**How many schools have shelters today?**\n"
        "About 11,900 schools have shelters that meet the requirements.\n"
        "**How many more will you build?**\n"
        "We plan 500 more by September, most of them in frontline regions.\n"
    )
    assert run(text).meta.to_dict().get("place") == place
