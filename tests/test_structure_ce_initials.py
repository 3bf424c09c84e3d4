"""Bold interview labels: initials completed from the byline/headline, a glued bold label,
co-hosts and a feminine instrumental guest named in a Ukrainian lead."""

import pytest

from rhetoscope.structure.header import _nominative
from structure_support import run


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = run(text)
    return [
        (s.label, s.attrs.get("speaker"), doc.text[s.start : s.end].split()[0])
        for s in doc.layer("turns")
        if s.attrs.get("speaker")
    ]


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Вікторією", "Вікторія"), ("Марією", "Марія"), ("Андрієм", "Андрій"), ("Ольгою", "Ольга")],
)
def test_instrumental_given(word: str, nominative: str) -> None:
    assert _nominative(word) == nominative


INITIALS = """Сайт
Газета › Освіта

Олена Коваль: «Школа має змінитися»

Автор: Ганна Мельничук
04 квітня 2025 08:00

Про реформу ми розпитали заступницю міністра Олену Коваль.

**Г.М.:** Що зміниться для учнів?

**О.К.:** Навчання триватиме три роки.

Ми не поспішаємо.**Г.М.:** Скільки це коштуватиме?

**О.К.:** Близько мільярда.

Більше статей Ганни Мельничук читайте за посиланням.
"""

HOSTS = (
    """Новини
Головна / Здоров'я

Як працюють амбулаторії

Ведучі ефіру «Студія» Марта Олійник та Денис Гнатюк поговорили з директоркою """
    """департаменту охорони здоров'я ОВА Вікторією Бондар про амбулаторії.

**Олійник:** Скільки їх працює?

**Бондар:** Чотирнадцять.

**Гнатюк:** А хто ними користується?

**Бондар:** Люди похилого віку.

**Олійник:** Це працює?

**Бондар:** Працює, але повільно.

**Гнатюк:** А телемедицина?

**Бондар:** Краще, ніж ми очікували.
"""
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            INITIALS,
            [
                ("question", "Ганна Мельничук", "Що"),
                ("answer", "Олена Коваль", "Навчання"),
                ("question", "Ганна Мельничук", "Скільки"),
                ("answer", "Олена Коваль", "Близько"),
            ],
        ),
        (
            HOSTS,
            [
                ("question", "Марта Олійник", "Скільки"),
                ("answer", "Вікторія Бондар", "Чотирнадцять."),
                ("question", "Денис Гнатюк", "А"),
                ("answer", "Вікторія Бондар", "Люди"),
                ("question", "Марта Олійник", "Це"),
                ("answer", "Вікторія Бондар", "Працює,"),
                ("question", "Денис Гнатюк", "А"),
                ("answer", "Вікторія Бондар", "Краще,"),
            ],
        ),
    ],
)
def test_bold_interview(text: str, want: list[tuple[str, str | None, str]]) -> None:
    assert _turns(text) == want
