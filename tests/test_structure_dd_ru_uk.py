"""Batch DD snippets: a chair named in the label's brackets, an interpreter's note, an address
titled by an office alone, a labelled view counter under the text."""

import pytest

from rhetoscope.structure.turns import analyse

SPEAKERS = [
    (  # a regional press conference: the moderator's brackets name her, then bare "Модератор:"
        "Губернатор провёл пресс-конференцию.\n\n"
        "Модератор (Елена Сорокина, руководитель пресс-службы губернатора): Начинаем.\n\n"
        "Светлана Кудрявцева, ГТРК «Калуга»: Когда отремонтируют дорогу?\n\n"
        "Алексей Рябинин: В апреле.\n\n"
        "Модератор: Последний вопрос.\n\n"
        "Максим Лапин, «Калужская неделя»: А газ?\n\n"
        "Алексей Рябинин: Подключим.\n",
        ["Елена Сорокина", "Светлана Кудрявцева", "Алексей Рябинин"] * 1
        + ["Елена Сорокина", "Максим Лапин", "Алексей Рябинин"],
    ),
    (  # an address whose title names only the office: the office speaks
        "Офіційне інтернет-представництво\n"
        "Головна / Новини / Звернення\n"
        "Кожна громада має бути готова до зими – звернення Президента України\n"
        "17 жовтня 2025 року - 21:35\n\n"
        "Дорогі українці!\n\nСьогодні була велика нарада щодо зими.\n\nСлава Україні!\n\n"
        "Теги: Енергетика, Звернення\nПереглядів: 12 458\n",
        ["Президент України"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKERS)
def test_speakers(text: str, speakers: list[str]) -> None:
    assert [t.attrs["speaker"] for t in analyse(text).turns] == speakers


ENDS = [
    (  # the interpreter's note on its own line ends no one's words
        "Лідери провели спільну пресконференцію.\n\n"
        "Андрій Коваленко: Дякую Фінляндії за підтримку.\n\n(Синхронний переклад)\n\n"
        "Юха Ліндроос: Дякую, пане Президенте.\n\n"
        "Ірина Мельник, «Суспільне»: Чи вистачить імпорту?\n\n"
        "Андрій Коваленко: Так.\n\nЮха Ліндроос: Згоден.\n",
        "Дякую Фінляндії за підтримку.",
    ),
    (  # a labelled view counter under an address is page furniture
        "Звернення\n\nДорогі українці!\n\nСьогодні була нарада.\n\nСлава Україні!\n\n"
        "Переглядів: 12 458\n",
        "Слава Україні!",
    ),
]


@pytest.mark.parametrize(("text", "end"), ENDS)
def test_first_turn_end(text: str, end: str) -> None:
    turn = next(t for t in analyse(text).turns if t.label != "other")
    assert text[turn.start : turn.end].endswith(end)
