"""Small cases found by blind batch KF (round 50): a tag box under a president.gov.ua interview
is no interviewer's signature; "Just a quick follow-up" keeps the last asker; a rush
transcript's byline under its publication line and the video player's caption are header; a
teaser cut short mid-phrase is no lead."""

import pytest

from structure_support import turn_rows

# ---- the tag box under the last answer ---------------------------------------------------

TAGGED = (
    "Офіційне інтернет-представництво Президента України\n"
    "Інтерв'ю Президента України Олександра Коваленка японському телеканалу\n"
    "14 квітня 2025 - 10:30\n\n"
    "Журналіст: Пане Президенте, чого Ви чекаєте від цієї зустрічі?\n\n"
    "Президент: Ми чекаємо конкретних рішень щодо енергетики та відбудови міст.\n\n"
    "Журналіст: Дякую.\n\n"
    "Президент: Дякую вам.\n\n"
    "{heading}\n{tags}\nЧитайте також\n"
)


@pytest.mark.parametrize(
    ("heading", "tags"),
    [
        ("Теги:", "Інтерв'ю  Україна – Японія  Енергетика"),
        ("Мітки", "Візити  Україна – Японія"),
    ],
)
def test_tag_values_under_their_heading_sign_nothing(heading: str, tags: str) -> None:
    rows = turn_rows(TAGGED.format(heading=heading, tags=tags))
    assert [r[1] for r in rows if r[0] == "question"] == [None]
    assert rows[1][1] == "Олександр Коваленко"


# ---- a reporter's own follow-up under a bare label ----------------------------------------

BRIEFING = (
    "SECRETARY DOE:  Good afternoon.  We had two productive days of talks on trade and security "
    "here, and I am happy to take a few questions.\n\n"
    "MS SMITH:  Next question, Jane Roe, AP.\n\n"
    "QUESTION:  Thank you.  Did the ministers agree on the tariff schedule?\n\n"
    "SECRETARY DOE:  We made progress, and the work goes on next month.\n\n"
    "QUESTION:  {opening} on the border – will the funding continue next year?\n\n"
    "SECRETARY DOE:  Yes, it will.\n"
)


@pytest.mark.parametrize(
    ("opening", "asker"),
    [
        ("Just a quick follow-up,", "Jane Roe"),
        ("Just a very quick follow-up", "Jane Roe"),
        ("Turning to the budget,", None),  # no follow-up said: any reporter may ask
        # a bare "A follow-up on …" names a topic anyone may follow up on
        ("A quick follow-up", None),
    ],
)
def test_quick_follow_up_keeps_the_last_asker(opening: str, asker: str | None) -> None:
    rows = turn_rows(BRIEFING.format(opening=opening))
    assert [r[1] for r in rows if r[0] == "question"] == ["Jane Roe", asker]


# ---- a rush transcript's header with its video player ---------------------------------------

RUSH = (
    "Fox News\nShows\nSunday Show\n"
    "Governor Jane Doe: 'The river towns need the money now'\n"
    "Doe says the state must redraw its flood maps before the next spring thaw reaches the "
    "river towns\n"
    "{fields}\nFacebook\nTwitter\nPrint\nEmail\n"
    "close\nvideo\nDoe: We cannot wait for another flood\n"
    "Governor Jane Doe joins 'Sunday Show' to discuss flood maps, insurance and rebuilding.\n"
    "This is a rush transcript of 'Sunday Show' on April 6, 2025. This copy may not be in its "
    "final form and may be updated.\n\n"
    "JOHN ROE, ANCHOR: Joining us now, Governor Jane Doe. Governor, welcome to the show.\n\n"
    "JANE DOE: Great to be with you, John.\n\n"
    "ROE: What happens to the river towns next spring?\n\n"
    "DOE: They will flood again unless the maps are redrawn first.\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        "Published April 6, 2025 12:42pm EDT\nBy Fox News",  # the byline under the date
        "By Fox News\nPublished April 6, 2025 12:42pm EDT",  # over it (round 46)
    ],
)
def test_rush_transcript_player_caption_is_header(fields: str) -> None:
    rows = turn_rows(RUSH.format(fields=fields))
    assert rows[0][1] == "John Roe"
    assert rows[0][2].startswith("Joining us now")


def test_player_caption_leaves_a_lead_after_the_notice() -> None:
    text = RUSH.format(fields="Published April 6, 2025 12:42pm EDT\nBy Fox News").replace(
        "may be updated.\n\n",
        "may be updated.\n\nThe governor spoke as the state counted the cost of the floods.\n\n",
    )
    rows = turn_rows(text)
    assert rows[0][:2] == ("other", None)
    assert rows[0][2].endswith("the cost of the floods.")


# ---- a teaser cut short over the first label ---------------------------------------------

TEASER = (
    "NBC News Logo\nMeet the Press\nMeet the Press – April 6, 2025\n"
    "April 6, 2025, 12:58 PM EDT\n{teaser}\nShare & Save —\nLink copied\n"
    "JOHN ROE: And joining me now is Governor Jane Doe. Welcome back.\n\n"
    "GOV. JANE DOE: Thanks for having me, John.\n\n"
    "JOHN ROE: What happens to the river towns next spring?\n\n"
    "GOV. JANE DOE: They will flood again unless the maps are redrawn first.\n"
)


@pytest.mark.parametrize(
    ("teaser", "lead"),
    [
        ("Gov. Jane Doe, D-Iowa, Sen. Tom Poe, R-Ohio, and a roundtable of ...", False),
        ("Gov. Jane Doe, D-Iowa, Sen. Tom Poe, R-Ohio, and a roundtable of …", False),
        ("Governor Jane Doe tells us why the river towns cannot wait for the maps.", True),
    ],
)
def test_teaser_cut_short_is_no_lead(teaser: str, lead: bool) -> None:
    rows = turn_rows(TEASER.format(teaser=teaser))
    assert (rows[0][:2] == ("other", None)) is lead
