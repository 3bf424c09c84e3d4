"""Bold-question web interviews (batch CE): short case tables."""

from __future__ import annotations

import pytest

from rhetoscope.structure.turns import analyse

_LEAD = "Экономист рассказала, почему дорожают продукты.\n\n"


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    return [(t.label, t.attrs["speaker"], text[t.start : t.end]) for t in analyse(text).turns]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Bold subheadings set aside before the share of questions is counted.
        (
            _LEAD + "**Это дно?**\n\nДумаю, да.\n\n"
            "**Но девелоперы в отчетах показывают рост выручки.**\n\nЗа счет эскроу.\n\n"
            "**О ценах**\n\n**Цены снизятся?**\n\nНет.\n\n**О банкротствах**\n\n"
            "**Кто обанкротится?**\n\nНемногие.",
            [
                ("question", None, "Это дно?"),
                ("answer", None, "Думаю, да."),
                ("question", None, "Но девелоперы в отчетах показывают рост выручки."),
                ("answer", None, "За счет эскроу."),
                ("question", None, "Цены снизятся?"),
                ("answer", None, "Нет."),
                ("question", None, "Кто обанкротится?"),
                ("answer", None, "Немногие."),
            ],
        ),
        # The outlet's label on the first bold question: the outlet asks.
        (
            "«Лента.ру» поговорила с руководителем центра «Вектор» Еленой Громовой.\n\n"
            "**«Лента.ру»: Почему?**\n\nПотому.\n\n**Насколько?**\n\nВдвое.",
            [
                ("question", "Лента.ру", "Почему?"),
                ("answer", "Елена Громова", "Потому."),
                ("question", "Лента.ру", "Насколько?"),
                ("answer", "Елена Громова", "Вдвое."),
            ],
        ),
        # The address names the lead's interviewee; the closing signature, the interviewer.
        (
            "Укрінформу розповів директор департаменту Андрій Мороз.\n\n"
            "**— Андрію Миколайовичу, хто платить?**\n\n— Держава.\n\n"
            "**— Скільки заявок?**\n\n— Понад тисячу.\n\nІрина Ковальчук, Київ\n\n"
            "При цитуванні посилання обов’язкове.",
            [
                ("question", "Ірина Ковальчук", "Андрію Миколайовичу, хто платить?"),
                ("answer", "Андрій Мороз", "Держава."),
                ("question", "Ірина Ковальчук", "Скільки заявок?"),
                ("answer", "Андрій Мороз", "Понад тисячу."),
            ],
        ),
    ],
)
def test_bold_dialogue(text: str, want: list[tuple[str, str | None, str]]) -> None:
    assert _turns(text) == want
