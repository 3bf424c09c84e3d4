"""Government press pages in English: a cabinet's press-office label, a ministry's name before
the minister's, a bracketed opening heading, hashtags glued to the last sentence, the editor's
line above questions answered after a briefing, and an English "The floor is given to …"."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import turn_rows as rows


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("CABINET PUBLIC AFFAIRS SECRETARY", "Cabinet Public Affairs Secretary"),
        ("CHIEF CABINET SECRETARY", "Chief Cabinet Secretary"),
        ("CABINET PUBLIC RELATIONS SECRETARY", "Cabinet Public Relations Secretary"),
    ],
)
def test_cabinet_press_office_is_an_office(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


def test_ministry_words_are_no_given_names() -> None:
    info = classify_label("Minister of Economic Development Maxim Reshetnikov")
    assert info is not None and info.name is not None
    assert (info.name.given, info.name.surname) == (("Maxim",), "Reshetnikov")


_QA = (
    "Question: Mr Lavrov, what do you expect from the summit?\n\n"
    "Sergey Lavrov: Results, not headlines.\n\n"
    "Question: What would you wish our readers?\n\n"
)

_CASES = [
    # mid.ru: tags glued after the last sentence, the last one broken across lines.
    (
        _QA + "Sergey Lavrov: Patience. Our door remains open. #Lavrov#UNGA79 #BRICS\n"
        "#RussianDipl\nomacy\n",
        -1,
        ("answer", "Sergey Lavrov", "Patience. Our door remains open."),
    ),
    # China's foreign ministry: the editor's line above a question answered off the podium.
    (
        "Lin Jian: Good afternoon. I have an announcement to make today.\n\n"
        "AFP: Will China take countermeasures against the tariffs?\n\n"
        "Lin Jian: We will firmly safeguard our legitimate rights.\n\n"
        "The following question was raised after the press conference.\n\n"
        "Q: Will the Prime Minister of Nepal visit China?\n\n"
        "A: We will release information in due course.\n",
        2,
        ("answer", "Lin Jian", "We will firmly safeguard our legitimate rights."),
    ),
    # president.gov.ua in English: the moderator gives the floor, the president's opening
    # remarks follow (a statement: nobody has asked yet).
    (
        "Moderator: Good afternoon. The floor is given to the President of Ukraine Volodymyr "
        "Zelenskyy.\n\n"
        "Volodymyr Zelenskyy: Dear Mr President, thank you for coming to Kyiv again.\n\n"
        "Moderator: We now move on to questions.\n\n"
        "Yuliia Kovalenko (Suspilne): Are you ready to freeze the front line?\n\n"
        "Volodymyr Zelenskyy: We are ready for a just peace, not for a pause.\n",
        1,
        (
            "statement",
            "Volodymyr Zelenskyy",
            "Dear Mr President, thank you for coming to Kyiv again.",
        ),
    ),
]


@pytest.mark.parametrize(("text", "index", "row"), _CASES)
def test_turn_row(text: str, index: int, row: tuple[str, str | None, str]) -> None:
    assert rows(text)[index] == row


def test_bracketed_opening_heading_is_the_pages() -> None:
    text = (
        "Press Conference by Prime Minister Ishiba\n\n"
        "Prime Minister Shigeru Ishiba held a press conference at the Prime Minister's Office.\n\n"
        "[Opening Statement]\n\n"
        "First of all, I would like to express my sympathy to the people of Noto. "
        "Reconstruction is a top priority of my Cabinet.\n\n"
        "[Questions and Answers]\n\n"
        "REPORTER: How will you secure cooperation from the opposition?\n\n"
        "PRIME MINISTER ISHIBA: We take the result of the election very seriously.\n\n"
        "REPORTER: Will you meet the President-elect?\n\n"
        "PRIME MINISTER ISHIBA: I would like to meet him at the earliest possible time.\n"
    )
    first = rows(text)[0]
    assert first[0] == "statement"
    assert first[2].startswith("First of all")
