"""Bylines and lead people of English Q&A pages (round 36, batch GO): short snippets."""

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.metadata import find_byline


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("By Laura Kettering Staff writer\nPublished March 14, 2024\n", "Laura Kettering"),
        ("Written by Aziz Tursunov\nTranslated by Nadia Kim\n", "Aziz Tursunov"),
        ("by Daniel Okafor - 06/18/24 5:45 PM ET\n", "Daniel Okafor"),
        (
            "Published: Friday 9 February 2024\n\nContributor\nHannah Price\nMedia Officer\n",
            "Hannah Price",
        ),
    ],
)
def test_byline_forms(header: str, expected: str) -> None:
    assert find_byline(header) == expected


@pytest.mark.parametrize(
    "header",
    [
        "By Staff Reporter\nPublished: 9th January 2025 7:40 am\n",
        "By Our Correspondent\nMarch 3, 2025\n",
        "By News Desk\n12 May 2025\n",
    ],
)
def test_a_desk_byline_names_nobody(header: str) -> None:
    assert find_byline(header) is None


def test_we_talk_to_names_the_one_who_answers_and_a_rubric_is_no_one() -> None:
    header = (
        "Member Spotlight: Ten Years of Local Broadband in Chanute, Kansas\n\n"
        "In this month's Member Spotlight, we talk to Carla Whitfield, director of utilities.\n"
    )
    people = [(k, n.display()) for k, n in _header_people(header)]
    assert people == [("interview with", "Carla Whitfield")]
