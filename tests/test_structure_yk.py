"""Check Y, batch XG XH XK XN: who asks on byline pages (see docs/structure.md, Check Y)."""
# ruff: noqa: E501  (the case texts are pages, one paragraph a line)

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

# A broadcast write-up: the web author's byline over the date, the lead naming the host who
# held the talk on air ("Розмову вела ведуча …"); the host asks.
HOST_OVER_BYLINE = """5 Канал
Новини   Економіка   Ефір

Порти Дунаю: як працює експорт – інтерв'ю з Андрієм Мельником

Марія Савченко
12 квітня 2026, 18:20

Чи витримають дунайські порти нову хвилю експорту і що змінилося для перевізників, в ефірі 5 Каналу розповів голова асоціації портових операторів Андрій Мельник. Розмову вела ведуча Тетяна Литвин.

— Пане Андрію, скільки суден зараз чекає на рейді?

— Близько сорока. Черга скоротилася вдвічі порівняно з березнем, бо запрацювали нічні проводки.

— А що з тарифами?

— Тарифи зросли приблизно на десять відсотків. Це наслідок страхування і подорожчання пального.

— Держава допомагає портам?

— Частково. Є програма пільгових кредитів, але вона покриває лише ремонт причалів.

— Дякуємо за розмову.

— Дякую.
"""

# A business paper's lead sets the interviewee's name in capitals, told the outlet in quotes.
CAPS_LEAD_NAME = """Газета «Деловой вестник» №12 от 02.04.2026, стр. 7

«Зерно уходит на юг»
Глава «Агроэкспорт-Волга» о ценах, пошлинах и логистике

Экспорт зерна через волжские порты вырос на треть. Генеральный директор «Агроэкспорт-Волга» НИКОЛАЙ ГРОМОВ рассказал «Вестнику», почему компания сменила маршруты и что будет с ценами.

— Сколько зерна вы отгрузили в прошлом сезоне?

— Около двух миллионов тонн. Это рекорд для компании.

— Пошлина мешает?

— Мешает, но мы научились планировать поставки заранее.

— Что будет с ценами?

— Думаю, они останутся на уровне прошлого года.

Интервью взяла Анна Лесная
"""


# A Russian outlet's English edition: the guest agreed to speak to the masthead, under one
# writer's "By …" byline.
MASTHEAD_TOLD_UNDER_BYLINE = """NORTHERN LIGHTS GAZETTE
News    Opinion    Interviews

Interviews
‘We drill through ice to reach the oil’
A Yamal rig foreman on sanctions, spare parts and the Chinese kit that replaced them

By Irina Belova
3 March 2026

Since Western contractors left the Yamal fields, crews have had to keep drilling with Chinese and home-made equipment. Captain Pavel Zorin, who has run supply ships to the peninsula for nineteen years, agreed to speak to Northern Lights Gazette on condition that his rig not be named.

How has the work changed since 2022?

Everything takes longer. Spare parts come from China by rail and the queue at the border can be a month.

Are the Chinese pumps worse?

Not worse, different. The first batch broke in the cold, the second was better.

Who pays for the delays?

The crews, mostly. Bonuses are tied to metres drilled, and we drill fewer metres.

Would you leave?

Not yet. But many younger men already have.
"""


@pytest.mark.parametrize(
    ("text", "asker", "answerer"),
    [
        (HOST_OVER_BYLINE, "Тетяна Литвин", "Андрій Мельник"),
        (CAPS_LEAD_NAME, "Анна Лесная", "Николай Громов"),
        (MASTHEAD_TOLD_UNDER_BYLINE, "Irina Belova", None),
    ],
    ids=["host-over-byline", "caps-lead-name", "masthead-told"],
)
def test_who_asks(text: str, asker: str, answerer: str | None) -> None:
    doc = _PIPE(read_text(text, source="case.txt"))
    turns = doc.layer("turns")
    questions = [t.attrs["speaker"] for t in turns if t.label == "question"]
    answers = [t.attrs["speaker"] for t in turns if t.label == "answer"]
    assert len(questions) >= 3
    assert set(questions) == {asker}
    if answerer is not None:  # (None: the case is about who asks only)
        assert answerer in answers
