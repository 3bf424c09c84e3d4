"""Check O's pinned outlet labels: a byline row of the writer's name and, after a comma, the
outlet or the town she filed from, next to a stamp with its clock, names the one journalist the
outlet's label asks through; a second name after the comma is a co-author and names no one."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

_UKRINFORM = (
    "Укрінформ\nПолітика  Економіка  Регіони\n\n"
    "Ігор Ткач, голова Волинської ОВА\nМи відновили всі котельні до зими\n\n"
    "{stamp}\n\n"
    "Волинь пройшла осінь без великих аварій.\n\n"
    "Укрінформ: Ігорю Петровичу, як пройшла осінь?\n\n"
    "Ігор Ткач: Спокійно. Усі котельні працюють.\n\n"
    "Укрінформ: А що з мостами?\n\n"
    "Ігор Ткач: Два відремонтовано, третій восени.\n"
)


@pytest.mark.parametrize(
    ("stamp", "asker"),
    [
        ("14.10.2026 09:15\nОксана Литвин, Луцьк", "Оксана Литвин"),
        ("Оксана Литвин, Луцьк\n14.10.2026 09:15", "Оксана Литвин"),
        # two writers: the outlet asks
        ("14.10.2026 09:15\nОксана Литвин, Марта Гнатів", "Укрінформ"),
    ],
)
def test_byline_row_beside_stamp(stamp: str, asker: str) -> None:
    doc = PIPE(read_text(_UKRINFORM.format(stamp=stamp)))
    askers = {
        s.attrs["speaker"]
        for s in doc.layer("turns")
        if s.attrs.get("speaker_label") == "Укрінформ"
    }
    assert askers == {asker}
