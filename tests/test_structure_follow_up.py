"""A journalist's follow-up under a bare question label is theirs when it continues their last
question (an opening ellipsis) or calls itself a clarification or one more question; anything
weaker leaves the asker unnamed."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

OPENING = (
    "Ответы на вопросы журналистов\n\n"
    "Вопрос: Анна Клименко, «Известия». Владимир Владимирович, будут ли меры?\n\n"
    "В.Путин: Правительство решит.\n\n"
)
OPENING_EN = (
    "Press conference\n\n"
    "Question: Tom Ellis, Reuters. Mr Prime Minister, will there be new measures?\n\n"
    "Prime Minister Rutte: The government will decide.\n\n"
)


@pytest.mark.parametrize(
    ("opening", "follow_up", "speaker"),
    [
        (OPENING, "Вопрос: И ещё одно уточнение, если можно…", "Анна Клименко"),
        (OPENING, "Вопрос: …Сроки какие-то есть?", "Анна Клименко"),
        (OPENING, "Вопрос: Ещё один вопрос: когда?", "Анна Клименко"),
        (OPENING, "Вопрос: І коротке уточнення: коли?", "Анна Клименко"),
        (OPENING_EN, "Question: ...by the end of the year, I mean?", "Tom Ellis"),
        # Anyone in the room may ask these: the asker stays unnamed.
        (OPENING, "Вопрос: Уточните, пожалуйста, по срокам — когда?", None),
        (OPENING, "Вопрос: Сроки какие-то есть?", None),
        (OPENING_EN, "Question: A follow-up on tariffs. Is a deal close?", None),
        (OPENING, "Вопрос: Уточнение к вопросу коллеги: когда?", None),
    ],
)
def test_follow_up_asker(opening: str, follow_up: str, speaker: str | None) -> None:
    answer = (
        "\n\nВ.Путин: Посмотрим.\n"
        if opening is OPENING
        else "\n\nPrime Minister Rutte: We will see.\n"
    )
    rows = turn_rows(opening + follow_up + answer)
    assert [r[0] for r in rows] == ["question", "answer", "question", "answer"]
    assert rows[0][1] is not None
    assert rows[2][1] == speaker
