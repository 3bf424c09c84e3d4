"""Small cases for batch OW (round 54): a White House transcript whose "END" the scrape lost,
its closing time alone on the line ("3:51 P.M. EDT"), then "###", the share row, the pager
("Next: Remarks by …") and the footer: the clock closes the event as "END 3:51 P.M. EDT" does,
and none of the footer is the last answer's."""

import pytest

from structure_support import turn_rows

_GAGGLE = (
    "Press Gaggle by Press Secretary Karoline Leavitt Aboard Air Force One\n"
    "Briefings & Statements\n"
    "June 6, 2025\n"
    "Aboard Air Force One\n"
    "En Route Joint Base Andrews, Maryland\n"
    "\n"
    "3:32 P.M. EDT\n"
    "\n"
    "MS. LEAVITT:  Hi, everybody. Okay, just a few quick updates and then I'm happy to take "
    "your questions.\n"
    "\n"
    "Q    Karoline, on the Senate timeline — does the President still want it by July?\n"
    "\n"
    "MS. LEAVITT:  He does. The President spoke to the Leader yesterday.\n"
    "\n"
    "Q    On the raids — is the administration considering sending in the Guard?\n"
    "\n"
    "MS. LEAVITT:  We'll see how tonight goes. The President has been clear on that. All "
    "right, we're starting our descent. Thanks, guys.\n"
    "\n"
    "{clock}\n"
    "\n"
    "{below}"
    "The White House\n"
    "1600 Pennsylvania Ave NW\n"
    "Washington, DC 20500\n"
    "Copyright\n"
    "Privacy\n"
)


@pytest.mark.parametrize(
    ("clock", "below"),
    [
        # the time alone, "###" and the share row and pager under it
        (
            "3:51 P.M. EDT",
            "###\n\nShare\nFacebook\nX\nEmail\n"
            "Next: Remarks by President Trump Before Marine One Departure\n",
        ),
        # the time alone, the pager right under it
        ("11:07 A.M. EST", "Next: Statement from the Press Secretary on a Senator\n"),
        # the mark kept: the older rule, unchanged
        ("END 3:51 P.M. EDT", "Next: Remarks by President Trump Before Marine One Departure\n"),
    ],
)
def test_white_house_closing_time_alone_ends_the_last_turn(clock: str, below: str) -> None:
    rows = turn_rows(_GAGGLE.format(clock=clock, below=below))
    assert rows[-1][0] == "answer"
    assert rows[-1][1] == "Karoline Leavitt"
    assert rows[-1][2].endswith("we're starting our descent. Thanks, guys.")


def test_a_clock_line_with_a_sentence_below_stays_in_the_turn() -> None:
    # A clock line inside the last answer, its words going on below it, closes nothing.
    text = _GAGGLE.format(
        clock="3:51 P.M. EDT",
        below="And one more thing: the President will speak again tomorrow.\n\n",
    )
    rows = turn_rows(text)
    assert rows[-1][1] == "Karoline Leavitt"
    assert "speak again tomorrow." in rows[-1][2]
