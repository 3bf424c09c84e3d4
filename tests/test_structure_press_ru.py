"""Round-26 press-interview snippets: case endings, quoted outlets, boxes under the text."""

import pytest

from rhetoscope.structure.furniture import _READ_ALSO
from rhetoscope.structure.header import _nominative
from rhetoscope.structure.labels import _quoted_outlet
from rhetoscope.structure.metadata import _PERSON_BIO_CYR


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Наталею", "Наталя"), ("Олесею", "Олеся"), ("Машею", "Маша"), ("Вікторією", "Вікторія")],
)
def test_ukrainian_feminine_instrumental(word: str, nominative: str) -> None:
    assert _nominative(word) == nominative


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        ("Город 812", "… «Город 812» обсудил с историком …", True),
        ("Город 812", "… Город 812 обсудил …", False),
        ("Speaker 2", "«Speaker 2»", False),
    ],
)
def test_quoted_outlet(label: str, text: str, expected: bool) -> None:
    assert _quoted_outlet(label, text) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Читайте на РБК Pro", True),
        ("Читайте також", True),
        ("Читайте на сайті «Рубрики»", True),
        ("Читайте на здоровье книги.", False),
    ],
)
def test_read_on_box(line: str, expected: bool) -> None:
    assert (_READ_ALSO.match(line) is not None) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Оксана Мельник – українська режисерка. Народилася 1988 року в Черкасах.",
            True,
        ),
        ("Иван Петров — экономист, родился в 1975 году в Омске.", True),
        ("Оксана Мельник – українська режисерка, яка знімає кіно.", False),
    ],
)
def test_cyrillic_bio_box(line: str, expected: bool) -> None:
    assert (_PERSON_BIO_CYR.fullmatch(line) is not None) is expected
