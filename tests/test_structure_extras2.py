"""Small cases for the second extras fixer (rounds 45–46, predicted turns the gold lacks): on a
rush transcript's page the summary over its `By …` line and a month-first `Published March 7,
2025 8:12pm EST` line, with only the rush notice below the fields, is the site's standfirst and
no introduction turn (a date-first `Published 7 March 2025` was a field line already); without
the notice (an article's, a podcast episode's page) the summary stays the introduction."""

import pytest

from structure_support import turn_rows

_PAGE = (
    "Cable News\n"
    "Transcript\n"
    "'Evening Report' panel on the jobs numbers and the tariff pause\n"
    "The panel weighs in on the latest jobs report and the back-and-forth over tariffs.\n"
    "By Jane Porter Cable News\n"
    "{published}\n"
    "Facebook\n"
    "Twitter\n"
    'This is a rush transcript of "Evening Report" on March 7, 2025. This copy may not be in '
    "its final form and may be updated.\n\n"
    "JANE PORTER, CABLE NEWS ANCHOR: The economy added 151,000 jobs in February. Let's bring in "
    "our panel. Mark, what do you make of it?\n\n"
    "MARK ELLIS, WASHINGTON WEEKLY: I think the number is fine, Jane. The problem is the "
    "uncertainty around the tariffs, and every executive I talk to says the same thing.\n\n"
    "PORTER: Ruth, is that fair?\n\n"
    "RUTH OKAFOR, NATIONAL DESK: It's fair, and I would add that the markets already priced "
    "most of this in weeks ago, so nobody should be surprised.\n"
)


@pytest.mark.parametrize(
    "published",
    [
        "Published March 7, 2025 8:12pm EST",
        "Published Mar. 7, 2025 8:12pm EST",
        "Published 7 March 2025",
        "Updated March 7, 2025 9:40pm EST",
    ],
)
def test_summary_over_month_first_published_line_is_header(published: str) -> None:
    rows = turn_rows(_PAGE.format(published=published))
    assert rows[0][1] == "Jane Porter"
    assert rows[0][2].startswith("The economy added")
    assert not any(r[2].startswith("The panel weighs in") for r in rows)
    assert len(rows) == 4


@pytest.mark.parametrize(
    "published", ["Published March 7, 2025 8:12pm EST", "Updated Jun 3, 2024, 7:00 AM EDT"]
)
def test_summary_stays_intro_without_rush_notice(published: str) -> None:
    # An article page (a podcast episode's, a magazine's) keeps its summary as the intro.
    page = _PAGE.format(published=published).replace(
        'This is a rush transcript of "Evening Report" on March 7, 2025. This copy may not be in '
        "its final form and may be updated.\n",
        "",
    )
    rows = turn_rows(page)
    assert rows[0][:2] == ("other", None)
    assert rows[0][2].startswith("The panel weighs in")
