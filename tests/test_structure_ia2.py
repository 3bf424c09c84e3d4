"""IA batch, second fixer: a podcast host's diminutive label completed from the lead, and an
office abbreviation that is the closing bio's writer's initials."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_PODCAST = """ЖУРНАЛ

Подкасты

«Книги без перевода»
1 октября 2024

{lead} поговорили с переводчицей Ниной Крюковой о северной прозе.

{a}: Привет! Это подкаст о переводе. Меня зовут {a}, со мной {b}.

{b}: Нина, здравствуйте. Как вы начинали переводить?

Нина: Случайно, честно. Мне предложили одну книгу, и я согласилась.

{a}: А что было самым трудным в первой книге?

Нина: Ритм. Его пришлось искать очень долго, почти полгода.

{b}: Спасибо, Нина. До встречи через две недели.
"""


@pytest.mark.parametrize(
    ("a", "b", "lead", "want_a", "want_b"),
    [
        (
            "Саша",
            "Миша",
            "Александра Левина и Михаил Ставицкий",
            "Александра Левина",
            "Михаил Ставицкий",
        ),
        ("Таня", "Вова", "Тетяна Бойко і Володимир Гнатюк", "Тетяна Бойко", "Володимир Гнатюк"),
    ],
)
def test_diminutive_label_completed_from_lead(
    a: str, b: str, lead: str, want_a: str, want_b: str
) -> None:
    rows = turn_rows(_PODCAST.format(a=a, b=b, lead=lead))
    speakers = {r[1] for r in rows if r[1]}
    assert want_a in speakers and want_b in speakers
    assert a not in speakers and b not in speakers


_FEATURE = """The County Herald
News | Sport

Lifestyle

'The town taught me more than college ever did'
After 30 years, Fr Brendan Keogh retires at the end of the month.

Tue, 24 Jun 2025

It's a wet Tuesday morning in the parish office and the kettle has been on twice.

SG: Fr Brendan, you came here in 1995. What do you remember about the first week?
Fr Brendan: Rain, mostly. And the welcome, which I have never forgotten since.
SG: What has changed most in the work over those years?
Fr Brendan: The numbers, obviously. There were two curates when I came, and now there is me.

Siobhan Grealy is the Herald's community correspondent.

READ MORE
Another parish story
"""


def test_office_abbreviation_is_closing_bio_initials() -> None:
    rows = turn_rows(_FEATURE)
    asks = [r for r in rows if r[2].startswith(("Fr Brendan, you", "What has changed"))]
    assert [r[1] for r in asks] == ["Siobhan Grealy", "Siobhan Grealy"]
    assert [r[0] for r in asks] == ["question", "question"]
