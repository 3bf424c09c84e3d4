"""Round 31 (FE): naming from leads and the shapes of plain questions."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _caps_question
from rhetoscope.structure.header import _lead_people_ru


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "Корреспондент Алексей Кондратьев спросил у Ирины Шевчук, директора фонда.",
            "Ирина Шевчук",
        ),
        ("Мы поговорили с Дарьей Гордиенко о том, как меняется город.", "Дарья Гордиенко"),
    ],
)
def test_lead_interviewee(lead: str, want: str) -> None:
    got = [n.display() for k, n in _lead_people_ru(lead) if k == "interview with"]
    assert got == [want]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("А ЧТО КОНКРЕТНО НЕ ТАК С НОВЫМИ МИКРОРАЙОНАМИ", True),
        ("ЧТО МЕШАЕТ?", True),
        ("СПРАВКА", False),
        ("Там нет улиц.", False),
    ],
)
def test_caps_question(line: str, want: bool) -> None:
    assert _caps_question(line) is want
