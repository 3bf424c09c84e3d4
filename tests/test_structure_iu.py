"""Small cases for the IU round (common sources): a video caption's "X speaks to Y, <post> of
<org>" makes X the interviewer; a player's "(video, 7 min)" is no stage direction; a foreign
masthead after "With <name> of" names the interviewer; thanks "for taking the time to speak
with us …" ask nothing; a mission's "By … | date | Topics: … | Tags: …" strip is trailing; a
TV magazine's crew credits and correspondent bio are trailing and its unlabelled narration is
the byline correspondent's; a House markup's clerk and once-only members from the capitals
roster, and its presider's procedure without any question."""

from __future__ import annotations

import pytest

from structure_support import run, spoken_rows, turn_rows


def _unwrap(text: str) -> str:
    """The page's long paragraph lines, kept short here: " ~" ends a line that runs on."""
    return text.replace(" ~\n", " ")


_CAPTION = """Evening News
Energy boss 'sorry' for price rises
By Helen Carter
Updated on 2 March 2025

Watch: Helen Carter speaks to Mark Doyle, chief executive of Energy Forum (video, 6 min)

Bills rose again this winter. Tonight Mark Doyle told Helen Carter the industry had failed.

Helen Carter: Mark Doyle, do you accept the industry failed customers?

Mark Doyle: We accept we have not met expectations. That has to change, and it will.

Helen Carter: Should bosses give back their bonuses this year?

Mark Doyle: Boards will decide that. But I think the public mood is very clear.
"""

_MASTHEAD = _unwrap(
    """U.S. Department of State
Secretary of State James Palmer With Lukas Brandt of Der Kurier
Interview
Washington, D.C.
May 2, 2025

QUESTION:  Mr. Secretary, thank you very much for taking the time to speak with us ahead of ~
the summit in Vienna.

SECRETARY PALMER:  Thank you.  Glad to do it.

QUESTION:  Will Europe have a seat at the table?

SECRETARY PALMER:  It will, at some point.  But first we test whether the other side is serious.

QUESTION:  Mr. Secretary, thank you.

SECRETARY PALMER:  Thank you.
"""
)

_STRIP = _unwrap(
    """United States Mission to the United Nations
Remarks at a Security Council Stakeout
Ambassador Ruth Gale
March 5, 2025

AMBASSADOR GALE: Good afternoon. The Council has just met on the crisis, and we call on all ~
members to step up with funding. I'm happy to take a couple of questions.

REPORTER: Will you fund the mission alone?

AMBASSADOR GALE: No. Others must do their share. Thank you very much.

###

By U.S. Mission United Nations | 5 March, 2025 | Topics: Security Council | Tags: Remarks

U.S. Mission to the United Nations
Privacy Policy
"""
)

_MAGAZINE = _unwrap(
    """Sixty Minutes
Dry wells: The fight over the Plains aquifer
By Joan Mercer
Updated on: May 18, 2025 / 7:04 PM EDT

The Plains are running out of water. Wells that flowed for generations have gone quiet. The ~
man who must ration what is left is Paul Ortega.

Joan Mercer: How bad is it?

Paul Ortega: It's the worst I've seen in thirty years. We're at the last stage of restrictions.

Joan Mercer: The last stage?

Paul Ortega: The last. After that the springs go dry.

Ortega runs the water district, the agency that decides how much water every farm gets. His ~
rulings are not popular out west, where Ann Lowry grows wheat on land her father bought in ~
1950.

Ann Lowry: I paid for my permits. Now they say I can use about half of them.

Joan Mercer: Do you blame the city?

Ann Lowry: I blame everybody who thinks water comes out of a faucet. That's the truth.

Produced by Dana Kemp and Luis Ortiz. Associate producer, Mei Harper. Edited by Stephen R. Moll.

Joan Mercer
Joan Mercer is one of America's most experienced broadcast journalists. She has been a ~
correspondent since 1991.
"""
)

