"""A reporter's bare thanks under a question label asks nothing: it is ``other``; thanks that go
on to ask stay a question."""

from __future__ import annotations

import pytest

from structure_support import turn_rows


@pytest.mark.parametrize(
    ("turn", "label"),
    [
        ("Q  Thank you, Dana.", "other"),
        ("Q: Thank you.", "other"),
        ("Question: Thank you very much, Mr Minister. Thank you.", "other"),
        ("Вопрос: Спасибо вам большое.", "other"),
        ("Запитання: Дякую.", "other"),
        ("Q: Thank you. And on Iran, will you meet them?", "question"),
        ("Вопрос: Спасибо. Когда будет решение?", "question"),
        ("Q: Thanks, Dana. Two questions on tariffs.", "question"),
    ],
)
def test_reporters_thanks(turn: str, label: str) -> None:
    text = (
        "Press Briefing by Press Secretary Dana Whitfield\n\n"
        "Q: Will the President sign the bill?\n\n"
        "MS. WHITFIELD: He will sign it on Friday.\n\n"
        f"{turn}\n\n"
        "MS. WHITFIELD: Thanks, everyone.\n"
    )
    rows = turn_rows(text)
    assert rows[-2][0] == label, rows[-2]


@pytest.mark.parametrize(
    "closing",
    [
        "Запитання: Дякую за розмову.",
        "Question: Thank you very much for the interview.",
        "Вопрос: Спасибо за интервью!",
    ],
)
def test_closing_thanks_for_the_interview(closing: str) -> None:
    """The interviewer's last line thanks for the talk: ``other``, answered or not."""
    text = "Interview\n\nQuestion: Will you win?\n\nAnswer: We will.\n\n" + closing + "\n"
    assert turn_rows(text)[-1][0] == "other"
