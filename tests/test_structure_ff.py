"""Round 31 (FF) naming rules, on short snippets."""

from __future__ import annotations

import pytest

from rhetoscope.structure.labels import _initials_of_full_label


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        # "NB:" spells the initials of the page's "Nathaniel Brooks:" label.
        ("NB", "Nathaniel Brooks: When did you leave?\n\nNB: Which one?\n", True),
        # With no full name's label to spell, "NB:" stays a note's mark.
        ("NB", "NB: figures are provisional.\n", False),
        ("NB", "Nora Quinn: Hello.\n\nNB: a note.\n", False),
    ],
)
def test_initials_of_full_label(label: str, text: str, expected: bool) -> None:
    assert _initials_of_full_label(label, text) is expected
