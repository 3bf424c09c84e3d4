"""Where and when a document was given, read from the shape of its dateline (no list of towns)."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.metadata import extract

PIPELINE = build_pipeline(["metadata"])

NAV = "Home\nNews\nWorld\nPolitics\nScience & Tech\nHome > News > Interviews\n"


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        # A place line beside a line that is only the date, above or below it.
        (
            "Press Briefing\nJohn Doe, Spokesperson\nWashington, DC\nJune 12, 2025\n",
            "2025-06-12",
            "Washington",
        ),
        ("DOORSTOP\nParliament House, Canberra\nThursday, 22 May 2025\n", "2025-05-22", "Canberra"),
        (
            "Joint press conference - Parliament House, Canberra\nFriday 14 March 2025\n",
            "2025-03-14",
            "Canberra",
        ),
        ("Answers to questions\nMay 9, 2025, 20:15\nThe Kremlin, Moscow\n", "2025-05-09", "Moscow"),
        ("Переговоры\n14 марта 2025 года, 15:30\nМосква, Кремль\n", "2025-03-14", "Москва"),
        ("Интервью\n14 марта 2025, 09:15\nМосква\n", "2025-03-14", "Москва"),
        ("Посещение завода\n24 апреля 2025 г.\nг. Гомель\n", "2025-04-24", "Гомель"),
        ("Press conference\nin Berlin\nWednesday, 18 June 2025\n", "2025-06-18", "Berlin"),
        (
            "Panel\n27 February 2025, 14:00–15:15 CET\n"
            "Policy Centre, Rue de la Loi 42, Brussels, and online\n",
            "2025-02-27",
            "Brussels",
        ),
        (
            "MEETING\nTuesday, October 7, 2025 – 6:00 p.m.\nCouncil Chambers, City Hall\n"
            "410 Harbor Street, Millbrook, Washington\n",
            "2025-10-07",
            "Millbrook",
        ),
        # On the date's own line.
        (
            NAV + "Press conference in Berlin\nMonday, 3 November 2025 in Berlin\n",
            "2025-11-03",
            "Berlin",
        ),
        ("Interview given to RTL (excerpts) (Paris, 9 September 2025)\n", "2025-09-09", "Paris"),
        (
            "*By Priya Raman · 3 December 2024 · Stockholm · 9 min read*\n",
            "2024-12-03",
            "Stockholm",
        ),
        ("Full interview\nPosted Oct 9, 2024 · Toronto\n", "2024-10-09", "Toronto"),
        # Menu lines do not push the date out of the header.
        (
            NAV + "A title\nA dek that runs on for a while\nSunday 2 March 2025 10:42, UK\n",
            "2025-03-02",
            None,
        ),
        (NAV + "Интервью\n17 мар 2025, 08:00\n", "2025-03-17", None),
        # Agency and press datelines opening a paragraph.
        (
            "Title\n22 мая 2025, 08:00\nМОСКВА, 22 мая. /ТАСС/. Пресс-секретарь сказал.\n",
            "2025-05-22",
            "Москва",
        ),
        (
            "18.12.2025 15:47\nГубернатор подвёл итоги года\n"
            "Новосибирск, 18 декабря 2025 года. Прошла пресс-конференция.\n",
            "2025-12-18",
            "Новосибирск",
        ),
        (
            "A title\nMarch 4, 2025 5:21 PM GMT+1\nNAIROBI, March 4 (Reuters) - Kenya will not.\n",
            "2025-03-04",
            "Nairobi",
        ),
        # A page's field, a UN introduction, a court caption, a closing place and date.
        (
            "Speech\nPublished\n3 March 2025\nLocation:\nDowning Street, London\n",
            "2025-03-03",
            "London",
        ),
        (
            "Press encounter\n14 March 2025\nFollowing is the transcript of the press encounter "
            "at the stakeout, in New York today:\n",
            "2025-03-14",
            "New York",
        ),
        (
            "\n".join(["COURT", "DIVISION", "CASE", "X", ")", "Plaintiff, )", ")", "v. )"])
            + "\n                    )  Chicago, Illinois\nACME CORP.,         )  June 10, 2025\n",
            "2025-06-10",
            "Chicago",
        ),
        (
            "Briefing\nJanuary 16, 2025\n\nGood afternoon.\n\nThank you.\n\nGoodbye.\n\n"
            "New Delhi\nJanuary 16, 2025\n\nShare: Facebook | Twitter\n",
            "2025-01-16",
            "New Delhi",
        ),
        # Negatives: a person, an office, an outlet, a section, a menu button, a trip, a title.
        (
            "Interview\nJane Smith, Principal Deputy Spokesperson\nJune 12, 2025\n",
            "2025-06-12",
            None,
        ),
        ("Interview\nJane Smith, BBC News\nJune 12, 2025\n", "2025-06-12", None),
        ("Interview\nJane Smith\nJune 12, 2025\n", "2025-06-12", None),
        ("Interview\nJune 12, 2025\nShare\n", "2025-06-12", None),
        ("Interview\nJune 12, 2025\nNew Rules For Old Roads\n", "2025-06-12", None),
        ("Interview\nJune 12, 2025 · Politics\n", "2025-06-12", None),
        # The date printed twice (title, then dateline): the place beside its second copy.
        (
            "Брифінг речника МЗС (28 жовтня 2025 р.)\n28 жовтня 2025, 13:05\n"
            "Київ, 28 жовтня 2025 року\n",
            "2025-10-28",
            "Київ",
        ),
        (
            "Press conference (26 June 2025)\nPress release | 26 June 2025 | 23:41\n"
            "Brussels, 26 June 2025\n",
            "2025-06-26",
            "Brussels",
        ),
        (
            "Совещание (16 апреля 2025 года)\nПрезидент России\n"
            "16 апреля 2025 года 14:20 Москва, Кремль\n",
            "2025-04-16",
            "Москва",
        ),
        ("Звернення (15.10.2025)\n15 жовтня 2025 року, 20:15 | Суми\n", "2025-10-15", "Суми"),
        ("Брифінг (16.10.2025)\n16 жовтня 2025 року, м. Київ\n", "2025-10-16", "Київ"),
        ("Interview (21.06.2025)\n21.06.2025, 17.02 Uhr\n", "2025-06-21", None),
        ("Interview (June 5, 2025)\nJune 5, 2025 | Immigration\n", "2025-06-05", None),
        # Page furniture and people are no place: a "Follow" button under the date, an AP
        # photo's "FILE -" marker, a signature whose name the text gives a post.
        ("Interview\nMarch 12, 2024 02:41\nFollow\n", "2024-03-12", None),
        (
            "Q&A\nSeptember 18, 2025\nFILE - Federal Reserve Governor Helen Braxton speaks.\n",
            "2025-09-18",
            None,
        ),
        (
            "Interview\n07.07.2025 09:00\n\nIn an interview with Ukrinform correspondent Olena "
            "Kravets, the minister spoke.\n\nWe will.\n\nOlena Kravets, Kyiv\n",
            "2025-07-07",
            None,
        ),
        # kremlin.ru: the time on a line of its own between the date and the place; a region
        # after the town.
        ("Ответы\n28 ноября 2025 года\n15:05\nАстана\n", "2025-11-28", "Астана"),
        (
            "Совещание\n19 марта 2025 года\n13:00\nНово-Огарёво, Московская область\n",
            "2025-03-19",
            "Ново-Огарёво",
        ),
        # A page's buttons and its own name under the date line are no place.
        ("Звернення\n17 листопада 2025 - 21:32\nВідео\n", "2025-11-17", None),
        (
            "Укрінформ\nГоловна / Суспільство\nЗаголовок\n20.11.2025 12:47\nУкрінформ\n",
            "2025-11-20",
            None,
        ),
        # Interfax's full stop after the town; nato.int's empty field after the date.
        (
            "Интерфакс\n05 ноября 2025 13:42\n\nПесков: …\n\n"
            "Москва. 5 ноября. INTERFAX.RU - Пресс-секретарь президента сказал.\n",
            "2025-11-05",
            "Москва",
        ),
        (
            "Press conference\n05 Jun. 2025 |\nNATO Headquarters, Brussels\n",
            "2025-06-05",
            "Brussels",
        ),
        # A title that says where the event was (after an event's word only).
        ("Dana Holt Campaign Rally in Harrisburg, PA Transcript | Rev\n", None, "Harrisburg"),
        ("Sarah Whitfield Town Hall in Manchester, NH Transcript\n", None, "Manchester"),
        ("Chaos in Washington as talks stall\n", None, None),
        (
            "Trump news\n\n“We have options,” Trump said of North Korea at a news conference in "
            "Warsaw.\n",
            None,
            None,
        ),
        # More date forms: CGTN's "18-Oct-2024", year-first dots, an unambiguous day/month
        # with slashes, Ukrainian short months, a comma before the year.
        ("Interview\nUpdated 21:37, 18-Oct-2024\n", "2024-10-18", None),
        ("Interview\n2025.05.21 08:00\n", "2025-05-21", None),
        ("Interview\nPublished on 14/05/2026 - 08:02\n", "2026-05-14", None),
        ("Interview\nPublished on 03/04/2026 - 08:02\n", None, None),
        ("Інтерв'ю\n12 тис. переглядів  4 квіт. 2025 р.\n", "2025-04-04", None),
        ("Інтерв'ю\n22 квітня, 2025 18:40\n", "2025-04-22", None),
        ("Posted on March 3, 2025 in Uncategorized\n", "2025-03-03", None),
        ("Posted on March 3, 2025 in Immigration\n", "2025-03-03", None),
        ("Blog\nJune 5, 2025 | Immigration\n", "2025-06-05", None),
        (
            "Statement by Jane Smith\nMarch 3, 2025\n\nWe will not.\n\nJane Smith\nMarch 3, 2025\n"
            "Share: Facebook | Twitter\n",
            "2025-03-03",
            None,
        ),
        (
            "Gaggle\nAboard Air Force One\nEn Route Tokyo, Japan\nOctober 27, 2025\n",
            "2025-10-27",
            None,
        ),
        ("Congressional Record (Wednesday, March 19, 2025)\n", "2025-03-19", None),
        ("Title\n14 марта 2025\nСегодня, 14 марта. Президент сказал.\n", "2025-03-14", None),
        # A record's field far from any date, an embedded post's date.
        (
            "Story\nArrest Information:\nName: John Doe\nLocation: Springfield, Ohio\nAge: 30\n",
            None,
            None,
        ),
        ("Story\nOne line.\n— Jane Doe (@janedoe) October 11, 2017\n", None, None),
    ],
)
def test_place_and_date(text: str, date: str | None, place: str | None) -> None:
    found = extract(text)
    assert (found.date, found.place) == (date, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A venue between the date and the town on one line: the town.
        ("Forum transcript\n14 March 2025, Saranrom Palace, Bangkok\n\nQ: Hello?\n", "Bangkok"),
        (
            "Lecture\nDelivered 21 February 2024, Wills Memorial Building, Bristol\n\nText.\n",
            "Bristol",
        ),
        # An occasion before the venue and the town.
        (
            "Remarks\nVolunteer Recognition Day, Government House, Canberra\nFriday 17 May 2024\n"
            "\nText.\n",
            "Canberra",
        ),
        # A site's acronym spelled out on its own line is a masthead, not a dateline.
        (
            "APS - Algérie Presse Service\nHome / National\n\nTitle\n\nALGIERS - The minister "
            "granted an interview to the agency, in which he spoke of the Sahel.\n",
            "Algiers",
        ),
        # A broadcast's date line, a time, a dash, the town; under a show's cast lines.
        (
            "PAN — Public Affairs Network\nMorning Line | Program transcript\nGuest: Dr. Samuel "
            "Oduya, senior fellow, Midland Policy Institute\nHost: Greta Vasquez\nAired: "
            "Thursday, January 16, 2025, 8:12 a.m. ET — Washington\n\nHOST: Dr. Oduya, let's "
            "start. What does a family see?\n\nGUEST: Higher prices.\n\nHOST: Thanks.\n",
            "Washington",
        ),
    ],
)
def test_place_after_venue_occasion_or_masthead(text: str, place: str) -> None:
    assert PIPELINE(read_text(text)).meta.place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A weekday between the place and the date; a town's abbreviation before it.
        ("Interview\nAthens, Tuesday, 18 March 2025\n\nText of the piece here.\n", "Athens"),
        ("Слухання\nм. Хмільник, 7 березня 2024 року\n\nТекст.\n", "Хмільник"),
        # The place between a time and the page's counters.
        ("Заголовок\n17 квітня 2024, 14:20 · Луцьк · 👁 2 361\n\nТекст статті.\n", "Луцьк"),
        # A "|" after the date: a place only when the text names it again.
        ("Title\n14 March 2024 | Muscat\n\nWe met him in Muscat last week.\n", "Muscat"),
        ("Заголовок\n9 серпня 2024 | Черкаси\n\nУ Черкасах відкрили школу.\n", "Черкаси"),
        ("Title\nJune 5, 2025 | Immigration\n\nThe rules on immigration change.\n", None),
        ("Title\n14 March 2024 | Muscat\n\nText without the town.\n", None),
        # A capitals dateline keeps its linking words lower case.
        (
            "Title\n\nPORT OF SPAIN – Energy Minister Deborah Baptiste-Roach says the field is "
            "not lost.\n",
            "Port of Spain",
        ),
    ],
)
def test_place_beside_a_weekday_a_time_or_a_bar(text: str, place: str | None) -> None:
    assert PIPELINE(read_text(text)).meta.place == place
