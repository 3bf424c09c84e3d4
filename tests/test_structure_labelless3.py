"""Label-less web interviews: page furniture around dash / bold dialogues, lead-named sides."""

import pytest

from rhetoscope.structure.furniture import _trim_furniture
from rhetoscope.structure.header import _attested_surname
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.turns import analyse

BODY = "— Когда следующий раунд?\n\n— Думаю, в ближайшие недели. Мы готовы."


@pytest.mark.parametrize(
    "tail",
    [
        # ria.ru: a tags row and a tool row, flattened with runs of spaces, over "Источник:".
        "\n\nДипломатия   Россия   США   Сергей Рябков\nДобавить в избранное   Комментарии (14)"
        "\nИсточник: https://ria.ru/x.html",
        # A TV write-up's pointer to the broadcast, over its tags.
        "\nПолностью интервью смотрите в программе «Вести недели» на телеканале «Россия 1»."
        "\nТеги: Кремль, США",
    ],
)
def test_page_tail_is_cut(tail: str) -> None:
    assert trailing_start(BODY + tail) == len(BODY)


@pytest.mark.parametrize(
    ("turn", "kept"),
    [
        # One paragraph a line: a subheading and a headline link after the answer go.
        (
            "Імпорт – важлива подушка безпеки.\nЧитайте також: Хто має право на компенсацію"
            "\nПро тарифи",
            "Імпорт – важлива подушка безпеки.",
        ),
        # A caption with its credit in brackets.
        (
            "Натомість ми робимо ставку на розподілену генерацію.\nЗаступник міністра "
            "Тарас Кравець (фото: Віталій Носач, РБК-Україна)",
            "Натомість ми робимо ставку на розподілену генерацію.",
        ),
    ],
)
def test_single_newline_furniture(turn: str, kept: str) -> None:
    assert turn[: _trim_furniture(turn, 0, len(turn), lines_are_paragraphs=True)] == kept
    # Without the page's one-a-line layout the lines are one paragraph, kept whole.
    assert _trim_furniture(turn, 0, len(turn)) == len(turn)


@pytest.mark.parametrize(
    ("word", "text", "nominative"),
    [
        ("Бондарем", "Заступник міністра Олег Бондар: «…»", "Бондар"),
        ("Ковалем", "Теги: Андрій Коваль", "Коваль"),
        ("Лісовим", "Міністр освіти Оксен Лісовий: …", "Лісовий"),
    ],
)
def test_attested_surname(word: str, text: str, nominative: str) -> None:
    assert _attested_surname(word, text) == nominative


def test_bold_dialogue_lead_names_interviewee() -> None:
    text = (
        "Заступник міністра енергетики Олег Бондар: «Найскладніше буде в січні»\n"
        "Олександра Гнатюк — Середа, 19 листопада 2025, 05:30\n"
        "Після ударів українці знову живуть за графіками. «Українська правда» поговорила із "
        "заступником міністра енергетики Олегом Бондарем про відключення.\n\n"
        "**Скільки триватимуть відключення?**\n\n"
        "Це залежить від інтенсивності ударів.\n\n"
        "**Чи вистачить газу до весни?**\n\n"
        "За нашими розрахунками, так.\n"
    )
    turns = analyse(text).turns
    assert [(t.label, t.attrs["speaker"]) for t in turns] == [
        ("question", "Олександра Гнатюк"),
        ("answer", "Олег Бондар"),
        ("question", "Олександра Гнатюк"),
        ("answer", "Олег Бондар"),
    ]
