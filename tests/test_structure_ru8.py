"""Small cases for the BJ/BL Russian/Ukrainian fixes: genitive names, journalist labels, tags."""

import pytest

from rhetoscope.structure.header import _header_people, _lead_people_ru
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import bracket_outlet, classify_label, genitive_to_nominative


@pytest.mark.parametrize(
    ("word", "want"),
    [("Игоря", "Игорь"), ("Ігоря", "Ігор"), ("Коваля", "Коваль"), ("Андрія", "Андрій")],
)
def test_soft_stem_genitive(word: str, want: str) -> None:
    assert genitive_to_nominative(word) == want


def test_genitive_host() -> None:
    lead = (
        "Глава Минэнерго ответил на вопросы ведущего программы «Воскресное время» Максима Громова."
    )
    people = [(k, n.display()) for k, n in _lead_people_ru(lead)]
    assert ("interview conducted by", "Максим Громов") in people


@pytest.mark.parametrize(
    ("label", "name", "outlet"),
    [
        ("Питання (Укрінформ, Ольга Мельник)", "Ольга Мельник", None),
        ("Питання (Радіо Свобода)", None, "Радіо Свобода"),
        ("Питання (Reuters, переклад з англійської)", None, "Reuters"),
        ("Question (dpa)", None, None),
    ],
)
def test_outlet_then_asker(label: str, name: str | None, outlet: str | None) -> None:
    info = classify_label(label)
    assert info is not None
    assert (info.name.display() if info.name else None) == name
    assert info.outlet == outlet


def test_bracket_outlet_keeps_lowercase_descriptor_off() -> None:
    assert bracket_outlet("газета «Известия»") == "Известия"


@pytest.mark.parametrize(
    "tail",
    [
        "Звернення Президента   Енергетика   Війна\nДата оновлення: 03 листопада 2025 - 21:45\n",
        "Дата публикации: 14 октября 2025 года\nТематика: Экономика и финансы\nРаспечатать\n",
    ],
)
def test_page_tail_closes_text(tail: str) -> None:
    body = "Дякую всім, хто захищає наше небо.\n\nСлава Україні!\n\n"
    assert trailing_start(body + tail) <= len(body)


def test_address_headline_names_speaker() -> None:
    head = "Звернення начальника Сумської ОВА Олександра Гребенюка щодо ситуації в громадах\n"
    people = [(k, n.display()) for k, n in _header_people(head)]
    assert ("звернення", "Олександр Гребенюк") in people
