"""Small cases for batch LF (whitehouse.gov, state.gov, ABC among the common sources): an
industrial site's line under the date ("… Works – … Plant") is a venue, the town on the next
line; ABC News's "Up Next in Politics—" rail over its headline and the recommendation widget
trails; a Sunday anchor labelled "QUESTION:" on a ministry's page brings the guest in and thanks
them after an acknowledgement, asking nothing."""

import pytest

from structure_support import run, turn_rows

_GAGGLE = (
    "Briefings & Statements\n"
    "Press Gaggle by Press Secretary Dana Whitcomb\n"
    "The White House\n"
    "May 8, 2025\n"
    "{site}\n"
    "{town}\n"
    "\n"
    "10:12 A.M. EDT\n"
    "\n"
    "MS. WHITCOMB:  Good morning. The President tours the line shortly. I'll take a few.\n"
    "\n"
    "Q    Is the agreement binding?\n"
    "\n"
    "MS. WHITCOMB:  The commitment is the commitment.\n"
)


@pytest.mark.parametrize(
    ("site", "town", "place"),
    [
        ("Allied Steel Harbor Works – Cole Plant", "Granite Falls, Ohio", "Granite Falls"),
        ("Northgate Paper Mill", "Millbrook, Maine", "Millbrook"),
    ],
)
def test_site_line_under_date_is_venue(site: str, town: str, place: str) -> None:
    assert run(_GAGGLE.format(site=site, town=town)).meta.place == place


_THIS_WEEK = (
    'ANNOUNCER: "THIS WEEK" starts right now.\n'
    "\n"
    "RADDLEY: Good morning. Joining us now is Senator Ana Corvell.\n"
    "\n"
    "RADDLEY: Senator, will you vote for the package?\n"
    "\n"
    "SEN. ANA CORVELL (D-NM): Not as written, Martha.\n"
    "\n"
    "RADDLEY: Up next, our roundtable. We'll be right back.\n"
    "\n"
    "(COMMERCIAL BREAK)\n"
    "\n"
    "Up Next in {section}—\n"
    "Agency moves to cut more than 2,400 Interior Department jobs\n"
    "Sponsored Content by Taboola\n"
    "Top Stories\n"
    "ABC News Live\n"
    "24/7 coverage of breaking news and live events\n"
)


@pytest.mark.parametrize("section", ["Politics", "US News"])
def test_up_next_rail_with_widget_trails(section: str) -> None:
    rows = turn_rows(_THIS_WEEK.format(section=section))
    assert rows[-1][2].startswith("Up next, our roundtable.")
    assert "Taboola" not in rows[-1][2]
    assert "Interior Department" not in rows[-1][2]


_INTERVIEW = (
    "Secretary of State Jane Holbrook With Tom Avery of CBS Face the Nation\n"
    "INTERVIEW\n"
    "JANE HOLBROOK, SECRETARY OF STATE\n"
    "WASHINGTON, D.C.\n"
    "MAY 4, 2025\n"
    "\n"
    "QUESTION:  {opening}\n"
    "SECRETARY HOLBROOK:  Good morning. Thanks for having me.\n"
    "QUESTION:  Are talks still possible while the strikes continue?\n"
    "SECRETARY HOLBROOK:  There are always channels.\n"
    "QUESTION:  {closing}\n"
    "SECRETARY HOLBROOK:  Thank you.\n"
)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        (
            "And we go now to Secretary of State Jane Holbrook, who joins us from the State "
            "Department. Good morning to you, Madam Secretary.",
            "All right. Madam Secretary, thank you for your time this morning.",
        ),
        (
            "Secretary Holbrook joins us now from Brussels. Good morning.",
            "Okay. Secretary, thank you for your time today.",
        ),
    ],
)
def test_anchor_hand_off_and_thanks_under_question_label(opening: str, closing: str) -> None:
    rows = turn_rows(_INTERVIEW.format(opening=opening, closing=closing))
    assert [r[0] for r in rows] == ["other", "answer", "question", "answer", "other", "answer"]
