"""Round-28 (EM) press layouts: short snippet tables."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.turns import analyse

GOVUK = (
    "Speech\nPM remarks at press conference on housing: 2 March 2025\n"
    "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Helen Brook MP\n"
    "Published 2 March 2025\n\n"
    "PM: Good afternoon. Let's take some questions.\n\n"
    "Tom Reed, BBC News: Prime Minister, will you meet the target?\n\n"
    "PM: Yes, we will meet it.\n\n"
    "Ann Lowe, ITV News: And the costs?\n\n"
    "PM: They are in the budget.\n"
    "Sky News:Prime Minister, is the Chancellor staying?\n\n"
    "PM: Yes.\n"
)

CALLER = (
    "Губернатор Алексей Ветров провёл прямую линию. Вопросы задавала ведущая Ольга Круглова.\n\n"
    "Ведущая: У нас звонок. Представьтесь, пожалуйста.\n\n"
    "Татьяна Гусева, Балашиха: Здравствуйте, Алексей Николаевич! У нас отменили автобус, "
    "до станции теперь сорок минут пешком. Верните автобус, пожалуйста!\n\n"
    "Губернатор: Татьяна, спасибо. Поручаю министерству запустить замену.\n\n"
    "Ведущая: Будет ли рост тарифов?\n\n"
    "Губернатор: Будет, около 11 процентов.\n"
)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # The office label's holder is the one minister gov.uk's "From:" field names beside the
        # office's own department; "Sky News:" glued to its question is still a label.
        (
            GOVUK,
            [
                ("statement", "Helen Brook"),
                ("question", "Tom Reed"),
                ("answer", "Helen Brook"),
                ("question", "Ann Lowe"),
                ("answer", "Helen Brook"),
                ("question", "Sky News"),
                ("answer", "Helen Brook"),
            ],
        ),
        # A caller the host puts through asks with a plea, not a "?".
        (
            CALLER,
            [
                ("other", "Ольга Круглова"),
                ("question", "Татьяна Гусева"),
                ("answer", "Алексей Ветров"),
                ("question", "Ольга Круглова"),
                ("answer", "Алексей Ветров"),
            ],
        ),
    ],
)
def test_rows(text: str, rows: list[tuple[str, str]]) -> None:
    turns = [t for t in analyse(text).turns if t.attrs.get("speaker_label")]
    assert [(t.label, t.attrs["speaker"]) for t in turns] == rows


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "ГОЛОВУЮЧА. Рішення прийнято.\n\n"
            "Стенограма оприлюднена відповідно до Регламенту Верховної Ради України.\n"
            "Джерело: https://rada.gov.ua/x\n",
            "Стенограма",
        ),
        (
            "А.Ковалёв: Спасибо вам.\n\nПерсоналии: Ковалёв Андрей Юрьевич\n"
            "Дополнительные материалы: Россия 24 | Санкции\nИсточник: https://mid.ru/x\n",
            "Персоналии",
        ),
    ],
)
def test_page_foot(text: str, tail: str) -> None:
    assert text[trailing_start(text) :].lstrip().startswith(tail)
