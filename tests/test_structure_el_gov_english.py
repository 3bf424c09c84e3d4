"""Round 28 (EL) mechanisms: English pages of non-English governments and state media."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import bracket_outlet, outlet_role
from structure_support import turn_rows


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(label, speaker) for label, speaker, _ in turn_rows(text)]


@pytest.mark.parametrize(
    ("who", "outlet"),
    [("Public TV", "Public TV"), ("Minister", None), ("Prime Minister", None)],
)
def test_bracket_outlet_medium_word(who: str, outlet: str | None) -> None:
    assert bracket_outlet(who) == outlet


@pytest.mark.parametrize(("role", "outlet"), [("GMA NEWS", True), ("SECRETARY", False)])
def test_capitals_outlet_role(role: str, outlet: bool) -> None:
    assert outlet_role(role) is outlet


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("Thank you.\n\nkdaeun@yna.co.kr\n(END)", "Thank you."),
        ("Thank you.\n\n#Moldova #EUaccessi\non #PresidentCiobanu #ener\ngy", "Thank you."),
        ("Thank you.\n\nOther news:\n» Regular Press Briefing on 13 February 2025", "Thank you."),
    ],
)
def test_trailer_cut(tail: str, cut: str) -> None:
    text = "Q: What now?\n\nA: " + tail
    assert text[: trailing_start(text)].endswith(cut)


DASHED = (
    "Yerevan - On March 14, Prime Minister Aram Vardanyan held a press conference.\n\n"
    "Aram Vardanyan - Good afternoon. I am ready to answer your questions.\n\n"
    "Question (Public TV) - Will gas prices rise from July?\n\n"
    "Aram Vardanyan - No decision has been made.\n\n"
    "Lilit Hakobyan, Armenpress - Will the text be put to a referendum?\n\n"
    "Aram Vardanyan - We will not link these two processes.Question (Public TV) - And the "
    "roads?\n\n"
    "Aram Vardanyan - We have agreements in principle.\n"
)
ACRONYM = (
    "Editor's Note:\nThe Global Times (GT) spoke with Ambassador Federico Martínez (Martínez) "
    "about trade.\n\n"
    "GT: What explains this growth?\n\nMartínez: Quality and trust.\n\n"
    "GT: And the talks?\n\nMartínez: They go on.\n"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            DASHED,
            [
                ("statement", "Aram Vardanyan"),
                ("question", "Public TV"),
                ("answer", "Aram Vardanyan"),
                ("question", "Lilit Hakobyan"),
                ("answer", "Aram Vardanyan"),
                ("question", "Public TV"),
                ("answer", "Aram Vardanyan"),
            ],
        ),
        (
            ACRONYM,
            [
                ("other", None),
                ("question", "Global Times"),
                ("answer", "Federico Martínez"),
                ("question", "Global Times"),
                ("answer", "Federico Martínez"),
            ],
        ),
    ],
)
def test_page_reads(text: str, want: list[tuple[str, str | None]]) -> None:
    assert speakers(text) == want
