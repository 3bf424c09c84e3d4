"""English pages of foreign governments: a tagged photo caption between turns, hashtags wrapped
or spaced at the foot, a journalist's follow-up under their given name only, a report whose
label line is only a salutation, thanks that name the interviewee, and a press secretary's
floor-opening turn among brief calls."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as rows

_Q = "Question: Mr President, what did you tell your counterparts in Budapest today?\n\n"
_A = "President Erdoğan: We stressed the unity of the Turkic world, as always.\n\n"
_Q2 = "Question: And on Gaza, what is your message to the world?\n\n"
_A2 = "President Erdoğan: We will keep sending aid through every channel we have.\n\n"

_CASES = [
    # tccb.gov.tr: the caption's own row, without its "Photo:" tag.
    (
        _Q
        + _A
        + "Photo: President Erdoğan speaks to members of the press aboard the plane.\n\n"
        + _Q2
        + _A2,
        ("other", None, "President Erdoğan speaks to members of the press aboard the plane."),
    ),
    # The last hashtag wrapped onto a line of its own: no words of the last answer.
    (
        _Q + _A + _Q2 + _A2 + "#OrganizationofTurkicStates #Budapest #Gaz\na\nShare: Facebook X\n",
        ("answer", None, "We will keep sending aid through every channel we have."),
    ),
    # mid.ru's tags keep their spaces.
    (
        _Q + _A + _Q2 + _A2 + "#Moldova #Armenia #United Arab Emirates #Visa issues\nShare\n",
        ("answer", None, "We will keep sending aid through every channel we have."),
    ),
]


@pytest.mark.parametrize(("text", "row"), _CASES)
def test_page_furniture_between_and_after_turns(
    text: str, row: tuple[str, str | None, str]
) -> None:
    got = rows(text)
    if row[0] == "other":
        assert row in got
    else:
        assert (got[-1][0], got[-1][2]) == (row[0], row[2])


def test_given_name_follow_up_label() -> None:
    text = (
        "Official Spokesperson, Shri Randhir Jaiswal: Good afternoon friends. Let us begin.\n\n"
        "Rohit Malhotra, WION: Sir, is there any update on the trade talks with the EU?\n\n"
        "Official Spokesperson, Shri Randhir Jaiswal: Rohit, the talks are going on.\n\n"
        "Question: Sir, on Bangladesh, has India been in touch with the government?\n\n"
        "Official Spokesperson, Shri Randhir Jaiswal: We remain in touch with them.\n\n"
        "Rohit: Sir, just a follow-up. Is the ship Indian-flagged?\n\n"
        "Official Spokesperson: No, it is not an Indian-flagged vessel.\n"
    )
    got = rows(text)
    assert got[-2][:2] == ("question", "Rohit Malhotra")
    assert got[-2][2] == "Sir, just a follow-up. Is the ship Indian-flagged?"


def test_salutation_line_report_speaks() -> None:
    text = (
        "Vladimir Putin: Good afternoon, colleagues. Mr Voronin, please go ahead.\n\n"
        "Alexei Voronin: Mr President, colleagues,\n\n"
        "This year the risk of high water is expected in 41 regions.\n\n"
        "Vladimir Putin: Thank you. Ms Golubeva, please.\n\n"
        "Svetlana Golubeva: The Emergencies Ministry is ready.\n\n"
        "Vladimir Putin: Have all the payments been made?\n\n"
        "Svetlana Golubeva: Yes, Mr President.\n"
    )
    got = rows(text)
    assert got[1][1:] == (
        "Alexei Voronin",
        "Mr President, colleagues,\n\nThis year the risk of high water is expected in 41 regions.",
    )


def test_thanks_naming_the_interviewee_is_other() -> None:
    text = (
        "Question: Mr Lavrov, is the ice starting to thaw?\n\n"
        "Sergey Lavrov: I would not use meteorological terms.\n\n"
        "Question: What would you wish our readers?\n\n"
        "Sergey Lavrov: To read serious analysis rather than headlines.\n\n"
        "Question: Thank you very much for the interview, Mr Lavrov.\n\n"
        "Sergey Lavrov: Thank you.\n"
    )
    assert rows(text)[-2][0] == "other"


def test_floor_opening_secretary_is_other() -> None:
    text = (
        "PRIME MINISTER ISHIBA: The ordinary session of the Diet closed yesterday. I thank "
        "everyone who cooperated in passing the budget.\n\n"
        "CABINET PUBLIC RELATIONS SECRETARY: We will now take questions. When I call on you, "
        "please state your name and affiliation before asking your question. Yes, please go "
        "ahead.\n\n"
        "REPORTER: Kenji Sato, Kyodo News. What is your target number of seats?\n\n"
        "PRIME MINISTER ISHIBA: We will do our utmost to secure a majority.\n\n"
        "CABINET PUBLIC RELATIONS SECRETARY: Next, please.\n\n"
        "REPORTER: Mayumi Endo, Nikkei. Do you see any prospect of an agreement in July?\n\n"
        "PRIME MINISTER ISHIBA: We are not negotiating with a deadline in mind.\n\n"
        "CABINET PUBLIC RELATIONS SECRETARY: With this, we will conclude the press "
        "conference. Thank you for your cooperation.\n"
    )
    labels = [r[0] for r in rows(text) if r[1] == "Cabinet Public Relations Secretary"]
    assert labels == ["other"] * 3
