"""Session 28: mechanisms mended by the lead engineer while the fixers worked."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

PRESSER = (
    "NATO press conference\n\n"
    "Allison Hart (NATO Spokesperson): Good afternoon. Questions, please. Deutsche Welle.\n\n"
    "Question: {opening} Teresa Hahn, Deutsche Welle. Is a no-fly zone being discussed?\n\n"
    "Mark Rutte (NATO Secretary General): No. We defend every inch of Allied territory.\n\n"
    "Allison Hart (NATO Spokesperson): Next, Ukrinform.\n\n"
    "Question: Ivan Marchenko, Ukrinform. Would NATO support a ceasefire mission?\n\n"
    "Mark Rutte (NATO Secretary General): That is for the coalition of the willing.\n"
)


@pytest.mark.parametrize(
    ("opening", "asker"),
    [
        ("Thank you so much.", "Teresa Hahn"),
        ("Thank you very much.", "Teresa Hahn"),
        ("Thanks so much.", "Teresa Hahn"),
        # a question that names someone else is no self-introduction
        ("Thank you so much. You met", None),
    ],
)
def test_thanks_before_a_self_introduction(opening: str, asker: str | None) -> None:
    rows = turn_rows(PRESSER.format(opening=opening))
    question = next(r for r in rows if r[0] == "question")
    assert question[1] == asker
