# ruff: noqa: E501
"""Round-45 office labels (batch JF): short realistic snippets, not the blind files."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.speakers import LabelKind, classify_label

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def speakers(text: str) -> list[str | None]:
    doc = PIPELINE(read_text(text))
    return [s.attrs.get("speaker") for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("LEADER OF THE COUNCIL", "Leader of the Council"),
        ("CHAIR OF THE COMMITTEE", "Chair of the Committee"),
        ("MINISTER FOR HEALTH", "Minister for Health"),
        ("PUBLIC TRUSTEE", "Public Trustee"),
        ("Главный судебный пристав", "Главный судебный пристав"),
        ("Секретар ради", "Секретар ради"),
    ],
)
def test_office_labels(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


COUNCIL = """Public question time at the full council meeting ran to half an hour. The leader of the council, Councillor Tom Renshaw, answered on behalf of the executive.

THE LORD MAYOR: Order, please. The first question is from Mrs Ruth Adeyemi.

QUESTIONER: Thank you. When will the council admit the new rota isn't working?

LEADER OF THE COUNCIL: Thank you, Mrs Adeyemi. Missed collections are down by 12 per cent.

THE LORD MAYOR: Thank you. That concludes public question time.
"""

PRISTAV = """Новости   Общество   Экономика   Интервью   Спорт

Главный пристав подвёл итоги года

Автор: Дарья ЛЕБЕДЕВА

Прошла пресс-конференция главного судебного пристава Курской области Игоря Семенихина. Модератором выступила пресс-секретарь управления Анна Долгих.

Модератор: Добрый день, коллеги. Начнём.

Главный судебный пристав: Добрый день. Коротко об итогах года.

Вопрос (ТАСС): Сколько должников сейчас в розыске?

Главный судебный пристав: На сегодня в розыске 214 человек.

Модератор: Спасибо, коллеги.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the chair who spoke first is not the person the next answer addresses; the
        # questioner is the one the chair calls (round 46)
        (COUNCIL, ["The Lord Mayor", "Ruth Adeyemi", "Tom Renshaw", "The Lord Mayor"]),
        # a section menu's "Интервью" makes no interview of a press conference (the byline's
        # writer is no moderator); two adjectives before the post decline in the lead
        (
            PRISTAV,
            [None, "Анна Долгих", "Игорь Семенихин", "ТАСС", "Игорь Семенихин", "Анна Долгих"],
        ),
    ],
)
def test_office_holders(text: str, want: list[str | None]) -> None:
    assert speakers(text) == want
