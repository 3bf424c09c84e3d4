"""Round 30 (EZ) mechanisms: a California court record's sworn block and page numbers, a phone-in
caller's label, a sponsor read between dash marks, a social post's action bar."""

from __future__ import annotations

import pytest

from rhetoscope.structure.directions import _AD_BLOCK
from rhetoscope.structure.furniture import _trim_caps_lines, _trim_page_furniture
from rhetoscope.structure.metadata import _ACTION_ROW
from rhetoscope.structure.speakers import classify_label
from structure_support import turn_rows

COURT = """\
BEFORE THE HONORABLE ELAINE MORCOS, JUDGE, DEPARTMENT 14

APPEARANCES:
For the People:     JAMES OYELARAN, Deputy District Attorney
For the Defendant:  ANA SOFIA REINHOLT, Attorney at Law

     THE COURT: We're back on the record. Ms. Reinholt, you may continue your cross-examination.

                      GRACE LINDQVIST,
called as a witness by the People, having been previously sworn, resumed the stand:

                 CROSS-EXAMINATION (Resumed)
BY MS. REINHOLT:
     Q. Ms. Lindqvist, you saw the car from your kitchen window. Correct?
     A. Yes.
     MR. OYELARAN: Objection. Asked and answered on direct.
     THE COURT: Overruled. You may answer the question.
     THE WITNESS: I'd say sixty feet. There's a hedge in between, but it's low.
BY MS. REINHOLT:
     Q. The hedge was trimmed in November, wasn't it?
     A. I don't know when it was trimmed.
                                                            23
     MS. REINHOLT: Nothing further.
     THE COURT: Any redirect? No? Thank you.
"""


def test_court_record_names_and_ends() -> None:
    turns = turn_rows(COURT)
    speakers = [s for _, s, _ in turns]
    assert speakers[0] == "Elaine Morcos"
    assert turns[0][2].endswith("your cross-examination.")  # not the sworn block below
    assert speakers[1] == "Ana Sofia Reinholt"  # the appearances' double given name
    assert speakers[2] == "Grace Lindqvist"  # "A." is the sworn witness
    assert speakers[5] == "Grace Lindqvist"  # so is "THE WITNESS:"
    assert turns[7][2].rstrip().endswith("was trimmed.")  # the page number "23" is furniture


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # The sworn block runs on in lower case, and the heading carries a note.
        (
            "THE COURT: Go on.\n\n   JANE ROE,\ncalled as a witness, having been duly sworn, "
            "testified as follows:\n\n   DIRECT EXAMINATION (Continued)\n",
            "THE COURT: Go on.",
        ),
        # A body with no sentence end above the capitals keeps them.
        ("THE COURT: Go on\n\nDIRECT EXAMINATION\n", None),
    ],
)
def test_trim_caps_lines(body: str, kept: str | None) -> None:
    cut = _trim_caps_lines(body, 0, len(body))
    assert body[:cut] == (kept if kept is not None else body)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("A. I don't know.\n                                  23\n", "A. I don't know."),
        # A number in the running text, not set apart, stays.
        ("A. The answer is\n23\n", "A. The answer is\n23"),
    ],
)
def test_right_set_page_number(body: str, kept: str) -> None:
    assert body[: _trim_page_furniture(body, 0, len(body), frozenset())] == kept


@pytest.mark.parametrize(
    ("label", "surname", "role"),
    [
        ("Слухачка Оксана", "Оксана", "Слухачка"),
        ("Caller Tom", "Tom", "Caller"),
        ("Слушатель Иван", "Иван", "Слушатель"),
    ],
)
def test_caller_label(label: str, surname: str, role: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert (info.name.given, info.name.surname, info.role) == ((), surname, role)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("— SPONSOR BREAK —\nThis episode is supported by X.\n— END SPONSOR BREAK —\n", True),
        ("[Ad break]\nThis episode is supported by X.\n[End of ad break]\n", True),
        ("— SPONSOR BREAK —\nThis episode is supported by X.\n", False),
    ],
)
def test_sponsor_block(text: str, found: bool) -> None:
    assert (_AD_BLOCK.search(text) is not None) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Reply · Repost · Like · Bookmark", True),
        ("12 Comments · 3 Shares · Like", True),
        ("Like · Comment", False),
        ("I like it · you share it · we reply", False),
    ],
)
def test_action_row(line: str, found: bool) -> None:
    assert (_ACTION_ROW.fullmatch(line) is not None) is found
