"""Check M, batch ST SU: a regional site's dotted brand, set alone on a line of the page's top,
asks as its label."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

DOTTED = """Радио Свобода
{brand}
Новости   Регионы   Мнения

«Вода пришла ночью». Гидролог – о паводке на Тереке

Мадина Алиева
3 апреля 2026

Терек вышел из берегов у трех сел. Почему, {brand} спросили у гидролога Руслана Гаджиева.

{brand}: Руслан, почему дамбы не выдержали?

Руслан Гаджиев: Их не ремонтировали лет тридцать. Грунт размыт, а воды в этом году вдвое больше.

{brand}: Кто за это отвечает?

Руслан Гаджиев: Район кивает на республику, республика на район. А люди сидят на крышах.

{brand}: Спасибо.

Руслан Гаджиев: Спасибо вам.
"""


def _turns(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = PIPELINE(read_text(text, source="check_m.txt"))
    return [
        (
            s.label,
            s.attrs["speaker"],
            s.attrs["speaker_label"],
            doc.span_text(s),
        )
        for s in doc.layer("turns")
    ]


@pytest.mark.parametrize(
    "brand",
    ["Кавказ.Реалии", "Idel.Реалии", "Сибирь.Реалии"],
)
def test_dotted_masthead_brand_asks(brand: str) -> None:
    turns = _turns(DOTTED.format(brand=brand))
    questions = [t for t in turns if t[0] == "question"]
    assert len(questions) >= 2
    assert all(t[2] == brand for t in questions)
    assert all(t[1] == "Мадина Алиева" for t in questions)
    assert not any(t[3].startswith(brand) for t in turns)
    assert questions[0][3] == "Руслан, почему дамбы не выдержали?"
