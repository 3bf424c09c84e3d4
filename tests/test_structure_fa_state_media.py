"""English pages of non-English governments and state media: an office label after the
holder's titled label with a courtesy or a Malay style, a Spanish double surname cut to its
first part, a wire writer's credit, a wire's glued end mark, a numbered channel in a label's
brackets, and a press office's sign-off lines under the last answer."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import turn_rows as rows

# A wire interview whose minister's double surname is cut in later labels and whose last
# sentence carries the wire's end mark.
_TORRES = (
    "Question: Minister, what do you expect from the talks?\n\n"
    "Ana Torres Vidal: Results, not headlines.\n\n"
    "Question: And the sanctions?\n\n"
    "Torres: They are unjust.\n\n"
    "Question: What is your message?\n\n"
    "Torres: That we are ready. Enditem\n\n"
    "Related:\nSome headline here\n"
)


@pytest.mark.parametrize(
    ("label", "given", "surname"),
    [
        ("Datuk Seri Nur Aziz", ("Nur",), "Aziz"),
        ("Tan Sri Lim Weng", ("Lim",), "Weng"),
    ],
)
def test_malay_styles_are_titles(label: str, given: tuple[str, ...], surname: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert (info.name.given, info.name.surname) == (given, surname)


@pytest.mark.parametrize(
    ("label", "outlet"),
    [
        ("Question (Rossiya 24)", "Rossiya 24"),
        ("Q (France 24)", "France 24"),
        ("Question (Reporter 2)", None),
        ("Q (00:12)", None),
    ],
)
def test_numbered_channel_in_brackets(label: str, outlet: str | None) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.QUESTION
    assert info.outlet == outlet


_CASES = [
    # An office label after the holder's label with a courtesy between office and name.
    (
        "Spokesperson Ms. Dara Pongsak: Good afternoon. I have one item today.\n\n"
        "Q (Daily News): Will the minister travel next week?\n\n"
        "Spokesperson: Yes, on Tuesday.\n",
        2,
        ("answer", "Dara Pongsak", "Yes, on Tuesday."),
    ),
    # "PM:" after "PM Datuk Seri …:", the style dropped from the name.
    (
        "PM Datuk Seri Nur Aziz: Good afternoon. The Cabinet met today.\n\n"
        "Reporter (Utusan): Datuk Seri, when will the subsidy start?\n\n"
        "PM: In October.\n\n"
        "- Press Unit -\n"
        "Kongsi: Facebook | X | Telegram\n",
        2,
        ("answer", "Nur Aziz", "In October."),
    ),
    # A Spanish double surname cut to its first part in later labels.
    (
        _TORRES,
        3,
        ("answer", "Ana Torres Vidal", "They are unjust."),
    ),
    # A wire's end mark glued to the last sentence.
    (
        _TORRES,
        -1,
        ("answer", "Ana Torres Vidal", "That we are ready."),
    ),
    # The issuing press office's line under the last answer; "(Overlapping voices)" a cue.
    (
        "Spokesperson Luis Mora: Good morning.\n\n"
        "Journalist (El Diario): Is the bill ready?\n\n"
        "Mora: It is ready.\n\n"
        "(Overlapping voices)\n\n"
        "Journalist (El Diario): When will it be sent?\n\n"
        "Mora: Soon. See you tomorrow.\n\n"
        "Comunicado de prensa - Secretaría de Comunicación y Medios\n"
        "Compartir: Facebook Twitter\n",
        -1,
        ("answer", "Luis Mora", "Soon. See you tomorrow."),
    ),
]


@pytest.mark.parametrize(("text", "index", "row"), _CASES)
def test_turn_row(text: str, index: int, row: tuple[str, str | None, str]) -> None:
    assert rows(text)[index] == row


def test_overlapping_voices_ends_no_answer() -> None:
    text = _CASES[-1][0]
    assert rows(text)[2] == ("answer", "Luis Mora", "It is ready.")


def test_wire_writer_credit_asks_for_the_outlet() -> None:
    text = (
        "Interview: Minister sees cooperation as key\n\n"
        "by Xinhua writer Chen Mei\n\n"
        "NAIROBI, May 2 (Xinhua) -- The minister spoke to Xinhua ahead of the forum.\n\n"
        "Xinhua: How do you assess relations?\n\n"
        "Kamau: They are at their best level.\n\n"
        "Xinhua: What about the railway?\n\n"
        "Kamau: It has changed our trade.\n"
    )
    assert [r for r in rows(text) if r[0] == "question"] == [
        ("question", "Chen Mei", "How do you assess relations?"),
        ("question", "Chen Mei", "What about the railway?"),
    ]
