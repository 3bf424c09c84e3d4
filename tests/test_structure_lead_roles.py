"""Who asks, from a lead that names both sides: "Special Envoy X spoke to Y of Euronews" (the
one spoken to at a news outlet is its journalist, who asks; an office holder's hyphenated given
name or a double-barrelled surname kept whole), and initials labels that read elsewhere as a
field word ("TO:", "RE:", "CC:") when the lead spells two people's initials."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text


def _turns(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text))
    return [(t.label, t.attrs.get("speaker")) for t in doc.layer("turns")]


def _page(title: str, lead: str, asker: str, answerer: str) -> str:
    return (
        f"{title}\n\nPublished 4 May 2026\n\n{lead}\n\n"
        f"{asker}: Good morning. Will the grid hold up this winter?\n\n"
        f"{answerer}: Yes, we have built new lines and stocked up on fuel.\n\n"
        f"{asker}: Critics say prices are too high. Are they wrong?\n\n"
        f"{answerer}: Prices are down by a fifth since last year.\n"
    )


CASES = [
    # (title, lead, asker's label, answerer's label, asker, answerer)
    (
        "Interview: the winter ahead",
        "Energy Minister Olaf Brandt spoke with Petra Lind of Politico about the grid and prices.",
        "Petra Lind",
        "Olaf Brandt",
        "Petra Lind",
        "Olaf Brandt",
    ),
    (
        "Interview: the winter ahead",
        "Special Envoy Olaf Brandt spoke to Petra Lind of Euronews about the grid and prices.",
        "Lind",
        "Brandt",
        "Petra Lind",
        "Olaf Brandt",
    ),
    (
        "Interview: the winter ahead",
        "Special Envoy Olaf Brandt spoke to Petra Lind of Euronews about the grid and prices.",
        "Ms Lind",
        "Mr Brandt",
        "Petra Lind",
        "Olaf Brandt",
    ),
    (
        "Interview: the winter ahead",
        "Special Envoy Olaf Brandt spoke to Petra Lind of Euronews about the grid and prices.",
        "PL",
        "OB",
        "Petra Lind",
        "Olaf Brandt",
    ),
    (
        "Interview: the winter ahead",
        "Olaf Brandt spoke to Petra Lind from the BBC about the grid and prices.",
        "Petra Lind",
        "Olaf Brandt",
        "Petra Lind",
        "Olaf Brandt",
    ),
    (
        # a hyphenated given name and a double-barrelled surname, each one word
        "Interview: the winter ahead",
        "Interior Minister Jean-Luc Marchand spoke to Anna Price-Whyte of Sky News about the "
        "grid and prices.",
        "Anna Price-Whyte",
        "Jean-Luc Marchand",
        "Anna Price-Whyte",
        "Jean-Luc Marchand",
    ),
    (
        "Interview on trade",
        "Trade Commissioner Tina Ortiz spoke to Jack Bell of Politico about the tariffs.",
        "JB",
        "TO",
        "Jack Bell",
        "Tina Ortiz",
    ),
    (
        "Interview on trade",
        "Trade Commissioner Rosa Evans spoke to Jack Bell of Politico about the tariffs.",
        "JB",
        "RE",
        "Jack Bell",
        "Rosa Evans",
    ),
    (
        "Interview on the harvest",
        "Agriculture Minister Piotr Wrona spoke to Rhys Evans of Sky News about the harvest.",
        "RE",
        "PW",
        "Rhys Evans",
        "Piotr Wrona",
    ),
    (
        "Interview on trade",
        "Trade Commissioner Carl Cole spoke to Jack Bell of Politico about the tariffs.",
        "JB",
        "CC",
        "Jack Bell",
        "Carl Cole",
    ),
]


@pytest.mark.parametrize(("title", "lead", "asks", "answers", "asker", "answerer"), CASES)
def test_lead_says_who_asks(
    title: str, lead: str, asks: str, answers: str, asker: str, answerer: str
) -> None:
    got = _turns(_page(title, lead, asks, answers))
    assert got[1:] == [
        ("question", asker),
        ("answer", answerer),
        ("question", asker),
        ("answer", answerer),
    ]
