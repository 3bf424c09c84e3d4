"""Rosters above hearings and stenograms, and a radio page's station line (round 38, HF)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.cover import _chair, _presiding_stenogram
from rhetoscope.structure.metadata import _TRAILING_LINE
from structure_support import turn_rows

_HEARING = """LIST OF SPEAKERS
SEN. JANE ROWE (R-KAN.), CHAIRWOMAN
SEN. TOM ORTEGA (D-N.M.), RANKING MEMBER
SEN. AMY LI (D-WASH.)

WITNESSES:
PAUL DENT, ADMINISTRATOR, FEDERAL AVIATION ADMINISTRATION

ROWE: The committee will come to order. I now recognize the ranking member.

ORTEGA: Thank you, Madam Chair. I hope today we hear dates, not adjectives.

ROWE: Administrator Dent, you are recognized for five minutes.

DENT: Thank you, Chairwoman. We have hired 1,900 controllers this year.

ROWE: Senator Li.

LI: Thank you. How many facilities still work six-day weeks?

DENT: Around 30 percent of them, Senator.

ROWE: How many controllers are certified?

DENT: About 300 of them today.
"""


def test_cq_hearing_roster() -> None:
    rows = turn_rows(_HEARING)
    speakers = [s for _, s, _ in rows]
    # the ranking member's one "ORTEGA:" speaks; "LI:" is the roster's "AMY LI"
    assert "Tom Ortega" in speakers
    assert "Amy Li" in speakers
    labels = {(s, w[:14]): label for label, s, w in rows}
    assert labels[("Tom Ortega", "Thank you, Mad")] == "statement"
    assert labels[("Paul Dent", "Thank you, Cha")] == "statement"


@pytest.mark.parametrize(
    ("preface", "want"),
    [
        ("SEN. JANE ROWE (R-KAN.), CHAIRWOMAN\nSEN. TOM ORTEGA (D-N.M.), RANKING MEMBER\n", "ROWE"),
        ("REP. MARK HALE (R-OHIO), CHAIRMAN\n", "HALE"),
        ("SEN. TOM ORTEGA (D-N.M.), RANKING MEMBER\n", None),
    ],
)
def test_roster_chair(preface: str, want: str | None) -> None:
    chair = _chair(preface)
    assert (chair.surname if chair else None) == want


@pytest.mark.parametrize(
    ("before", "want"),
    [
        (
            "Веде засідання Перший заступник Голови Верховної Ради України Олександр КОРНІЙЧУК\n",
            "Олександр Корнійчук",
        ),
        (
            "Головує на засіданні секретар Київської міської ради Ярослав Мельник.\n",
            "Ярослав Мельник",
        ),
    ],
)
def test_presiding_caps_surname(before: str, want: str) -> None:
    assert _presiding_stenogram(before) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Слухайте Громадське радіо: FM 95.2, онлайн та в застосунку.", True),
        ("Слушайте «Радио Сфера» на 91,4 FM", True),
        ("Слухайте, радіо вже не працює.", False),
    ],
)
def test_station_line(line: str, want: bool) -> None:
    assert (_TRAILING_LINE.match(line) is not None) is want