_MARKUP = """                   ROSE K. HALE, Ohio, Chairwoman

PETER LANG, Texas                    MARIA VOSS, Oregon, Ranking Member
TOM REED, Utah                       NINA COLE, Maine

                        Wednesday, April 9, 2025

    The committee met, pursuant to notice, at 10:02 a.m., in room
2172, Rayburn House Office Building, Hon. Rose K. Hale (chairwoman of
the committee) presiding.
    Chairwoman Hale. The committee will come to order. The purpose of
this markup is to consider H.R. 100. I now recognize myself for an
opening statement.

    Since 2023, at least eleven undersea cables have been damaged,
in several cases by ships dragging their anchors for miles. These are
not accidents. This bill directs the Secretary of State to work with our
allies to map the seabed and to sanction the owners of the ships. I now
recognize the ranking member, Ms. Voss, for her opening statement.
    Ms. Voss. Thank you, Madam Chairwoman. I support this bill, which
protects the cables under the sea, and I hope we keep working on it
before the floor. I yield back.
    Chairwoman Hale. The gentlewoman yields back. The clerk will report
the amendment.
    The Clerk. Amendment in the nature of a substitute to H.R. 100
offered by Ms. Hale of Ohio.
    Chairwoman Hale. Without objection, the amendment is considered as
read. Is there any further debate? The gentlewoman from Maine is
recognized.
    Ms. Cole. Thank you, Madam Chairwoman. I support the bill and the
ranking member's concerns about the sanctions language. I yield back.
    Chairwoman Hale. The question is on the amendment. The ayes have it.
The committee stands adjourned.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            _CAPTION,
            [
                ("question", "Helen Carter"),
                ("answer", "Mark Doyle"),
                ("question", "Helen Carter"),
                ("answer", "Mark Doyle"),
            ],
            id="caption-speaks-to-posted-guest",
        ),
        pytest.param(
            _MASTHEAD,
            [
                ("other", "Lukas Brandt"),
                ("answer", "James Palmer"),
                ("question", "Lukas Brandt"),
                ("answer", "James Palmer"),
                ("other", "Lukas Brandt"),
                ("answer", "James Palmer"),
            ],
            id="foreign-masthead-interviewer",
        ),
        pytest.param(
            _MAGAZINE,
            [
                ("question", "Joan Mercer"),
                ("answer", "Paul Ortega"),
                ("question", "Joan Mercer"),
                ("answer", "Paul Ortega"),
                ("other", "Joan Mercer"),
                ("answer", "Ann Lowry"),
                ("question", "Joan Mercer"),
                ("answer", "Ann Lowry"),
            ],
            id="magazine-correspondent-narration",
        ),
        pytest.param(
            _MARKUP,
            [
                ("statement", "Rose Hale"),
                ("statement", "Maria Voss"),
                ("other", "Rose Hale"),
                ("other", None),
                ("other", "Rose Hale"),
                ("statement", "Nina Cole"),
                ("other", "Rose Hale"),
            ],
            id="markup-clerk-roster-presider",
        ),
    ],
)
def test_turn_roles(text: str, want: list[tuple[str, str | None]]) -> None:
    # spoken rows: the page's own lines drop out, the clerk (an office, so null) stays
    assert [(label, speaker) for label, speaker, _ in spoken_rows(text)] == want


def test_player_length_is_no_direction() -> None:
    doc = run(_CAPTION)
    assert [doc.span_text(d) for d in doc.layer("stage_directions")] == []


@pytest.mark.parametrize(
    ("text", "last_end"),
    [
        pytest.param(_STRIP, "Thank you very much.", id="mission-post-strip"),
        pytest.param(_MAGAZINE, "That's the truth.", id="crew-credits-and-bio"),
    ],
)
def test_trailing_furniture(text: str, last_end: str) -> None:
    assert turn_rows(text)[-1][2].endswith(last_end)
