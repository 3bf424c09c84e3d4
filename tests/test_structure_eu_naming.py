"""Round-29 (EU) naming from the page: co-hosts in the genitive plural told apart by the labels'
gender, a host named after the broadcast and a dash, a man's genitive given name before an
indeclinable surname, a stenogram's "Заседание вёл" chair and the chair's own question, a
direct line's phoned-in question."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


def turns(text: str) -> list[tuple[str, str | None]]:
    return [(sp.label, sp.attrs.get("speaker")) for sp in analyse(text).turns]


@pytest.mark.parametrize("label", ["Звонок из Тулы", "Дзвінок з Ковеля"])
def test_phoned_in_question(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.QUESTION and info.name is None


CASES = [
    (
        "Міністр в ефірі телемарафону\n12 березня 2025\n"
        "Міністр юстиції Петро Коваль відповів на запитання ведучих Сергія Мельника та "
        "Ірини Лисенко.\n\n"
        "Ведуча: Пане міністре, що з реформою?\n\nПетро Коваль: Вона триває.\n\n"
        "Ведучий: Коли завершите?\n\nКоваль: Наступного року.\n",
        {"Ірина Лисенко", "Сергій Мельник", "Петро Коваль"},
    ),
    (
        "Прямая линия с мэром\nТверь, 3 марта 2025 года\n"
        "Мэр ответил на вопросы горожан. Ведущая прямой линии — Анна Белова.\n\n"
        "Ведущая: Добрый день. Первый вопрос: когда откроют мост?\n\n"
        "Иван Смирнов: Летом.\n\nЗвонок из Твери: Почему так долго?\n\n"
        "Смирнов: Работы сложные.\n",
        {"Анна Белова", "Иван Смирнов", None},
    ),
    (
        "Интервью газете «Жэньминь жибао»\n5 мая 2025 года\n"
        "Владимир Путин ответил на вопросы главного редактора газеты «Жэньминь жибао» "
        "Лимана Чжао.\n\n"
        "Л.Чжао: Господин Президент, каковы планы?\n\nВ.Путин: Планы большие.\n\n"
        "Л.Чжао: Спасибо.\n",
        {"Лиман Чжао", "Владимир Путин"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_named_from_page(text: str, expected: set[str | None]) -> None:
    assert {speaker for _, speaker in turns(text)} >= expected


def test_stenogram_chair_named_and_asks() -> None:
    text = (
        "Стенограмма заседания 2 апреля 2025 г.\n"
        "Заседание вёл Председатель Государственной Думы Пётр Сергеевич Орлов.\n\n"
        "Председательствующий. Слово Сидорову Николаю Ивановичу.\n\n"
        "Сидоров Н. И., заместитель министра. Уважаемые депутаты! Закон важный.\n\n"
        "Председательствующий. Есть вопросы? Иванова Мария Петровна.\n\n"
        "Иванова М. П., фракция КПРФ. Николай Иванович, почему так поздно?\n\n"
        "Сидоров Н. И. Мария Петровна, так сложилось.\n\n"
        "Председательствующий. Коллеги, тише. Николай Иванович, а какой срок? Люди ждут.\n\n"
        "Сидоров Н. И. До осени.\n"
    )
    got = turns(text)
    assert ("question", "Пётр Орлов") in got
    assert got[-1] == ("answer", "Николай Сидоров")
