"""Small cases for the CL round: a broadcast's text version with no markup (greetings, a
challenge without "?", closing thanks), a bold question glued to the answer above it, and a
one-word section heading between turns."""

from __future__ import annotations

import re

import pytest

from rhetoscope.structure.dialogue import _framed_questions
from rhetoscope.structure.furniture import _trim_furniture
from rhetoscope.structure.labels import _ends_with_question
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("line", "reply", "question"),
    [
        ("Але ж частина батьків відмовляється виїжджати.", "Так, і ми це розуміємо.", True),
        ("Но ведь цены на удобрения выросли вдвое.", "Да, выросли, но не везде.", True),
        ("But the plant is still closed.", "Yes, for now.", True),
        # the interviewee's own "but", in the first person
        ("Але ми не зупиняємося.", "Так, роботи тривають.", False),
        # no reply word below: the answer goes on
        ("Але ж частина батьків відмовляється виїжджати.", "Люди бояться.", False),
        # no "but": a short line of the answer
        ("Ситуація складна.", "Так, обстріли тривають.", False),
    ],
)
def test_challenge_without_question_mark(line: str, reply: str, question: bool) -> None:
    text = f"Як справи?\nВідповідь перша.\n{line}\n{reply}\n"
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))
    asks = [_ends_with_question(m.group()) for m in lines]
    assert _framed_questions(lines, asks)[2] is question


@pytest.mark.parametrize(
    ("tail", "trimmed"),
    [
        ("Реабілітація", True),
        ("Экономика", True),
        ("Дякую", False),  # a reply that lost its stop
        ("Так", False),
    ],
)
def test_one_word_heading(tail: str, trimmed: bool) -> None:
    text = f"Це наша відповідь на питання.\n\n{tail}"
    end = _trim_furniture(text, 0, len(text))
    assert (end == len("Це наша відповідь на питання.")) is trimmed


def test_bold_question_glued_to_the_answer() -> None:
    text = (
        "Заступниця міністра фінансів Ірина Савчук в інтерв'ю розповіла про бюджет.\n\n"
        "**– Пані Ірино, який дефіцит закладає Мінфін?**\n\n"
        "– Близько 18% ВВП.\n\n"
        "**– Звідки його покривати?**\n\n"
        "– Зовнішнє фінансування.**– Коли законопроєкт подадуть до Ради?**\n\n"
        "– До кінця травня.\n"
    )
    rows = [(label, body) for label, _, body in turn_rows(text)]
    assert rows[-3:] == [
        ("answer", "Зовнішнє фінансування."),
        ("question", "Коли законопроєкт подадуть до Ради?"),
        ("answer", "До кінця травня."),
    ]


def test_broadcast_text_greetings_and_thanks() -> None:
    text = (
        "Голова обласної військової адміністрації Олег Кравчук в ефірі розповів про "
        "евакуацію. З ним розмовляла ведуча Марта Левченко.\n\n"
        "Доброго вечора, пане Олеже.\n\n"
        "Доброго вечора, дякую за запрошення.\n\n"
        "Яка зараз ситуація в громадах?\n\n"
        "Ситуація складна.\n\n"
        "Скільки людей уже евакуювали?\n\n"
        "Понад шість тисяч людей.\n\n"
        "Що з енергопостачанням?\n\n"
        "Постачання відновлене повністю.\n\n"
        "Дякую вам за розмову.\n\n"
        "Дякую вам, і бережіть себе.\n"
    )
    rows = turn_rows(text)
    host, guest = "Марта Левченко", "Олег Кравчук"
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("other", host),
        ("answer", guest),
        *[("question", host), ("answer", guest)] * 3,
        ("other", host),
        ("answer", guest),
    ]
    assert rows[-3][2] == "Постачання відновлене повністю."
