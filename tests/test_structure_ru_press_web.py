"""Russian and Ukrainian web interviews (round 28): a dash interview whose first exchange keeps
its labels, a lead that says whom the outlet was told by, plain questions with the answer glued
on, a caption naming who is pictured, a bold question with its answer on the same line, a
dossier box and a readers' donation appeal under the last answer, a bold remark answered
"Of course"."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows

A = "Соціальний батон у середньому коштує 30 гривень, і ціна зросте."
B = "Головне – енергетика, бо печі працюють цілодобово і тарифи зросли."
ANS = "Думаю, в районе 30 процентов, это привычный уровень для области."

CASES = [
    (
        "Про ціни Кореспондент поговорив із головою асоціації пекарів Олегом Мельником.\n\n"
        "Кореспондент: – Олеже, скільки коштує хліб?\n\n"
        f"Олег Мельник: – {A}\n\n– Чому?\n\n– {B}\n\n– А борошно?\n\n– Борошно не головне.\n",
        [
            ("question", "Кореспондент", "Олеже, скільки коштує хліб?"),
            ("answer", "Олег Мельник", A),
            ("question", "Кореспондент", "Чому?"),
            ("answer", "Олег Мельник", B),
            ("question", "Кореспондент", "А борошно?"),
            ("answer", "Олег Мельник", "Борошно не головне."),
        ],
    ),
    (
        "О выборах URA.RU рассказал политолог Александр Седых.\n\n"
        f"Какую явку вы ожидаете?\n{ANS}\n\nЭто много или мало?\n{ANS}\n\n"
        f"Тогда в чем интрига\n{ANS}\n\nЧто изменится после выборов?\n{ANS}\n",
        [
            ("question", None, "Какую явку вы ожидаете?"),
            ("answer", "Александр Седых", ANS),
            ("question", None, "Это много или мало?"),
            ("answer", "Александр Седых", ANS),
            ("question", None, "Тогда в чем интрига"),
            ("answer", "Александр Седых", ANS),
            ("question", None, "Что изменится после выборов?"),
            ("answer", "Александр Седых", ANS),
        ],
    ),
]


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_web_interview(text: str, rows: list[tuple[str, str | None, str]]) -> None:
    assert spoken_rows(text) == rows


def test_pictured_caption_names_interviewee() -> None:
    text = (
        "Директорка ліцею розповіла, як школа пережила навчання.\n\n"
        "На фото: Марія Гаврилюк. Фото: Рівне Вечірнє\n\n"
        f"Маріє Степанівно, скільки дітей прийшло?\n{A}\n\nВистачає місця?\n{B}\n\n"
        f"Як допомагаєте?\n{A}\n\nРозмовляв Андрій Ковальчук\n"
    )
    answers = {r[1] for r in spoken_rows(text) if r[0] == "answer"}
    assert answers == {"Марія Гаврилюк"}


def test_bold_question_glued_answer_and_tail_boxes() -> None:
    text = (
        "«ДП» поговорил с управляющим партнёром Ольгой Кравец.\n\nАвтор: Дмитрий Соловьёв\n\n"
        f"**Какой уровень вакантности?**\n\n{ANS}\n\n**Сколько стоит аренда?**{ANS}\n\n"
        f"**Это опасно для рынка**\n\nКонечно. {ANS}\n\n**Какой прогноз?**\n\n{ANS}\n\n"
        "Издание работает благодаря читателям. Поддержите нас — даже 100 рублей важны.\n"
    )
    rows = spoken_rows(text)
    assert [r[0] for r in rows] == ["question", "answer"] * 4
    assert rows[3][2] == ANS and rows[-1][2] == ANS
    assert rows[4][2] == "Это опасно для рынка"
