# ruff: noqa: E501
"""Small cases for the JN round (common sources, Russian, Ukrainian and English): a lead's "X
spoke with <outlet> editor-in-chief Y" names Y, by the post's hyphened tail, as the one who asks
the "Question:" lines; a premium box that names the site alone ("Читайте на РБК Pro" over its
headline link) is a box of links under the last answer; and an interviewer's signature set on
the last line of a scrape that lost its blank lines ("… за кошти ЄС." / "Роман Кравець, УП")
ends the last answer."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import turn_rows

_EDITOR_IN_CHIEF = """The Ministry of Foreign Affairs of the Russian Federation
Home / Press service / Deputy Minister's interviews
Deputy Foreign Minister Pavel Ostrovsky's interview with Diplomatic Review magazine, March 3, 2025
3 March 2025 11:20
Deputy Foreign Minister Pavel Ostrovsky spoke with Diplomatic Review editor-in-chief Irina Belova about the Arctic Council and shipping on the Northern Sea Route.
Question: Pavel Sergeyevich, is the Arctic Council still working?
Pavel Ostrovsky: Its working groups have resumed some projects, but the political level is frozen.
Question: What about the Northern Sea Route?
Pavel Ostrovsky: Traffic grew last year. We expect more transit cargo this season.
Question: Thank you for the interview.
Pavel Ostrovsky: Thank you.
"""


def test_editor_in_chief_spoken_with_asks() -> None:
    rows = turn_rows(_EDITOR_IN_CHIEF)
    asks = [r for r in rows if r[0] == "question"]
    answers = [r for r in rows if r[0] == "answer"]
    assert len(asks) == 2 and len(answers) == 3
    assert {r[1] for r in asks} == {"Irina Belova"}
    assert {r[1] for r in answers} == {"Pavel Ostrovsky"}


_PREMIUM_BOX = """РБК
Недвижимость
«Рынок вернулся к нормальным объемам»
Глава ассоциации застройщиков — о ставках и проектном финансировании
Ольга Смирнова
24 марта 2025
— Игорь Петрович, продажи новостроек упали. Это кризис?
— Я бы не называл это кризисом. Спрос держится на семейной ипотеке.
— Когда цены начнут снижаться?
— В номинале не начнут. Застройщики дают скидки, это и есть коррекция.
Читайте на РБК Pro
Как выбрать новостройку, если застройщик может обанкротиться
Подписывайтесь на РБК в Telegram
"""

_LINE_SIGNATURE = """Українська правда
Новини
Публікації
Голова служби Андрій Мельник: Мораторій на перевірки не може тривати вічно
Марія Коваль — Вівторок, 8 квітня 2025, 10:00
Голова служби розповів про перевірки бізнесу та контроль на кордоні.
Чому служба досі не проводить планових перевірок?
Мораторій діє з початку повномасштабного вторгнення. Позапланові перевірки ми проводимо.
Цього достатньо?
Ні, не достатньо. Є ризикові категорії бізнесу, і для них перевірки треба повернути.
А імпорт? Наскільки безпечні продукти з-за кордону?
На кордоні працюють наші пункти контролю, і кожна партія перевіряється.
Марія Коваль, УП
Нагадаємо, раніше уряд продовжив мораторій на планові перевірки.
Реклама:
"""


@pytest.mark.parametrize(
    ("text", "last_words", "asker", "answerer"),
    [
        (_PREMIUM_BOX, "это и есть коррекция.", "Ольга Смирнова", None),
        (_LINE_SIGNATURE, "кожна партія перевіряється.", "Марія Коваль", "Андрій Мельник"),
    ],
)
def test_page_lines_under_the_last_answer_end_it(
    text: str, last_words: str, asker: str, answerer: str | None
) -> None:
    rows = turn_rows(text)
    assert rows and rows[-1][0] == "answer"
    assert rows[-1][2].endswith(last_words)
    assert {r[1] for r in rows if r[0] == "question"} == {asker}
    if answerer is not None:
        assert {r[1] for r in rows if r[0] == "answer"} == {answerer}


def test_premium_box_heading_is_trailing() -> None:
    assert _PREMIUM_BOX[: trailing_start(_PREMIUM_BOX)].endswith("это и есть коррекция.")
