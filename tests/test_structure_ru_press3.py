"""Russian/Ukrainian press pages: hosts after show names, adjectival surnames, declined office
holders, banner holders, read-also boxes on pages without blank lines (batches AV, AX)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import classify_label
from structure_support import turn_rows


def turns(text: str) -> list[tuple[str, str | None]]:
    return [(label, speaker) for label, speaker, _ in turn_rows(text)]


CASES = [
    (
        # An unquoted show's name before the host's: the name is the run's last pair.
        "Міністр розповів про переговори. Розмову вела ведуча Суспільне Студії Оксана "
        "Мельник.\n\nВедуча: Пане міністре, що з планом?\n\nАндрій Сибіга: Ми бачили ідеї."
        "\n\nВедуча: А санкції?\n\nСибіга: Розраховуємо на рішення.\n\nВедуча: Дякую."
        "\n\nСибіга: Дякую.\n",
        ("question", "Оксана Мельник"),
    ),
    (
        # A country's genitive before a one-name minister is no given name.
        "Пресс-конференция по итогам переговоров с Министром иностранных дел Республики "
        "Индонезии Сугионо, Москва\n\nС.В.Лавров: Уважаемые дамы и господа, переговоры "
        "прошли хорошо.\n\nСугионо: Благодарю за тёплый приём в Москве.\n\nВопрос: Какие "
        "проекты обсуждались?\n\nС.В.Лавров: Энергетика.\n\nСугионо: Мы изучаем опыт.\n",
        (None, "Сугионо"),  # the role aside: "Индонезии Сугионо" was the bug
    ),
    (
        # An adjectival surname in the genitive/dative completes "Г.Тихий:"; "Слово речнику …"
        # gives the floor, so his opening words are a statement.
        "Брифінг речника МЗС України Георгія Тихого\n\nМодератор: Доброго дня. Розпочинаємо "
        "брифінг. Слово речнику МЗС Георгію Тихому.\n\nГ.Тихий: Доброго дня. Почну з "
        "головного.\n\nЗапитання: Чи буде пакет санкцій?\n\nГ.Тихий: Ми працюємо над цим.\n",
        ("statement", "Георгій Тихий"),
    ),
    (
        # An office label's holder from a lead that declines office and name together.
        "Президент України провів переговори з Президентом Фінляндії Александером "
        "Стуббом.\n\nПрезидент Фінляндії (переклад): Дякую, для мене честь бути в "
        "Києві.\n\nЗапитання: Що з ППО?\n\nПрезидент Фінляндії (переклад): Ми допоможемо.\n",
        ("answer", "Александер Стубб"),
    ),
    (
        # The holder a banner names on the line below the office, the address unlabelled.
        "Офіційне інтернет-представництво Президента України\nВолодимир Зеленський\n"
        "Зима не зламає жодного міста – звернення Президента України\n17 листопада 2025 - "
        "21:32\n\nБажаю здоров’я, українці! Сьогодні весь день – енергетика. Слава "
        "Україні!\n",
        ("statement", "Володимир Зеленський"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_turn_speakers(text: str, want: tuple[str | None, str | None]) -> None:
    got = turns(text)
    assert want in got if want[0] else want[1] in [sp for _, sp in got]


def test_read_also_without_blank_lines() -> None:
    # A bare "Читайте также" on a page that sets no blank lines: the turns below still count.
    text = (
        "Москва. 21 ноября. INTERFAX.RU - Песков ответил на вопросы журналистов.\n"
        "Вопрос: Кремль это комментирует?\nПесков: Мы не располагаем информацией.\n"
        "Читайте также\nВопрос: Уточняющий вопрос: на судне были россияне?\n"
        "Песков: Повторю, у нас нет такой информации.\nВопрос: Как оценивают цены?\n"
        "Песков: Ситуация на контроле.\n"
    )
    assert [lab for lab, _ in turns(text)].count("question") == 3


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Радіо Свобода, Марта Гнатюк", "Марта Гнатюк"),
        ("Укрінформ, Олена Ковальчук", "Олена Ковальчук"),
    ],
)
def test_outlet_first_label(label: str, name: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None and info.name.display() == name
