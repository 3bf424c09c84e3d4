"""Labels in brackets alone on their line (the Japanese Prime Minister's Office), GPO labels closed
by a full stop with a double-barrelled surname, and a lead naming one interviewee in two
spellings."""

from __future__ import annotations

from structure_support import turn_rows

KANTEI = """Press Conference by the Prime Minister

[Opening Statement by Prime Minister Morioka]

(Prime Minister MORIOKA Kenji)
Today, the Cabinet decided on a new package.

(Moderator)
We will now take questions. The reporter from NHK, please.

(Reporter)
What is the size of the package?

(Prime Minister Morioka)
It is the largest in a decade.

(Reporter)
When will it pass the Diet?

(Prime Minister Morioka)
Before the end of the year.

(Applause)
"""


def test_bracket_labels_on_their_own_line() -> None:
    rows = turn_rows(KANTEI)
    bodies = [r[2].split("\n")[0] for r in rows]
    assert "(Applause)" not in "".join(r[2] for r in rows)
    assert bodies[-5:] == [
        "We will now take questions. The reporter from NHK, please.",
        "What is the size of the package?",
        "It is the largest in a decade.",
        "When will it pass the Diet?",
        "Before the end of the year.",
    ]
    assert [r[1] for r in rows[-4:]] == [None, "Kenji Morioka", None, "Kenji Morioka"]


GPO = """HEARING ON AVIATION SAFETY

    Mr. Garrity. The subcommittee will come to order. I now
recognize the ranking member.
    Ms. Okonjo-Blake. Thank you, Mr. Chairman. Our question is
simple: are the towers staffed?
    Mr. Garrity. The gentlelady yields back. Mr. Holm.
    Ms. Okonjo-Blake. One more point on staffing levels.
    Mr. Garrity. Thank you.
"""


def test_full_stop_labels_take_double_barrelled_surnames() -> None:
    rows = turn_rows(GPO)
    said = [r[2] for r in rows if r[1] == "Ms. Okonjo-Blake"]
    assert said == [
        "Thank you, Mr. Chairman. Our question is\nsimple: are the towers staffed?",
        "One more point on staffing levels.",
    ]


WIRE = (
    "Exclusive: Chile's finance minister says pension reform is funded\n\nBy Reuters\n\n"
    "[Photo: Chile's Finance Minister Tomas Arriagada speaks in Santiago. REUTERS]\n\n"
    "SANTIAGO (Reuters) - Chile will meet its fiscal target, Finance Minister Tomás Arriagada "
    "said in an interview. Arriagada spoke on Tuesday.\n\n"
    "Q: Will you meet the target?\n\nA: We will meet it.\n"
)


def test_accent_variants_of_one_interviewee() -> None:
    rows = turn_rows(WIRE)
    assert rows[-1][0] == "answer"
    assert rows[-1][1] == "Tomás Arriagada"
