"""Check K, batch SD SE: a self-introduction after two pleasantries, a follow-up asked for and
granted, and a lead's moderator over her role label beside a closing byline."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

BRIEFING = """Department Press Briefing
March 3, 2026

MR PRICE: Good afternoon. I have nothing at the top, so let's go to your questions.

QUESTION: Thanks, Ned. Carla Diaz with AFP. Is there any update on the consular access?

MR PRICE: We continue to press for it. I don't have an update today.

QUESTION: {intro} Is the ambassador returning to post this week?

MR PRICE: She will return when we judge it appropriate. I won't put a date on it.

QUESTION: {leave}

MR PRICE: {granted}

QUESTION: Will she carry a message from the Secretary?

MR PRICE: I'm not going to preview private diplomatic conversations.

QUESTION: Thank you.
"""

MODERATED = """Укрінформ

Енергетика громад: Мінрегіон представив програму відновлення котелень
03.03.2026 11:00
Київ

Заступник міністра Андрій Савчук розповів про відновлення котелень. {credit}

Модераторка: Добрий день. Слово надається заступнику міністра Андрію Савчуку.

Андрій Савчук: Дякую. Цього року ми відновимо понад сто котелень у прифронтових громадах.

Модераторка: Дякую. Переходимо до запитань.

Питання: Суспільне Харків, Олег Мороз. Коли запрацюють котельні в Куп'янську?

Андрій Савчук: До початку опалювального сезону, якщо дозволить безпекова ситуація.

Модераторка: Дякуємо. Пресконференцію завершено.

Ірина Сидоренко, Київ
"""


def _turns(text: str) -> list[tuple[str, str | None]]:
    doc = PIPELINE(read_text(text))
    return [(s.label, s.attrs["speaker"]) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("intro", "leave", "granted"),
    [
        ("Hi. Thanks. Owen Marsh, Bloomberg.", "Can I follow up on that?", "Go ahead."),
        ("Hello. Thank you. Owen Marsh with Bloomberg.", "Could I follow up on this?", "Sure."),
        ("Good afternoon. Thanks. Owen Marsh, Bloomberg.", "May I follow up on that?", "Please."),
    ],
)
def test_two_pleasantries_then_name_and_granted_follow_up(
    intro: str, leave: str, granted: str
) -> None:
    turns = _turns(BRIEFING.format(intro=intro, leave=leave, granted=granted))
    askers = [sp for label, sp in turns if label == "question"]
    # The reporter who named himself after "Hi. Thanks." asks, asks leave to go on, and asks
    # again once it is granted.
    assert askers[1:4] == ["Owen Marsh", "Owen Marsh", "Owen Marsh"], turns


@pytest.mark.parametrize(
    ("credit", "label", "byline", "want"),
    [
        (
            "Модерувала пресконференцію журналістка Укрінформу Наталія Гнатюк.",
            "Модераторка",
            "Ірина Сидоренко, Київ",
            "Наталія Гнатюк",
        ),
        (
            "Модерував пресконференцію журналіст Укрінформу Павло Мельник.",
            "Модератор",
            "Ірина Сидоренко, Одеса",
            "Павло Мельник",
        ),
    ],
)
def test_role_label_is_the_leads_moderator_beside_a_byline(
    credit: str, label: str, byline: str, want: str
) -> None:
    text = (
        MODERATED.format(credit=credit)
        .replace("Модераторка:", f"{label}:")
        .replace("Ірина Сидоренко, Київ", byline)
    )
    doc = PIPELINE(read_text(text))
    under = [s.attrs["speaker"] for s in doc.layer("turns") if s.attrs["speaker_label"] == label]
    # The closing byline's writer asks nothing: the role label is the moderator the lead names.
    assert len(under) == 3 and set(under) == {want}, under
