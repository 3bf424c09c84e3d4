"""Batch QI (round 55): a lead's telling verb before the interviewee's name, two bylines
stacked over the date, and a membership box's heading under the last answer (short pages)."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as turns

# Rossiyskaya Gazeta: plain questions, the author in the "Текст:" field, the lead telling whom
# the paper's correspondent heard ("корреспонденту «РГ» рассказал … Павел Кузьмин"): the
# name after the verb is the teller's, the field's author asks.
RG_TOLD = """Российская газета
Регионы

Урожай винограда упал вдвое

Почему виноделы Кубани ждут трудного сезона
Текст: Марина Зотова (Краснодар)
02.10.2025 11:20

Сбор винограда на Кубани оказался вдвое ниже прошлогоднего. О том, что случилось с лозой и \
чего ждать покупателям, корреспонденту "РГ" рассказал директор краевого института виноделия \
Павел Кузьмин.

Павел Сергеевич, насколько плохим оказался урожай?

Очень плохим. Весенние заморозки побили почки на половине виноградников, а летом не было дождей.

Это повлияет на цены вина?

Отечественное вино подорожает, но не сильно. У крупных хозяйств есть запасы прошлых лет.

Когда лоза восстановится?

Через два-три года, если зима будет мягкой. Мы уже раздаем хозяйствам новые саженцы.
"""

# Vedomosti: two writers' names stacked right over the date, dash dialogue: two authors name
# no one who asks.
VEDOMOSTI_TWO = """Ведомости
Бизнес / Интервью

Игорь Малахов: «Спрос на стекло вернется через год»

Гендиректор «Стеклопрома» о заводах, импорте и ценах

Мария Орлова
Денис Сафронов
14 марта 2026 г. 00:10

Производство листового стекла в 2025 г. сократилось на 7%. Гендиректор «Стеклопрома» Игорь \
Малахов рассказал «Ведомостям», как компания переживает спад.

— Насколько упал спрос в прошлом году?

— Примерно на десятую часть. Застройщики отложили новые проекты, и мы остановили одну линию.

— Вы рассчитываете на рост в этом году?

— Первое полугодие будет слабым. Все зависит от ставки и от ипотеки.

— Что будет с ценами?

— Цены вырастут на уровень инфляции, не больше.
"""

# The Kyiv Independent: the membership box under the last answer, its heading flush over the
# pitch ("We are staying right here" / "… Become a member …"): the heading is the box's.
KI_BOX = """Interview: How a Kharkiv bakery kept its ovens on

by Daria Koval
November 3, 2025 9:10 AM

The Kyiv Independent spoke with baker Olena Marchuk about blackouts and supply.

The Kyiv Independent: How do you bake through blackouts?

Marchuk: We bought two generators in 2023. They run every night now.

The Kyiv Independent: Where does the flour come from?

Marchuk: From mills in Poltava Oblast. Deliveries are slower, but they still come.

The Kyiv Independent: What will the winter bring?

Marchuk: More outages, I expect. We will keep the ovens on as long as we can.

We are staying right here
Independent reporting costs money. Become a member of the Kyiv Independent today.
Join now
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            RG_TOLD,
            [
                ("question", "Марина Зотова"),
                ("answer", "Павел Кузьмин"),
                ("question", "Марина Зотова"),
                ("answer", "Павел Кузьмин"),
                ("question", "Марина Зотова"),
                ("answer", "Павел Кузьмин"),
            ],
        ),
        (
            VEDOMOSTI_TWO,
            [
                ("question", None),
                ("answer", "Игорь Малахов"),
                ("question", None),
                ("answer", "Игорь Малахов"),
                ("question", None),
                ("answer", "Игорь Малахов"),
            ],
        ),
    ],
    ids=["rg_told_correspondent", "vedomosti_two_bylines"],
)
def test_speakers(text: str, want: list[tuple[str, str | None]]) -> None:
    got = [(role, speaker) for role, speaker, _ in turns(text) if role != "other"]
    assert got == want


@pytest.mark.parametrize(
    ("text", "last_words"),
    [(KI_BOX, "as long as we can.")],
    ids=["membership_box_heading"],
)
def test_last_answer_ends_above_box(text: str, last_words: str) -> None:
    rows = turns(text)
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith(last_words)
