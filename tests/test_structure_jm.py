# ruff: noqa: E501
"""Small cases for the JM round: a Lords Hansard page whose member lines carry the glued
"Excerpts" / "Share" buttons, "Asked by" over the peer who tables the question, and a peer's
territorial title of two or three words; a programme page's month-first "Aired:" field, which
makes the summary above it the page's; NATO's title line closing on the town."""

import pytest

from rhetoscope.structure.speakers import classify_label
from structure_support import run, turn_rows

_LORDS = """UK Parliament
Hansard
Lords Chamber
Volume 849: debated on Tuesday 14 October 2025
Bus Services: Market Towns
Download text
Share
Question
3.08pm
Asked by
Baroness Merrow
To ask His Majesty’s Government what steps they are taking to protect bus services in market towns.

The Parliamentary Under-Secretary of State, Department for Transport (Lord Avery of Castle Combe) (Lab)ExcerptsShare
My Lords, the Government recognise how much market towns rely on their buses, and we have protected the funding for the year ahead.

Baroness Merrow (LD)ExcerptsShare
My Lords, I thank the Minister, but will he publish the list of routes at risk?

Lord Avery of Castle Combe (Lab)Excerpts Share
My Lords, I will look at what can be published and write to the noble Baroness.

Lord Tillbrook (Con)ExcerptsShare
My Lords, is it not the case that the councils have had no say at all in these decisions?

Lord Avery of Castle Combe (Lab)ExcerptsShare
No, my Lords, councils are consulted on every change to a supported route.

Hansard
Contact us
"""


def test_lords_hansard_buttons_and_asked_by() -> None:
    rows = turn_rows(_LORDS)
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("question", "Baroness Merrow"),
        ("answer", "Lord Avery of Castle Combe"),
        ("question", "Baroness Merrow"),
        ("answer", "Lord Avery of Castle Combe"),
        ("question", "Lord Tillbrook"),
        ("answer", "Lord Avery of Castle Combe"),
    ]
    assert rows[0][2].startswith("To ask His Majesty’s")
    assert not any("Excerpts" in body or "Share" in body for _, _, body in rows)


@pytest.mark.parametrize(
    ("label", "given", "surname"),
    [
        ("Lord Avery of Castle Combe (Lab)", ("Lord", "Avery"), "of Castle Combe"),
        ("Baroness Hayter of Kentish Town", ("Baroness", "Hayter"), "of Kentish Town"),
        ("Lord Hunt of Kings Heath (Lab)", ("Lord", "Hunt"), "of Kings Heath"),
        ("Lord Hendry of Marsh (Lab)", ("Lord", "Hendry"), "of Marsh"),  # one word, as before
    ],
)
def test_peer_territorial_title(label: str, given: tuple[str, ...], surname: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert (info.name.given, info.name.surname) == (given, surname)


_FIRING = """PBS
Interview Hour
Full Episodes   Clips   Podcast   About

Dana Kerr
Historian Dana Kerr on why small towns lost their newspapers, and what that did to local politics.
Aired: March 14, 2025 | 0:26:46
TRANSCRIPT

Paul Abbott: This week on Interview Hour, the historian Dana Kerr. Dana Kerr, welcome.

Dana Kerr: Thank you, Paul. It's good to be here.

Paul Abbott: What happened to the local paper?

Dana Kerr: The classified ads went online, and the money went with them.

Paul Abbott: Dana Kerr, thank you.
"""


def test_month_first_aired_field_ends_the_header() -> None:
    rows = turn_rows(_FIRING)
    assert rows[0][1] == "Paul Abbott"
    assert not any(body.startswith("Historian Dana Kerr") for _, _, body in rows)


@pytest.mark.parametrize(
    ("title_line", "place"),
    [
        (
            "by NATO Secretary General Erik Sand ahead of the meetings of NATO Defence "
            "Ministers, Brussels",
            "Brussels",
        ),
        # a guest's name closing the line is no town
        (
            "by NATO Secretary General Erik Sand with the Prime Minister of Latvia, Anna Berzina",
            None,
        ),
    ],
)
def test_nato_title_line_place(title_line: str, place: str | None) -> None:
    text = (
        "NATO\nHome › Newsroom › Press conferences\n\nPress conference\n"
        f"{title_line}\n04 Jun. 2025 -\n|\nLast updated: 04 Jun. 2025 16:42\n\n"
        "NATO Spokesperson Ola Berg: Good afternoon. The floor is yours.\n\n"
        "NATO Secretary General Erik Sand: Good afternoon. Ministers meet here in Brussels "
        "tomorrow, and Prime Minister Anna Berzina joins us.\n\n"
        "NATO Spokesperson Ola Berg: Thank you.\n"
    )
    assert run(text).meta.to_dict().get("place") == place
