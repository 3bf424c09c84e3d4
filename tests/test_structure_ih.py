"""Naming stress: indirect names, namesakes, respellings and page furniture (round 42, IH)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.furniture import _OUR_EARLIER_STORY
from rhetoscope.structure.metadata import _TRAILING_LINE, _place_line, extract
from structure_support import turn_rows

_BODY = "\n\n".join(
    [
        "Кор.: Ганно, вітаю з медаллю. Коли ти зрозуміла, що бронза твоя?",
        "Г. Вишневська: Чесно, тільки коли суддя показав іппон. До того я не дивилася.",
        "Кор.: А що це був за план?",
        "Г. Вишневська: Не пускати її на свій захват і чекати, поки вона втомиться.",
    ]
)
# A meta row: the date, the author field and the counters, set apart by wide gaps.
_AUTHOR_ROW = f"""СПОРТ ПОЛТАВЩИНИ

Єдиноборства / Інтерв'ю

Ганна Вишневська: «На татамі тато для мене — тренер»

07.11.2025, 10:15   Автор: Віталій Бойко   👁 1284

Полтавська дзюдоїстка виборола бронзу юніорського чемпіонату Європи в Таллінні.

{_BODY}
"""

# Two people under one surname: the ranked label is the one the lead writes under that rank.
_NAMESAKES = """By Dana Pruitt
Staff Writer
Nov 10, 2025

Retired Army Col. Marcus "Mac" Whitlow, 78, and his wife, Lorraine, on their porch.

BRYSON CITY — Marcus Whitlow enlisted at 18 and retired in 1996 as a colonel after 30 years.
Lorraine Whitlow joined for part of the conversation. The interview has been edited.

Courier: You enlisted in 1965. Did you expect to make a career of it?

Col. Whitlow: No, ma'am. I expected to do my three years and go back to Dayton.

Lorraine Whitlow: I'll add one thing, if he'll let me. He thought I would leave.

Courier: Mrs. Whitlow, what was it like being an Army wife?

Lorraine: Fourteen moves in twenty-six years. You learn to pack a kitchen in an afternoon.

Courier: Do you stay in touch with the men you served with?

Whitlow: Fewer every year. We had a company reunion every September.
"""

# A name the headline prints without its "ё", the caption with it.
_YO = """Артем Зайченко: «Молоко дорожает не из-за переработчиков»

Текст: Ирина Лемешко

Артём Зайченко на производственной площадке комбината

«Иртыш-Капитал» поговорил с генеральным директором комбината Артёмом Зайченко о молоке.

«ИК»: Артём Николаевич, начнём с главного. Почему молоко дорожает?

А.З.: Потому что дорожает всё, что нужно корове. Корма за год выросли.

«ИК»: А сети?

Зайченко: Сети я бы не демонизировал. У них своя логика.
"""

# A guest labelled by the post once, by the surname after; the post serves a state.
_POST_THEN_SURNAME = """«Главная тема»: сенатор — о газификации
23.10.2025 20:05

Полная расшифровка эфира

Ведущий Андрей Мокшин беседует с сенатором Российской Федерации от Пермского края Лидией Кротовой.

Ведущий: Добрый вечер, это «Главная тема». В студии наш сенатор. Лидия Викторовна, добрый вечер.

Сенатор: Добрый вечер, Андрей, добрый вечер всем, кто нас смотрит.

Ведущий: Начнём с газа. Когда в северных округах будет газ?

Кротова: Давайте честно. В ближайшие пять лет магистрального газа там не будет.

Ведущий: То есть вы допускаете, что деньги могут и не дойти?

Кротова: Я допускаю всё, я двадцать лет в законодательной власти.

Ведущий: Вас часто упрекают, что вы больше времени проводите в Москве. Что ответите?

Л. Кротова: Отвечаю цифрами. За этот год я провела в крае сто сорок дней.

Ведущий: Спасибо. Увидимся через неделю.

Другие выпуски
«Главная тема»: министр ЖКХ — о тарифах и капремонте (16.10.2025)
«Главная тема»: ректор ПНИПУ — о целевом обучении (09.10.2025)
"""

# A third voice named inside a dashed paragraph, a relative clause after the name.
_VOICED = """Интервью

В Нерехте мы побеседовали с настоятелем храма протоиереем Алексием Гориным.

— Отец Алексий, вы помните, каким был храм в 1995 году?

— Помню, конечно. Крыши не было, в алтаре росла берёза.

— Вы ведь сами из священнической семьи?

— Да, мой отец служил в Галиче больше сорока лет.

— Мы тогда жили в сторожке, — вступает в разговор супруга настоятеля Ольга Горина, которая \
руководит хором. — Хор начинался с четырёх женщин.

— Сколько сейчас прихожан в храме?

