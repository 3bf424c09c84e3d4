"""State media and government pages in English: office abbreviations before a surname, a
byline behind the dateline, an agency's own acronym, long Arabic titled labels, trailing
share widgets and captions (round 38, batch HE)."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import classify_label


def speakers(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text))
    return [(t.label, t.attrs.get("speaker")) for t in doc.layer("turns") if t.label != "other"]


CASES = [
    (
        # Kenya: "CS"/"PS" spell the offices the lead writes before the full names.
        "Ministry news\n\nCS Wekesa assures farmers\n\n"
        "Cabinet Secretary Dr. Mary Nafula Wekesa, accompanied by Principal Secretary Dr. "
        "Samuel Kiprop Rotich, spoke to journalists in Nakuru.\n\n"
        "CS Wekesa: Good morning. We have fertiliser in every depot.\n"
        "Journalist (Citizen TV): Madam CS, when will the prices fall?\n"
        "CS Wekesa: Next month. I will ask the PS to add details.\n"
        "PS Rotich: Thank you. Registration desks are open.\n"
        "Rotich: I would only add that the dryers are repaired.\n",
        [
            ("statement", "Mary Nafula Wekesa"),
            ("question", "Citizen TV"),
            ("answer", "Mary Nafula Wekesa"),
            ("answer", "Samuel Kiprop Rotich"),
            ("answer", "Samuel Kiprop Rotich"),
        ],
    ),
    (
        # The byline run on after the dateline names who asks "Q:".
        "Home > News > Interviews\nIP Paraguay | Agencia de Información Paraguaya\n\n"
        '"We will not be a corridor": Foreign Minister Rubén Ramírez Ocampo on the waterway\n\n'
        "Asunción, 14 March 2025 — By Lorena Giménez\n\n"
        "In a conversation at the Palacio de López, Foreign Minister Rubén Ramírez Ocampo spoke "
        "with IP about the waterway.\n\n"
        "Q: Minister, thank you for receiving us. What is the government doing?\n"
        "A: Thank you for the invitation. We signed a technical protocol with Argentina.\n"
        "Q: Ten feet is still below what the shipping companies ask for.\n"
        "A: It is, and I will not pretend otherwise.\n",
        [
            ("question", "Lorena Giménez"),
            ("answer", "Rubén Ramírez Ocampo"),
            ("question", "Lorena Giménez"),
            ("answer", "Rubén Ramírez Ocampo"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_speakers(text: str, want: list[tuple[str, str | None]]) -> None:
    assert speakers(text) == want


def test_agency_acronym_in_crumbs_stays_acronym() -> None:
    text = (
        "Qatar News Agency\nQNA > Politics > Interviews\n\n"
        "Minister of State to QNA: Mediation Requires Patience\n\n"
        "Doha, January 28 (QNA) - His Excellency Dr. Khalid bin Ahmed Al Mansouri said that "
        "Qatar will continue its mediation.\n\n"
        "In an exclusive interview with Qatar News Agency (QNA), he addressed the region.\n\n"
        "QNA: Your Excellency, what is the secret of this role?\n"
        "HE Dr. Khalid bin Ahmed Al Mansouri: There is no secret.\n"
        "QNA: Is there a risk?\n"
        "HE Dr. Al Mansouri: There is always a risk.\n"
    )
    assert speakers(text) == [
        ("question", "QNA"),
        ("answer", "Khalid bin Ahmed Al Mansouri"),
        ("question", "QNA"),
        ("answer", "Khalid bin Ahmed Al Mansouri"),
    ]


def test_long_titled_arabic_label() -> None:
    info = classify_label("HE Dr. Khalid bin Ahmed Al Mansouri")
    assert info is not None and info.name is not None
    assert info.name.surname == "Al Mansouri"


@pytest.mark.parametrize(
    "tail",
    [
        "Share this:\nClick to share on Facebook (Opens in new window)\n"
        "Click to share on X (Opens in new window)\n\nLike this:\nLoading...\n",
        "Share on:  f  X  in\n\nPhoto caption: The minister in his office. Photo: ATA\n",
        "\u2014 PNA\n\nTags: DFA, OFW\n",
    ],
)
def test_trailing_furniture(tail: str) -> None:
    body = "Minister: We will announce it once it is ready. Thank you.\n\n"
    assert trailing_start(body + tail) == len(body.rstrip())
