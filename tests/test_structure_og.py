"""Small cases for batch OG (NPR Short Wave, two hosts and a guest): the documented convention
that an interviewer's reaction the guest takes up ("That is not comforting." / "No, it's not.
But …") was put to the guest and asks, as a dashed reaction does in Russian ("— Звучит
сурово." / "— Но это правда. …"); thanks and a bare interjection the guest does not take up ask
nothing. The batch's gold wrote the English reaction as ``other``, against docs/structure.md."""

import pytest

from structure_support import turn_rows

_SHOW = (
    "REGINA BARBER, HOST:\n"
    "\n"
    "Andrea Cortez is an atmospheric scientist. Welcome to the show, Andrea.\n"
    "\n"
    "ANDREA CORTEZ: Thanks so much for having me.\n"
    "\n"
    "BARBER: So what's driving the bigger hail?\n"
    "\n"
    "CORTEZ: A warmer atmosphere holds more moisture, and that's fuel for stronger updrafts. "
    "So the stones that do make it down are bigger.\n"
    "\n"
    "BARBER: {remark}\n"
    "\n"
    "CORTEZ: {reply}\n"
    "\n"
    "BARBER: Andrea Cortez, thank you so much for talking with us.\n"
    "\n"
    "CORTEZ: Thank you. This was fun.\n"
)


@pytest.mark.parametrize(
    ("remark", "reply", "label"),
    [
        (
            "That is not comforting.",
            "No, it's not. But it does tell us where to invest in better roofing standards.",
            "question",
        ),
        (
            "So no guarantee.",
            "No guarantee. But the signal in the radar data is real.",
            "question",
        ),
        ("Thank you.", "We still only have a handful of instruments on the ground.", "other"),
    ],
)
def test_host_reaction_the_guest_takes_up(remark: str, reply: str, label: str) -> None:
    rows = turn_rows(_SHOW.format(remark=remark, reply=reply))
    row = next(r for r in rows if r[2] == remark)
    assert row[:2] == (label, "Regina Barber")
    assert rows[rows.index(row) + 1][:2] == ("answer", "Andrea Cortez")
