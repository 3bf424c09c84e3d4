"""A sitting's chair and its members: who is in the chair, lodged questions, callers by town."""

from __future__ import annotations

import pytest

from rhetoscope.structure.cover import _in_the_chair
from rhetoscope.structure.roles import _asks
from rhetoscope.structure.speakers import LabelKind, classify_label


@pytest.mark.parametrize(
    ("office", "before", "want"),
    [
        ("President", "IN THE CHAIR: Sophie WENDT\nVice-President\n\n", "Sophie Wendt"),
        ("The Chair", "[Sir Roger Gale in the Chair]\n\n", "Roger Gale"),
        ("HON. SPEAKER", "(Hon. Speaker in the Chair)\n", None),
        ("President", "The President of France said …\n", None),
        ("Minister", "IN THE CHAIR: Sophie WENDT\n", None),
    ],
)
def test_in_the_chair(office: str, before: str, want: str | None) -> None:
    assert _in_the_chair(office, before) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("To ask the First Minister what engagements he has planned. (S6F-04412)", True),
        ("I thank you, Sir. I would like to know by when the work will be completed.", True),
        ("I thank you for the opportunity.", False),
    ],
)
def test_lodged_and_indirect_questions(body: str, want: bool) -> None:
    assert _asks(body, "Member", answered=False) is want


@pytest.mark.parametrize(
    "label", ["Глядачка з Полтави", "Слушательница из Самары", "Caller from Leeds"]
)
def test_caller_from_a_town_asks_unnamed(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.QUESTION and info.name is None
