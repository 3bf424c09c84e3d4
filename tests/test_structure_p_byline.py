"""Rossiyskaya Gazeta's author field prints the surname in capitals ("Текст: Сергей ТКАЧЕВ"): on
a page of plain questions the one author asks, named in the running-text spelling; two authors
in the field name no one."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

_PAGE = (
    "Российская газета\nВласть  Экономика  В мире  Общество  Спорт\n\n"
    "Гендиректор порта: Новый терминал примет первые суда в июне\n\n"
    "14.04.2026 10:20\nРубрика: Экономика\n\n{field}\n\n"
    "В этом году морской порт Усть-Луга откроет новый угольный терминал, рассказал "
    "генеральный директор компании Андрей Семин.\n\n"
    "Андрей Владимирович, когда придут первые суда?\n\n"
    "Первые суда мы ждем в июне, остальные работы закончим к осени.\n\n"
    "Сколько это стоило?\n\n"
    "Около двенадцати миллиардов рублей, в основном собственные средства.\n\n"
    "Будут ли новые рабочие места?\n\n"
    "Да, около трехсот человек, набор уже идет.\n"
)


@pytest.mark.parametrize(
    ("field", "asker"),
    [
        ("Текст: Сергей ТКАЧЕВ", "Сергей Ткачев"),
        ("Текст: Анна ПЕТРОВА-ВОДКИНА (Санкт-Петербург)", "Анна Петрова-Водкина"),
        ("Текст: Ольга ЛЕБЕДЕВА | Фото: Дарья Сомова", "Ольга Лебедева"),
        # two authors: no one asks by name
        ("Текст: Сергей ТКАЧЕВ, Анна ПЕТРОВА", None),
    ],
)
def test_caps_surname_author_field(field: str, asker: str | None) -> None:
    doc = PIPE(read_text(_PAGE.format(field=field)))
    askers = {s.attrs["speaker"] for s in doc.layer("turns") if s.label == "question"}
    assert askers == {asker}
