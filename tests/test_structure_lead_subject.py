"""A wire story's Q&A excerpts: the lead names the interviewee, and a company named beside her
("chief executive of Northstrand Energy", "Northstrand Energy chief says") is no second person."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

BODY = "\n\nQ: Why are you still investing?\n\nA: Because demand is rising.\n"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Exclusive: Northstrand Energy chief says wind 'not dead'\n\nBy Tom Aldridge\n\n"
            "LONDON (Reuters) - The chief executive of Northstrand Energy told Reuters the sector "
            'would recover. "Nobody should write obituaries," Helen Okafor said in an interview. '
            "Okafor took over in January.",
            "Helen Okafor",
        ),
        (
            "Exclusive: Harbour Shipping shares fall\n\nBy Tom Aldridge\n\n"
            "The chief executive of Harbour Shipping spoke in an interview. Helen Okafor said "
            "prices rise. Okafor took over in January.",
            "Helen Okafor",
        ),
        # Two people the lead keeps naming: the text does not say which one answers.
        (
            "Interview\n\nHelen Okafor and Mark Bell spoke in an interview. Okafor and Bell "
            "run the firm.",
            None,
        ),
    ],
)
def test_lead_subject_answers(lead: str, speaker: str | None) -> None:
    rows = turn_rows(lead + BODY)
    assert [r[0] for r in rows[-2:]] == ["question", "answer"]  # below the lead's own row
    assert rows[-1][1] == speaker
