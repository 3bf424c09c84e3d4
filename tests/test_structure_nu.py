"""Small cases for batch NU (Ukrainska Pravda's dash interview): an ad slot's label glued onto
the end of an answer, its paragraph break lost in the scrape ("… так швидко.Реклама:"), is the
page's, not the answer's last words — in a dash dialogue and in a labelled one alike; a word of
the answer that only looks like it stays."""

import pytest

from structure_support import turn_rows

_DASH = (
    "Українська правда\n"
    'Мер міста: "Воду ми повернули"\n'
    "Роман Романюк — Понеділок, 10 березня 2025, 05:30\n"
    "\n"
    "Місто три роки жило без питної води. Про це ми поговорили з міським головою.\n"
    "\n"
    "– Пане Олександре, воду вже можна пити?\n"
    "– Так, вода відповідає нормам. Лабораторія щодня бере проби.\n"
    "– Скільки коштував проєкт?\n"
    "– Близько 1,5 мільярда гривень. Без партнерів ми б не впоралися так швидко.{tail}\n"
    "– Чому на це пішло три роки?\n"
    "– Бо треба було спочатку знайти джерело і пройти експертизу.\n"
)

_LABELLED = (
    "Интервью министра Анны Коваленко\n"
    "\n"
    "Вопрос: Сколько стоил проект?\n"
    "\n"
    "Анна Коваленко: Около полутора миллиардов. Без партнёров мы бы не справились так "
    "быстро.{first}\n"
    "\n"
    "Вопрос: Почему на это ушло три года?\n"
    "\n"
    "Анна Коваленко: Сначала нужно было найти источник и пройти экспертизу.{last}\n"
)


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        ("Реклама:", "не впоралися так швидко."),
        ("Реклама", "не впоралися так швидко."),
        (" Реклама:", "не впоралися так швидко."),
        ("", "не впоралися так швидко."),
    ],
)
def test_glued_ad_label_ends_no_dash_answer(tail: str, want: str) -> None:
    rows = turn_rows(_DASH.format(tail=tail))
    assert [label for label, _, _ in rows] == ["question", "answer"] * 3
    assert rows[3][2].endswith(want)
    assert "Реклама" not in " ".join(body for _, _, body in rows)


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Реклама", ""),
        ("Реклама:", ""),
        ("", "Реклама"),
        ("", "Реклама:"),
        ("", "Advertisement"),
        ("", ""),
    ],
)
def test_glued_ad_label_ends_no_labelled_answer(first: str, last: str) -> None:
    rows = turn_rows(_LABELLED.format(first=first, last=last))
    assert [label for label, _, _ in rows] == ["question", "answer"] * 2
    assert rows[1] == (
        "answer",
        "Анна Коваленко",
        "Около полутора миллиардов. Без партнёров мы бы не справились так быстро.",
    )
    assert rows[3][2] == "Сначала нужно было найти источник и пройти экспертизу."


def test_ad_word_inside_the_answer_stays() -> None:
    text = _DASH.format(tail=" Реклама теж допомогла: люди дізналися про проєкт.")
    rows = turn_rows(text)
    assert rows[3][2].endswith("люди дізналися про проєкт.")
