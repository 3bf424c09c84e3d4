"""Round DL: small snippets for the label, header and furniture rules it added."""

from __future__ import annotations

import pytest

from rhetoscope.structure.directions import _directions
from rhetoscope.structure.header import _HEADER_PERSON_RU
from rhetoscope.structure.labels import _LINE_STENOGRAM
from rhetoscope.structure.metadata import _TRAILING_LINE
from rhetoscope.structure.speakers import bracket_outlet


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Сухов В.\u00a0Н. Спасибо за вопрос.", "Сухов В.\u00a0Н. "),
        ("Сухов В. Н., заместитель Министра. Уважаемые", "Сухов В. Н., заместитель Министра. "),
    ],
)
def test_stenogram_initials(line: str, label: str) -> None:
    m = _LINE_STENOGRAM.search(line)
    assert m is not None and m.group(0) == label


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("С ведущим программы «Интервью» Евгением Ракитиным он обсудил", False),
        ("Интервью Владимира Путина агентству", True),
    ],
)
def test_header_person_genitive_only(text: str, found: bool) -> None:
    assert (_HEADER_PERSON_RU.search(text) is not None) is found


@pytest.mark.parametrize(
    ("who", "outlet"),
    [("Первый канал", "Первый канал"), ("вопрос к обоим", None), ("НТВ", "НТВ")],
)
def test_bracket_outlet_channel(who: str, outlet: str | None) -> None:
    assert bracket_outlet(who) == outlet


@pytest.mark.parametrize(
    ("line", "trailing"),
    [
        ("👁 48.2K   изменено 13:47", True),
        ("Цей матеріал підготовлено за підтримки партнерів. Погляди не обов'язково …", True),
        ("This material was produced with the support of the EU.", True),
        ("Этот материал я прочитал вчера.", False),
    ],
)
def test_trailing_lines(line: str, trailing: bool) -> None:
    assert (_TRAILING_LINE.match(line) is not None) is trailing


def test_dropped_line_is_a_direction() -> None:
    text = "Гість: там зараз працюють\n\n[Зв'язок перервався]\n\nВедучий: Схоже, ми втратили.\n"
    assert [text[a:b] for a, b in _directions(text, [], len(text))] == ["[Зв'язок перервався]"]
