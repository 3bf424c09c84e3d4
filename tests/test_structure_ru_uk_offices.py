"""Russian/Ukrainian label and furniture rules from blind batch AH (short snippets)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.furniture import _heading_line
from rhetoscope.structure.speakers import LabelKind, classify_label


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Президент України", "Президент України"),
        ("Президент Фінляндії", "Президент Фінляндії"),
        ("Премьер-министр Индии", "Премьер-министр Индии"),
        ("Президент Российской Федерации", "Президент Российской Федерации"),
        ("Президент Зеленський", None),  # an office and a surname: a person
        ("Министр Захарова", None),
        ("Президент Саакашвили", None),
    ],
)
def test_state_office_labels(label: str, office: str | None) -> None:
    info = classify_label(label)
    assert info is not None
    if office is None:
        assert info.kind is LabelKind.PERSON
    else:
        assert info.kind is LabelKind.OFFICE
        assert info.office == office


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Questions and Answers", True),
        ("Japan-U.S. Relations", True),
        ("Слово Владимиру Александровичу Колокольцеву. Пожалуйста.", False),
    ],
)
def test_heading_line(line: str, heading: bool) -> None:
    assert _heading_line(line) is heading
