"""Small cases for the HT round: a web page's byline set below its menus and photo captions
("Story by Sgt. Maria Delgado") names who asks the "Q:" lines."""

import pytest

from rhetoscope.structure.metadata import find_byline
from structure_support import spoken_rows

_GALLERY = (
    "Skip to main content\nNEWSROOM\nSearch\nHome News Photos Video Podcasts\n"
    "Home  >  News  >  Q&A: New commander talks housing\n"
    "Q&A: New commander talks housing\n"
    "[Image 1 of 2]\n"
    "Photo By Sgt. Maria Delgado | Col. Chidi Okafor answers questions at a town hall, Feb. 11,"
    " 2025. (U.S. Army photo by Sgt. Maria Delgado)\n"
    "[Image 2 of 2]\n"
    "Photo By Sgt. Maria Delgado | Command Sgt. Maj. Luis Reyes walks through the barracks."
    " (U.S. Army photo by Sgt. Maria Delgado)\n"
    "View Image Page\n\n"
    "FORT CAMPBELL, KY, UNITED STATES\n02.14.2025\n"
    "{byline}\n\n"
    "FORT CAMPBELL, Ky. – Seven months after taking command, Col. Okafor says the biggest"
    " challenges are the ones families talk about at the kitchen table.\n\n"
    "The interview has been edited for length and clarity.\n\n"
    "Q: What surprised you most?\n\n"
    "Col. Okafor: The size of it. Fort Campbell is a city.\n\n"
    "Q: Where do things stand on housing?\n\n"
    "Okafor: We have 312 work orders open today.\n"
)


@pytest.mark.parametrize(
    ("byline", "asker"),
    [
        ("Story by Sgt. Maria Delgado", "Maria Delgado"),
        ("By Maria Delgado", "Maria Delgado"),
        # two writers name no one who asks
        ("By Maria Delgado and Luis Reyes", None),
    ],
)
def test_byline_below_the_gallery_captions_asks(byline: str, asker: str | None) -> None:
    rows = spoken_rows(_GALLERY.format(byline=byline))
    assert [(r[0], r[1]) for r in rows] == [
        ("question", asker),
        ("answer", "Chidi Okafor" if asker else rows[1][1]),
        ("question", asker),
        ("answer", rows[3][1]),
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [("Story by Sgt. Maria Delgado", "Sgt. Maria Delgado"), ("Story of the week", None)],
)
def test_story_by_byline(line: str, name: str | None) -> None:
    assert find_byline(line + "\n") == name
