"""Round 36 (GP): chamber and court records whose speakers the page's own lists name."""

from __future__ import annotations

import pytest

from rhetoscope.structure.labels import court_roster, post_holder
from rhetoscope.structure.speakers import LabelKind, classify_label


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("An Ceann Comhairle", "An Ceann Comhairle"),
        ("An Leas-Cheann Comhairle", "An Leas-Cheann Comhairle"),
        ("The Taoiseach", "The Taoiseach"),
    ],
)
def test_dail_offices(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


def test_irish_article_needs_an_office() -> None:
    info = classify_label("An Nguyen")
    assert info is None or info.kind is not LabelKind.OFFICE


_ROSTER = """PERSONS OF THE COURT
Military Judge: Colonel Dana Whitcombe
Trial Counsel: Captain Luis Ferreira
Defense Counsel: Major Hannah Stroud
Witness: Staff Sergeant Kevin Oduya, U.S. Army, called by the United States
"""


@pytest.mark.parametrize(
    ("label", "holder"),
    [
        ("MJ", "Dana Whitcombe"),
        ("TC", "Luis Ferreira"),
        ("DC", "Hannah Stroud"),
        ("WIT", "Kevin Oduya"),
        ("XY", None),
        ("Q", None),
    ],
)
def test_court_post_labels(label: str, holder: str | None) -> None:
    held = post_holder(label, court_roster(_ROSTER))
    assert (held.display() if held is not None else None) == holder


def test_one_roster_line_is_no_roster() -> None:
    assert court_roster("Interviewer: Jane Smith\n") == {}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hall, Rebecca started transcription\n", "Rebecca Hall"),
        ("So for the record, I'm Rebecca Hall.\n", "Rebecca Hall"),
        ("No confirmation on this page.\n", None),
    ],
)
def test_teams_directory_name(text: str, want: str | None) -> None:
    from rhetoscope.structure.labels import _directory_name

    label, info = _directory_name(text, "Hall, Rebecca", classify_label("Hall, Rebecca"))
    assert label == "Hall, Rebecca"  # the label as written; its reading is the person
    if want is None:  # unconfirmed: the reading is left as it was
        assert info == classify_label("Hall, Rebecca")
    else:
        assert info is not None and info.name is not None
        assert info.name.display() == want
