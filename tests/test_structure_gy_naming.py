"""Naming and furniture rules of round 37 (batch GY): short snippets."""

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.naming import _author_over_date, _complete_from_header
from rhetoscope.structure.speakers import Name, classify_label


def test_one_line_byline_with_dash_and_date_is_the_author() -> None:
    header = "Українська правда\nІнтерв'ю\nОлена Мазур — Середа, 12 листопада 2025, 09:00\n"
    author = _author_over_date(header, [])
    assert author is not None and author.display() == "Олена Мазур"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # A woman's "-ія" given name in the genitive before her indeclinable surname.
        ("Брифінг Уповноваженого з прав дитини Дарії Герасимчук\n", ["Дарія Герасимчук"]),
        ("Встреча с министром Марии Шевчук\n", ["Мария Шевчук"]),
        # A country in the genitive is no given name, nor the last word of a body's name.
        ("с Министром иностранных дел Республики Индонезии Сугионо\n", []),
    ],
)
def test_surname_completed_from_an_oblique_ia_given_name(header: str, expected: list[str]) -> None:
    surname = expected[0].split()[-1] if expected else header.split()[-1]
    found = _complete_from_header([Name((), surname, None, False)], header)
    assert [n.display() for n in found] == expected


@pytest.mark.parametrize(
    ("label", "named"),
    [
        ("Вопрос Владимиру Владимировичу", False),
        ("Вопрос Путину", False),
        ("Питання Президентові", False),
        ("Вопрос Иванова", True),  # a genitive: the asker
    ],
)
def test_question_put_to_a_dative_names_no_asker(label: str, named: bool) -> None:
    info = classify_label(label)
    assert info is not None and (info.name is not None) is named


def test_addressed_question_mid_line_is_no_label() -> None:
    text = 2 * (
        "Д.Песков: Последний вопрос.\n\n"
        "А.Юнашев: Александр Юнашев, Life. Вопрос Владимиру Владимировичу: будет ли продлена "
        "программа?\n\nВ.Путин: Думаю, решение будет положительным.\n"
    )
    assert not any(h.text.startswith("Вопрос") for h in find_labels(text))


def test_previous_and_next_debate_pager_is_trailing_furniture() -> None:
    text = (
        "The Prime Minister\nI hope that all parties will take part in it constructively.\n"
        "Share this contribution\n\nPrevious debate: Business of the House\n"
        "Next debate: Points of Order\n"
    )
    assert "Previous debate" not in text[: trailing_start(text)]


def test_genitive_adjectives_after_a_kind_word_are_no_person() -> None:
    header = "Пресс-конференция по итогам заседания Высшего Государственного совета\n"
    assert _header_people(header) == []
