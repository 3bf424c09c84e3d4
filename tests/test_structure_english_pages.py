"""Short cases for English transcript pages: BBC covers and initials, GPO hearings, rev.com
one-off speakers, typo'd labels, header forms."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(("raw", "kind"), [("DA", LabelKind.PERSON), ("HQ", LabelKind.PERSON)])
def test_capitals_particle_is_initials(raw: str, kind: LabelKind) -> None:
    info = classify_label(raw)
    assert info is not None and info.kind is kind


@pytest.mark.parametrize(
    ("header", "want"),
    [
        ("SUNDAY WITH X\nINTERVIEW: DANIEL ASHWORTH MP, HOME SECRETARY\n", "interview with"),
        (
            "Foreign Minister Alexei Dorofeyev’s statement and answers to media questions",
            "statement",
        ),
    ],
)
def test_header_kinds(header: str, want: str) -> None:
    assert [k for k, _ in _header_people(header)] == [want]


def test_inline_interview_colon_names_nobody() -> None:
    assert _header_people("Putin interview: Tucker Carlson asks about Ukraine\n") == [
        ("interview by", _header_people("Tucker Carlson asks about it")[0][1])
    ]


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (t.label, t.attrs["speaker"], text[t.start : t.end].split("\n")[0])
        for t in analyse(text).turns
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # GPO Senate hearing: "The Chairman." in mixed case, no blank line between turns.
        (
            "    The Chairman. Thank you. When will it be done?\n"
            "    Ms. Castellano. Within three years.\n"
            "    The Chairman. Senator Alvarez.\n"
            "    Senator Alvarez. Administrator, how many are certified?\n"
            "    Ms. Castellano. Fewer than we want.\n"
            "    [Whereupon, at 11:48 a.m., the hearing was adjourned.]\n\n    [all]\n",
            ["The Chairman", "Ms. Castellano", "The Chairman", "Senator Alvarez", "Ms. Castellano"],
        ),
        # A semicolon for a colon among capitals labels.
        (
            "ELENA VOSS: Rick, how long does this hold?\n\nRICK DOMINGUEZ; Look, not long.\n\n"
            "ELENA VOSS: Helen?\n\nHELEN PARK: They are worried.\n\nELENA VOSS: Thanks.\n",
            ["Elena Voss", "Rick Dominguez", "Elena Voss", "Helen Park", "Elena Voss"],
        ),
        # rev.com: a full name with the stamp speaks once.
        (
            "Speaker 1 (00:00):\nPlease welcome the mayor!\n\n"
            "Tony Reyes (00:09):\nGood evening!\n\n"
            "Ellen Marchetti (01:02):\nThank you!\n\nAudience (02:31):\nEllen!\n\n"
            "Ellen Marchetti (02:36):\nThank you.\n\nAudience (03:04):\nBoo!\n",
            [None, "Tony Reyes", "Ellen Marchetti", None, "Ellen Marchetti", None],
        ),
    ],
)
def test_speakers(text: str, want: list[str | None]) -> None:
    got = [sp for _, sp, _ in _turns(text)]
    assert [g.split()[-1] if g else None for g in got] == [
        w.split()[-1] if w else None for w in want
    ]
