"""English print Q&A layouts that used to lose the whole document."""

import pytest

from rhetoscope.structure.furniture import _heading_line
from rhetoscope.structure.header import _header_people

TOI = (
    "'Roads first': Union minister Suresh Bhandarkar\n\n"
    "NEW DELHI: Union minister Suresh Bhandarkar says the work will go on. In an interview "
    "with TOI's Rohit Mehra, Bhandarkar also spoke about tolls. Excerpts:\n\n"
    "Q: Where do you stand this year?\nWe are at about 34 km a day, lower than the peak.\n\n"
    "Q: What is the main bottleneck?\nLand acquisition, without any doubt, as always.\n\n"
    "Q: Will toll rates come down?\nNobody likes paying toll, I understand that very well.\n"
)


def test_q_only_answers_on_next_line() -> None:
    from rhetoscope.structure.turns import analyse

    turns = analyse(TOI).turns
    got = [(t.label, t.attrs["speaker"]) for t in turns]
    assert got == [("question", "Rohit Mehra"), ("answer", "Suresh Bhandarkar")] * 3


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("**Corruption concerns**", True),
        ("**'Every substation is a target'**", True),
        ("**Why not tell people?**", False),
        ("**We did it.**", False),
    ],
)
def test_bold_heading(line: str, heading: bool) -> None:
    assert _heading_line(line) is heading


def test_conjunction_opener_is_no_name() -> None:
    header = (
        "POLITICS | INTERVIEW\n\nBY Charlotte Wren\n\nWhen Minnesota passed its law, the "
        "governor was proud. Minnesota is now short of power."
    )
    assert all(n.display() != "When Minnesota" for _, n in _header_people(header))
