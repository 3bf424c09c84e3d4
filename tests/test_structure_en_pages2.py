"""English page shapes: names alone on their lines, interpreter's notes, wire captions, the
State Department's calls, office holders introduced in the text, end marks."""

from __future__ import annotations

import pytest

from rhetoscope.structure.furniture import caption_paragraphs
from rhetoscope.structure.naming import _called_asker, _introduced_holder
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        ("Thank you. The first will go to Lena Ortiz of Reuters.", "Lena Ortiz"),
        ("Next, Rafael Dizon of the Philippine Daily Inquirer.", "Rafael Dizon"),
        ("Good. Finally, Hannah Greer, AP.", "Hannah Greer"),
        ("And the final question goes to Hannah Greer of the Associated Press.", "Hannah Greer"),
        ("Next, Mr Secretary, the budget.", None),
        ("We will look at that next, Gaza.", None),
    ],
)
def test_called_asker_shapes(previous: str, expected: str | None) -> None:
    assert _called_asker(previous, set()) == expected


@pytest.mark.parametrize(
    ("text", "office", "expected"),
    [
        (
            "I'm joined today by the Health Secretary, Wes Streeting, to set out",
            "Health Secretary",
            "Wes Streeting",
        ),
        ("The Health Secretary, Thank you all.", "Health Secretary", None),
    ],
)
def test_introduced_holder(text: str, office: str, expected: str | None) -> None:
    assert _introduced_holder(text, office, []) == expected


@pytest.mark.parametrize(
    ("gap", "n"),
    [
        (
            "\n\nMarta Kessler speaks during an interview in Washington, Tuesday, July 8, 2025. "
            "(AP Photo/Mark Schiefelbein)\n\n",
            1,
        ),
        ("\n\nShe said the plan (AP, Reuters) was fine.\n\n", 0),
    ],
)
def test_wire_caption(gap: str, n: int) -> None:
    assert len(caption_paragraphs(gap, 0, len(gap))) == n


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.label, s.attrs.get("speaker"), text[s.start : s.end]) for s in analyse(text).turns]


def test_names_alone_with_double_barrelled_surname() -> None:
    text = (
        "Krishnan Guru-Murthy spoke to Dr Imogen Hale, chief executive of NHS Providers.\n\n"
        "Krishnan Guru-Murthy\nHow many of your members are treating patients in corridors?\n\n"
        "Imogen Hale\nHonestly, most of them.\n\n"
        "Krishnan Guru-Murthy\nWhere has that money gone?\n\n"
        "Imogen Hale\nSome of it has made a real difference.\n"
    )
    turns = _turns(text)
    assert [(r, s) for r, s, _ in turns[-4:]] == [
        ("question", "Krishnan Guru-Murthy"),
        ("answer", "Imogen Hale"),
        ("question", "Krishnan Guru-Murthy"),
        ("answer", "Imogen Hale"),
    ]


def test_as_interpreted_and_staff() -> None:
    text = (
        "PRESIDENT BIDEN:  Welcome back.  The floor is yours.\n\n"
        "PRIME MINISTER MELONI:  (As interpreted.)  Thank you, Mr. President.\n\n"
        "Q    Mr. President, what is your message?\n\n"
        "PRESIDENT BIDEN:  Put the bill on the floor.\n\n"
        "Q    And, Madam Prime Minister, do you worry?\n\n"
        "PRIME MINISTER MELONI:  (As interpreted.)  I am confident.\n\n"
        "STAFF:  Thank you, press.\n"
    )
    turns = _turns(text)
    assert turns[1][2] == "Thank you, Mr. President."
    assert turns[-1][:2] == ("other", "Staff")


def test_end_mark_closes_turn() -> None:
    text = (
        "THE VICE PRESIDENT:  Thank you.  God bless you all.\n\n"
        "                             END                12:09 P.M. EDT\n\n"
        "PRESS GAGGLE\n\nErie International Airport\n\n12:21 P.M. EDT\n\n"
        "Q    Mr. Vice President, will you break a tie?\n\n"
        "THE VICE PRESIDENT:  I hope not.\n"
    )
    assert _turns(text)[0][2] == "Thank you.  God bless you all."
