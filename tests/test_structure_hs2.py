"""Small cases for the HS round's second fixer: the closing furniture under the last answer
that the trailing block did not take: a charity's registration line (alone, or as a sentence
naming the body), a think tank's note on itself under its event's transcript, a reporter's
tagline that says how to reach her, an outlet's "More articles from …" headline list and a bare
"Comments" as the page's last line."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import turn_rows

_LAST = (
    "Q: What would you say to people who feel powerless about all of this?\n\n"
    "A: That the ice responds to what we do, with a delay. It is not too late to make it smaller."
)


@pytest.mark.parametrize(
    "tail",
    [
        # a university's charity line under the related links and the share bar
        "This interview has been edited and condensed.\n\n"
        "Share this article\n"
        "Facebook   X   LinkedIn   Email\n\n"
        "Related articles\n"
        "Reading the rocks: the geologists at 300\n"
        "Alumni in the field: notes from Svalbard\n\n"
        "The University of Leith is a charitable body, registered in Scotland, with registration "
        "number SC012345.\n"
        "Privacy & cookies   Accessibility   Contact\n",
        # a think tank's note on itself and its charity number below the applause
        "[Applause]\n\n"
        "Northgate House, the Institute of Maritime Affairs, is an independent policy institute "
        "based in London. Our mission is to help governments build a secure world.\n"
        "Registered charity no: 208999\n\n"
        "Related content\n"
        "Event  The future of the Council\n\n"
        "Follow us\n"
        "X   LinkedIn   YouTube\n",
        # a reporter's tagline, the outlet's headline list and a bare comments heading
        "Jo Marren covers state government for the Harbor Daily News. She can be reached at "
        "jmarren@harbordaily.com.\n\n"
        "More articles from the HDN\n"
        "Lobstermen say new tracking rule is costing them thousands\n"
        "Warming slowed in 2024, scientists say\n\n"
        "Comments\n",
    ],
)
def test_closing_furniture_is_trailing(tail: str) -> None:
    text = _LAST + "\n\n" + tail
    cut = trailing_start(text)
    kept = text[:cut]
    assert kept.rstrip().endswith("make it smaller.") or kept.rstrip().endswith("[Applause]")
    assert "charit" not in kept and "covers" not in kept and "Comments" not in kept


@pytest.mark.parametrize(
    "line",
    [
        # spoken: no registration number, no "based in"
        "A: We are a registered charity, and we rely on donors every year for this work.",
        "A: The institute is an independent body, and it has never taken money from them.",
    ],
)
def test_spoken_lines_stay(line: str) -> None:
    text = _LAST + "\n\n" + line + "\n"
    assert trailing_start(text) == len(text.rstrip())


_EVENT = (
    "MS. WHITLOW: Good afternoon, everyone, and welcome. Lauren, let me start\n"
    "with you. Is the problem rules, money or simply demand?\n\n"
    "MS. CASTELLO: It's all three, but I would put rules first, because a\n"
    "city that bans small lots bans small homes.\n\n"
    "MS. WHITLOW: Mayor Kreuz, what did your city actually change?\n\n"
    "MAYOR KREUZ: Well, first of all, we didn't do anything heroic. We\n"
    "allowed smaller lots and the builders came.\n\n"
    "MS. WHITLOW: We have time for a question or two from the audience.\n\n"
    "QUESTIONER: {greeting} Aaron Mendel with Habitat\n"
    "for Humanity International. Mayor, did you face organized\n"
    "opposition from existing homeowners?\n\n"
    "MAYOR KREUZ: We did, and I won't pretend otherwise. We held\n"
    "meetings in every ward until the fear went away.\n\n"
    "MS. WHITLOW: I'm afraid we are out of time. Thank you all.\n"
)


@pytest.mark.parametrize("greeting", ["Thanks very much.", "Thank you.", "Thanks so much."])
def test_one_off_questioner_names_himself(greeting: str) -> None:
    # A one-off "QUESTIONER:" on a short hard-wrapped line whose words go on below is a turn
    # (no field's value), and the asker who gives name and organisation over a line break is
    # named.
    rows = turn_rows(_EVENT.format(greeting=greeting))
    asked = [(label, sp) for label, sp, body in rows if body.startswith(greeting)]
    assert asked == [("question", "Aaron Mendel")]
