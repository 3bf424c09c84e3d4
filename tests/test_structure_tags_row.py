"""A row of tags under a bare heading closes the page, however long (state.gov's "TAGS" over
"Bureau of European and Eurasian Affairs  Holy See  Italy  Office of the Spokesperson"): the
last speaker's closing words end above it."""

from __future__ import annotations

import pytest

from rhetoscope.structure.turns import analyse

PAGE = """Secretary Marco Rubio Remarks to the Press
REMARKS
MAY 18, 2025
SECRETARY RUBIO: Well, good afternoon. I'm happy to take a couple questions.
QUESTION: Did you raise the war with the Pope?
SECRETARY RUBIO: We talked about it. Thank you, guys.
MS BRUCE: Thanks, everybody.
{heading}
{row}
Related Articles
May 17, 2025
Secretary Rubio's Travel to Rome
"""


@pytest.mark.parametrize(
    ("heading", "row", "last"),
    [
        (
            "TAGS",
            "Bureau of European and Eurasian Affairs  Holy See  Italy  Office of the Spokesperson",
            "Thanks, everybody.",
        ),
        ("Topics", "Italy  Holy See  Ukraine", "Thanks, everybody."),
        # no heading: a long line stays where it is (a speaker's words are never cut on a guess)
        ("", "We will be back in Rome next month for the talks.", None),
    ],
)
def test_tags_row_is_the_page(heading: str, row: str, last: str | None) -> None:
    text = PAGE.format(heading=heading, row=row)
    final = analyse(text).turns[-1]
    body = text[final.start : final.end]
    if last is None:
        assert row in body
    else:
        assert body == last
