"""Speakers named from the page rather than the label: a feminine correspondent and a
researcher's trade label, a woman's genitive given name before an undeclined surname, a Korean
family name, a Lusophone name across its particles, a first name said in full in its own first
turn, and a nickname the lead gives."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as rows

_CASES = [
    (
        "Про нову дамбу ми поговорили з біологинею Оксаною Гринь, яка вивчає заплаву.\n\n"
        "Кореспондентка: Пані Оксано, що змінилося за рік?\n"
        "Науковиця: Усе заросло вербою.\n\n"
        "Кореспондентка: Це добре?\n"
        "Науковиця: Здебільшого так.\n\n"
        "Розмовляла Олена Савчук\n",
        1,
        ("answer", "Оксана Гринь", "Усе заросло вербою."),
    ),
    (
        "«Зал стал взрослее»\n\nИнтервью\n\nАвтор: Пётр Сомов\n\n"
        "Новый сезон филармонии откроется в октябре. О том, кто ходит на концерты, мы узнали у "
        "Марины Ковальчук, которая руководит филармонией с 2020 года.\n\n"
        "Вопрос: Чем откроется сезон?\n"
        "Директор: Бетховеном.\n\n"
        "Вопрос: Почему?\n"
        "Директор: Потому что юбилей.\n",
        2,
        ("answer", "Марина Ковальчук", "Бетховеном."),
    ),
    (
        'INTERVIEW | KIM Min-seo: "Ships are slow money"\n\n'
        "Kim Min-seo has run the yard since 2020.\n\n"
        "Q: How is the order book?\n"
        "Kim: Full until 2027.\n\n"
        "Q: And prices?\n"
        "Kim: Rising.\n",
        2,
        ("answer", "Kim Min-seo", "Full until 2027."),
    ),
    (
        "Ana Luísa dos Reis Tavares, who runs the port authority, on dredging and delays\n\n"
        "Interviewer: Why is the channel late?\n"
        "Tavares: The dredger broke down.\n\n"
        "Interviewer: When will it open?\n"
        "Tavares: In spring.\n",
        1,
        ("answer", "Ana Luísa dos Reis Tavares", "The dredger broke down."),
    ),
    (
        "Panel 2: Ports and power\n\n"
        "Moderator: Aoife O Briain, Maritime Office\n\n"
        "Aoife: Good morning, everyone. I'm Aoife Ó Briain, and I chair this panel.\n\n"
        "Lars, what is the plan?\n"
        "Lars: Shore power by 2030.\n\n"
        "Aoife: And the grid?\n"
        "Lars: That is the hard part.\n",
        2,
        ("question", "Aoife Ó Briain", "And the grid?"),
    ),
    (
        "Giorgi Tsereteli — known to everyone in Imereti as Gogi — grows hazelnuts.\n\n"
        "Q: How was the harvest?\n"
        "Gogi: Poor, the frost came late.\n\n"
        "Q: And prices?\n"
        "Gogi: Better than last year.\n",
        1,
        ("answer", "Giorgi Tsereteli", "Poor, the frost came late."),
    ),
    (
        "Подкаст «Степ» · Випуск 3\n\n"
        "Ведучі: Ігор Бойко і Катя (Катерина) Гуменюк. Звукорежисер: Петро Ясько.\n\n"
        "Ігор: Вітаємо всіх у студії.\n"
        "Катя: Маріє, з чого все почалося?\n"
        "Гостя: З бабусиної майстерні.\n\n"
        "Катя: А далі?\n"
        "Гостя: Далі — ярмарки.\n",
        3,
        ("question", "Катерина Гуменюк", "А далі?"),
    ),
    (
        "Модератор: Елена Орлова\n\n"
        "Орлова: Коллеги, начнём. Виктор Андреевич, что может район?\n"
        "Ким: Дать помещение.\n\n"
        "Из зала: Вопрос к Виктору Андреевичу. А жильё?\n"
        "Ким: Это главная проблема.\n",
        2,
        ("question", None, "Вопрос к Виктору Андреевичу. А жильё?"),
    ),
]


@pytest.mark.parametrize(("text", "index", "row"), _CASES)
def test_turn_row(text: str, index: int, row: tuple[str, str | None, str]) -> None:
    assert rows(text)[index] == row
