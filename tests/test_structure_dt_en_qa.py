"""Round 25 (DT): English print Q&As — particle surnames, mastheads, bios and desk bylines."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _masthead_tail
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.naming import _particle_casing
from rhetoscope.structure.speakers import classify_label
from structure_support import turn_rows


def rows(text: str) -> list[tuple[str, str | None]]:
    return [(label, speaker) for label, speaker, _ in turn_rows(text)]


@pytest.mark.parametrize(
    ("label", "surname"),
    [("al-Haddad", "al-Haddad"), ("d’Estaing", "d’Estaing"), ("Al-Haddad", "Al-Haddad")],
)
def test_lowercase_particle_surname_is_a_label(label: str, surname: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None and info.name.surname == surname


@pytest.mark.parametrize(
    ("speaker", "text", "want"),
    [
        ("Maarten De Vries", "… Maarten de Vries, the Netherlands’ envoy …", "Maarten de Vries"),
        ("Pieter Van Oudenhove", "Pieter van Oudenhove, the former …", "Pieter van Oudenhove"),
        # The text writes the capital itself: it stays.
        ("Ursula Von Test", "Ursula Von Test said …", "Ursula Von Test"),
        ("Dan De Vries", "no mention here", "Dan De Vries"),
    ],
)
def test_particle_keeps_the_texts_case(speaker: str, text: str, want: str) -> None:
    assert _particle_casing(speaker, text) == want


@pytest.mark.parametrize(
    ("header", "pair", "want"),
    [
        ("Novaya Gazeta Europe\nPolitics\n", "Gazeta Europe", True),
        ("Al Mayadeen English\nPolitics\n", "Al Mayadeen English", True),
        ("Tucker Carlson interviews Viktor Orban\n\n", "Viktor Orban", False),
        ("Kaja Kallas\n\n", "Kaja Kallas", False),
    ],
)
def test_masthead_is_no_person(header: str, pair: str, want: bool) -> None:
    assert _masthead_tail(header, pair) is want


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("Julia Hartmann is deputy director of the Transatlantic Security Initiative.", True),
        ("Samira al-Haddad served as Jordan’s minister of planning and is now a fellow.", True),
        ("This article appears in the 17 May 2025 issue of The Spectator.", True),
        ("Republish this story", True),
        # A closing "was speaking to" note is the page's (round 51, LE); the speaker's own words
        # stay.
        ("Marta Ilves was speaking to Policy Review's editor.", True),
        ("My father was a minister of the old kind, and I am proud of it.", False),
    ],
)
def test_closing_bio_and_print_note_are_furniture(tail: str, cut: bool) -> None:
    text = "Q: What next?\n\nA: We wait and see what happens.\n\n" + tail + "\n"
    assert (trailing_start(text) < text.index(tail) + 1) is cut


QA = (
    "Q. Why does it matter?\n\nA. Because the money flows both ways.\n\n"
    "Q. What should farmers watch?\n\nA. The retaliation, mostly.\n"
)


def test_desk_byline_asks_as_no_one_and_lead_subject_answers() -> None:
    text = (
        "Q&A: Why farm policy is trade policy\n\nJune 2, 2025\nBy University Communications\n\n"
        "Amara Okonjo-Reyes, an associate professor of economics, studies farm subsidies. "
        "We asked her what producers should watch.\n\n"
        "Amara Okonjo-Reyes. Photo: Jane Doe\n\n" + QA
    )
    assert rows(text)[-4:] == [
        ("question", None),
        ("answer", "Amara Okonjo-Reyes"),
        ("question", None),
        ("answer", "Amara Okonjo-Reyes"),
    ]
