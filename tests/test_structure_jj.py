"""Small cases for the JJ round (Russian and Ukrainian press interviews without labels): a
regional paper's byline with the surname in capitals over the date ("Мария СОКОЛОВА" / "3 марта
2025") names the interviewer of bold questions; the editor's pointer to an earlier story set
flush under the last answer, one paragraph a line ("Нагадаємо, раніше ми писали, що …"), and the
photographer's credit without a colon ("Фото автора") under it are the page's, not the answer's."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import turn_rows

_CAPS_BYLINE = """ГОРОДСКИЕ ВЕСТИ
Общество   Город   Спорт
Городское хозяйство
«Трамвай вернется на Заречную к лету»
Мария СОКОЛОВА
3 марта 2025
Директор городского трамвайного управления Павел Зимин рассказал о ремонте путей и новых вагонах.
**Павел Сергеевич, когда закончится ремонт на Заречной?**
Подрядчик обещает к маю. Рельсы уже завезли, осталось заменить контактную сеть на двух перегонах.
**А новые вагоны когда выйдут на линию?**
Первые четыре придут в апреле. Их сначала обкатают без пассажиров, потом поставим на маршрут.
**Что бы вы пожелали пассажирам?**
Терпения. Все неудобства временные, а вагоны будут служить лет тридцать.
Теги: трамвай, транспорт
"""


def test_caps_surname_byline_over_date_names_the_interviewer() -> None:
    rows = turn_rows(_CAPS_BYLINE)
    asks = [r for r in rows if r[0] == "question"]
    answers = [r for r in rows if r[0] == "answer"]
    assert len(asks) == 3 and len(answers) == 3
    assert {r[1] for r in asks} == {"Мария Соколова"}
    assert {r[1] for r in answers} == {"Павел Зимин"}


_POINTER = """Вісті Прикарпаття
10 квітня 2025, 09:15
Антоніна Левицька
Керівник обласного водоканалу Богдан Гаврилюк розповів нашому виданню про нові насосні станції.
— Богдане Івановичу, коли в місті буде цілодобова вода?
— Сподіваємося, до осені. Дві насосні станції вже замінили, третю монтують зараз.
— Скільки це коштує?
— Близько сорока мільйонів гривень, частину дали міжнародні партнери.
— Дякую за розмову.
— Дякую. Бережіть воду.
Нагадаємо, раніше ми писали, що в місті запрацювала нова лабораторія якості води.
Поширити:
Facebook  Telegram  Viber
"""

_PHOTO_CREDIT = """Северная звезда
Главная » Общество
05.02.2025 08:40
Сорок лет в библиотеке
Ольга ВЕТРОВА
В сельской библиотеке Галина Сергеевна Крылова работает с 1985 года.
Галина Сергеевна, как вы пришли в библиотеку?
Случайно. Подруга уезжала и попросила подменить ее на лето. Так и осталась на сорок лет.
Что сейчас читают дети?
Фэнтези и комиксы. Но классику тоже берут, если ее правильно предложить.
Фото автора
Комментарии (2)
Оставить комментарий
"""


@pytest.mark.parametrize(
    ("text", "last_words"),
    [
        (_POINTER, "— Дякую. Бережіть воду."),
        (_PHOTO_CREDIT, "если ее правильно предложить."),
    ],
)
def test_page_lines_under_the_last_answer_are_trailing(text: str, last_words: str) -> None:
    assert text[: trailing_start(text)].endswith(last_words)
    rows = turn_rows(text)
    assert rows and rows[-1][2].endswith(last_words.lstrip("— "))


@pytest.mark.parametrize(
    "line",
    [
        "Фото автора",
        "Фото авторки.",
        "Фото из архива героини",
        "Світлина з особистого архіву Олени Марченко",
    ],
)
def test_photo_credit_without_colon_closes_the_text(line: str) -> None:
    text = "— Как вы отдыхаете?\n— Читаю и гуляю с собакой.\n" + line + "\n"
    assert text[: trailing_start(text)].endswith("гуляю с собакой.")
