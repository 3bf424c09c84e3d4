"""Round 29 (ET): label forms of governments' English transcripts."""

import pytest

from rhetoscope.structure.speakers import LabelKind, bracket_outlet, classify_label


@pytest.mark.parametrize(
    ("label", "kind", "outlet", "display"),
    [
        ("Journalist, Nation Media Group", LabelKind.QUESTION, "Nation Media Group", None),
        ("Journalist, The Standard", LabelKind.QUESTION, "The Standard", None),
        ("Journalist Renata Lobo", LabelKind.PERSON, None, "Renata Lobo"),
        ("Journalist Paulo", LabelKind.PERSON, None, "Paulo"),
        ("PCS Kamau", LabelKind.PERSON, None, "PCS Kamau"),
        ("INTERLOCUTOR", LabelKind.INTERVIEWER, None, None),
    ],
)
def test_label_forms(label, kind, outlet, display):
    info = classify_label(label)
    assert info is not None and info.kind is kind
    assert info.outlet == outlet
    if display is not None:
        assert info.name is not None and info.name.display() == display


@pytest.mark.parametrize(
    ("who", "outlet"),
    [("The Jakarta Post", "The Jakarta Post"), ("The President", None), ("Reuters", "Reuters")],
)
def test_bracket_outlet_keeps_the(who, outlet):
    assert bracket_outlet(who) == outlet
