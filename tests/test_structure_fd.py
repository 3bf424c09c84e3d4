"""Round 56, batch SB: a plain Q&A whose lead has the guest tell the page's masthead about it
("… told the Kyiv Independent how …") is asked by the single byline's writer; a subscription
pitch behind a short question under a dash interview's last answer ("Хотите быть в курсе …?
Подписывайтесь …") is the page's, with any box above it."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as rows

_PLAIN_TOLD = (
    "Skip to content\n"
    "{masthead}\n"
    "News   Ukraine War   Business   Opinion\n\n"
    "Ukraine » Interview\n\n"
    "'The water must keep running' — Odesa utility chief on a winter of strikes\n\n"
    "by {byline}\n"
    "February 3, 2026 9:10 AM   5 min read\n\n"
    "Odesa's water utility has lost grid power a dozen times since December.\n\n"
    "Olha Marchenko, who has headed the city's water utility since 2021, told {told} how "
    "the pumps survive blackouts and what worries her most.\n\n"
    "This interview has been edited for length and clarity.\n\n"
    "How many times did the pumps stop this winter?\n\n"
    "Twelve times since December. Each time the backup power started within a minute, and "
    "the city never lost water pressure for long.\n\n"
    "Where does the fuel come from?\n\n"
    "Partly from the city budget, partly from donors. A week of full generator power costs "
    "more than our monthly repair budget.\n\n"
    "What worries you most?\n\n"
    "A long frost together with a big attack. Then every hour without power counts.\n\n"
    "Olha Marchenko\n"
)


@pytest.mark.parametrize(
    ("masthead", "byline", "told", "asker"),
    [
        # (the masthead's whole name after "told the")
        ("The Kyiv Independent", "Iryna Kovalenko", "the Kyiv Independent", "Iryna Kovalenko"),
        # (a masthead without the article, the lead naming it bare)
        ("Harbour Ledger", "Tom Whitaker", "Harbour Ledger", "Tom Whitaker"),
    ],
)
def test_plain_questions_told_the_masthead_take_the_byline(
    masthead: str, byline: str, told: str, asker: str
) -> None:
    text = _PLAIN_TOLD.format(masthead=masthead, byline=byline, told=told)
    got = [(role, speaker) for role, speaker, _ in rows(text)]
    assert got == [("question", asker), ("answer", "Olha Marchenko")] * 3


_RIA_TAIL = (
    "Глава Росводресурсов Павел Сидоренко рассказал РИА Новости о паводках.\n\n"
    "— Павел Андреевич, чего ждать весной?\n\n"
    "— Паводок будет умеренным. Мы готовы к нему лучше, чем в прошлом году.\n\n"
    "— Где самые сложные участки?\n\n"
    "— На Урале и в Сибири. Там мы заранее укрепили дамбы.\n\n"
    "— И последний вопрос. Что посоветуете жителям?\n\n"
    "— Следить за предупреждениями и не откладывать эвакуацию, если о ней объявят.\n\n"
    "{box}\n\n"
    "Росводресурсы   Павел Сидоренко   Россия   Паводки\n"
)


@pytest.mark.parametrize(
    "box",
    [
        # (a Ukrainian page's pitch, its question as short)
        "Хочете першими дізнаватися головні новини регіону? Підписуйтеся на наш канал у Viber",
        # (a subscription pitch behind its short question)
        "Хотите узнавать о главном раньше всех? Подписывайтесь на РИА Новости в Telegram",
        # (under an infographic's title and its bare credit, as the page sets them)
        "Уровень воды: прогноз на апрель\n© РИА Новости\n\n"
        "Хотите быть в курсе главных новостей? Подписывайтесь на РИА Новости в Telegram",
    ],
    ids=["uk-pitch", "pitch", "under-infographic"],
)
def test_dash_last_answer_ends_above_subscription_pitch(box: str) -> None:
    got = rows(_RIA_TAIL.format(box=box))
    assert got[-1][0] == "answer"
    assert got[-1][2] == (
        "Следить за предупреждениями и не откладывать эвакуацию, если о ней объявят."
    )
