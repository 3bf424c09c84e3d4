"""Outlet labels asking through their journalist, speech titles, briefing givers, rubric tails."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as rows

_QA = (
    "{outlet}: What signals is Kyiv receiving from Washington?\n\n"
    "Sybiha: We are receiving working signals. The contacts continue at every level.\n\n"
    "{outlet}: Does Ukraine still see NATO membership as a goal?\n\n"
    "Sybiha: NATO membership remains our strategic goal, and it is in our Constitution.\n"
)


@pytest.mark.parametrize(
    ("lead", "asker"),
    [
        # The outlet's label asks through the journalist the lead names for it.
        (
            "Foreign Minister Sybiha on peace\n\nEditor's note: In an interview with the Kyiv "
            "Independent's Iryna Kovalchuk in Kyiv, Ukraine's Foreign Minister Andrii Sybiha "
            "spoke about the war. The interview has been edited for length and clarity.\n\n",
            "Iryna Kovalchuk",
        ),
        # No journalist named: the outlet itself asks.
        (
            "Foreign Minister Sybiha on peace\n\nUkraine's Foreign Minister Andrii Sybiha spoke "
            "to the Kyiv Independent about the war. The interview has been edited for clarity.\n\n",
            "Kyiv Independent",
        ),
    ],
)
def test_outlet_label_asks_through_its_journalist(lead: str, asker: str) -> None:
    got = rows(lead + _QA.format(outlet="Kyiv Independent"))
    assert [r[1] for r in got if r[0] == "question"] == [asker, asker]
    assert {r[1] for r in got if r[0] == "answer"} == {"Andrii Sybiha"}


def test_speech_title_names_the_speaker() -> None:
    text = (
        "Official website of the President of Ukraine\nHome › News › Addresses\n\n"
        "Volodymyr Zelenskyy: Every strike must have consequences – address by the President of "
        "Ukraine\n\n18 November 2024 - 21:36\n\nI wish you health, fellow Ukrainians!\n\n"
        "Today began with yet another massive strike. Most of the targets were shot down.\n\n"
        "Glory to Ukraine!\n"
    )
    assert [(r[0], r[1]) for r in rows(text)] == [("statement", "Volodymyr Zelenskyy")]


def test_possessive_press_conference_names_the_opener() -> None:
    text = (
        "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on November 14, "
        "2024\n\nAt the invitation of President Xi Jinping, President Taneti Maamau will pay a "
        "state visit to China from November 18 to 24.\n\n"
        "AFP: Could you share the arrangements for the visit?\n\n"
        "Lin Jian: During the visit, the two sides will exchange views on bilateral relations.\n"
    )
    got = rows(text)
    assert (got[0][0], got[0][1]) == ("statement", "Lin Jian")
    assert got[0][2].startswith("At the invitation")


@pytest.mark.parametrize(
    ("tail", "last"),
    [
        ("\n\nRussia – Egypt\nMiddle East and North Africa\nShare\nPrint\n", "trained in Russia."),
        ("\n\nOfficial statements\nShare\n", "trained in Russia."),
        # A spoken closer glued above the buttons stays the speaker's.
        ("\n\nThank you\nShare\n", "Thank you"),
    ],
)
def test_rubric_lines_above_the_buttons_are_furniture(tail: str, last: str) -> None:
    text = (
        "Question: When will the plant be put into operation?\n\n"
        "S.Lavrov: Rosatom is fulfilling all its obligations. Many specialists were trained in "
        "Russia." + tail
    )
    assert rows(text)[-1][2].endswith(last)


def test_chair_calls_next_by_title_and_surname() -> None:
    text = (
        "Meeting with Government members\n\nThe President held a meeting with Government "
        "members, among them Health Minister Mikhail Murashko and Energy Minister Sergei "
        "Tsivilev.\n\n"
        "Vladimir Putin: Good afternoon, colleagues. Mr Murashko, please.\n\n"
        "Mikhail Murashko: Mr President, colleagues, the programme is on schedule this year.\n\n"
        "Vladimir Putin: How many of the facilities will be completed by December?\n\n"
        "Mikhail Murashko: Mr President, about 95 percent of the facilities will be ready.\n\n"
        "Vladimir Putin: Good. Thank you. Let us move on to the main item. Mr Tsivilev, go "
        "ahead please.\n\n"
        "Sergei Tsivilev: Mr President, colleagues, the heating season has begun everywhere.\n"
    )
    assert [r[0] for r in rows(text)][-4:] == ["question", "answer", "other", "statement"]
