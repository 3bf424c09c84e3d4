"""Batch HI snippets: label-less Russian and Ukrainian press interviews — bold prompts ending in
a colon, a lead quoting the writer's own address, a masthead credited as a photo source, a
couple under a plural surname, a glued bold label, a bracketed caption, numbered questions."""

import pytest

from rhetoscope.structure.dialogue import _dash_dialogue
from rhetoscope.structure.turns import analyse

SPEAKERS = [
    (  # bold prompts closing on a colon over plain answers; the lead's quoted vocative names her
        "«Пані Марто Бойко, чому ви закрили пекарню в Кракові?» — питаю, щойно ми сідаємо.\n\n"
        "**Розкажіть, як ви вирішили повернутися:**\n\n"
        "Це тривало два роки. Я жила між двома містами.\n\n"
        "**Скільки коштувало відкриття тут:**\n\n"
        "Близько пів мільйона гривень разом із ремонтом.\n\n"
        "**Що найважче в роботі зараз:**\n\n"
        "Відключення світла. Взимку працювали з генератором.\n",
        [None, "Марта Бойко", None, "Марта Бойко", None, "Марта Бойко"],
    ),
    (  # a two-word masthead credited again as the photo source is no one; the box names him
        "Вечірній Поділ\nСуспільство / Інтерв'ю\n\n"
        "Староста громади розповів нашому виданню про воду та школу.\n\n"
        "– Скільки людей залишається в селі?\n"
        "– Близько тисячі. Переважно літні люди.\n\n"
        "– Що з водою?\n"
        "– Возимо цистернами, бо водогін пошкоджений.\n\n"
        "Фото: підвезення води. Фото Вечірній Поділ\n\n"
        "– Школа працює?\n"
        "– Так, в укритті, два класи.\n\n"
        "ДОВІДКА\nМирослав Гайда, 1975 р. н. Староста громади з 2021 року.\n",
        [None, "Мирослав Гайда", None, "Мирослав Гайда", None, "Мирослав Гайда"],
    ),
    (  # a couple under a Ukrainian plural surname: each answers under the singular
        "Марія та Степан Ковальчуки три роки тому переїхали в село.\n\n"
        "*Як сприйняли переїзд знайомі?*\n\n"
        "**Степан:** Крутили пальцем біля скроні.\n\n"
        "**Марія:** А нам сподобалося одразу.\n\n"
        "*Повернулися б назад?*\n\n"
        "**Марія:** Ні.\n\n"
        "**Степан:** Хіба що в гості.\n",
        [None, "Степан Ковальчук", "Марія Ковальчук", None, "Марія Ковальчук", "Степан Ковальчук"],
    ),
    (  # a soft-stem instrumental given name before an indeclinable surname; a glued bold label
        "Мы встретились с тренером Павлом Головко и капитаном Игорем Шевченко.\n\n"
        "_Вы ожидали выхода в плей-офф?_\n\n"
        "**Головко:** Честно — нет.\n\n"
        "**Шевченко:** Мы просто перестали бояться.\n\n"
        "_А болельщики?_\n\n"
        "**Головко:** Ходят всегда.\n\n"
        "**Шевченко:**Для них и играем.\n",
        [None, "Павел Головко", "Игорь Шевченко", None, "Павел Головко", "Игорь Шевченко"],
    ),
]


def test_speakers_cases() -> None:
    for text, speakers in SPEAKERS:
        assert [t.attrs["speaker"] for t in analyse(text).turns] == speakers, text[:60]


def test_bracketed_caption_is_no_answer() -> None:
    text = SPEAKERS[3][0].replace(
        "**Шевченко:** Мы просто перестали бояться.\n\n",
        "**Шевченко:** Мы просто перестали бояться.\n\n"
        "[Фото: Игорь Шевченко в матче с «Медведями»]\n\n",
    )
    turns = analyse(text).turns
    assert all("Фото" not in text[t.start : t.end] for t in turns)


@pytest.mark.parametrize(
    "heading",
    ["Вам не здається, що зараз не до заказників", "Не кажется ли вам, что это рано"],
)
def test_opinion_heading_asks(heading: str) -> None:
    text = (
        "### Чому саме терикони?\n\nБо це унікальний експеримент.\n\n"
        "### Зараз ви можете туди їздити?\n\nНа більшість — ні.\n\n"
        f"### {heading}\n\nМені здається, що саме зараз треба думати.\n"
    )
    assert [t.label for t in analyse(text).turns] == ["question", "answer"] * 3


def test_numbered_questions_leave_their_blitz_tail() -> None:
    text = (
        "Наш корреспондент поговорил с гидрологом.\n\n"
        "1. Этим летом вода была низкой. Это аномалия?\n\nНе аномалия, а тенденция.\n\n"
        "2. То есть климат ни при чем?\n\nКлимат влияет на приток.\n\n"
        "3. Чем опасны водохранилища\n\nОни превратили реку в цепочку озер.\n\n"
        "Блиц\n\n— Любимое место?\n— Остров.\n— Рыбачите?\n— Только с удочкой.\n"
    )
    assert _dash_dialogue(text, len(text), []) == ()
