"""Posts a label names alone, and where the page names their holder (round 32, batch FR)."""

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Harbourmaster", "Harbourmaster"),
        ("Provost", "Provost"),
        ("Registrar", "Registrar"),
        ("Sheriff", "Sheriff"),
        ("Староста", "Староста"),
        ("Председатель правления", "Председатель правления"),
        ("Главный инженер", "Главный инженер"),
    ],
)
def test_lone_post_is_an_office(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


_SENATE = (
    "Minutes of Senate\n\n"
    "Present: Professor Ruth Adeyemi (Chair of Senate, in the chair); Provost Daniel Kerr; "
    "Ms Fiona Lydgate, Academic Registrar.\n\n"
    "Chair: Colleagues, we move to item four. Provost, over to you.\n\n"
    "Provost: Thank you, Chair. We recommend two semesters.\n\n"
    "Chair: Thank you. Questions?\n\n"
    "Registrar: Resits would move to a single August period.\n\n"
    "Chair: Thank you. We move to item five.\n\n"
    "Registrar: Noted.\n"
)


def test_present_list_names_each_post() -> None:
    speakers = {t.attrs["speaker"] for t in analyse(_SENATE).turns}
    assert {"Ruth Adeyemi", "Daniel Kerr", "Fiona Lydgate"} <= speakers
