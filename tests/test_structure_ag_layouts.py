"""Layouts from batch AG: Hansard members alone on their lines, a glued White House "Q", a
quoted show title naming its host, a rally's shouting voices."""

from __future__ import annotations

import pytest

from rhetoscope.structure.turns import analyse

HANSARD = """Prime Minister
The Prime Minister was asked—

Q1. [904512] Anna Bell (Stroud) (Lab)
If he will list his official engagements for Wednesday 14 May.

Share this contribution

The Prime Minister (Sir Keir Starmer)
This morning I had meetings with ministerial colleagues.

Share this contribution

Anna Bell
Will the Prime Minister confirm the rise in the living wage?

Share this contribution

The Prime Minister
My hon. Friend is right.

Share this contribution

Mr Speaker
Order.

The Prime Minister
I will not take lectures.

Share this contribution

Mr Speaker
Order. I call Owen Tull.

Q2. [904513] Owen Tull (North Norfolk) (LD)
Will the Prime Minister fund rural ambulances?

Share this contribution

The Prime Minister
We are investing in urgent care.

Share this contribution
"""

GAGGLE = """Press Gaggle Aboard Air Force One

MS. WHITFIELD:  Hi, everybody.  Greg, over to you.

MR. HOLLAND:  Thanks, Dana.  Happy to take a few.

Q    Greg, is the President planning a call?

MR. HOLLAND:  I don't have a call to preview. Q    And the drone -- where was it launched from?

MR. HOLLAND:  We're still working with our allies.

Q    Thank you.
"""

RALLY = """Marcus Webb Rally in Harrisburg

Senate candidate Marcus Webb holds a campaign rally in Harrisburg.

Marcus Webb (01:12):
Thank you, Harrisburg! Look at this crowd. I'm running for the Senate for working families.

Speaker 3 (04:47):
What about the pension?

Marcus Webb (04:49):
Sir, I hear you. The first bill I introduce protects your pension.

Speaker 5 (09:02):
We love you, Marcus!

Marcus Webb (09:04):
I love you too. Get out and vote.
"""


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    s = analyse(text)
    return [
        (t.label, t.attrs["speaker"], text[t.start : t.end].split("\n")[0][:20]) for t in s.turns
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HANSARD,
            [
                ("question", "Anna Bell", "If he will list his "),
                ("answer", "Keir Starmer", "This morning I had m"),
                ("question", "Anna Bell", "Will the Prime Minis"),
                ("answer", "Keir Starmer", "My hon. Friend is ri"),
                ("other", "Mr Speaker", "Order."),
                ("answer", "Keir Starmer", "I will not take lect"),
                ("other", "Mr Speaker", "Order. I call Owen T"),
                ("question", "Owen Tull", "Will the Prime Minis"),
                ("answer", "Keir Starmer", "We are investing in "),
            ],
        ),
        (
            GAGGLE,
            [
                ("statement", "Ms. Whitfield", "Hi, everybody.  Greg"),
                ("statement", "Mr. Holland", "Thanks, Dana.  Happy"),
                ("question", None, "Greg, is the Preside"),
                ("answer", "Mr. Holland", "I don't have a call "),
                ("question", None, "And the drone -- whe"),
                ("answer", "Mr. Holland", "We're still working "),
                ("other", None, "Thank you."),  # a reporter's thanks asks nothing
            ],
        ),
        (
            RALLY,
            [
                ("statement", "Marcus Webb", "Thank you, Harrisbur"),
                ("other", None, "What about the pensi"),  # "Speaker 3": nobody named
                ("statement", "Marcus Webb", "Sir, I hear you. The"),
                ("other", None, "We love you, Marcus!"),
                ("statement", "Marcus Webb", "I love you too. Get "),
            ],
        ),
    ],
)
def test_layouts(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    got = [
        t
        for t in _turns(text)
        if t[1] is not None
        or t[0] != "other"
        or t[2].startswith(("Order", "What", "We love", "Thank you."))
    ]
    assert got[-len(expected) :] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Two headings over a heading are no dialogue of members.
        "Commons Chamber\nEngagements\n\nPrime Minister\nThe Prime Minister was asked—\n",
        # A full name once over a paragraph, no brackets anywhere: an article's subheading.
        "Budget row\n\nJane Smith\nThe minister spoke today.\n\nLater\nShe left.\n",
    ],
)
def test_no_member_dialogue(text: str) -> None:
    assert not analyse(text).labels
