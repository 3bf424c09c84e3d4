"""Hearings, panels and podcast pages: short snippets, one mechanism each."""

from __future__ import annotations

import pytest

from rhetoscope.structure.cover import _event_moderators
from rhetoscope.structure.metadata import extract, trailing_start
from rhetoscope.structure.turns import analyse

_OPENING = " ".join(["Our supply chains are exposed, and patients pay the price."] * 14)

# The cover names the presiding member; the labels are plain "Mr. Holloway." forms.
HEARING = f"""\
    The subcommittee met, pursuant to call, at 10:02 a.m., Hon. Dale Holloway (chairman of
the subcommittee) presiding.
    Members present: Representatives Holloway, Abernathy, and Osei.

    Mr. Holloway. The subcommittee will come to order. {_OPENING} I yield back. The Chair
recognizes the gentlewoman from New Mexico, Ms. Abernathy.
    Ms. Abernathy. Thank you, Mr. Chairman. Shortages are a bipartisan problem. I yield back.
    Mr. Holloway. The gentlewoman yields back. Dr. Kovac, you are recognized for 5 minutes.

  STATEMENTS OF MIRIAM KOVAC, PH.D., DIRECTOR, CENTER FOR DRUG SUPPLY
                    RESILIENCE; AND KENJI TANAKA, MERIDIAN GENERICS, INC.

                    STATEMENT OF MIRIAM KOVAC, PH.D.

    Dr. Kovac. Thank you, Chairman Holloway. We are managing a risk with incomplete data.
    Mr. Holloway. Thank you, Dr. Kovac. How quickly would reporting change anything?
    Dr. Kovac. Not overnight, Mr. Chairman.
    Mr. Holloway. The gentleman from Georgia, Mr. Osei, is recognized.
    Mr. Osei. Thank you. Dr. Kovac, would an add-on payment help?
    Dr. Kovac. It would help quickly.
"""

PANEL = """\
Europe's Defence Industrial Base

Speakers
Ambassador Tomas Lindqvist (TL), former Permanent Representative of Sweden to NATO
Dr Priya Raman (PR), Senior Fellow, Defence Economics Programme

Moderator
Helen Achebe (HA), Director, Security Programme

Panellists in Brussels, 27 February 2025. © Meridian Policy Centre / L. Verhoeven

The transcript below has been edited for length and clarity. This event was held on the record.

Helen Achebe: Good afternoon. Ambassador, is Europe's industry stronger?

Ambassador Tomas Lindqvist: Thank you, Helen. Both things are true.

Achebe: Priya, what does the data say?

Dr Priya Raman: The headline numbers are impressive.

Achebe: Let's open it up to the room. The lady in the second row.

Question (Marta Jelinkova, Charles University): Will any government let its champion merge?

PR: Honestly, not many.

TL: I would be slightly more optimistic.

HA: I'm afraid that's all we have time for.
"""


def _turns(text: str) -> list[tuple[str, str | None]]:
    return [(t.label, t.attrs["speaker"]) for t in analyse(text).turns]


def test_hearing_chaired_by_the_member_the_cover_names() -> None:
    assert _turns(HEARING) == [
        ("statement", "Dale Holloway"),  # the chair's own opening statement, paragraphs long
        ("statement", "Ms. Abernathy"),  # a member's opening statement
        ("other", "Dale Holloway"),  # hands the floor over: nobody has asked yet
        ("statement", "Miriam Kovac"),  # the witness's statement answers no question
        ("question", "Dale Holloway"),
        ("answer", "Miriam Kovac"),
        ("other", "Dale Holloway"),
        ("question", "Mr. Osei"),
        ("answer", "Miriam Kovac"),
    ]
    turns = analyse(HEARING).turns
    # Both capitals headings (the second ends with "PH.D.") end the chair's turn above them.
    assert HEARING[: turns[2].end].endswith("recognized for 5 minutes.")


def test_panel_moderator_initials_and_caption() -> None:
    assert _turns(PANEL) == [
        ("question", "Helen Achebe"),  # the speaker list's moderator asks
        ("answer", "Tomas Lindqvist"),
        ("question", "Helen Achebe"),
        ("answer", "Priya Raman"),
        ("other", "Helen Achebe"),  # hands over to the room, asks nothing
        ("question", "Marta Jelinkova"),
        ("answer", "Priya Raman"),
        ("answer", "Tomas Lindqvist"),  # "TL:" speaks once: the initials of a named speaker
        ("other", "Helen Achebe"),
    ]


@pytest.mark.parametrize(
    ("lines", "moderator"),
    [
        ("Moderator: Helen Achebe, Director, Security Programme", "Helen Achebe"),
        ("Moderated by Helen Achebe", "Helen Achebe"),
        ("Moderator\nHelen Achebe (HA)", "Helen Achebe"),
        ("Host\nThe Ledger Line", None),  # a show, not a person
        ("Moderator: Helen Achebe\nChair: Tomas Lindqvist", None),  # two: no one in particular
    ],
)
def test_event_moderator_line(lines: str, moderator: str | None) -> None:
    found = _event_moderators(f"Panel discussion\n\n{lines}\n\n")
    assert [n.display() for n in found] == ([moderator] if moderator else [])


def test_related_episodes_under_a_podcast_transcript() -> None:
    text = (
        "Nadia Brennan  00:40:12\nFelix Aberle, thank you so much for joining us.\n\n"
        "Felix Aberle  00:40:15\nThanks for having me, Nadia.\n\n"
        "The Ledger Line is produced by Tomasz Wierzbicki and edited by Jo Kaplan.\n\n"
        "Related episodes\nEpisode 181: Who pays for the energy transition?\n"
        "Episode 176: Inside the interconnection queue\n"
    )
    assert text[: trailing_start(text)].endswith("Thanks for having me, Nadia.")


def test_govinfo_page_tags_and_hearing_cover() -> None:
    cover = "\n\n".join(
        [
            "[House Hearing, 119 Congress]\n[From the U.S. Government Publishing Office]",
            "SECURING THE SUPPLY CHAIN",
            "HEARING",
            "BEFORE THE",
            "SUBCOMMITTEE ON HEALTH",
            "OF THE",
            "COMMITTEE ON ENERGY AND COMMERCE",
            "FIRST SESSION",
            "MARCH 5, 2025",
            "House of Representatives,\nSubcommittee on Health,\nWashington, DC.",
        ]
    )
    text = cover + "\n\n    Mr. Holloway. Good morning.\n    Dr. Kovac. Thank you.\n"
    text += "    Mr. Holloway. Thank you.\n    Dr. Kovac. Thank you again.\n"
    doc = analyse(text)
    assert all(not text[a:b].startswith("[House") for a, b in doc.directions)
    found = extract(text, doc.labels[0].start)
    assert (found.date, found.place) == ("2025-03-05", "Washington")
