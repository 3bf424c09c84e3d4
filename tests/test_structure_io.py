"""Small cases for the IO round (common sources, less usual layouts): a title-case headline's
verb is no given name; a teleconference's operator who speaks once, the chair's request to the
operator, and the first call to a reporter's line; the .gov site banner is no introduction;
the White House's room glued to the clock line."""

import pytest

from structure_support import run, turn_rows

HEARING = (
    "Senate Committee on Parks\nNewsroom\n"
    "{headline}\n"
    "March 4, 2025\n"
    "WASHINGTON – Today, U.S. Senator Dana Pruitt (D-Ore.), Ranking Member of the committee, "
    "questioned Secretary of Agriculture Tom Velland during a hearing on the budget.\n\n"
    "RANKING MEMBER PRUITT: Thank you. Secretary Velland, will you commit to the funding?\n\n"
    "SECRETARY VELLAND: Senator, thank you for the question. We will keep working on it.\n\n"
    "RANKING MEMBER PRUITT: Will you send us the list?\n\n"
    "SECRETARY VELLAND: We will send it, Senator.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "Pruitt Presses Velland on Forest Service Cuts, Frozen Grants",
        "Pruitt Grills Velland on the Forest Budget",
    ],
)
def test_title_case_headline_verb_is_no_given_name(headline: str) -> None:
    rows = [r for r in turn_rows(HEARING.format(headline=headline)) if r[0] == "answer"]
    assert [r[1] for r in rows] == ["Tom Velland", "Tom Velland"]


CALL = (
    "Special Briefing\nOffice of the Spokesperson\nVia Teleconference\nMay 2, 2025\n\n"
    "MODERATOR:  Thank you, operator, and good afternoon.  Over to our senior official.\n\n"
    "SENIOR STATE DEPARTMENT OFFICIAL:  Thanks.  The trip begins on Monday and covers three "
    "capitals.  Happy to take questions.\n\n"
    "MODERATOR:  Thank you.  {request}\n\n"
    "OPERATOR:  Thank you.  To ask a question, please press 1 then 0 on your keypad.\n\n"
    "MODERATOR:  Great.  Let’s {go} to the line of Mara Quill with Reuters.\n\n"
    "QUESTION:  Hi, thanks.  Will the Secretary meet the foreign minister?\n\n"
    "SENIOR STATE DEPARTMENT OFFICIAL:  Thanks, Mara.  I have no meetings to announce.\n\n"
    "MODERATOR:  Next, let’s go to Owen Barr of Bloomberg.\n\n"
    "QUESTION:  What about the trade talks?\n\n"
    "SENIOR STATE DEPARTMENT OFFICIAL:  I would refer you to the trade office.\n\n"
    "MODERATOR:  Thanks, everyone, for joining.\n"
)


@pytest.mark.parametrize(
    ("request_", "go"),
    [
        ("Operator, could you please repeat the instructions for the question queue?", "go first"),
        ("Operator, can you open the lines for questions?", "go"),
    ],
)
def test_operator_once_and_first_line_call(request_: str, go: str) -> None:
    rows = turn_rows(CALL.format(request=request_, go=go))
    assert rows[0][0] == "other" and rows[0][1] is None  # no banner or intro row
    assert (rows[2][0], rows[2][1]) == ("other", None)  # a request to the operator
    assert (rows[3][0], rows[3][1]) == ("other", None)
    askers = [r[1] for r in rows if r[0] == "question"]
    assert askers == ["Mara Quill", "Owen Barr"]


def test_gov_banner_is_no_introduction() -> None:
    banner = (
        "An official website of the United States Government\nHere's how you know\n"
        "Official websites use .gov\n"
        "A .gov website belongs to an official government organization in the United States.\n"
        "Secure .gov websites use HTTPS\n"
        "A lock ( ) or https:// means you’ve safely connected to the .gov website. Share "
        "sensitive information only on official, secure websites.\n"
    )
    rows = turn_rows(banner + CALL.format(request="Operator, go ahead please?", go="go"))
    assert rows[0][1] is None and rows[0][2].startswith(("Good", "Thank", "Welcome", "Hello"))
    assert not any(".gov" in r[2] for r in rows)


@pytest.mark.parametrize("clock", ["Oval Office12:16 P.M. EDT", "Oval Office\n12:16 P.M. EDT"])
def test_white_house_room_over_clock(clock: str) -> None:
    text = (
        "The White House\nRemarks\n"
        "Remarks by President Trump Before Bilateral Meeting\nThe White House\n"
        f"September 3, 2025\n{clock}\n\n"
        "THE PRESIDENT:  Well, thank you very much.  It is a great honor to have a friend here.\n\n"
        "Q    Mr. President, will you meet him again?\n\n"
        "THE PRESIDENT:  Yes, we will.\n"
    )
    assert run(text).meta.place == "Oval Office"
