"""Batch OU: a post's town in the genitive before a Cyrillic name, in a label and in a lead."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _lead_people_ru
from rhetoscope.structure.speakers import classify_label


@pytest.mark.parametrize(
    ("label", "given", "surname"),
    [
        ("Мер Ніжина Віктор Шевчишин", ("Віктор",), "Шевчишин"),
        ("Глава Твери Алексей Огоньков", ("Алексей",), "Огоньков"),
        # a given name, a patronymic and a surname keep all three
        ("Мер Віктор Іванович Шевчишин", ("Віктор", "Іванович"), "Шевчишин"),
    ],
)
def test_post_town_genitive_is_no_given_name(
    label: str, given: tuple[str, ...], surname: str
) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert info.name.given == given
    assert info.name.surname == surname


@pytest.mark.parametrize(
    ("lead", "given", "surname"),
    [
        (
            '"Українська правда" поговорила з міським головою Ніжина Віктором Шевчишиним '
            "про те, як громада пережила блекаут.",
            "Віктор",
            "Шевчишин",
        ),
    ],
)
def test_interview_with_post_town_genitive(lead: str, given: str, surname: str) -> None:
    people = [n for role, n in _lead_people_ru(lead) if role == "interview with"]
    assert people, people
    assert people[0].given == (given,)
    assert people[0].surname == surname
