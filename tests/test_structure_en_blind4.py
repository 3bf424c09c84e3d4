"""Short snippets for the fourth English blind batch: GPO compound surnames, contents
entries, wire Q&A leads, numbered hecklers, toolbars, and a chair's opening welcome."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import PROMO_LINE
from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import run, turn_rows


def turns(text: str) -> list[tuple[str, str | None, str]]:
    return [(label, speaker, body.split("\n")[0][:30]) for label, speaker, body in turn_rows(text)]


HEARING = """FEMA READINESS

                      DALE KERRIGAN, Ohio, Chairman
TOM ABERNATHY, Georgia               LUCIA RUIZ BELTRAN, New Mexico,
                                         Ranking Member

                            C O N T E N T S

The Honorable Dale Kerrigan, a Representative in Congress From
  the State of Ohio, and Chairman, Subcommittee on Emergency
  Management:
  Oral Statement.................................................     1
Ms. Janet Okafor, Acting Administrator, Federal Emergency
  Management Agency, U.S. Department of Homeland Security:
  Oral Statement.................................................     5

    The subcommittee met, pursuant to notice, Hon. Dale Kerrigan
[Chairman of the subcommittee] presiding.
    Present: Representatives Kerrigan, Ruiz Beltran, and Mays.
    Mr. Kerrigan. The subcommittee will come to order. I now
recognize the Ranking Member, Ms. Ruiz Beltran.
    Ms. Ruiz Beltran. Thank you, Mr. Chairman. I yield back.
    Mr. Kerrigan. I now recognize Ms. Okafor for 5 minutes.
    Ms. Okafor. Thank you for the opportunity to testify today.
    Ms. Ruiz Beltran. Administrator, how many claims are pending?
    Ms. Okafor. Roughly a third of them are still pending.
"""

WIRE = """Exclusive: Minister says Europe must be ready | Reuters
Skip to main content
Exclusive news, data and analytics for financial market professionals
World
Europe
Exclusive: Minister says Europe must be ready to defend itself
By Anna Wlodarczak and Mark Heller
March 14, 2025 11:02 AM GMT+1 Updated 3 hours ago

WARSAW, March 14 (Reuters) - Poland will spend close to 5% of its output on defence, Defence
Minister Tomasz Wierzbicki told Reuters on Thursday.

Wierzbicki, a former army general, said Europe could no longer wait. Below are excerpts from
the interview, edited for length and clarity.

Q: Is 5% sustainable?

A: It is a big effort, I will not hide it.

Sign up here.

Q: Where will the money go?

A: First, air and missile defence.
"""

RALLY = """Speaker 1 (00:00):
Ladies and gentlemen, please welcome Senator Dana Holt.

Dana Holt (01:52):
Thank you so much. I grew up about ninety miles from here, and the mill closed.

Audience Member (05:41):
You sold out the steelworkers!

Dana Holt (05:44):
Sir, I hear you. I voted against that trade deal.

Audience Member 2 (07:30):
We love you, Dana!

Dana Holt (07:32):
I love you too! God bless America!
"""

MFA = (
    "Foreign Minister Nikolai Vereshchagin’s statement and answers to media questions during a"
    " joint news conference following talks, Moscow, March 14, 2025\n"
    """

14 March 2025 16:40
503-14-03-2025

Print version   Send via email   Add to favourites

Ladies and gentlemen,

We have held substantive talks with our Indonesian colleague today.

Question: Have you received any such proposals?

Nikolai Vereshchagin: We do not conduct diplomacy through the media.
"""
)

PRESSER = """NATO Spokesperson, Allison Hart: Good afternoon. The Secretary General will start
with some opening remarks and then we will take a few questions. Secretary General.

NATO Secretary General, Henrik Vaalgren: Good afternoon. We have just concluded two days of
meetings. I am ready to take your questions.

Allison Hart (NATO Spokesperson): We'll start with Reuters.

Sabine Kroll (Reuters): Thank you. Is 2% now outdated as a benchmark?

NATO Secretary General: The targets require much more than 2%.

Allison Hart (NATO Spokesperson): Ukrinform.

Question [Ukrinform]: Is membership still on the table?

NATO Secretary General: Ukraine's future is in NATO.

Allison Hart (NATO Spokesperson): Thank you very much, this concludes the press conference.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            HEARING,
            [
                # A short opening that hands the floor over is the chair's "other".
                ("other", "Dale Kerrigan", "The subcommittee will come to "),
                ("statement", "Lucia Ruiz Beltran", "Thank you, Mr. Chairman. I yie"),
                ("other", "Dale Kerrigan", "I now recognize Ms. Okafor for"),
                ("statement", "Janet Okafor", "Thank you for the opportunity "),
                ("question", "Lucia Ruiz Beltran", "Administrator, how many claims"),
                ("answer", "Janet Okafor", "Roughly a third of them are st"),
            ],
        ),
    ],
)
def test_hearing(text: str, want: list[tuple[str, str | None, str]]) -> None:
    assert turns(text) == want


def test_wire_lead_names_the_answerer_and_promo_is_cut() -> None:
    got = [t for t in turns(WIRE) if t[0] in ("question", "answer")]
    assert [(label, who) for label, who, _ in got] == [
        ("question", None),
        ("answer", "Tomasz Wierzbicki"),
        ("question", None),
        ("answer", "Tomasz Wierzbicki"),
    ]
    doc = run(WIRE)
    assert all("Sign up" not in doc.text[s.start : s.end] for s in doc.layer("turns"))


def test_numbered_heckler_is_a_turn() -> None:
    got = turns(RALLY)
    assert len(got) == 6
    assert got[4][1] is None and got[4][2].startswith("We love you")


def test_toolbar_before_unlabelled_opening() -> None:
    got = turns(MFA)
    assert got[0] == ("statement", "Nikolai Vereshchagin", "Ladies and gentlemen,")


def test_chair_with_longer_welcome_chairs() -> None:
    labels = [label for label, _, _ in turns(PRESSER)]
    assert labels == [
        "other",
        "statement",
        "other",
        "question",
        "answer",
        "other",
        "question",
        "answer",
        "other",
    ]


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("Audience Member 2", LabelKind.ANONYMOUS),
        ("Unidentified Male 3", LabelKind.ANONYMOUS),
        ("Audience Member", LabelKind.ANONYMOUS),
    ],
)
def test_numbered_anonymous(raw: str, kind: LabelKind) -> None:
    info = classify_label(raw)
    assert info is not None and info.kind is kind


@pytest.mark.parametrize(
    ("line", "promo"),
    [("Sign up here.", True), ("Sign up", True), ("Sign up for the draft.", False)],
)
def test_sign_up_promo(line: str, promo: bool) -> None:
    assert (PROMO_LINE.match(line) is not None) is promo
