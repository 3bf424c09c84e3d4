"""Russian/Ukrainian press pages (batch AZ): a host named in the dative, a glued initials label
after the chair's hand-off, a follow-up question at a meeting, a journalist named by the reply,
a site's signature above its hashtags, mid.ru's index of persons under the text."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as turns

CASES = [
    (
        # "розповів ведучій Марині Гончар": the host, in the dative, names "Ведуча:".
        "Міністр Віктор Ляшко розповів ведучій Марині Гончар про грип.\n\nВедуча: Що з "
        "вакцинами?\n\nЛяшко: Їх достатньо.\n\nВедуча: А черги?\n\nЛяшко: Працюємо.\n",
        0,
        ("question", "Марина Гончар"),
    ),
    (
        # "…сезону.С.Цивилев:": a minister who speaks once, his label glued to the chair's call.
        "Владимир Путин провёл совещание с членами Правительства.\n\nВ.Путин: Добрый день. "
        "Александр Валентинович, пожалуйста.\n\nА.Новак: Цены стабилизировались, запасы "
        "выше нормы.\n\nВ.Путин: А на Востоке что? Там сложнее.\n\nА.Новак: Да, там "
        "сложнее, мы увеличили поставки.\n\nВ.Путин: Спасибо. Сергей Евгеньевич Цивилев, "
        "пожалуйста.С.Цивилев: Отопительный сезон начался в плановом режиме.\n",
        -1,
        ("statement", "Сергей Цивилев", "в плановом режиме."),
    ),
    (
        # The chair's follow-up to the one who has just reported asks; the reply answers.
        "Владимир Путин провёл совещание с членами Правительства.\n\nВ.Путин: Добрый день. "
        "Александр Валентинович, пожалуйста.\n\nА.Новак: Цены стабилизировались, запасы "
        "выше нормы.\n\nВ.Путин: А на Востоке что? Там сложнее, чем в центре.\n\nА.Новак: "
        "Да, там сложнее, мы увеличили поставки.\n\nВ.Путин: Хорошо. Спасибо.\n",
        3,
        ("answer", "Александр Новак"),
    ),
    (
        # "Павел, Вы …": the principal's reply names the one-initial journalist, who asks.
        "Владимир Путин ответил на вопросы журналистов.\n\nВопрос: Как итоги визита?\n\n"
        "В.Путин: Хорошие.\n\nП.Зарубин: Владимир Владимирович, можно уточнить? В Европе "
        "говорят иначе.\n\nВ.Путин: Павел, Вы же сами там были.\n\nВопрос: А бюджет?\n\n"
        "В.Путин: Свёрстан с запасом.\n",
        2,
        ("question", "Павел Зарубин"),
    ),
    (
        # president.gov.ua's signature over its hashtags and source line is no one's words.
        "Президент України Володимир Зеленський\nЗвернення Президента України Володимира "
        "Зеленського\n\nБажаю здоров’я, українці!"
        "\n\nСлава Україні!\n\nПрезидент України\n#Звернення #Енергетика\n"
        "Джерело: https://www.president.gov.ua/news/zvernennya-97321\n",
        -1,
        ("statement", "Володимир Зеленський", "Слава Україні!"),
    ),
    (
        # mid.ru's "Дополнительные материалы" / "Персоналии" / "Лавров С.В." under the text.
        "Интервью Министра иностранных дел России С.В.Лаврова\n\nВопрос: Сергей Викторович, "
        "как переговоры?\n\nС.В.Лавров: Идут.\n\nВопрос: Спасибо!\n\nДополнительные "
        "материалы\nПерсоналии\nЛавров С.В.\nСтраны\nСША\n",
        -1,
        ("other", None, "Спасибо!"),  # a reporter's thanks asks nothing
    ),
]


@pytest.mark.parametrize(("text", "index", "expected"), CASES)
def test_press_pages(text: str, index: int, expected: tuple[str | None, ...]) -> None:
    label, speaker, body = turns(text)[index]
    assert (label, speaker) == expected[:2]
    if len(expected) > 2:  # the turn ends where the speaker does
        assert body.endswith(str(expected[2]))
