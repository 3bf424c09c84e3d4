"""Check AA, batch XW XX XY XZ YA YB YC YD: who asks under new byline and label shapes (see
docs/structure.md, Check AA)."""
# ruff: noqa: E501  (the case texts are pages, one paragraph a line)

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

# A parliament paper's dash interview with no byline: the closing credit says who held the talk,
# the surname in capitals.
HELD_BY_CREDIT_CAPS = """ГОЛОС ОБЛАСТІ
Суспільно-політична газета
Головна   Політика   Культура   Архів

Культура
№ 12 (4410), 3 квітня 2026

Андрій ГНАТЮК: «Музей має бути відкритим уночі»

Рівненський краєзнавчий музей торік прийняв удвічі більше відвідувачів, ніж до війни. Про нічні екскурсії та нові зали ми поговорили з його директором Андрієм Гнатюком.

— Андрію Петровичу, звідки такий інтерес до музею?

— Люди шукають тиші і відповідей. Ми відкрили зал історії краю, і черги стоять навіть у будні.

— Чи вистачає фінансування?

— Ні. Бюджет покриває зарплати, усе інше – гранти і благодійники.

— Що нового відкриєте цього року?

— Зал воєнної історії регіону. Експонати передають самі військові.

— Дякуємо за розмову.

— Дякую вам.

Розмову вела Тетяна ЛИСЕНКО.
Фото надане музеєм.

© «Голос області», 2026
"""

# Two writers on one line over the date, the second a man's given name in "-о" and a surname
# with no telling ending: no single interviewer, so the dash questions stay nobody's.
TWO_AUTHORS_MAN = """OBOZ.UA
Новини  Політика  Гроші  Здоров'я

Здоров'я

"Протез – це не кінець": лікар про реабілітацію поранених

Олена Сидоренко, Петро Гай
14.04.2026 10:20
Переглядів: 2 118

Лікар-реабілітолог Марко Бойчук в інтерв'ю OBOZ.UA розповів, чому поранені кидають програми і що змінилося у фінансуванні.

– Пане Марку, скільки пацієнтів проходить у вас реабілітацію?

– Близько ста. Ще стільки ж чекають на місце, і черга – найбільша проблема.

– Чому люди кидають програми?

– Через побут. Житло в місті на шість тижнів ніхто не компенсує.

– Що змінила держава?

– Гроші тепер ідуть за пацієнтом. Це допомогло, але тарифи ще низькі.
"""

# A public broadcaster's English page: the writer, the outlet's two names and a stamp on one
# line; plain questions, the lead has the guest tell the outlet.
NAME_OUTLETS_STAMP = """BNS English
News  Latvia  World  Opinion

Latvia
'Ferries will not stop this winter' – port chief on the Baltic ice season
Jonas Petraitis, BNS RADIO, BNS.lv 2026.02.03 09:15

Ice has closed smaller harbours on the Gulf of Riga for the first time in four years, but the ferries still run on time. BNS RADIO spoke to Ilze Kalnina, a deputy head of the Ventspils port authority, about icebreakers, ferries and who pays for the winter.

How thick is the ice this week?

Around thirty centimetres near the coast, less in the channel. The icebreakers clear it twice a day.

Will the ferry to Sweden keep its timetable?

Yes. We had two delays in January, both under an hour, and none since.

The older ferries struggled last year. Has anything changed since then?

Two of them were replaced in the summer. The new ships have ice-class hulls, so they can break up to forty centimetres on their own without waiting for an escort.

The crews also trained with the Finnish pilots in December, which helps a lot in the narrow channel.

Who pays for the icebreakers?

The state, through the port fees. Shipowners pay a winter surcharge that covers about a third of the cost.

It is not popular, but nobody has proposed anything better in twenty years.

And what should passengers expect in February?

Colder weather, maybe short delays in the mornings. Check the timetable the evening before you travel.

Thank you.

Thank you.

The interview has been edited for brevity and clarity.

Tags: ports, ice, ferries
"""

