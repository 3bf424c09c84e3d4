"""Small cases for batch PM (round 54): a reporter's opening thanks for the sitting itself
("Mr. Secretary, thank you very much for sitting down with …") asks nothing; a US network page's
dek over its month-first date line with the time and the byline under it, then share buttons and
the editor's line ("The following is a transcript …"), is the page's, no introduction."""

import pytest

from structure_support import turn_rows

_INTERVIEW = (
    "U.S. Department of State\n"
    "Secretary Rubio With Emi Takahashi of NHK News\n"
    "Interview\n"
    "Marco Rubio, Secretary of State\n"
    "Tokyo, Japan\n"
    "July 11, 2025\n\n"
    "QUESTION:  {opening}\n\n"
    "SECRETARY RUBIO:  Thank you. It's great to be back. I was here as a senator, but it feels "
    "different now.\n\n"
    "QUESTION:  Will the United States defend the islands if they are attacked?\n\n"
    "SECRETARY RUBIO:  Article 5 of our treaty applies. Every administration has said it.\n"
)


@pytest.mark.parametrize(
    ("opening", "label"),
    [
        (
            "Mr. Secretary, thank you very much for sitting down with NHK on your first visit "
            "to Tokyo as Secretary of State.",
            "other",
        ),
        ("Mr. Secretary, thanks for speaking with us today.", "other"),
        ("Mr. Secretary, thank you for sitting down with us. Is Japan an ally?", "question"),
    ],
)
def test_thanks_for_the_sitting_asks_nothing(opening: str, label: str) -> None:
    rows = turn_rows(_INTERVIEW.format(opening=opening))
    assert rows[0][:2] == (label, "Emi Takahashi")


_NETWORK_PAGE = (
    "NBC News  TODAY  Politics  Video\n"
    "'We are not going to leave anybody behind': governor on flood recovery\n"
    "The governor spoke with TODAY's Savannah Guthrie and Craig Melvin on Tuesday.\n"
    "{date}\n"
    "By TODAY staff\n"
    "Share\n"
    "Save\n\n"
    "The following is a transcript of the interview, which aired on TODAY. It has been lightly "
    "edited for clarity.\n\n"
    "CRAIG MELVIN:  Joining us now from Raleigh is Gov. Josh Stein. Governor, good morning.\n\n"
    "GOV. JOSH STEIN:  Good morning, Craig. Thanks for having me.\n\n"
    "SAVANNAH GUTHRIE:  Why is it taking so long?\n\n"
    "STEIN:  This was the worst natural disaster in our state's history.\n"
)


@pytest.mark.parametrize("date", ["Sept. 30, 2025, 7:42 AM EDT", "March 4, 2025, 10:05 PM EST"])
def test_dek_over_date_and_byline_is_no_introduction(date: str) -> None:
    rows = turn_rows(_NETWORK_PAGE.format(date=date))
    assert rows[0][:2] == ("other", "Craig Melvin")
