"""Batch CJ snippets: a GPO hearing's short wrapped lines and witness titles, an office in
square brackets, a wire story's author box."""

import pytest

from rhetoscope.structure.turns import analyse

HEARING = (
    "Statement of Witnesses:\n\n"
    "    Lindqvist, Hon. Nora, Chief, U.S. Forest Service, Washington,\n"
    "      DC..........................................................    5\n\n"
    "    Mr. Brandt. The subcommittee will come to order. I now \n"
    "recognize the Chief.\n"
    "    Chief Lindqvist. Thank you, Mr. Chairman. We are \n"
    "ready for the season.\n"
    "    Mr. Brandt. How many firefighters did you hire?\n"
    "    Ms. Lindqvist. About 900. We lost \n"
    "people to retirement.\n"
    "    Mr. Brandt. The Chair recognizes Ms. Sutherland.\n"
    "    Ms. Sutherland. Thank you, Mr. Chairman. Chief, in my\n"
    "district we had fires. Why?\n"
    "    Ms. Lindqvist. Litigation. I will get you a date.\n"
)

CASES = [
    (  # a contents heading is no label; a witness's office title labels; a member speaks once
        HEARING,
        [
            "Mr. Brandt",
            "Nora Lindqvist",
            "Mr. Brandt",
            "Nora Lindqvist",
            "Mr. Brandt",
            "Ms. Sutherland",
            "Nora Lindqvist",
        ],
    ),
    (  # the office in square brackets on first use names the bare office later
        "Allison Hart [NATO Spokesperson]: Good afternoon.\n\n"
        "Secretary General: Thank you.\n\n"
        "NATO Spokesperson: Reuters.\n\n"
        "Reuters: What about Ukraine?\n\n"
        "Secretary General: We support it.\n\n"
        "NATO Spokesperson: Thank you very much.\n",
        [
            "Allison Hart",
            "Secretary General",
            "Allison Hart",
            "Reuters",
            "Secretary General",
            "Allison Hart",
        ],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers(text: str, speakers: list[str]) -> None:
    got = [t.attrs["speaker"] for t in analyse(text).turns]
    assert got == speakers


def test_author_box_ends_the_last_answer() -> None:
    text = (
        "AP: Where do you see rates?\n\n"
        "Kessler: I don't make forecasts. They will come down.\n\n"
        "___\n\n"
        "Associated Press writer Jordan Pike contributed to this report.\n\n"
        "ELENA MARSH\n"
        "Marsh covers the economy and the Federal Reserve for The Associated Press.\n"
    )
    turns = analyse(text).turns
    last = turns[-1]
    assert text[last.start : last.end].rstrip().endswith("They will come down.")
