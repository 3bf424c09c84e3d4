"""Russian/Ukrainian press interviews: first-exchange labels over unlabelled Q&A, lead names in
the accusative, donation boxes, restated follow-ups (short snippets, not the blind batch)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _ATTRIBUTION_TAIL
from rhetoscope.structure.furniture import _trim_furniture
from rhetoscope.structure.header import _accusative_pair, _lead_people_ru


@pytest.mark.parametrize(
    ("given", "surname", "want"),
    [
        ("Андрія", "Коломійця", ("Андрій", "Коломієць")),
        ("Сергія", "Ярошенка", ("Сергій", "Ярошенко")),
        ("Ивана", "Кравця", ("Иван", "Кравець")),
        ("Ірину", "Бойко", ("Ірина", "Бойко")),
        ("Елену", "Петрову", ("Елена", "Петрова")),
    ],
)
def test_accusative_pair(given: str, surname: str, want: tuple[str, str] | None) -> None:
    assert _accusative_pair(given, surname) == want


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "«Економічна правда» розпитала голову правління асоціації Андрія Коломійця.",
            "Андрій Коломієць",
        ),
        ('Що буде з гривнею, "Страна" запитала в економіста Сергія Ярошенка.', "Сергій Ярошенко"),
        ("Журналист спросил, почему в Москве дожди.", None),
    ],
)
def test_asked_in_lead(lead: str, want: str | None) -> None:
    got = [n.display() for k, n in _lead_people_ru(lead) if k == "interview with"]
    assert got == ([want] if want else [])


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("Курс – одна історія, а втрати, – зовсім інша.", False),
        ("Тогда почему списки засекречены? — не унимался Карпенко.", True),
        ("Мы готовы, — сказал он.", True),
    ],
)
def test_attribution_tail(tail: str, cut: bool) -> None:
    assert (_ATTRIBUTION_TAIL.search(tail) is not None) is cut


@pytest.mark.parametrize(
    "box",
    [
        "Підтримайте hromadske\nМи незалежне медіа. Підтримайте нас щомісячним внеском.",
        "Підтримати «Східний варіант»\nПідтримайте незалежну журналістику — кожна гривня важить.",
    ],
)
def test_donation_box_trimmed(box: str) -> None:
    text = "Ми навчаємо командирів базових навичок.\n\n" + box
    assert _trim_furniture(text, 0, len(text)) == text.index("\n\n")


def test_a_plain_paragraph_sentence_is_kept() -> None:
    text = "Ми навчаємо командирів.\n\nПідтримайте одне одного.\nЦе важливо."
    assert _trim_furniture(text, 0, len(text)) == len(text)
