"""Russian/Ukrainian pages (batch CZ): a talk show's cast list naming the host before his role,
a lead's "Модератором выступила …", a web outlet's one-word Latin brand as a journalist's label,
an audience question from an online stream."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows as turns

CASES = [
    (
        # "Кирилл Вязов – ведущий программы;" in the cast list: the host of "ВЕДУЩИЙ:".
        "«Тема». Ипотека\n\nВ студии:\nКирилл Вязов – ведущий программы;\nАндрей Сергеев – "
        "депутат.\nМарина Лосева – экономист.\n\nВЕДУЩИЙ: Добрый вечер! Андрей Викторович, "
        "кому станет лучше?\n\n"
        "СЕРГЕЕВ: Многодетным.\n\nВЕДУЩИЙ: Марина Олеговна, согласны?"
        "\n\nЛОСЕВА: Отчасти.\n",
        0,
        ("question", "Кирилл Вязов"),
    ),
    (
        # "Модератором выступила … Ольга Ким": the lead names who chairs as "Ведущая:".
        "Губернатор Иван Петров провёл пресс-конференцию. Модератором выступила руководитель "
        "пресс-службы Ольга Ким.\n\nВедущая: Добрый день! Начинаем.\n\nГубернатор: Добрый "
        "день.\n\nВедущая: Первый вопрос.\n\nАнна Смирнова, ГТРК: Когда откроют больницу?"
        "\n\nГубернатор: Весной.\n",
        0,
        ("other", "Ольга Ким"),
    ),
    (
        # "AmurMedia:": a regional web outlet's brand asks, as "Суспільне:" would.
        "Губернатор Иван Петров провёл пресс-конференцию.\n\nВопрос: Когда откроют больницу?"
        "\n\nГубернатор: Весной.\n\nAmurMedia: Добрый день. Будут ли компенсации?\n\n"
        "Губернатор: Да, для льготников.\n",
        2,
        ("question", "AmurMedia", "Будут ли компенсации?"),
    ),
    (
        # "Запитання з онлайн-трансляції:": an unnamed viewer's question, a turn of its own.
        "Брифінг МОЗ\n\nСергій Ткачук: Доброго дня. Вакцин достатньо.\n\nСуспільне: Чи буде "
        "карантин?\n\nС. Ткачук: Ні.\n\nЗапитання з онлайн-трансляції: Чи можна щепитися "
        "одночасно?\n\nС. Ткачук: Так, можна.\n",
        3,
        ("question", None, "щепитися одночасно?"),
    ),
]


@pytest.mark.parametrize(("text", "index", "expected"), CASES)
def test_cz_pages(text: str, index: int, expected: tuple[str | None, ...]) -> None:
    label, speaker, body = turns(text)[index]
    assert (label, speaker) == expected[:2]
    if len(expected) > 2:  # the turn ends where the speaker does
        assert body.endswith(str(expected[2]))


def test_leading_researcher_is_no_host() -> None:
    # "ведущий научный сотрудник" is a guest's post ("leading researcher"), not the host's role.
    text = (
        "«Тема». Ипотека\n\nВ студии:\nАндрей Сергеев – ведущий научный сотрудник ИМЭМО;\n"
        "Марина Лосева – экономист.\nДмитрий Орехов – застройщик.\n\n"
        "ВЕДУЩИЙ: Добрый вечер! Андрей Викторович, кому станет лучше?\n\n"
        "СЕРГЕЕВ: Многодетным.\n\nВЕДУЩИЙ: Марина Олеговна, согласны?\n\n"
        "ЛОСЕВА: Отчасти.\n\nОРЕХОВ: Позвольте.\n"
    )
    rows = turns(text)
    assert rows[0][:2] == ("question", None)


def test_question_from_outlet() -> None:
    # "Вопрос от РИА Новости:": the outlet asks, as under "Вопрос (РИА Новости):".
    text = (
        "Брифинг МИД\n\nМария Захарова: Добрый день. Начнём.\n\nВопрос от РИА Новости: Что с "
        "переговорами?\n\nМария Захарова: Идут.\n\nВопрос из зала: А санкции?\n\n"
        "Мария Захарова: Нет.\n"
    )
    rows = turns(text)
    assert rows[1][:2] == ("question", "РИА Новости")
    assert rows[3][:2] == ("question", None)
