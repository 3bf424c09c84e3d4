"""Batch EB snippets: stenogram names in oblique cases, co-hosts after "з ведучими", host
openings and rejoinders."""

import pytest

from rhetoscope.structure.turns import analyse

SPEAKERS = [
    (  # a woman's patronymic in the dative / accusative completes her initials label
        "ГОЛОВУЮЧИЙ. Слово надається Ірині Василівні Лисенко.\n\n"
        "ЛИСЕНКО І.В. Скільки установок підключено на сьогодні, пане міністре?\n\n"
        "КОВАЛЬ А.М. Підключено 58 установок, ще понад 200 монтуються.\n\n"
        "ГОЛОВУЮЧИЙ. Запрошую Юлію Сергіївну Марченко, будь ласка.\n\n"
        "МАРЧЕНКО Ю.С. Хто відповідає за ці затримки з погодженням?\n",
        ["Головуючий", "Ірина Лисенко", "А.М. Коваль", "Головуючий", "Юлія Марченко"],
    ),
    (  # co-hosts named in the instrumental after the plural "з ведучими"
        "Міністр Богдан Дробот розповів про розмінування. Публікуємо текстову версію розмови "
        "з ведучими Оленою Гуменюк і Тарасом Бойченком.\n\n"
        "Ведуча: Пане Богдане, скільки території вже обстежено?\n\n"
        "Б. Дробот: Понад 30 тисяч квадратних кілометрів, але це лише частина.\n\n"
        "Ведучий: Що ви кажете людям, які повертаються в села?\n\n"
        "Б. Дробот: Не заходити в поле і телефонувати 101.\n",
        ["Олена Гуменюк", "Богдан Дробот", "Тарас Бойченко", "Богдан Дробот"],
    ),
]

ROLES = [
    (  # a deputy's request for the promised papers, right after the answer, asks too
        "ГОЛОВУЮЧИЙ. Слово надається Ірині Василівні Лисенко.\n\n"
        "ЛИСЕНКО І.В. Скільки установок підключено на сьогодні?\n\n"
        "КОВАЛЬ А.М. Підключено 58 установок. Я готовий надати комітету таблицю.\n\n"
        "ЛИСЕНКО І.В. Прошу надати її письмово до кінця тижня.\n\n"
        "ГОЛОВУЮЧИЙ. Дякую. Рішення прийнято.\n",
        ["other", "question", "answer", "question", "other"],
    ),
    (  # a deputy's rejoinder to the minister's answer asks again, the microphone cut off
        "Председательствующий. Морозова Ирина Валентиновна.\n\n"
        "Морозова И. В., фракция КПРФ. Как это согласуется с вашими словами?\n\n"
        "Рябов К. А. Ирина Валентиновна, такие случаи связаны с нормативом.\n\n"
        "Морозова И. В. То есть люди опять виноваты сами? Это не ответ...\n\n"
        "(Микрофон отключён.)\n\n"
        "Председательствующий. Ирина Валентиновна, регламент.\n",
        ["other", "question", "answer", "question", "other"],
    ),
    (  # a host's greeting before turning to a guest under his own label asks nobody
        "ВЕДУЩИЙ: Добрый вечер, это «Открытая студия». Сегодня говорим о квитанциях за "
        "отопление, и наши зрители спрашивают: почему?\n\n"
        "ВЕДУЩИЙ: Виктор Павлович, почему в одном доме платят больше, чем в соседнем?\n\n"
        "КРЮКОВ: Потому что в одном доме стоит прибор учёта, а в другом его нет.\n\n"
        "ЛАРИНА: Позвольте не согласиться. Платить надо за то, что потребил.\n\n"
        "КРЮКОВ: Наталья Сергеевна, но управляющие компании выбирают сами жильцы.\n",
        ["statement", "question", "answer"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKERS)
def test_speakers(text: str, speakers: list[str]) -> None:
    assert [t.attrs["speaker"] for t in analyse(text).turns] == speakers


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_roles(text: str, roles: list[str]) -> None:
    assert [t.label for t in analyse(text).turns][: len(roles)] == roles


def test_microphone_cut_is_no_ones_words() -> None:
    text = ROLES[1][0]
    bodies = [text[t.start : t.end] for t in analyse(text).turns]
    assert not any("Микрофон" in b for b in bodies)
