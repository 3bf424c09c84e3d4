"""Round-25 (DX) naming from the page: signatures, initials, particles, greetings, chairs."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people, _place_name
from rhetoscope.structure.speakers import Name, classify_label, name_from_phrase
from rhetoscope.structure.turns import analyse


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(sp.label, sp.attrs.get("speaker")) for sp in analyse(text).turns]


@pytest.mark.parametrize(
    ("label", "surname"),
    [("R.D.-P.", "R.D.-P."), ("J.M.", "J.M."), ("Ní Bhriain", "Ní Bhriain")],
)
def test_label_forms(label: str, surname: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None and info.name.surname == surname


@pytest.mark.parametrize(
    ("phrase", "surname"), [("Siobhán Ní Bhriain", "Ní Bhriain"), ("Seán Ó Briain", "Ó Briain")]
)
def test_irish_particles(phrase: str, surname: str) -> None:
    name = name_from_phrase(phrase)
    assert name is not None and name.surname == surname


@pytest.mark.parametrize(
    ("given", "surname", "place"),
    [("Нижний", "Новгород", True), ("Старый", "Оскол", True), ("Дмитрий", "Петров", False)],
)
def test_place_pairs(given: str, surname: str, place: bool) -> None:
    assert _place_name(Name((given,), surname, None, False)) is place


def test_double_surname_in_genitive() -> None:
    people = _header_people("Брифінг речника ОВА Андрія Мельника-Заболотного щодо атаки")
    assert [n.display() for _, n in people] == ["Андрій Мельник-Заболотний"]


CASES = [
    # The closing signature names who asks; the titled thanks is a remark.
    (
        "Title\n\nQ: Why now?\n\nKassem: Because the data moved. We had to act.\n\n"
        "Q: And next?\n\nKassem: More of the same, I expect, for years.\n\n"
        "Q: Dr Kassem, thank you.\n\nKassem: Thank you.\n\n"
        "Interview by Hannah Brooks. This interview has been edited for clarity.\n",
        [
            ("question", "Hannah Brooks"),
            None,
            ("question", "Hannah Brooks"),
            None,
            ("other", "Hannah Brooks"),
            None,
        ],
    ),
    # A podcast's unnamed GUEST is the one the host greets by title and full name.
    (
        "Episode 1\nHosts Ana Whitfield and Marcus Lee.\n\n"
        "ANA: Deputy Minister Chidi Okafor, thank you for joining us. How many lack power?\n\n"
        "GUEST: Thank you, Ana. Roughly eighty million people do.\n\n"
        "MARCUS: Is that improving?\n\nGUEST: Slowly, yes, it is improving.\n\n"
        "ANA: What changed?\n\nGUEST: The tariffs did, mostly.\n\n"
        "MARCUS: Isn't that regressive?\n\nGUEST: Per unit, yes. Per month, often no.\n",
        [None, ("answer", "Chidi Okafor"), None, ("answer", "Chidi Okafor")] + [None] * 4,
    ),
    # A chair who names herself in her first words.
    (
        "Брифинг\n\nМодератор: Добрый день, коллеги. Меня зовут Ольга Лапина, я руководитель "
        "пресс-службы. Вам слово.\n\nБелозёров: Спасибо. Пассажиропоток вырос.\n\n"
        "Вопрос: Почему окраины не учли?\n\nБелозёров: Учли, но недостаточно.\n\n"
        "Модератор: Спасибо, брифинг завершён.\n",
        [(None, "Ольга Лапина"), None, None, None, (None, "Ольга Лапина")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_named_from_page(text: str, want: list[tuple[str | None, str] | None]) -> None:
    got = speakers(text)
    assert len(got) == len(want)
    for (label, speaker), w in zip(got, want, strict=True):
        if w is None:
            continue
        if w[0] is not None:
            assert label == w[0]
        assert speaker == w[1]
