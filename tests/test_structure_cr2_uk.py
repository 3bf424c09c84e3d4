"""Short cases for Ukrainian interview pages: a genitive -ії name, the "поговорив" lead, a
section break over a subheading, a "Читайте також" box above the closing thanks."""

import pytest

from rhetoscope.structure.furniture import _trim_furniture
from rhetoscope.structure.header import _lead_people_ru
from rhetoscope.structure.speakers import genitive_to_nominative


@pytest.mark.parametrize(
    ("word", "want"),
    [("Наталії", "Наталія"), ("Марії", "Марія"), ("Андрія", "Андрій"), ("Коваль", "Коваль")],
)
def test_genitive_ii(word: str, want: str) -> None:
    assert genitive_to_nominative(word) == want


def test_pohovoryv_lead() -> None:
    lead = "Forbes поговорив із співзасновником компанії Максимом Литвином."
    assert [n.display() for _, n in _lead_people_ru(lead)] == ["Максим Литвин"]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        ("Скоротило вдвічі.\n\n***\n\nЖИТЛО НА ДЕОКУПОВАНИХ ТЕРИТОРІЯХ", "Скоротило вдвічі."),
        ("Скоротило вдвічі.\n\n* * *", "Скоротило вдвічі."),
        ("Скоротило вдвічі.\n\nЧитайте також\nУ Дніпрі пошкоджено підстанцію", "Скоротило вдвічі."),
        ("Скоротило вдвічі.\n\nАле не всюди.", "Скоротило вдвічі.\n\nАле не всюди."),
    ],
)
def test_trim_furniture(tail: str, kept: str) -> None:
    assert tail[: _trim_furniture(tail, 0, len(tail))] == kept
