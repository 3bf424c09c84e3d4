"""Round 37 (HA): office labels of courts, inquests, schools and university rectorates."""

import pytest

from rhetoscope.structure.labels import masthead_initials
from rhetoscope.structure.speakers import LabelKind, classify_label


@pytest.mark.parametrize(
    "label",
    [
        "Chief Justice",
        "The Coroner",
        "Witness",
        "Counsel for the family",
        "Counsel to the Inquiry",
        "Head Teacher",
        "Проректор по учебной работе",
        "Проректор з наукової роботи",
    ],
)
def test_office_labels(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE


@pytest.mark.parametrize(
    ("label", "masthead", "expected"),
    [
        ("B&B", "Bench & Bar Weekly\nHome / Features\n", True),
        ("B&B", "Coastal Record\nNews\n", False),
        ("Q&A", "Bench & Bar Weekly\n", False),
    ],
)
def test_masthead_initials(label: str, masthead: str, expected: bool) -> None:
    assert masthead_initials(label, masthead) is expected
