"""Small cases for batch LD (English print and think-tank Q&A): capital questions under a
situated caption whose surname keeps its inner capital; initials labels that spell a person the
header names, not a one-word masthead; a newsletter's writer alone under its clock stamp asking
under "Q:"; a newsletter's note, a contact line and a sign-up box under the last answer; a think
tank's "Following is the full transcript …" note; a wire dateline that settles a slash date."""

import pytest

from rhetoscope.structure.metadata import day_first_slash_date, trailing_start
from structure_support import run, turn_rows

_CAPS = (
    "Harbour News\n"
    "'The tide always wins'\n"
    "By Callum Reid\n"
    "Sat, 15 Mar 2025\n"
    "\n"
    "{name} at the harbour office in Port Ellis. Photo: Ann Fraser\n"
    "\n"
    "After 11 years as harbourmaster, {name} retires at the end of the month.\n"
    "\n"
    "HOW DID YOU START?\n"
    "\n"
    "Sideways, like most people in this job. I went to sea at 19.\n"
    "\n"
    "WHAT HAS CHANGED MOST?\n"
    "\n"
    "The size of the ships, without a doubt.\n"
    "\n"
    "WHAT WILL YOU MISS?\n"
    "\n"
    "The early mornings on the wharf.\n"
)


@pytest.mark.parametrize("name", ["Fiona McLeod", "Alan MacRae", "Nora O'Neill"])
def test_caps_questions_under_situated_caption_with_inner_capital(name: str) -> None:
    rows = turn_rows(_CAPS.format(name=name))
    assert [r[0] for r in rows] == ["question", "answer"] * 3
    assert {r[1] for r in rows if r[0] == "answer"} == {name}
    assert {r[1] for r in rows if r[0] == "question"} == {"Callum Reid"}


_INITIALS = (
    "Collegians\n"
    "News   Features   Class Notes\n"
    "\n"
    "Q&A\n"
    "Building for Floods\n"
    "\n"
    "By Jennifer Wendt Hsieh\n"
    "March 12, 2025\n"
    "\n"
    "Chidinma Abara founded a structural firm in Lagos in 2013. We spoke with her in "
    "February.\n"
    "\n"
    "JWH: Why go back to Lagos?\n"
    "\n"
    "CA: Because the work there was more interesting.\n"
    "\n"
    "JWH: What does resilient mean for a building there?\n"
    "\n"
    "CA: Mostly water. We raise ground floors.\n"
)


def test_initials_spelling_a_header_person_are_no_masthead() -> None:
    rows = [r for r in turn_rows(_INITIALS) if r[1]]
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Jennifer Wendt Hsieh"),
        ("answer", "Chidinma Abara"),
    ] * 2


_NEWSLETTER = (
    "Dispatch\n"
    "Net Zero\n"
    "\n"
    "Feb 20, 2025, 7:02am EST\n"
    "Priya Venkataraman\n"
    "\n"
    "The Interview\n"
    "Adaeze Okoro on why mini-grids need local-currency loans\n"
    "\n"
    "Adaeze Okoro runs a Lagos-based mini-grid developer.\n"
    "\n"
    "This interview has been condensed and edited for clarity.\n"
    "\n"
    "Q: What is the biggest risk right now?\n"
    "\n"
    "A: Currency. Our customers pay in naira.\n"
    "\n"
    "Q: Can't you just raise tariffs?\n"
    "\n"
    "A: Not by enough. Our customers are small shops.\n"
    "\n"
    "Dispatch Net Zero is published twice a week. Subscribe to get it in your inbox.\n"
    "\n"
    "Share   X   LinkedIn   Email\n"
)


def test_writer_under_clock_stamp_asks_and_newsletter_note_is_the_pages() -> None:
    rows = [r for r in turn_rows(_NEWSLETTER) if r[1]]
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Priya Venkataraman"),
        ("answer", "Adaeze Okoro"),
    ] * 2
    assert rows[-1][2].endswith("small shops.")


@pytest.mark.parametrize(
    "tail",
    [
        "Reach Daniel Whitcomb: daniel.whitcomb@example.com\n\n"
        "Sign up for the Bay Briefing newsletter\n"
        "Get the latest news from the Bay Area delivered every morning.\n",
        "Dispatch Net Zero is published twice a week. Subscribe to get it in your inbox.\n",
    ],
)
def test_contact_and_newsletter_box_under_last_answer(tail: str) -> None:
    text = "Q: Is that fair?\n\nA: It was fair. I don't think it is anymore.\n\n" + tail
    assert text[: trailing_start(text)].rstrip().endswith("anymore.")


def test_following_is_the_transcript_note_is_no_turn() -> None:
    text = (
        "Policy Institute\n"
        "Transcript\n"
        "Rebuilding the Shipyards\n"
        "January 29, 2025\n"
        "\n"
        "Following is the full transcript of the January 29th, 2025, event titled "
        "Rebuilding the Shipyards.\n"
        "\n"
        "Nathan Voss: Welcome. Mike, how bad is the backlog right now?\n"
        "\n"
        "Michael Tanaka: It's bad. We deliver about 1.2 boats a year.\n"
        "\n"
        "Nathan Voss: Is workforce still the binding constraint?\n"
        "\n"
        "Michael Tanaka: It's one of them.\n"
    )
    rows = turn_rows(text)
    assert [r[0] for r in rows] == ["question", "answer"] * 2


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("KUALA LUMPUR, March 4 (Agency) -- Malaysia must spend more.", "2025-03-04"),
        ("KUALA LUMPUR, April 3 (Agency) -- Malaysia must spend more.", None),
        ("Malaysia must spend more on its grid, the minister said.", None),
    ],
)
def test_wire_dateline_settles_slash_date(lead: str, want: str | None) -> None:
    text = f"AGENCY\n\nGrid upgrades key\n04/03/2025 11:20 AM\n\n{lead}\n"
    found = day_first_slash_date("04/03/2025 11:20 AM", text)
    assert (found[0] if found else None) == want
    if want:
        assert run(text).meta.date == want


@pytest.mark.parametrize(
    ("stamp", "line"),
    [
        ("March 14, 2025, 18:05", "Priya Venkataraman"),  # a 24-hour stamp: a town's line
        ("Feb 20, 2025, 7:02am EST", "San Diego"),  # a city under the stamp
    ],
)
def test_no_writer_read_from_a_town_or_24_hour_stamp(stamp: str, line: str) -> None:
    text = _NEWSLETTER.replace("Feb 20, 2025, 7:02am EST", stamp).replace(
        "Priya Venkataraman", line
    )
    rows = turn_rows(text)
    assert {r[1] for r in rows if r[0] == "question"} == {None}
