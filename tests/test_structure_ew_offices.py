"""Office and role labels whose holder the page names elsewhere (round 29): an office word the
label writes alone, a conference call's posts and analysts, a venue that is no holder."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows

TAOISEACH = (
    "Press conference by Taoiseach Seán Ó Briain TD and the Tánaiste, Government Buildings, "
    "Dublin, Tuesday 3 June 2025\n\n"
    "The Taoiseach: Good afternoon. Cabinet agreed the plan today.\n\n"
    "Journalist: Tánaiste, will it be costed?\n\n"
    "The Tánaiste: It will, next week.\n\n"
    "Journalist: Taoiseach, when will it start?\n\n"
    "The Taoiseach: In September.\n"
)
OMBUDSMAN = (
    "Q&A with the city ombudsman\n\n"
    "Dr Mira Kostova took over the office in March. She talked to Paul Reyes about delays.\n\n"
    "By Paul Reyes\n\n"
    "Interviewer: How long is the queue?\n\n"
    "Ombudsman: About six hundred cases. Too many.\n\n"
    "Interviewer: Why?\n\n"
    "Ombudsman: Because we took cases that were never ours.\n"
)
CALL = (
    "Norland Shipping Q1 2025 Earnings Call Transcript\n\n"
    "Corporate Participants\n"
    "Anna Berg - Chief Executive Officer\n"
    "Jonas Lind - Chief Financial Officer\n\n"
    "Operator: Welcome to the call. I will hand over to your CEO. Please go ahead.\n\n"
    "CEO: Thank you. It was a good quarter.\n\n"
    "CFO: Revenue rose by 6%.\n\n"
    "Operator: Our first question comes from Sam Reed of Fjord Capital. Please go ahead.\n\n"
    "Analyst: How much of the backlog is for this year?\n\n"
    "CEO: About half.\n\n"
    "CFO: And the rest next year.\n\n"
    "Analyst: That's helpful. And on margins, will they hold?\n\n"
    "CFO: We expect so.\n\n"
    "Operator: There are no further questions. You may now disconnect.\n"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            TAOISEACH,
            [
                ("statement", "Seán Ó Briain"),
                ("question", None),
                ("answer", "The Tánaiste"),
                ("question", None),
                ("answer", "Seán Ó Briain"),
            ],
        ),
        (
            OMBUDSMAN,
            [
                ("question", "Paul Reyes"),
                ("answer", "Mira Kostova"),
                ("question", "Paul Reyes"),
                ("answer", "Mira Kostova"),
            ],
        ),
        (
            CALL,
            [
                ("other", None),
                ("statement", "Anna Berg"),
                ("statement", "Jonas Lind"),
                ("other", None),
                ("question", "Sam Reed"),
                ("answer", "Anna Berg"),
                ("answer", "Jonas Lind"),
                ("question", "Sam Reed"),
                ("answer", "Jonas Lind"),
                ("other", None),
            ],
        ),
    ],
)
def test_office_holders(text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(r[0], r[1]) for r in spoken_rows(text)] == want


@pytest.mark.parametrize(
    ("label", "lead", "want"),
    [
        ("Посол", "Посол Швеції в Україні Карін Ольсон: Ми залишаємося", "Карін Ольсон"),
        (
            "Голова ОВА",
            "Інтерв'ю з головою Сумської ОВА Петром Коваленком\n\nНа фото: Петро Коваленко.",
            "Петро Коваленко",
        ),
    ],
)
def test_slavic_office_holders(label: str, lead: str, want: str) -> None:
    text = (
        f"{lead}\n\nЖурналістка: Як справи?\n\n{label}: Добре.\n\n"
        f"Журналістка: А взимку?\n\n{label}: Готуємося.\n"
    )
    assert [r[1] for r in spoken_rows(text) if r[0] == "answer"] == [want, want]
