"""Small cases found by the last blind check, KT: a background call's title that names its
briefers only by their post in the plural, and a moderator's "Next up, …" call."""

import pytest

from structure_support import turn_rows

CALL = (
    "The White House\nBRIEFINGS & STATEMENTS\n"
    "Background Press Call by Senior Administration Officials {title_tail}\n"
    "May 9, 2025\nVia Teleconference\n\n"
    "MODERATOR:  Thanks, everybody, for joining today's call.  With that, I'll turn it over to "
    "our official to kick us off.\n\n"
    "SENIOR ADMINISTRATION OFFICIAL:  Great.  Thank you, and thanks, everyone, for joining.  "
    "The President leaves on Monday and will meet three leaders in four days.\n\n"
    "MODERATOR:  Thank you.  We'll now open it up for questions.  First, we'll go to Jeff "
    "Mason with Reuters.\n\n"
    "Q    Thanks for doing this.  Can you give us a dollar figure for the investments?\n\n"
    "SENIOR ADMINISTRATION OFFICIAL:  I'm not going to front-run the announcements.\n\n"
    "MODERATOR:  {call}\n\n"
    "Q    Thank you.  Qatar has offered a new plane.  Will the President accept it?\n\n"
    "SENIOR ADMINISTRATION OFFICIAL:  That is a matter for the lawyers, not for this call.\n"
)


@pytest.mark.parametrize(
    "title_tail", ["Previewing the President's Travel to the Middle East", "on Trade"]
)
def test_briefers_named_by_post_in_a_title_are_no_person(title_tail: str) -> None:
    rows = turn_rows(CALL.format(title_tail=title_tail, call="Next, Aamer Madhani, AP."))
    officials = {r[1] for r in rows if r[2].startswith(("Great.", "I'm not", "That is"))}
    assert officials == {None}


@pytest.mark.parametrize(
    ("call", "asker"),
    [
        ("Next up, Aamer Madhani with the Associated Press.", "Aamer Madhani"),
        ("Next, Aamer Madhani with the Associated Press.", "Aamer Madhani"),
        # a call that names no one leaves the asker unnamed
        ("Next up, the line of the Associated Press.", None),
    ],
)
def test_next_up_call_names_the_asker(call: str, asker: str | None) -> None:
    rows = turn_rows(CALL.format(title_tail="on Trade", call=call))
    assert [r[1] for r in rows if r[2].startswith("Thank you.  Qatar")] == [asker]
