"""Small cases for batch PM (round 54): a reporter's opening thanks for the sitting itself
("Mr. Secretary, thank you very much for sitting down with …") asks nothing."""

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
