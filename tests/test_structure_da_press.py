"""Russian/Ukrainian press interviews (batch DA): an outlet's quoted label over dashed answers,
a first exchange labelled with bold surnames, a bio box or caption naming the interviewee, a
question that lost its "?", the byline's author box."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows as turns

_LEAD = (
    "Аварии на теплосетях оставили людей без тепла. «СП» поговорила с экспертом Иваном Орловым.\n\n"
)
CASES = [
    (
        # "«СП»:" asks (the outlet as written); each answer opens with a dash; one label is
        # glued to the answer above it.
        _LEAD + "«СП»: Иван Петрович, насколько изношены сети?\n\n— Почти на две трети, "
        "и это официальные данные.\n\n«СП»: Почему их не меняют?\n\n— Тариф не позволяет "
        "ничего менять вовремя.«СП»: Ваш прогноз на зиму\n\n— Аварий будет меньше, но ненамного.\n",
        4,
        ("question", "СП", "Ваш прогноз на зиму"),
    ),
    (
        _LEAD + "«СП»: Иван Петрович, насколько изношены сети?\n\n— Почти на две трети, "
        "и это официальные данные.\n\n«СП»: Почему их не меняют?\n\n— Тариф не позволяет "
        "ничего менять вовремя.\n\n«СП»: Ваш прогноз на зиму\n\n— Аварий будет меньше, но "
        "ненамного.\n",
        5,
        ("answer", "Иван Орлов", "но ненамного."),
    ),
    (
        # Two bold surnames on the first exchange only, then bold questions, plain answers.
        "Тарас Бойко: «Гривня не впаде»\n\nОльга Ткаченко\n16.04.2024\n\nЩо робити із "
        "заощадженнями, ми запитали в аналітика Тараса Бойка.\n\n**Ткаченко:** Чого чекати "
        "від курсу?\n\n**Бойко:** Різких рухів я не чекаю, резервів достатньо.\n\n"
        "**Депозити ще мають сенс?**\n\nМають, але менший, ніж рік тому.\n\n**А облігації?**"
        "\n\nТеж варіант для тих, хто не хоче ризикувати.\n",
        3,
        ("answer", "Тарас Бойко", "ніж рік тому."),
    ),
]


@pytest.mark.parametrize(("text", "index", "expected"), CASES)
def test_da_pages(text: str, index: int, expected: tuple[str | None, ...]) -> None:
    label, speaker, body = turns(text)[index]
    assert (label, speaker) == expected[:2]
    if len(expected) > 2:  # the turn ends where the speaker does
        assert body.endswith(str(expected[2]))


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # A bio box under its heading names the interviewee in the nominative.
        (
            "**Чого бракує?**\n\nЛюдей.\n\nДовідка ZN.UA\nОксана Левчук — лікарка-радіологиня.\n",
            "Оксана Левчук",
        ),
        # A photo caption under its credit, when the lead says only "власниця".
        ("Фото: Думська\nМарина Гнатюк у своїй пекарні\n\n- Як ви працювали?\n", "Марина Гнатюк"),
        # Two people in captions: neither is the interviewee for sure.
        ("Фото: Думська\nМарина Гнатюк у пекарні\n\nФото: Думська\nОлег Ткач на кухні\n", None),
    ],
)
def test_boxed_interviewee(page: str, expected: str | None) -> None:
    from rhetoscope.structure.turns import _boxed_interviewee

    found = _boxed_interviewee(page)
    assert (found[0][1].display() if found else None) == expected


@pytest.mark.parametrize(
    ("header", "given", "surname", "expected"),
    [
        ("Дарья Полякова\nКорреспондент НГС\n12 февраля 2024\n", "Дарья", "Полякова", True),
        ("Ірина Сидоренко\nОглядачка ZN.UA\n", "Ірина", "Сидоренко", True),
        # Named in the lead too: not only the author.
        (
            "Дарья Полякова\nКорреспондент\n\nМы поговорили с Дарья Полякова.\n",
            "Дарья",
            "Полякова",
            False,
        ),
        ("Дарья Полякова\n12 февраля 2024\n", "Дарья", "Полякова", False),
    ],
)
def test_author_box(header: str, given: str, surname: str, expected: bool) -> None:
    from rhetoscope.structure.header import _author_box

    assert _author_box(header, given, surname) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мы откроем вторую точку весной.\n\nКомментарии (12)\nОлег: Отлично!\n", "весной."),
        ("Ми відкриємо другу точку навесні.\n\nКоментарі (3)\nАліна: Дякую\n", "навесні."),
    ],
)
def test_comments_end_the_body(text: str, expected: str) -> None:
    from rhetoscope.structure.metadata import trailing_start

    text = "Заголовок\n\n" + "Длинный абзац текста интервью. " * 10 + "\n\n" + text
    assert text[: trailing_start(text)].endswith(expected)
