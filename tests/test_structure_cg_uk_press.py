"""Ukrainian label-less press interviews (blind batch CG): vocative addresses against a lead's
oblique case, the author's job line under the byline, initials answers under bold questions."""

import pytest

from rhetoscope.structure.dialogue import _addressed_in_lead
from rhetoscope.structure.furniture import _trim_fact_box
from rhetoscope.structure.header import _genitive_pair, _nominative
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("question", "lead", "want"),
    [
        (
            "Пане Миколо, скільки?",
            "ми запитали в начальника адміністрації Миколи Гребенюка.",
            "Микола Гребенюк",
        ),
        ("Пане Миколо, скільки?", "розповів голова громади Микола Гребенюк.", "Микола Гребенюк"),
        ("Пані Олено, як?", "розповіла директорка Олена Петренко.", "Олена Петренко"),
        (
            "Дмитре, почнемо з простого.",
            "розпитав командира батальйону Дмитра Савчука.",
            "Дмитро Савчук",
        ),
        ("Тарасе Миколайовичу, яка?", "розповів голова правління Тарас Кравчук.", "Тарас Кравчук"),
    ],
)
def test_vocative_finds_lead_name(question: str, lead: str, want: str) -> None:
    assert _addressed_in_lead(question, lead, None) == want


@pytest.mark.parametrize(
    ("pair", "want"),
    [
        (("Дмитра", "Савчука"), ("Дмитро", "Савчук")),
        (("Тараса", "Оліфіренка"), ("Тарас", "Оліфіренко")),
        (("Ольга", "Петрова"), ("Ольга", "Петрова")),  # a woman's nominative stays
        (("Тарас", "Кравчук"), ("Тарас", "Кравчук")),
    ],
)
def test_genitive_pair(pair: tuple[str, str], want: tuple[str, str]) -> None:
    assert _genitive_pair(*pair) == want


@pytest.mark.parametrize(
    ("word", "want"), [("Ковалем", "Коваль"), ("Бондаренком", "Бондаренко"), ("Дмитром", "Дмитро")]
)
def test_instrumental(word: str, want: str) -> None:
    assert _nominative(word) == want


def test_fact_box_trimmed() -> None:
    text = (
        "Ми нікого не звільнили.\n\nДОВІДКА FORBES\nVantazh\nРік заснування: 2019\nВиручка: $4 млн"
    )
    assert text[: _trim_fact_box(text, 0, len(text))] == "Ми нікого не звільнили."


_JOB_LINE = """Кравчук: «Зима буде важчою»

Ольга Дмитренко
Журналістка ZN.UA
22 квітня 2024, 09:15

Про стан підстанцій розповів голова правління Тарас Кравчук.

**Тарасе Миколайовичу, яка зараз ситуація?**

Ситуація складна, але керована.

**Чи будуть графіки відключень улітку?**

Я не хочу давати обіцянок.
"""

_INITIALS = """Марія Руденко
Редакторка Forbes Ukraine
17 червня 2024 07:00

Forbes поговорив зі співзасновниками Олександром Ковалем та Дмитром Мельником.

Олександр Коваль (ліворуч) і Дмитро Мельник. Фото: Олексій Кондратюк для Forbes Ukraine

**Як виглядав ваш бізнес?**

**О. К.:** Ми були маленьким маркетплейсом.

**Д. М.:** Але вже у квітні з’явився новий попит.

**Скільки грошей тоді було?**

**Д. М.:** На чотири місяці роботи.

**Чому саме Польща?**

**О. К.:** Бо туди поїхали клієнти.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _JOB_LINE,
            [
                ("question", "Ольга Дмитренко"),
                ("answer", "Тарас Кравчук"),
                ("question", "Ольга Дмитренко"),
                ("answer", "Тарас Кравчук"),
            ],
        ),
        (
            _INITIALS,
            [
                ("question", "Марія Руденко"),
                ("answer", "Олександр Коваль"),
                ("answer", "Дмитро Мельник"),
                ("question", "Марія Руденко"),
                ("answer", "Дмитро Мельник"),
                ("question", "Марія Руденко"),
                ("answer", "Олександр Коваль"),
            ],
        ),
    ],
)
def test_turns(text: str, want: list[tuple[str, str]]) -> None:
    got = [(t.label, t.attrs["speaker"]) for t in analyse(text).turns if t.label != "other"]
    assert got == want
