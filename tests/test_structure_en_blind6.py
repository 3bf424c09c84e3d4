"""Short snippets for the sixth English blind batch: a menu crumb "Interviews" over the headline
"Interview of …", "The interviewer is …", rev.com's "<Name> Transcripts" tag line, a
"Photographer:" caption between turns, closing footers, a spokesperson's bare call on the floor."""

from __future__ import annotations

import pytest

from rhetoscope.structure.furniture import caption_paragraphs
from rhetoscope.structure.header import _header_people
from rhetoscope.structure.speakers import parse_name
from structure_support import turn_rows


def turns(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(label, speaker, body[:20], body[-20:]) for label, speaker, body in turn_rows(text)]


@pytest.mark.parametrize(
    ("header", "want"),
    [
        (
            "News\nInterviews\nInterview of President of Ukraine Anton Melnyk to the newspaper X",
            [("interview of", "Melnyk")],
        ),
        (
            "The interview was recorded in Kyiv. The interviewer is Gazeta Nowa's foreign editor"
            " Piotr Zielinski.",
            [("interview by", "Zielinski")],
        ),
        ("The interviewer was Piotr Zielinski.", []),  # no role word: not read
    ],
)
def test_header_people(header: str, want: list[tuple[str, str]]) -> None:
    assert [(k, n.surname) for k, n in _header_people(header)] == want


@pytest.mark.parametrize(
    ("tokens", "ok"),
    [(["Lisa", "Harlan", "Transcripts"], False), (["Lisa", "Harlan"], True)],
)
def test_transcripts_is_no_name_word(tokens: list[str], ok: bool) -> None:
    assert (parse_name(tokens) is not None) is ok


@pytest.mark.parametrize(
    ("gap", "rows"),
    [
        ("\n\nHans Weber\nPhotographer: Anna Roth/Bloomberg\n\n", ["Hans Weber\nPhotographer"]),
        ("\n\nHans Weber\nHe spoke in Vienna.\n\n", []),
    ],
)
def test_caption_paragraph_with_credit_line(gap: str, rows: list[str]) -> None:
    found = [gap[a:b] for a, b in caption_paragraphs(gap, 0, len(gap))]
    assert [r[: len(w)] for r, w in zip(found, rows, strict=False)] == rows
    assert len(found) == len(rows)


BRIEFING = """Good afternoon.  The Secretary-General is travelling today.  That is all from me.

Spokesperson:  Maria, please.

Question:  Thank you.  Is the convoy moving?

Spokesperson:  It is, as of this morning.

Question:  And the second one?

Spokesperson:  Not yet.  I wish you all a good afternoon.

For information media. Not an official record.
"""


def test_briefing_floor_call_and_footer() -> None:
    got = turns(BRIEFING)
    assert [g[0] for g in got][-5:] == ["other", "question", "answer", "question", "answer"]
    assert got[-1][3].endswith("a good afternoon.")


QA = """Q: Where do you see the neutral rate?

A: Somewhere near 2%. The end of the cycle is coming into view.

Have a confidential tip for our reporters? Get in touch
"""


def test_tip_footer_is_trailer() -> None:
    assert turns(QA)[-1][3] == "is coming into view."
