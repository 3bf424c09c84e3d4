"""Round-37 (GU) ru/uk label-less press interviews: situated captions, run-in bold exchanges,
couples under one plural surname, a first exchange labelled by full names over bare dashes."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _situated_interviewee
from rhetoscope.structure.naming import _heads_couple
from rhetoscope.structure.turns import analyse


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(sp.label, sp.attrs.get("speaker")) for sp in analyse(text).turns]


@pytest.mark.parametrize(
    ("intro", "who"),
    [
        (
            "Мы поговорили с Андреем Соколовым в мастерской.\n\n"
            "Андрей Соколов за работой. Фото: Ирина Белова\n",
            "Андрей Соколов",
        ),
        (
            "Я зустрілася з Ганною Петренко на фермі.\n\n"
            "Фото: Ганна Петренко у своєму саду. Фото авторки\n",
            "Ганна Петренко",
        ),
        # The lead must name them too: a caption alone is anyone's picture.
        ("Мы поговорили с художником.\n\nАндрей Соколов за работой. Фото: Ирина Белова\n", None),
    ],
)
def test_situated_caption(intro: str, who: str | None) -> None:
    assert _situated_interviewee(intro, None) == who


@pytest.mark.parametrize(
    ("text", "at", "couple"),
    [
        ("Супруги Олег и Анна Руденко", 8, False),  # no plural surname
        ("Супруги Олег и Анна Смирновы", 8, True),
        ("Семья Олег та Марія Шевчуки", 6, True),
        ("Иван Петров и Мария Сидорова", 5, False),
    ],
)
def test_heads_couple(text: str, at: int, couple: bool) -> None:
    assert _heads_couple(text, at) is couple


RUN_IN = """«Врачей не хватает»

Депутат о медицине на селе. Издание поговорило с Мариной Осиповой.

**Марина Сергеевна, почему это важно?** Потому что люди ездят далеко.

**Регионы ведь уже доплачивают.** Доплачивают, но по-разному.

**И сколько будет?** Половина оклада.

**Когда закон заработает?** С января.

Беседовал Пётр Зуев
"""


def test_run_in_bold_exchanges() -> None:
    got = speakers(RUN_IN)
    assert [label for label, _ in got] == ["question", "answer"] * 4
    assert got[1][1] == "Марина Осипова" and got[0][1] == "Пётр Зуев"


COUPLE = """Супруги Олег и Анна Смирновы десять лет держат пасеку.

*Как всё началось?*

**Олег:** Случайно. Купили дом с ульями.

**Анна:** А я сначала боялась пчёл.

*Что дальше?*

**Олег:** Будем расширяться.

**Анна:** Если пчёлы позволят.
"""


def test_couple_given_names() -> None:
    named = {who for _, who in speakers(COUPLE)}
    assert {"Олег Смирнов", "Анна Смирнова"} <= named
    assert "Супруги Олег" not in named


PODCAST = """Тарас Коваль: «Парк відкриють восени»

У подкасті ведуча Ірина Мороз розпитала архітектора Тараса Коваля про парк.

Ірина Мороз: Вітаю всіх, сьогодні в студії Тарас Коваль. Тарасе, добрий день.

Тарас Коваль: Добрий день. Радий бути тут.

— Що зараз відбувається в парку?

— Завершили перший етап. Тепер доріжки.

— Коли відкриють?

— Восени, якщо не буде затримок.
"""


def test_podcast_labelled_opening_then_dashes() -> None:
    got = speakers(PODCAST)
    assert got[:3] == [
        ("other", "Ірина Мороз"),
        ("answer", "Тарас Коваль"),
        ("question", "Ірина Мороз"),
    ]
    assert len(got) == 6
