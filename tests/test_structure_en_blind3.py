"""English page shapes from a third blind batch: wire interviews, GPO covers, phone-ins."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.speakers import classify_label


@pytest.mark.parametrize(
    ("label", "display"),
    [
        ("Caller (Denise, Stockport)", "Denise"),
        ("Prime Minister of Estonia, Liis Saar", "Liis Saar"),
        ("Sheriff Tom Baxter", "Tom Baxter"),
    ],
)
def test_label_names(label: str, display: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert info.name.display() == display


def test_clause_after_comma_is_no_label() -> None:
    assert classify_label("Mr. Chairman, I want to be candid") is None


def test_headline_interview_over_byline_names_no_asker() -> None:
    header = (
        "Moldova’s president says Europe must not sleepwalk in AP interview\n"
        "By STEFAN NICULESCU\n"
        "Moldovan President Elena Dobrescu speaks during an interview. (AP Photo/Vadim Ghirda)\n"
        "In an interview with The Associated Press, Dobrescu, 52, also said she was confident."
    )
    people = _header_people(header)
    assert [(k, n.display()) for k, n in people] == [("interview with", "Elena Dobrescu")]


def test_gpo_cover_title_is_no_label() -> None:
    text = (
        "                   AIR TRAFFIC CONTROL MODERNIZATION:\n"
        "                     STATUS, COSTS, AND NEXT STEPS\n\n"
        "    Mr. Hutchins. The subcommittee will come to order.\n"
        "    Ms. Brandt. Thank you.\n"
        "    Mr. Hutchins. 2027. And is that funded?\n"
        "    Ms. Brandt. It is.\n"
    )
    assert [h.text for h in find_labels(text)] == ["Mr. Hutchins", "Ms. Brandt"] * 2
