"""Bold web interviews and Russian/Ukrainian header names (batch BV): short case tables."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _trim_narration
from rhetoscope.structure.header import _attested_surname


@pytest.mark.parametrize(
    ("word", "text", "want"),
    [
        ("Сидоренком", "Голова агентства Дмитро Сидоренко: …", "Сидоренко"),
        ("Дмитром", "Голова агентства Дмитро Сидоренко: …", "Дмитро"),
        ("Бондарем", "Заступник міністра Олег Бондар: …", "Бондар"),
    ],
)
def test_instrumental_name_attested(word: str, text: str, want: str) -> None:
    assert _attested_surname(word, text) == want


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("Так, перевіряли.\n\nСидоренко показує таблицю з цінами.", "Так, перевіряли."),
        ("Так, перевіряли.\n\nДмитро Сидоренко показує таблицю.", "Так, перевіряли."),
        ("Так, перевіряли.\n\nЦе правда.", "Так, перевіряли.\n\nЦе правда."),
    ],
)
def test_narration_trimmed(body: str, kept: str) -> None:
    assert body[: _trim_narration(body, 0, len(body), "Дмитро Сидоренко")] == kept
