"""Russian/Ukrainian page shapes: unquoted paper labels, hosts in the instrumental, long
ministry labels, agency backlinks under the text."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _lead_people_ru
from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, classify_label


@pytest.mark.parametrize(
    ("label", "outlet"),
    [
        ("Європейська правда", True),
        ("Российская газета", True),
        ("Економічна правда", True),
        ("Марина правда", False),  # no adjective: not a paper's name
        ("Георгій Тихий", False),
    ],
)
def test_slavic_paper_label(label: str, outlet: bool) -> None:
    info = classify_label(label)
    assert (info is not None and info.kind is LabelKind.QUESTION and info.outlet == label) is outlet


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        ("Про це міністр розповів у розмові з ведучою Катериною Бойко.", "Катерина Бойко"),
        ("Россия 1 | Воскресный вечер с Владимиром Соловьёвым\n", "Владимир Соловьёв"),
        ("Министр рассказал в беседе с ведущим Павлом Зарубиным.", "Павел Зарубин"),
        ("Встреча с Владимиром Соловьёвым\n", None),  # a meeting, not a show's title
    ],
)
def test_host_in_instrumental(lead: str, host: str | None) -> None:
    hosts = [n.display() for k, n in _lead_people_ru(lead) if k == "interview conducted by"]
    assert hosts == ([host] if host else [])


def test_long_ministry_label_speaks_as_the_name() -> None:
    text = (
        "Брифинг.\n\nОфициальный представитель Минобороны России генерал-лейтенант Игорь "
        "Конашенков: Добрый день!\n\nВопрос: Как прошло учение?\n\nИ. Конашенков: Хорошо.\n"
    )
    first = find_labels(text)[0]
    assert first.info.name is not None and first.info.name.display() == "Игорь Конашенков"


@pytest.mark.parametrize(
    "tail",
    [
        "Як повідомляв Укрінформ, раніше Кабінет Міністрів затвердив порядок.",
        "Как сообщал ТАСС, ранее министр заявил о планах.",
        "Новость опубликована в разделах: Новости, Стенограммы",
    ],
)
def test_agency_backlink_is_furniture(tail: str) -> None:
    text = "Ведуча: Дякуємо.\n\nОлійник: Дякую вам.\n\n" + tail + "\n"
    assert text[: trailing_start(text)].endswith("Дякую вам.")
