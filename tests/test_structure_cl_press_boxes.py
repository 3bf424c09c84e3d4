"""Russian and Ukrainian press interviews: a photo block with a photobank link, a bio box with
the paper's name in its heading, a one-word sidebar ("Кстати"), an editorial disclaimer under
the last answer, and a job word before the name in a quote headline."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _job_word_dropped
from rhetoscope.structure.speakers import Name
from structure_support import run

_HEAD = (
    "Петров: «Запасов хватит на всю зиму»\n\n"
    "Об этом в интервью рассказал заместитель министра Иван Петров.\n\n"
    "**— Иван Сергеевич, хватит ли запасов?**\n\n"
    "— Хватит. Запасы на 12% выше, чем год назад.\n\n"
)
_TAIL = "**— А цены?**\n\n— Цены вырастут не больше инфляции.\n"


def answers(text: str) -> list[str]:
    doc = run(text)
    return [doc.span_text(s) for s in doc.layer("turns") if s.label == "answer"]


@pytest.mark.parametrize(
    "box",
    [
        # RIA Novosti: caption, "©" credit, photobank link.
        "Заместитель министра Иван Петров. Архивное фото\n© РИА Новости / Павел Лисицын\n"
        "Перейти в фотобанк",
        # Izvestia: the bio box's heading names the paper.
        "Справка «Известий»\nИван Петров родился в 1968 году в Ленинграде. Окончил МГИМО.",
        # Rossiyskaya Gazeta: a one-word sidebar heading.
        "Кстати\nВ фонде сейчас находится около 3 миллионов тонн зерна.",
    ],
)
def test_box_between_turns_is_no_answer(box: str) -> None:
    got = answers(_HEAD + box + "\n\n" + _TAIL)
    assert got[0] == "Хватит. Запасы на 12% выше, чем год назад."


def test_answer_opening_with_kstati_stays() -> None:
    text = _HEAD.replace("— Хватит.", "— Кстати, хватит.")
    assert answers(text + _TAIL)[0].startswith("Кстати, хватит.")


def test_editorial_disclaimer_after_last_answer() -> None:
    text = (
        _HEAD
        + _TAIL
        + "\nМнение эксперта, высказанное в статье, может не совпадать с позицией редакции. "
        "Перед применением любых рекомендаций проконсультируйтесь с врачом.\n\n"
        "#цены #запасы\n"
    )
    assert answers(text)[-1] == "Цены вырастут не больше инфляции."


@pytest.mark.parametrize(
    ("given", "header", "want"),
    [
        # The lead writes the job in lower case: a common noun, not a given name.
        (
            ("Економіст", "Віталій"),
            "розповів головний економіст Центру Віталій Ярошенко",
            ("Віталій",),
        ),
        # A patronymic is never written in lower case: it stays.
        (("Иван", "Сергеевич"), "рассказал Иван Сергеевич Петров", ("Иван", "Сергеевич")),
    ],
)
def test_job_word_dropped(given: tuple[str, ...], header: str, want: tuple[str, ...]) -> None:
    name = Name(given=given, surname="Ярошенко", title=None, caps=False)
    assert _job_word_dropped(name, header).given == want
