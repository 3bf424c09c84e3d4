"""Check V, batch WE WG: a plain Q&A's interviewee named in the lead's accusative ("розпитав …
Миколу Гаврилюка"), a "Читайте також:" link right under a plain question, an "And on X, …"
follow-up where each new reporter names themselves, a meeting's last assent that closes it, and
the foot of a page: a site's search box and a regional news box."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text


def _doc(text: str):
    return build_pipeline(["metadata", "sentences", "turns"])(read_text(text))


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = _doc(text)
    return [(t.label, t.attrs.get("speaker"), doc.span_text(t)) for t in doc.layer("turns")]


_PLAIN_ACCUSATIVE = (
    "Укрінформ\n\n"
    "На Житомирщині відкрили три нові ветеринарні пункти\n\n"
    "04.02.2026 09:30\n\n"
    "Оксана Литвин, Житомир\n\n"
    "Про нові пункти, вакцинацію худоби та кадри Укрінформ розпитав начальника обласного "
    "управління ветеринарної медицини Ілля Кравця.\n\n"
    "Пане Ілле, скільки пунктів уже працює?\n\n"
    "Три, у Коростені, Бердичеві та Новограді. Ще два відкриємо навесні.\n\n"
    "Чи вистачає лікарів?\n\n"
    "Читайте також: На Волині відкрили ветеринарну лабораторію\n\n"
    "Не вистачає. Ми запрошуємо випускників аграрного університету, даємо житло.\n\n"
    "А як із вакцинацією?\n\n"
    "Цього року щепили понад 40 тисяч голів худоби, це на десяту частину більше, ніж торік.\n\n"
    "Що порадите фермерам?\n\n"
    "Не відкладати щеплення і звертатися до нас одразу, щойно тварина захворіла.\n"
)

_PLAIN_ACCUSATIVE_RU = _PLAIN_ACCUSATIVE.replace(
    "начальника обласного управління ветеринарної медицини Ілля Кравця",
    "директора обласного ветеринарного центру Миколу Гаврилюка",
).replace("Пане Ілле", "Пане Миколо")

_PLAIN_ACCUSATIVE = _PLAIN_ACCUSATIVE.replace("Ілля Кравця", "Іллю Кравця")


_PENTAGON_AND_ON = (
    "U.S. Department of War\n\nTranscript\n\n"
    "Pentagon Press Secretary Holds a Press Briefing\n\n"
    "March 2, 2026\n\n"
    "MS. REYES: Good afternoon. Today the Army awarded the contract for the new range in "
    "Utah, and we expect the first tests next spring. With that, I'll take your questions. "
    "Go ahead, Dan.\n\n"
    "Q: Thanks, Ana. Dan Lamothe, Washington Post. How much will the range cost?\n\n"
    "MS. REYES: About $2 billion over five years, all of it new money.\n\n"
    "Q: And on Utah, the governor has raised concerns about water. Has the Army talked to "
    "him?\n\n"
    "MS. REYES: We have, and we will keep doing so.\n\n"
    "Q: Hi, Ana. Mike Glenn with the Washington Times. Will the range host allied tests?\n\n"
    "MS. REYES: Possibly, down the road.\n\n"
    "Q: Jen Judson, Defense News. Is the Navy part of it?\n\n"
    "MS. REYES: Not at this stage.\n"
)

_MEETING_AGREED_RU = (
    "Встреча с губернатором Тверской области Игорем Руденей\n\n"
    "Владимир Путин провёл рабочую встречу с губернатором Тверской области Игорем Руденей.\n\n"
    "5 марта 2026 года\n\n"
    "В.Путин: Игорь Михайлович, как идёт ремонт дорог после паводка?\n\n"
    "И.Руденя: Владимир Владимирович, восстановили 200 километров дорог и два моста. Прошу "
    "поддержать нашу заявку на строительство обхода Твери.\n\n"
    "В.Путин: Хорошо, договорились: направьте предложения, я дам поручение Правительству. "
    "Спасибо.\n"
)

_CABLE_SEARCH_BOX = (
    "CNN THE SITUATION ROOM\n\n"
    "Sen. Jane Doe Is Interviewed About Port Delays. Aired 6-7p ET\n\n"
    "Aired March 4, 2026 - 18:00   ET\n\n"
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n"
    "WOLF BLITZER, CNN HOST: Joining us now, Senator Jane Doe. Senator, thanks for joining "
    "us.\n\n"
    "SEN. JANE DOE (D-OR): Thanks, Wolf.\n\n"
    "BLITZER: How long will the delays last?\n\n"
    "DOE: Weeks, not days. The crews are stretched thin.\n\n"
    "BLITZER: Senator, thanks as always.\n\n"
    "DOE: Thank you, Wolf.\n\n"
    "BLITZER: And coming up, we're going live to Oregon. Stay with us.\n\n"
    "(COMMERCIAL BREAK)\n\n"
    "Search CNN...\n"
    "Subscribe   Sign in\n"
    "Terms of Use   Privacy Policy   Ad Choices   Accessibility & CC   About   Transcripts\n"
    "(c) 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.\n"
)

_REGIONAL_NEWS_BOX = (
    "Суспільне Житомир\n\n"
    "Як у Коростені відновлюють водогін після атаки\n\n"
    "11 березня 2026, 12:00\n\n"
    "Ірина Коваль: Пане Андрію, коли у будинках з'явиться вода?\n\n"
    "Андрій Мельник: Сподіваємося, до кінця тижня. Бригади працюють цілодобово.\n\n"
    "Ірина Коваль: Що робити мешканцям?\n\n"
    "Андрій Мельник: Брати воду з підвозу, графік є на сайті громади.\n\n"
    "Ірина Коваль: Дякую за розмову.\n\n"
    "Андрій Мельник: Дякую вам.\n\n"
    "Теги: Коростень   водогін\n\n"
    "Новини Житомир\n"
    "Вночі у Житомирі відновили електропостачання\n"
    "Бердичівський район: на трасі обмежили рух вантажівок\n"
)


@pytest.mark.parametrize(
    ("text", "index", "want"),
    [
        # the lead's accusative undone for a man of the "-а" given-name declension
        (_PLAIN_ACCUSATIVE, 1, ("answer", "Ілля Кравець", None)),
        (_PLAIN_ACCUSATIVE_RU, 1, ("answer", "Микола Гаврилюк", None)),
        # the "Читайте також:" link under the plain question is no word of the answer
        (_PLAIN_ACCUSATIVE, 3, ("answer", "Ілля Кравець", "Не вистачає.")),
        # "And on X, …. …?" where every new reporter names themselves
        (_PENTAGON_AND_ON, 3, ("question", "Dan Lamothe", "And on Utah")),
        # the head's last assent that grants the request closes the meeting
        (_MEETING_AGREED_RU, -1, ("other", "Владимир Путин", "Хорошо, договорились")),
    ],
)
def test_turn(text: str, index: int, want: tuple[str, str, str | None]) -> None:
    got = turns(text)[index]
    assert got[:2] == want[:2]
    if want[2] is not None:
        assert got[2].startswith(want[2])


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (_CABLE_SEARCH_BOX, "And coming up, we're going live to Oregon. Stay with us."),
        (_REGIONAL_NEWS_BOX, "Дякую вам."),
    ],
)
def test_page_foot_trails(text: str, last: str) -> None:
    assert turns(text)[-1][2] == last
