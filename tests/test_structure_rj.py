"""Check I, batch RJ RK RM: a gaggle's half-heard question "Q    (Inaudible) -- … ?" under
its "Q" label (no call's "Name -- post" line), and an outlet's capitals that are also a title's
letters ("…, RT. Mr President, …") after a reporter's own name."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows

_GAGGLE = (
    "Remarks by the Vice President Before Air Force Two Departure\n\n"
    "     Q    Mr. Vice President, will the farm bill pass this week?\n\n"
    "     THE VICE PRESIDENT:  I think so.  We have the votes.\n\n"
    "     Q    (Inaudible) -- {tail}\n\n"
    "     THE VICE PRESIDENT:  Well, rates should be lower.  Everybody knows that.\n\n"
    "     Q    Where are you headed, sir?\n\n"
    "     THE VICE PRESIDENT:  Ohio.  Thank you, everybody.\n"
)

_BRIEFING = (
    "Vladimir Putin answered questions from journalists.\n\n"
    "Question: Pavel Zarubin, Rossiya TV channel. What will the new tariffs mean?\n\n"
    "Vladimir Putin: Very little for consumers.\n\n"
    "Question: {intro}, {outlet}. Mr President, {rest}\n\n"
    "Vladimir Putin: We have agreed on the timeframe.\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "the Federal Reserve?",
        "and the interest rates -- on the Fed chairman?",
        "on China and the chip controls?",
    ],
)
def test_half_heard_question_keeps_its_q_label(tail: str) -> None:
    rows = spoken_rows(_GAGGLE.format(tail=tail))
    assert [r[0] for r in rows] == ["question", "answer"] * 3
    # (the cue opening the body is no one's words: session 29's edge convention)
    assert rows[2][2] == "-- " + tail
    assert rows[3][2].startswith("Well, rates should be lower.")
    assert rows[1][2].endswith("We have the votes.")


@pytest.mark.parametrize(
    ("intro", "outlet", "rest", "who"),
    [
        ("Yekaterina Lebedeva", "RT", "when will the railway be finished?", "Yekaterina Lebedeva"),
        ("Olga Markova", "RT", "a question on the corridor. When?", "Olga Markova"),
        ("Timur Sadykov", "RT", "what about the gas deal?", "Timur Sadykov"),
    ],
)
def test_outlet_acronym_after_reporter_name(intro: str, outlet: str, rest: str, who: str) -> None:
    rows = spoken_rows(_BRIEFING.format(intro=intro, outlet=outlet, rest=rest))
    assert [r[1] for r in rows if r[0] == "question"] == ["Pavel Zarubin", who]
