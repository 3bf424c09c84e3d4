"""Round 33 (FV): outlet-then-reporter labels and an agency's dashed sign-off."""

import pytest

from rhetoscope.structure.labels import LabelKind
from rhetoscope.structure.metadata import _TRAILING_LINE
from rhetoscope.structure.speakers import classify_label


@pytest.mark.parametrize(
    ("label", "kind", "speaker", "outlet"),
    [
        ("Republica (Sabin Gurung)", LabelKind.QUESTION, "Sabin Gurung", None),
        ("Kathmandu Post (Anil Giri)", LabelKind.QUESTION, "Anil Giri", None),
        ("Reuters (Off Mic)", LabelKind.QUESTION, None, "Reuters"),
        ("Kyodo (Follow Up)", LabelKind.QUESTION, None, "Kyodo"),
        ("Sabin Gurung (Republica)", LabelKind.PERSON, "Sabin Gurung", None),
    ],
)
def test_outlet_then_reporter(label, kind, speaker, outlet):
    info = classify_label(label)
    assert info is not None and info.kind is kind
    assert (info.name.display() if info.name else None) == speaker
    assert info.outlet == outlet


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("--- ONA", True),
        ("-- WAM", True),
        # (a single dash will do for an agency's capitals, the PNA's "— PNA"; never for words)
        ("— WAM", True),
        ("— Да", False),
        ("— Yes", False),
        ("--- We agree", False),
        ("- I think so", False),
    ],
)
def test_agency_dash_signoff(line, furniture):
    assert (_TRAILING_LINE.match(line) is not None) == furniture
