"""Small cases for batch XY XZ YD (Check AA, new Russian- and Ukrainian-language publishers).

Each table crosses one layout convention with the names (hyphenated double given names,
feminine ones), both languages and the furniture around it:

- a title that names the interviewee in the genitive with a double given name hyphened
  ("Интервью Главы государства Касым-Жомарта Токаева газете …") names "Касым-Жомарт Токаев";
- a briefing's lead that names its giver in the genitive ("Брифінг Генерального прокурора
  Руслана Кравченка …") tells of him (`other`), and a body's name in a briefing's title
  ("… Вооруженных Сил Российской Федерации") is no person;
- a closing "Ключевые слова: …" row, a "[Видео брифинга]" placeholder and a "Фото надане …"
  credit under the last answer are the page's, no words of the answer;
- an agency dateline that prints the year, the clock and the agency after a dash ("Москва,
  9 апреля 2026, 11:37 — ИА Регнум.") dates and places the page.
"""

import pytest

from structure_support import run, turn_rows

# --- a double given name in the genitive title ------------------------------------------------

_TITLED = """{site}

{title}

8 января 2026 года

{lead}

– {address}, как {you} оцениваете итоги года?

– {answer1}

– Что дальше?

– {answer2}
"""


@pytest.mark.parametrize(
    ("title", "address", "speaker"),
    [
        # (a Kazakh double name, a man's: only the last part declines)
        (
            "Интервью Главы государства Касым-Жомарта Токаева газете «Egemen Qazaqstan»",
            "Касым-Жомарт Кемелевич",
            "Касым-Жомарт Токаев",
        ),
        (
            "Интервью Президента Касым-Жомарта Токаева информационному агентству «Казинформ»",
            "Господин Президент",
            "Касым-Жомарт Токаев",
        ),
        # (a woman's double name: both parts decline, and her surname too)
        (
            "Интервью председателя правления Анны-Марии Соколовой журналу «Банковское дело»",
            "Анна-Мария Викторовна",
            "Анна-Мария Соколова",
        ),
        # (a man's with a soft stem, Ukrainian title and a Ukrainian -енко surname)
        (
            "Інтерв'ю посла Жан-Поля Андрієнка агентству «Укрінформ»",
            "Пане после",
            "Жан-Поль Андрієнко",
        ),
    ],
)
@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_hyphenated_given_name_in_genitive_title(
    title: str, address: str, speaker: str, lang: str
) -> None:
    text = _TITLED.format(
        site="AKORDA.KZ" if lang == "ru" else "УКРІНФОРМ",
        title=title,
        lead=(
            "Глава государства в интервью подвел итоги уходящего года."
            if lang == "ru"
            else "Співрозмовник в інтерв'ю підбив підсумки року."
        ),
        address=address,
        you="Вы" if lang == "ru" else "Ви",
        answer1=(
            "Экономика выросла более чем на 6 процентов. Это хороший показатель."
            if lang == "ru"
            else "Економіка зросла більш ніж на 6 відсотків. Це добрий показник."
        ),
        answer2="Дальше будет лучше." if lang == "ru" else "Далі буде краще.",
    )
    answers = [r for r in turn_rows(text) if r[0] == "answer"]
    assert len(answers) == 2
    assert {r[1] for r in answers} == {speaker}


# --- a briefing's lead that names the giver in the genitive; a body's name in the title -------

_BRIEFING = """{office}

{title}

{date}

{lead}

{label}: {opening}

{q}: {question}

{label}: {answer}
"""

_RU = {
    "office": "Министерство обороны Российской Федерации",
    "date": "31.03.2026 (12:00)",
    "q": "Вопрос (телеканал «Звезда»)",
    "opening": "Уважаемые представители средств массовой информации! Призыв начнется 1 апреля.",
    "question": "Будут ли изменения по срокам службы?",
    "answer": "Нет, срок службы остается прежним — 12 месяцев.",
}
_UK = {
    "office": "Офіс Генерального прокурора",
    "date": "Опубліковано: 19 березня 2026 року, 15:30",
    "q": "Питання (Укрінформ)",
    "opening": "Доброго дня! Сьогодні я хочу розповісти про результати роботи за квартал.",
    "question": "Скільки справ стосується оборонних закупівель?",
    "answer": "Станом на сьогодні — 214 проваджень.",
}