— Человек сто пятьдесят, если считать тех, кто приходит каждое воскресенье.
"""

_CARD = """Interview with Dolores Ybarra

Interviewee: Dolores "Lola" Ybarra
Interviewer: Thomas Kessler
Date: March 16, 2024
Location: Ybarra residence, Visalia, California

Abstract: Dolores Ybarra (b. 1941, Delano) describes following the harvest with her parents.

TK: Today is March 16th, 2024. Can you start by telling me where you were born?

DY: I was born in Delano, in 1941, in July. Not in a hospital.

TK: And your parents, where were they from?

DY: My father was from Jalisco, from a little town near Tepatitlán.

Download: Full transcript (PDF, 41 pp.) | Audio (MP3, 68 MB)
Cite this item: Ybarra, Dolores. Interview by Thomas Kessler, March 16, 2024.
Rights: This interview is made available for research and educational use.
"""


def _speakers(text: str) -> dict[str, str | None]:
    return {words[:12]: speaker for _, speaker, words in turn_rows(text)}


def test_dated_author_row_asks() -> None:
    got = _speakers(_AUTHOR_ROW)
    assert got["Ганно, вітаю"] == "Віталій Бойко"
    assert got["Чесно, тільк"] == "Ганна Вишневська"


def test_ranked_namesake() -> None:
    got = _speakers(_NAMESAKES)
    assert got["No, ma'am. I"] == "Marcus Whitlow"
    assert got["Fewer every "] == "Marcus Whitlow"
    assert got["I'll add one"] == "Lorraine Whitlow"
    assert got["Fourteen mov"] == "Lorraine Whitlow"


def test_yo_spelling() -> None:
    got = _speakers(_YO)
    assert got["Потому что д"] == "Артём Зайченко"
    assert got["Сети я бы не"] == "Артём Зайченко"


def test_post_label_then_surname() -> None:
    rows = turn_rows(_POST_THEN_SURNAME)
    guest = [s for _, s, w in rows if w.startswith(("Добрый вечер, Андрей", "Давайте"))]
    assert guest == ["Лидия Кротова", "Лидия Кротова"]
    # the programme's earlier episodes are no turns
    assert not any("министр ЖКХ" in w for _, _, w in rows)


def test_voice_with_relative_clause() -> None:
    got = _speakers(_VOICED)
    assert got["Мы тогда жил"] == "Ольга Горина"
    assert got["Помню, конеч"] == "Алексий Горин"


def test_catalogue_card() -> None:
    rows = turn_rows(_CARD)
    assert rows[0][0] != "other"  # the card's abstract is no intro
    assert rows[-1][2].endswith("near Tepatitlán.")
    assert extract(_CARD, _CARD.index("TK:")).place == "Visalia"


def test_dateline_in_lead() -> None:
    assert extract(_NAMESAKES, _NAMESAKES.index("Courier:")).place == "Bryson City"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Материалы рубрики «Интервью» отражают точку зрения собеседника.", True),
        ("Матеріали розділу «Думки» відображають думку автора.", True),
        (
            "Tickets for Saturday's FA Trophy tie are on sale now from the club shop and online: "
            "adults £10.",
            True,
        ),
        ("Download: Full transcript (PDF, 41 pp.) | Audio (MP3, 68 MB)", True),
        ("Cite this item: Ybarra, Dolores. Interview by Thomas Kessler, March 16, 2024.", True),
        ("Rights: This interview is made available for research and educational use.", True),
        ("Tulare County Library | 200 W. Oak Ave., Visalia, CA 93291 | (559) 555-0188", True),
        ("Tickets were hard to get that year, I remember.", False),
        ("Rights are something you fight for.", False),
        ("Subjects: Migrant agricultural laborers -- California -- Tulare County", True),
        ("Subjects: Urgent care; Interest rates.", False),
    ],
)
def test_trailing_lines(line: str, furniture: bool) -> None:
    assert (_TRAILING_LINE.match(line) is not None) == furniture


@pytest.mark.parametrize(
    ("para", "earlier"),
    [
        ("Нагадаємо, раніше «Лубенщина онлайн» писала, що в громаді облаштують пункти.", True),
        ("Нагадаємо, раніше Суспільне Чернігів писало, що …", True),
        ("Нагадаємо, що в лікарні працює п'ятеро фахівців.", False),
    ],
)
def test_earlier_story(para: str, earlier: bool) -> None:
    assert (_OUR_EARLIER_STORY.match(para) is not None) == earlier


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Ybarra residence, Visalia, California", "Visalia"),
        ("the Okafor family home, Lagos", "Lagos"),
        ("Visalia residence hall", None),
    ],
)
def test_home_venue(line: str, place: str | None) -> None:
    assert _place_line(line, bare_words=3) == place