# A four-letter Cyrillic outlet's label, the lead writing its dative ("рассказал Брифу"), under
# a Latin masthead and one author over the date: the author asks.
FOUR_LETTER_OUTLET_DATIVE = """Brief.ru
Новости  Общество  Здоровье  Спорт

Здоровье

«Солнце опаснее, чем кажется»: дерматолог о защите кожи летом

Ольга Семенова
2 июня 2026, 09:40

Фото © Legion-Media / Анна Орлова

Дерматолог Игорь Васильевич Ломакин рассказал Брифу, какой крем выбрать и когда идти к врачу.

Бриф: Игорь Васильевич, с какого месяца нужен крем от солнца?

Игорь Ломакин: С апреля. Ультрафиолет весной уже сильный, а кожа после зимы беззащитна.

Бриф: Какой фактор защиты выбрать?

Игорь Ломакин: Для города хватит тридцати, для моря нужен пятьдесят.

Бриф: Когда родинку стоит показать врачу?

Игорь Ломакин: Если она меняет цвет, форму или растёт. Не откладывайте.

Бриф: Спасибо за советы!

Игорь Ломакин: Спасибо вам.
"""

# A newsletter site's Q&A: a bare name right under the dek, right over the date; the label is
# the masthead with its "The"; the writer's social handle at the end is no prose.
THE_LABEL_NAME_UNDER_DEK = """The Harbour Ledger
Subscribe
Sign in

'Ports Are the New Power Plants'
The port authority chair on why shore power comes before new berths.
Tomas Reid
Mar 3, 2026
∙ Paid

Ships idling at the quay burn diesel for days. Last month the Harbour Board voted to wire every berth by 2029. I sat down with its chair, Dana Whitfield, to ask who will pay for it.

The Harbour Ledger: Why shore power, and why now?

Dana Whitfield: Because the ships are getting cleaner at sea and dirtier at the quay. Plugging them in is the cheapest cut we can make.

The Harbour Ledger: Who pays for the cables?

Dana Whitfield: The port, at first. Then a fee on every hour a ship is plugged in.

The Harbour Ledger: What if the grid cannot take it?

Dana Whitfield: Then we build batteries on the quay. We have already ordered two.

The Harbour Ledger: Thank you.

Dana Whitfield: Thank you.

Tomas Reid is a reporter for The Harbour Ledger. Follow him on X @tomas_reid.
"""

# A government press conference: the reporter names herself under "Journalist (Outlet):", then
# follows up under the same label with a short "And …?".
OUTLET_LABEL_FOLLOW_UP = """Government Offices of Norway
Press  Documents

Transcript from the press conference on flood preparedness
Published 4 March 2026

Moderator: Welcome. The Prime Minister will begin. After that there will be time for questions.

Prime Minister Jonas Holm: Thank you. This spring we are adding NOK 2 billion to flood barriers and to the municipalities' emergency plans.

Moderator: We will now take questions. NRK, please.

Journalist (NRK): Ingrid Dahl, NRK Dagsrevyen. Prime Minister, the municipalities say this is far too little. Is it enough?

Prime Minister Jonas Holm: It is not everything, but it is a large step, and the money follows the tasks.

Journalist (NRK): And when will the first barriers be built?

Prime Minister Jonas Holm: This summer, in the five most exposed valleys.

Moderator: Aftenposten.

Journalist (Aftenposten): Prime Minister, is this an election promise?

Prime Minister Jonas Holm: No. It is in the budget.

Moderator: Thank you, that concludes the press conference.
"""


def _askers(text: str) -> list[str | None]:
    doc = _PIPE(read_text(text, source="case.txt"))
    return [t.attrs["speaker"] for t in doc.layer("turns") if t.label == "question"]


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        (HELD_BY_CREDIT_CAPS, "Тетяна Лисенко"),
        (TWO_AUTHORS_MAN, None),
        (NAME_OUTLETS_STAMP, "Jonas Petraitis"),
        (FOUR_LETTER_OUTLET_DATIVE, "Ольга Семенова"),
        (THE_LABEL_NAME_UNDER_DEK, "Tomas Reid"),
    ],
    ids=[
        "held-by-credit-caps",
        "two-authors-man",
        "name-outlets-stamp",
        "four-letter-outlet-dative",
        "the-label-name-under-dek",
    ],
)
def test_byline_asks(text: str, asker: str | None) -> None:
    askers = _askers(text)
    assert len(askers) >= 3
    assert set(askers) == {asker}


def test_outlet_label_follow_up() -> None:
    askers = _askers(OUTLET_LABEL_FOLLOW_UP)
    assert askers[:2] == ["Ingrid Dahl", "Ingrid Dahl"]
    assert askers[2] == "Aftenposten"
