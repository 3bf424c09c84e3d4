"""Batch QV (final check G): a Cyrillic label that lost the space after its colon, a woman's
instrumental given name beside her indeclinable surname in a kremlin.ru heading, a reporter
pressing the same question again ("И всё-таки, …"), and RBC's cover-photo credit under the tags."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as turns

MID_GLUED = """Министерство иностранных дел Российской Федерации

Ответы Министра иностранных дел Российской Федерации С.В.Лаврова на вопросы СМИ, \
Минск, 3 июня 2026 года

Вопрос: Сергей Викторович, чем закончились переговоры?

С.В.Лавров: Переговоры были полезными, мы договорились продолжить контакты.

Вопрос: Будет ли новая встреча летом?

С.В.Лавров:Не исключаю. Всё будет зависеть от того, как пойдёт работа экспертов.

Вопрос: Спасибо.

С.В.Лавров: Спасибо вам.
"""

UA_GLUED = """Суспільне Одеса

Кореспондент: Пане Олеже, коли дадуть воду в усі райони?

Олег Кіпер: До кінця тижня. Бригади працюють цілодобово.

Кореспондент:А що з укриттями у школах?

Олег Кіпер: Укриття є у двох третинах шкіл, решту облаштуємо до вересня.

Кореспондент: Дякую.

Олег Кіпер: Дякую вам.
"""

KREMLIN_MEETING = """Президент России

Встреча с Министром здравоохранения Мариной Кравец

Владимир Путин провёл рабочую встречу с Министром здравоохранения Мариной Кравец. \
Обсуждалась ситуация с лекарственным обеспечением.

10 марта 2026 года
12:10
Москва, Кремль

С Министром здравоохранения Мариной Кравец.

В.Путин: Марина Олеговна, как ситуация с лекарствами в регионах?

М.Кравец: Уважаемый Владимир Владимирович! Ситуация стабильная, запасы есть на три месяца.

В.Путин: А с закупками для больниц?

М.Кравец: Закупки идут по графику, все контракты заключены.
"""

PRESSING_AGAIN = """Вопрос: Анна Петрова, ТАСС. Когда будет подписано соглашение о поставках?

С.В.Лавров: Работа продолжается, эксперты согласовывают текст.

Вопрос: И всё-таки, успеют ли к осени?

С.В.Лавров: Я не буду гадать.

Вопрос: Михаил Орлов, «Известия». Как Вы оцениваете новые санкции?

С.В.Лавров: Никак не оцениваю.
"""

RBC_TAIL = """— Почему именно Кузбасс?

— Здесь есть дешёвая энергия и потребители рядом.

— Когда запуск?

— Первую очередь запустим в 2027 году, если не подведут поставщики.

Читайте РБК в Telegram
Теги: Водород  Кузбасс  Энергетика
Обложка: пресс-служба «Сибирская энергия»
"""


def _speakers(text: str) -> list[str | None]:
    return [r[1] for r in turns(text)]


@pytest.mark.parametrize(
    ("text", "row", "want"),
    [
        # the glued label keeps its first initial: "С.В.Лавров:Не" is Сергей Лавров
        (MID_GLUED, 3, ("answer", "Сергей Лавров")),
        # … and a Ukrainian glued "Кореспондент:А" is a turn of its own, not the answer's tail
        (UA_GLUED, 2, ("question", None)),
        # the heading's "Мариной Кравец" names "М.Кравец:" in the nominative
        (KREMLIN_MEETING, 2, ("answer", "Марина Кравец")),
        # the reporter presses her own question: hers, not the room's
        (PRESSING_AGAIN, 2, ("question", "Анна Петрова")),
    ],
)
def test_qv_speakers(text: str, row: int, want: tuple[str, str | None]) -> None:
    rows = turns(text)
    assert (rows[row][0], rows[row][1]) == want


def test_qv_ua_glued_label_parts_the_answer() -> None:
    rows = turns(UA_GLUED)
    assert rows[1][2].endswith("цілодобово.")
    assert rows[2][2].startswith("А що з укриттями")


def test_qv_rbc_cover_credit_under_tags_is_trailing() -> None:
    assert turns(RBC_TAIL)[-1][2].endswith("если не подведут поставщики.")
