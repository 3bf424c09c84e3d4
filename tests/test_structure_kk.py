"""Small cases for batch KK (English print and think-tank Q&A): a capitals byline run on into its
date and a paper's post after the name; the masthead's own "The Tribune spoke with him"; an
Irish surname in the lead; a wire rubric's "INTERVIEW: BOJ's Nakagawa"; "Name in City" over a
"Published" stamp; a related-coverage box whose headlines close on a stop; an institution's
name and street address under the transcript; a stamp ending on its clock time dates the
page."""

import pytest

from rhetoscope.structure.metadata import BYLINE, trailing_start
from structure_support import run, turn_rows


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("BY ELENA MARQUEZ-FIELD  FEB. 19, 2025  5:00 AM CENTRAL", "ELENA MARQUEZ-FIELD"),
        ("By Priya Venkataraman Globe Correspondent, Updated March 14, 2025", "Priya Venkataraman"),
        ("By Laura Kettering Staff writer", "Laura Kettering"),
    ],
)
def test_byline_name_stops_before_date_and_post(line: str, name: str) -> None:
    m = BYLINE.search(line)
    assert m is not None and m.group("name").strip() == name


_BOLD = (
    "The Valley Tribune\n"
    "Q&A: The new water chief on drought and old pipes\n"
    "BY ELENA MARQUEZ-FIELD  FEB. 19, 2025  5:00 AM CENTRAL\n"
    "LAREDO — When Ramiro Garza became director of the city's utilities department in "
    "November, the city was under a boil-water notice for the second time in a year.\n"
    "Garza, 47, spent 15 years in San Antonio. {lead} about the drought and the pipes.\n"
    "This interview has been edited for length and clarity.\n"
    "**How bad is the water loss, really?**\n"
    "Last year we produced about 14 billion gallons and billed under 10 billion.\n"
    "**Where is it going?**\n"
    "Downtown and the older neighborhoods, where the mains went in before the war.\n"
    "**Who pays for that?**\n"
    "Ratepayers, mostly, and I'm not going to pretend otherwise.\n"
)


def test_masthead_spoke_with_him_lets_byline_ask() -> None:
    rows = turn_rows(_BOLD.format(lead="The Tribune spoke with him"))
    assert {r[1] for r in rows if r[0] == "question"} == {"Elena Marquez-Field"}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Ramiro Garza"}


def test_other_paper_spoke_with_him_names_no_asker() -> None:
    rows = turn_rows(_BOLD.format(lead="The Courier spoke with him"))
    assert {r[1] for r in rows if r[0] == "question"} == {None}


_ITALIC = (
    "The Boston Globe\n"
    "She counts the right whales from 1,000 feet up.\n"
    "By Priya Venkataraman Globe Correspondent, Updated March 14, 2025, 6:00 a.m.\n"
    "For the past 11 winters, Orla O'Connell has spent her days in the back of a survey plane "
    "over Cape Cod Bay, photographing right whales.\n"
    "We talked with O'Connell by phone between flights.\n"
    "*What does a survey day actually look like?*\n"
    "We take off from Chatham if the weather lets us, and fly track lines at 1,000 feet.\n"
    "*How many have you seen this season?*\n"
    "In the bay, 142 individuals so far, which is a lot.\n"
    "*What is killing them?*\n"
    "Almost everything we can document is human.\n"
)


def test_irish_surname_in_lead_answers_and_clock_stamp_dates() -> None:
    doc = run(_ITALIC)
    rows = turn_rows(_ITALIC)
    assert {r[1] for r in rows if r[0] == "question"} == {"Priya Venkataraman"}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Orla O'Connell"}
    assert doc.meta.date == "2025-03-14"


def test_wire_rubric_possessive_is_the_interviewees_institution() -> None:
    text = (
        "KYODO NEWS\n"
        "INTERVIEW: BOJ's Nakagawa sees room for further rate hike\n"
        "TOKYO, March 4 (Kyodo) -- The following is an edited transcript of an interview Kyodo "
        "News conducted Monday with Bank of Japan policy board member Haruka Nakagawa.\n"
        "Q: Are you considering another hike?\n"
        "A: If the economy and prices develop in line with our outlook, yes.\n"
        "Q: Is May too fast?\n"
        "A: I will not comment on the timing of a specific meeting.\n"
    )
    rows = turn_rows(text)
    assert {r[1] for r in rows if r[0] == "answer"} == {"Haruka Nakagawa"}


def test_correspondent_in_city_over_published_stamp_is_byline() -> None:
    text = (
        "Financial Times\n"
        "European banks\n"
        "Marta Kessler: ‘We are not going to buy growth at any price’\n"
        "The chief executive of Rheinland Kredit on consolidation and cheap money\n"
        "Olaf Brandt in Frankfurt\n"
        "Published March 3 2025\n"
        "Marta Kessler has run Rheinland Kredit since 2021. She spoke to the Financial Times "
        "about takeovers and regulation.\n"
        "FT: Are you buying or being bought?\n"
        "Kessler: Neither, today. We look at everything, that is our job.\n"
        "FT: Rates are coming down. How much of your profit goes with them?\n"
        "Kessler: Some, obviously. Net interest income peaked last year.\n"
    )
    rows = turn_rows(text)
    assert {r[1] for r in rows if r[0] == "question"} == {"Olaf Brandt"}


@pytest.mark.parametrize(
    ("tail", "cut_at"),
    [
        (
            "Read related Tribune coverage\n"
            "Texas voters approved $1 billion for water. Here's where it's going.\n"
            "Falcon Reservoir hits record low as Mexico falls behind on deliveries\n",
            "Read related",
        ),
        (
            "American Enterprise Institute\n1789 Massachusetts Avenue, NW, Washington, DC 20036\n",
            "American Enterprise",
        ),
    ],
)
def test_page_footer_is_trailing(tail: str, cut_at: str) -> None:
    text = "MR. RENNER: Thank you both. Let's go to the audience.\n\n" + tail
    assert trailing_start(text) <= text.index(cut_at)
