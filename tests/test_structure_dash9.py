"""Label-less dash interviews with one odd paragraph: a question glued with no space onto the
answer above, a paragraph printed twice, a second dashed paragraph in an answer; a lead's
patronymic between given name and surname."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _addressed_in_lead
from rhetoscope.structure.turns import analyse

HEAD = "Интервью\n\nИрина Белова\n8 апреля 2025, 00:01\n\n"
Q = ["Первый вопрос про бюджет?", "Второй вопрос про налоги?", "Третий вопрос про регионы?"]


def _turns(body: str) -> list[tuple[str, str]]:
    text = HEAD + body
    return [(t.label, text[t.start : t.end]) for t in analyse(text).turns]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # "…процеси.– А як …?": the glued question loses its space before the dash, and goes on
        # past its "?" with context.
        (
            f"— {Q[0]}\n\n— Ответ первый.\n\n— {Q[1]}\n\n— Ответ второй, суды идут.— А как "
            "насчет рисков? Цена отличается вдвое.\n\n— Это не всегда коррупция.\n\n"
            f"— {Q[2]}\n\n— Ответ третий.\n",
            ("question", "А как насчет рисков? Цена отличается вдвое."),
        ),
        # An answer going on in a second dashed paragraph: the voices swap there, the
        # interview is kept.
        (
            f"— {Q[0]}\n\n— Ответ первый.\n\n— {Q[1]}\n\n— Ответ второй. Перечислю меры:\n\n"
            f"— первая мера касается малого бизнеса.\n\n— {Q[2]}\n\n— Ответ третий.\n\n"
            "— Четвертый вопрос?\n\n— Ответ четвертый.\n",
            ("answer", "первая мера касается малого бизнеса."),
        ),
    ],
)
def test_odd_paragraph_kept(body: str, want: tuple[str, str]) -> None:
    turns = _turns(body)
    assert want in turns
    assert ("question", Q[2]) in turns


def test_paragraph_printed_twice_is_no_label() -> None:
    para = "Подчеркну: это не подарок, а инвестиционный механизм для регионов страны."
    body = (
        f"— {Q[0]}\n\n— Ответ первый.\n\n{para}\n\n{para}\n\n— {Q[1]}\n\n— Ответ второй.\n\n"
        f"— {Q[2]}\n\n— Ответ третий.\n"
    )
    turns = _turns(body)
    assert [label for label, _ in turns] == ["question", "answer"] * 3


@pytest.mark.parametrize(
    ("question", "lead", "who"),
    [
        (
            "Антон Сергеевич, насколько серьезными будут поправки?",
            "министр финансов Антон Сергеевич Руденко рассказал «Известиям»; Антон Руденко",
            "Антон Руденко",
        ),
        # A surname in "-ович" with no patronymic is still the surname.
        ("Роман, как дела?", "владелец клуба Роман Абрамович сказал", "Роман Абрамович"),
    ],
)
def test_patronymic_in_lead(question: str, lead: str, who: str) -> None:
    assert _addressed_in_lead(question, lead, None) == who
