"""Label-less interviews: a question glued onto the answer before it, the teller named before
the verb, an ad-slot label under the last answer, a "©" credit over a photo caption."""

from __future__ import annotations

import pytest

from rhetoscope.structure.furniture import _trim_furniture
from rhetoscope.structure.header import _lead_people_ru
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.turns import analyse

BEFORE = "Беседовала Анна Петрова.\n"


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        (
            "міністр розвитку громад Денис Шевчук розповів журналістці «Української правди» "
            "Олені Гребенюк, скільки громад готові до зими.",
            "Денис Шевчук",
        ),
        (
            "Председатель правления банка Кирилл Лаптев рассказал в интервью корреспонденту "
            "РБК, когда ждать снижения ставок.",
            "Кирилл Лаптев",
        ),
        # Telling no journalist: news prose, no interview.
        ("Министр Иван Петров рассказал о планах на год.", None),
    ],
)
def test_teller_before_verb(lead: str, who: str | None) -> None:
    found = [n.display() for k, n in _lead_people_ru(BEFORE + lead) if k == "interview with"]
    assert found == ([who] if who else [])


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("© РИА Новости / Павел Лисицын\nСтроительство моста в Тверской области", True),
        ("© это знак копирайта.\nИ мы о нём говорили долго и подробно.", False),
    ],
)
def test_copyright_credit_over_caption(tail: str, cut: bool) -> None:
    text = "Это было непросто.\n\n" + tail
    assert (_trim_furniture(text, 0, len(text)) == len("Это было непросто.")) is cut


def test_ad_label_closes_text() -> None:
    text = "Я працюю.\n\nОлена Гребенюк, УП\n\nРеклама:"
    assert trailing_start(text) <= len("Я працюю.\n\nОлена Гребенюк, УП")


LEAD = "ZN.UA розпитало заступника міністра фінансів Андрія Клименка.\n\n"


def test_glued_question_splits() -> None:
    text = LEAD + (
        "– Наскільки він профінансований?\n\n"
        "– На дві третини. Решту шукаємо.\n\n"
        "– Чи будуть нові податки? Бізнес занепокоєний.\n\n"
        "– Нових податків немає. Йдеться про ухвалені зміни – військовий збір. "
        "– Тобто ставку ПДВ не підвищуватимуть?\n\n"
        "– Такого рішення немає.\n\n"
        "– А якщо транші затримаються?\n\n"
        "– Тоді будемо позичати вдома."
    )
    turns = analyse(text).turns
    assert [t.label for t in turns] == ["question", "answer"] * 4
    assert text[turns[3].start : turns[3].end].endswith("військовий збір.")
    assert text[turns[4].start : turns[4].end] == "Тобто ставку ПДВ не підвищуватимуть?"
