"""Small cases for batch ON (kremlin.ru working meeting with a governor): the head of state's
last word that grants the governor's request in so many words ("Хорошо, договорились:
подготовьте документы, я дам поручение Правительству. Спасибо."), only the governor's thanks
after it, closes the meeting (`other`); the same instruction without the assent, or with no
thanks after it, stays a statement."""

import pytest

from structure_support import turn_rows

_MEETING = (
    "Президент России\n"
    "Рабочая встреча с губернатором Ярославской области Михаилом Евраевым\n"
    "Владимир Путин провёл рабочую встречу с губернатором Ярославской области Михаилом "
    "Евраевым.\n"
    "16 июля 2025 года\n"
    "Москва, Кремль\n"
    "\n"
    "В.Путин: Михаил Яковлевич, начнём с экономики. Как регион прошёл первое полугодие?\n"
    "\n"
    "М.Евраев: Владимир Владимирович, индекс промышленного производства составил 104,6 "
    "процента. Хорошую динамику показывают машиностроение и химическая промышленность.\n"
    "\n"
    "В.Путин: Как идёт подготовка к зиме? Особенно меня интересует ситуация с сетями.\n"
    "\n"
    "М.Евраев: Износ тепловых сетей высокий, больше 60 процентов. В этом году меняем 38 "
    "километров сетей. Отдельно хотел бы попросить поддержать нашу заявку на "
    "инфраструктурный бюджетный кредит.\n"
    "\n"
    "В.Путин: {last}\n"
)


@pytest.mark.parametrize(
    ("last", "thanks_after", "label"),
    [
        (
            "Хорошо, договорились: подготовьте документы, я дам поручение Правительству. Спасибо.",
            True,
            "other",
        ),
        (
            "Договорились. Подготовьте заявку вместе с Минфином, я поручу Правительству "
            "посмотреть. Спасибо.",
            True,
            "other",
        ),
        # an instruction with no assent that seals the request is substance
        (
            "Подготовьте, пожалуйста, обращение, я поручу Правительству посмотреть. Спасибо.",
            False,
            "statement",
        ),
        (
            "Подготовьте, пожалуйста, обращение, я поручу Правительству посмотреть. Спасибо.",
            True,
            "statement",
        ),
        # a closing remark with no instruction was `other` already
        ("Хорошо, посмотрим вместе с Правительством. Спасибо.", True, "other"),
    ],
)
def test_agreed_closing_word(last: str, thanks_after: bool, label: str) -> None:
    text = _MEETING.format(last=last)
    if thanks_after:
        text += "\nМ.Евраев: Спасибо, Владимир Владимирович.\n"
    rows = turn_rows(text)
    closing = [r for r in rows if r[1] == "Владимир Путин"][-1]
    assert closing[0] == label
