"""Round-30 office labels whose holder the page names elsewhere (lead, list, signature)."""

import pytest

from rhetoscope.structure.naming import _caps_surnames_recased, _signed_holder
from rhetoscope.structure.speakers import LabelKind, classify_label


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Coach", LabelKind.OFFICE),
        ("Headteacher", LabelKind.OFFICE),
        ("Мер", LabelKind.OFFICE),
        ("Прокурор", LabelKind.OFFICE),
        ("Chair of Governors", LabelKind.OFFICE),
        ("Parent", LabelKind.ANONYMOUS),
        ("Дзвінок глядачки", LabelKind.QUESTION),
        ("Вопрос зрителя", LabelKind.QUESTION),
    ],
)
def test_office_and_public_labels(label: str, kind: LabelKind) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elin LINDQVIST, Executive Vice-President", "Elin Lindqvist, Executive Vice-President"),
        ("Paul MOREAU\n", "Paul Moreau\n"),
        ("Talks with NATO and the EU.", "Talks with NATO and the EU."),
    ],
)
def test_caps_surnames_recased(text: str, expected: str) -> None:
    assert _caps_surnames_recased(text) == expected


@pytest.mark.parametrize(
    ("text", "office", "expected"),
    [
        (
            "Yours sincerely,\n\nMrs Helen Achterberg\nHeadteacher\n",
            "Headteacher",
            "Helen Achterberg",
        ),
        ("Best wishes,\nJohn Parry\nThe Headteacher\n", "Headteacher", "John Parry"),
        ("Yours sincerely,\nHelen Achterberg\nBursar\n", "Headteacher", None),
    ],
)
def test_signed_holder(text: str, office: str, expected: str | None) -> None:
    assert _signed_holder(text, office, []) == expected
