"""Round 27 (EF): who answers when the header's capitalised pairs are page furniture, outlet and
particle initials as labels, and closing page notes."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows as rows

_QA = (
    "Q: Why did you vote against the bill?\n\n"
    "A: It leaves small towns with almost nothing, and I said so on the floor.\n\n"
    "Q: What would you change?\n\n"
    "A: A set-aside for communities under 10,000 people.\n"
)


@pytest.mark.parametrize(
    ("head", "answerer"),
    [
        # The office before a name beats a committee's and a breadcrumb's capitalised pairs.
        (
            "The Valley Ledger\nPolitics / State Government / Water\n\n"
            "Q&A: Rep. Carla Mendes says the water fund shortchanges rural towns\n"
            "The Democrat, who sits on the House Water and Natural Resources Committee, "
            "discusses the fund.\n\n",
            "Carla Mendes",
        ),
        # The one the lead says was interviewed, over a share bar's repeated buttons.
        (
            "Share this via Facebook Share this via X Share this via Email\n"
            "Interview: Why the border camps are full\n\n"
            "Our reporter interviewed Jean-Luc Ndiaye, a researcher who has just returned "
            "from the border.\n\n",
            "Jean-Luc Ndiaye",
        ),
    ],
)
def test_lead_names_the_interviewee(head: str, answerer: str) -> None:
    assert {r[1] for r in rows(head + _QA) if r[0] == "answer"} == {answerer}


def test_particle_initials_label() -> None:
    text = (
        "Anna Berg (AB), Research Fellow, speaks with Joost van Dam (JvD), the Dutch envoy "
        "for maritime security, about subsea cables.\n\n"
        "AB: How confident are governments that these were deliberate?\n\n"
        "JvD: It varies case by case, and we should be honest about that.\n\n"
        "AB: What should be done next?\n\n"
        "JvD: Invest in repair capacity.\n"
    )
    got = rows(text)
    assert [r[1] for r in got if r[0] == "question"] == ["Anna Berg", "Anna Berg"]
    assert {r[1] for r in got if r[0] == "answer"} == {"Joost van Dam"}


def test_vowelless_outlet_initials_keep_their_capitals() -> None:
    text = (
        "In an interview with the station, Mayor Elena Ortiz explains the budget.\n\n"
        "KCRW: Why cut the library hours?\n\n"
        "Ortiz: We had no choice this year, and I regret it.\n\n"
        "KCRW: Will they come back?\n\n"
        "Ortiz: Next spring, if the levy passes.\n"
    )
    assert {r[1] for r in rows(text) if r[0] == "question"} == {"KCRW"}


@pytest.mark.parametrize(
    "note",
    [
        "Disclosure: The Water Board has been a financial supporter of The Valley Ledger.",
        "Categories: Offshore Energy Europe Renewables Wind Power Policy",
    ],
)
def test_closing_page_note_is_no_answer(note: str) -> None:
    text = "Interview with Rep. Carla Mendes\n\n" + _QA + "\n" + note + "\n"
    last = rows(text)[-1]
    assert last[0] == "answer" and note not in last[2]
