"""Round 35 (GG): numbered questions that state before they ask, a lead that names its one
person and calls them again by the given name, bold questions with the answer on the next line,
an outlet label asked through the author over the date, italic colon prompts, "Игорем"."""

import pytest

from rhetoscope.structure.dialogue import _lead_full_of, _lead_one_called
from rhetoscope.structure.header import _nominative


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Игорем", "Игорь"), ("Ігорем", "Ігор"), ("Сергеем", "Сергей"), ("Ковалем", "Коваль")],
)
def test_nominative_soft_igor(word: str, nominative: str) -> None:
    assert _nominative(word) == nominative


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "Протоієрей Олександр Кушнір служить у храмі Святого Миколая. "
            "Ми поставили отцю Олександру кілька запитань.",
            "Олександр Кушнір",
        ),
        # never called again by the given name alone: no one
        ("Протоієрей Олександр Кушнір служить у храмі Святого Миколая.", None),
    ],
)
def test_lead_one_called(lead: str, want: str | None) -> None:
    assert _lead_one_called(lead) == want


@pytest.mark.parametrize(
    ("label", "lead", "want"),
    [
        ("ТКАЧ", "Политолог Павел Ткач в беседе с обозревателем Игорем Семёновым", "Павел Ткач"),
        (
            "СЕМЁНОВ",
            "Политолог Павел Ткач в беседе с обозревателем Игорем Семёновым",
            "Игорь Семёнов",
        ),
        ("ПЕТРОВ", "Политолог Павел Ткач в беседе с обозревателем Игорем Семёновым", None),
    ],
)
def test_lead_full_of(label: str, lead: str, want: str | None) -> None:
    found = _lead_full_of(label, lead)
    assert (found.display() if found is not None else None) == want