@pytest.mark.parametrize(
    ("parts", "title", "lead", "label", "speaker"),
    [
        # (the lead names the giver in the genitive: a Ukrainian -енко surname's "-енка")
        (
            _UK,
            "Генеральний прокурор провів брифінг щодо протидії корупції",
            "Брифінг Генерального прокурора Руслана Кравченка за участі керівника департаменту "
            "Юрія Бєлоусова.",
            "Руслан Кравченко",
            "Руслан Кравченко",
        ),
        # (a woman's surname declined: "Ольги Соколовой" of "Соколова")
        (
            _RU,
            "Министр провел брифинг о весеннем призыве",
            "Брифинг официального представителя Министерства обороны Ольги Соколовой о порядке "
            "проведения весеннего призыва.",
            "Ольга Соколова",
            "Ольга Соколова",
        ),
        # (a body's name in the title, the lead naming the giver in the nominative)
        (
            _RU,
            "Брифинг заместителя начальника Генерального штаба Вооруженных Сил Российской "
            "Федерации о проведении весеннего призыва",
            "Заместитель начальника Генерального штаба контр-адмирал Владимир Цимлянский "
            "рассказал журналистам о порядке проведения весеннего призыва.",
            "В.Цимлянский",
            "Владимир Цимлянский",
        ),
        (
            _RU,
            "Брифинг начальника управления Генерального штаба Вооруженных Сил Российской "
            "Федерации о проведении весеннего призыва",
            "Начальник управления генерал-майор Ольга Соколова рассказала журналистам о порядке "
            "проведения весеннего призыва.",
            "О.Соколова",
            "Ольга Соколова",
        ),
    ],
)
def test_briefing_lead_tells_of_its_giver(
    parts: dict[str, str], title: str, lead: str, label: str, speaker: str
) -> None:
    rows = turn_rows(_BRIEFING.format(**parts, title=title, lead=lead, label=label))
    assert rows[0][:2] == ("other", None)
    assert rows[0][2].startswith(lead[:20])
    assert [r[:2] for r in rows[1:]] == [
        ("statement", speaker),
        ("question", "Звезда" if parts is _RU else "Укрінформ"),
        ("answer", speaker),
    ]


# --- furniture under the last answer ----------------------------------------------------------

_CLOSING = """{title}

{lead}

{q}: {question1}

{a}: {answer1}

{q}: {question2}

{a}: {answer2}

{furniture}

{footer}
"""


@pytest.mark.parametrize(
    "furniture",
    [
        "Ключевые слова: ключевая ставка, денежно-кредитная политика, пресс-конференция",
        "Ключевые слова: инфляция, потребительское кредитование, макропруденциальные лимиты",
        "[Видео брифинга]",
        "[Відеозапис брифінгу]",
        "Фото надане Житомирською обласною бібліотекою для юнацтва.",
        "Фото надано обласною бібліотекою.",
    ],
)
@pytest.mark.parametrize(
    ("a", "speaker", "closing"),
    [
        ("Э.С. Набиуллина", "Эльвира Набиуллина", "Спасибо всем!"),
        ("В.Цимлянский", "Владимир Цимлянский", "Это сопоставимо с прошлым годом."),
        ("Наталія Бойко", "Наталія Бойко", "У нас знайдеться книжка саме для вас."),
    ],
)
def test_closing_furniture_is_no_answer(furniture: str, a: str, speaker: str, closing: str) -> None:
    text = _CLOSING.format(
        title="Пресс-конференция по итогам заседания",
        lead=f"На вопросы журналистов ответила {speaker}.",
        q="Вопрос",
        question1="Когда вы ожидаете снижения инфляции?",
        a=a,
        answer1="Во втором полугодии, если не будет новых шоков.",
        question2="Что будет с кредитами?",
        answer2=f"Лимиты будем пересматривать ежеквартально. {closing}",
        furniture=furniture,
        footer="© 2026 Все права защищены",
    )
    last = turn_rows(text)[-1]
    assert last[:2] == ("answer", speaker)
    assert last[2].endswith(closing)


# --- an agency dateline with the year, the clock and the agency after a dash ------------------

_DATELINED = """{title}

{dateline} {lead}

{outlet}: {address}, насколько загружены порты?

{guest}: Примерно на треть от проектной мощности.

{outlet}: Почему?

{guest}: Навигация длится семь месяцев.
"""


@pytest.mark.parametrize(
    ("dateline", "date", "place"),
    [
        ("Москва, 9 апреля 2026, 11:37 — ИА Регнум.", "2026-04-09", "Москва"),
        ("Нижний Новгород, 14 марта 2026, 09:05 — ИА Регнум.", "2026-03-14", "Нижний Новгород"),
        ("Київ, 3 жовтня 2025, 18:20 — Укрінформ.", "2025-10-03", "Київ"),
    ],
)
@pytest.mark.parametrize(
    ("guest", "address"),
    [
        ("Виктор Олейников", "Виктор Павлович"),
        ("Анна-Мария Соколова", "Анна-Мария Викторовна"),
    ],
)
def test_dateline_with_clock_and_agency(
    dateline: str, date: str, place: str, guest: str, address: str
) -> None:
    text = _DATELINED.format(
        title="«Волжские порты загружены на треть»: что мешает вернуть грузы на реку",
        dateline=dateline,
        lead="Навигация в этом году открывается раньше обычного, но грузоперевозчики не спешат "
        f"радоваться, рассказал в интервью председатель ассоциации {guest}.",
        outlet="ИА Регнум",
        guest=guest,
        address=address,
    )
    meta = run(text).meta.to_dict()
    assert (meta.get("date"), meta.get("place")) == (date, place)
