# ruff: noqa: E501
"""Check N, batch SY SZ TA: a reporter abroad greeting the visitor in the host's language before
the English self-introduction, a Ukrainian follow-up "І ще уточню:", an English follow-up
that narrows the question just answered ("And specifically – …?"), and an English title
"X addressed the participants …" over the unlabelled address before the labelled questions."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

HOST_GREETING = """Remarks to the Press

SECRETARY BLAKE: Good morning. I am glad to be in Bogotá. I will take a few questions.

MODERATOR: First question, from El Tiempo.

QUESTION: Buenos días, Secretario. Camila Herrera Ortiz, El Tiempo. Will the United States keep funding the coca substitution programs next year?

SECRETARY BLAKE: We intend to. The funding request is before Congress and I expect it to pass.

MODERATOR: Next, from Le Monde.

QUESTION: Bonjour, Monsieur le Secrétaire. Julien Moreau, Le Monde. Do you expect a new agreement on migration?

SECRETARY BLAKE: We are close. I would not put a date on it.
"""

UK_CLARIFY = """Пресконференція в Укрінформі

Модератор: Добрий день, колеги. Переходимо до запитань.

Запитання: Радіо Свобода, Олег Мартинюк. Скільки мостів відновлять цього року?

Петро Гнатюк: Вісім мостів, з них три на Київщині. Роботи вже почалися.

Запитання: І ще уточню: хто фінансує ці роботи?

Петро Гнатюк: Переважно державний бюджет і кошти партнерів.
"""

EN_NARROWING = """Press conference

Moderator: We have time for a few questions.

Question: Maria Popescu, Digi24. Mr. President, what do you expect from NATO after the drone incidents near the border?

President Kovalenko: More air defense and one common picture of the sky. That is the practical step we proposed.

Question: And specifically – are you asking allied jets to fly over your territory in the border region?

President Kovalenko: I will not discuss that in public. The decisions belong to the Alliance.
"""

EN_ADDRESS_TITLE = """President of Ukraine
Official website
News   Addresses   Interviews

President Oksana Hrytsenko addressed the participants of the Carpathian Energy Summit and answered questions from journalists

12 June 2026 - 11:15

Dear participants of the summit! Dear guests from Poland and Slovakia!

I am glad to see you in Uzhhorod. Our grids are now part of one European system, and we must protect them together.

Moderator: Thank you, Madam President. We have time for questions.

Question: Piotr Nowak, Polish Radio. Will Ukraine export more power to Poland this winter?

Oksana Hrytsenko: If the weather allows, yes. We are ready to share what we produce.
"""


def _turns(text: str) -> list[tuple[str, str | None]]:
    doc = PIPELINE(read_text(text, source="case.txt"))
    return [(s.label, s.attrs["speaker"]) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("text", "index", "label", "speaker"),
    [
        (HOST_GREETING, 2, "question", "Camila Herrera Ortiz"),
        (HOST_GREETING, 5, "question", "Julien Moreau"),
        (UK_CLARIFY, 3, "question", "Олег Мартинюк"),
        (EN_NARROWING, 3, "question", "Maria Popescu"),
        (EN_ADDRESS_TITLE, 0, "statement", "Oksana Hrytsenko"),
    ],
)
def test_turn(text: str, index: int, label: str, speaker: str) -> None:
    turns = _turns(text)
    assert turns[index] == (label, speaker), turns
