"""Round 39 (HN): office abbreviations, Spanish double surnames, Cyrillic particles, mastheads."""

import pytest

from rhetoscope.structure.labels import masthead_short_word
from rhetoscope.structure.speakers import LabelKind, classify_label, parse_name


@pytest.mark.parametrize(
    ("label", "office"),
    [("CHIEF", "Chief"), ("PIO", "Public Information Officer"), ("Fire Chief", "Fire Chief")],
)
def test_briefing_offices(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Dr Pilar de la Cruz y Mora", "de la Cruz y Mora"),
        ("José Ortega y Gasset", "Ortega y Gasset"),
        ("Joost van den Heuvel", "van den Heuvel"),
    ],
)
def test_spanish_double_surname(name: str, surname: str) -> None:
    parsed = parse_name(name.split())
    assert parsed is not None and parsed.surname == surname


def test_cyrillic_romance_particle_label() -> None:
    info = classify_label("де Вріс")
    assert info is not None and info.name is not None and info.name.surname == "де Вріс"


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        ("Grainline", "Grainline Quarterly › Supply Chain › Interviews\n\nGrainline: Hi?", True),
        ("Vivian", "Vivian Hou\n\nVivian: Hi.", False),
    ],
)
def test_masthead_stem(label: str, text: str, expected: bool) -> None:
    assert masthead_short_word(label, text) is expected
