"""Check AB, batch YG YH YL: Russian- and Ukrainian-language publishers' layouts. Each case table
crosses the layout with other independent parts (language, names feminine and hyphenated,
page furniture, blank lines between the exchanges or none), so that a rule is shown to hold
beyond the page it was first seen on."""

from __future__ import annotations

import itertools

import pytest

from structure_support import run, spoken_rows, turn_rows

# Interviewees: a man, a woman, a hyphenated surname, in each language.
_PEOPLE = {
    "uk": ["Ірина Ковальська", "Олег Мартинюк-Бойко"],
    "ru": ["Анна Белоусова", "Сергей Римский-Корсаков"],
}
_QA = {
    "uk": [
        (
            "Скільки експонатів уже вдалося повернути з евакуації?",
            "Близько двох тисяч одиниць, це п'ята частина того, що ми мали до 2022 року.",
        ),
        (
            "Чи є надія повернути вкрадене?",
            "Надія є, але це робота на роки. Ми склали повний каталог втрат.",
        ),
        ("Що вам найбільше зараз потрібно?", "Реставратори. У нас лишилася одна людина з трьох."),
    ],
    "ru": [
        (
            "Сколько экспонатов удалось вернуть из эвакуации?",
            "Около двух тысяч единиц, это пятая часть того, что мы имели до 2022 года.",
        ),
        (
            "Есть ли надежда вернуть похищенное?",
            "Надежда есть, но это работа на годы. Мы составили полный каталог потерь.",
        ),
        ("Что вам сейчас нужнее всего?", "Реставраторы. У нас остался один человек из трёх."),
    ],
}


def _exchanges(lang: str, ask: str, answer_label: str, gap: str) -> str:
    """The Q&A body: each question under ``ask``, each answer under ``answer_label`` (or on the
    next line with no label when it is empty), the exchanges parted by ``gap``."""
    blocks = []
    for q, a in _QA[lang]:
        if answer_label:
            blocks.append(f"{ask}: {q}\n\n{answer_label}: {a}")
        else:
            blocks.append(f"{ask}: {q}\n{a}")
    return gap.join(blocks)


# --- 1. A weekly asks under its title's dotted initials ----------------------------------------

_MASTHEADS = {"uk": ("Український тиждень", "У.Т."), "ru": ("Русский репортёр", "Р.Р.")}
_DOTTED_TAILS = {"uk": "Теги: музеї  Херсон  культура", "ru": "Фото: пресс-служба музея"}


@pytest.mark.parametrize(
    ("lang", "who", "gap"),
    [(lang, who, gap) for lang in ("uk", "ru") for who in _PEOPLE[lang] for gap in ("\n\n", "\n")],
)
def test_masthead_dotted_initials_ask(lang: str, who: str, gap: str) -> None:
    masthead, initials = _MASTHEADS[lang]
    lead = {
        "uk": f"Директорка музею {who} розповіла Тижню про повернення евакуйованих фондів.",
        "ru": f"Директор музея {who} рассказал нам о возвращении эвакуированных фондов.",
    }[lang]
    text = (
        f"{masthead}\nПОЛІТИКА  КУЛЬТУРА  ВІЙНА\n\n{who}: «Ми вивозили пам'ять міста»\n\n"
        f"{lead}\n\n{_exchanges(lang, initials, '', gap)}\n\n{_DOTTED_TAILS[lang]}\n"
    )
    rows = spoken_rows(text)
    assert [r[0] for r in rows] == ["question", "answer"] * 3
    assert [r[1] for r in rows if r[0] == "answer"] == [who] * 3
    assert rows[1][2] == _QA[lang][0][1]


# --- 2. An outlet's label the lead quotes in another case --------------------------------------

_INFLECTED = {
    "uk": ("Слово і Діло", "«Слову і Ділу»", "в інтерв'ю {q} розповіла"),
    "ru": ("Вечерний город", "«Вечернему городу»", "в интервью {q} рассказала"),
}
_ANSWERERS = {
    "uk": ["Олена Мельник", "Ганна Кравець-Дорош"],
    "ru": ["Елена Мельник", "Мария Ильина-Сорокина"],
}


@pytest.mark.parametrize(
    ("lang", "who", "tail"),
    list(
        itertools.product(
            ("uk", "ru"), (0, 1), ("Теги: суди, реформа\nПоділитися: Facebook | Telegram", "")
        )
    ),
)
def test_outlet_label_quoted_in_another_case(lang: str, who: int, tail: str) -> None:
    label, quoted, told = _INFLECTED[lang]
    name = _ANSWERERS[lang][who]
    surname = name.split()[1]
    text = (
        f"Інтерв'ю\n\n{name}: Нова комісія має запрацювати до літа\n\n"
        f"Членкиня Етичної ради {name} {told.format(q=quoted)}, скільки кандидатів відсіяли.\n\n"
        + _exchanges(lang, label, surname, "\n\n")
        + f"\n\n{tail}\n"
    )
    rows = spoken_rows(text)
    assert [r[0] for r in rows] == ["question", "answer"] * 3
    assert [r[2] for r in rows[::2]] == [q for q, _ in _QA[lang]]  # the label is no one's words
    assert {r[1] for r in rows[1::2]} == {name}


# --- 3. An author field names the writer, not whom the plain Q&A is with -----------------------

_PLAIN = {
    "uk": (
        "Автор: {author}",
        "Головний економіст центру «Ресурс» {who} в інтерв'ю Главреду розповів, чому мораторій "
        "на підвищення тарифів не може тривати вічно.",
        [
            "Пане Андрію, уряд знову продовжив мораторій. Наскільки довго ще можна тримати ціни?",
            "Чесно кажучи, ресурс уже майже вичерпаний. Мораторій – це не безкоштовне тепло.",
            "Тобто підвищення неминуче?",
            "Я б сказав, що неминучий перегляд. Не обов'язково різкий.",
            "А що робити звичайній родині, яка боїться платіжок?",
            "Перше – перевірити право на субсидію. Друге – не накопичувати борги.",
        ],
    ),
    "ru": (
        "Автор: {author}",
        "Главный экономист центра «Ресурс» {who} в интервью Главреду рассказал, почему мораторий "
        "на повышение тарифов не может длиться вечно.",
        [
            "Андрей, правительство снова продлило мораторий. Как долго еще можно держать цены?",
            "Честно говоря, ресурс уже почти исчерпан. Мораторий – это не бесплатное тепло.",
            "То есть повышение неизбежно?",
            "Я бы сказал, что неизбежен пересмотр. Не обязательно резкий.",
            "А что делать обычной семье, которая боится платежек?",
            "Первое – проверить право на субсидию. Второе – не копить долги.",
        ],
    ),
}
_AUTHORS = ["Марина Гончар", "Олена Сидоренко-Лісова"]
_WHO = {"uk": "Андрій Гречко", "ru": "Андрей Гречко"}


@pytest.mark.parametrize(
    ("lang", "author", "caption"),
    list(itertools.product(("uk", "ru"), _AUTHORS, ("{who} / Фото: Главред\n", ""))),
)
def test_author_field_is_no_interviewee(lang: str, author: str, caption: str) -> None:
    field, lead, paras = _PLAIN[lang]
    who = _WHO[lang]
    text = (
        "Главред\nНовини  Політика  Економіка  Світ  Інтерв'ю  Блоги\n"
        "Головна › Економіка › Інтерв'ю\n\n"
        "Тарифи на тепло не заморозять навічно: економіст пояснив, до чого готуватися\n\n"
        f"16 січня 2026, 10:15\n{field.format(author=author)}\n\n"
        f"Поділитися:  Facebook  Telegram  Viber  X\n\n{caption.format(who=who)}"
        f"{lead.format(who=who)}\n\n" + "\n\n".join(paras) + "\n\nТеги: тарифи  опалення\n"
    )
    rows = spoken_rows(text)
    assert [r[0] for r in rows] == ["question", "answer"] * 3
    assert [r[1] for r in rows[1::2]] == [who] * 3


# --- 4. A comment box's prompt with no heading closes the page ---------------------------------

_PROMPTS = {
    "uk": "Ви можете залишити коментар. Увійдіть, щоб коментувати.",
    "ru": "Вы можете оставить комментарий. Войдите, чтобы комментировать.",
}


@pytest.mark.parametrize(
    ("lang", "ask", "who"),
    list(
        itertools.product(
            ("uk", "ru"), ("Питання", "Кореспондентка"), ("Ірина Ковальська", "Олег Мартинюк-Бойко")
        )
    ),
)
def test_comment_prompt_closes_the_last_answer(lang: str, ask: str, who: str) -> None:
    text = (
        f"Інтерв'ю\n\n{who} – про музей\n\nДиректор музею {who} розповів про евакуацію фондів.\n\n"
        + _exchanges(lang, ask, who, "\n\n")
        + f"\n\nТеги: музеї  культура\n{_PROMPTS[lang]}\n"
    )
    rows = spoken_rows(text)
    assert rows[-1][0] == "answer"
    assert rows[-1][2] == _QA[lang][-1][1]


# --- 5. A capital web address glued to the answer above by a lost line break -------------------

_DOMAINS = ["ZAXID.NET", "URA.RU", "ZN.UA"]


@pytest.mark.parametrize(
    ("domain", "lang", "who"),
    [(d, lang, who) for d in _DOMAINS for lang in ("uk", "ru") for who in _PEOPLE[lang][:1]]
    + [("URA.RU", "ru", _PEOPLE["ru"][1]), ("ZAXID.NET", "uk", _PEOPLE["uk"][1])],
)
def test_glued_capital_web_address_label(domain: str, lang: str, who: str) -> None:
    body = _exchanges(lang, domain, who, "\n\n")
    # the second answer's last sentence and the third question lose the line break between them
    q3 = _QA[lang][2][0]
    body = body.replace(f"\n\n{domain}: {q3}", f"{domain}: {q3}")
    text = (
        f"{domain}\nНовини  Статті\n\n{who}: «Нові трамваї підуть до кінця року»\n\n"
        f"Посадовець {who} розповів {domain}, коли місто отримає нові трамваї.\n\n{body}\n"
    )
    rows = spoken_rows(text)
    assert [r[0] for r in rows] == ["question", "answer"] * 3
    assert rows[3][2] == _QA[lang][1][1]
    assert rows[4][2] == q3


# --- 6. A regional site's news-tip call over its subscription line -----------------------------

_TIP_CALLS = [
    (
        "URA.RU",
        "Сохрани номер URA.RU — сообщи новость первым!",
        "Подписывайтесь на URA.RU в Telegram",
    ),
    ("Думская", "Присылайте новости нам в Viber!", "Подписывайтесь на «Думскую» в Telegram"),
    (
        "Суспільне",
        "Маєте важливу інформацію — повідомте новину редакції першими!",
        "Підписуйтесь на Суспільне в Telegram",
    ),
]


@pytest.mark.parametrize(
    ("outlet", "call", "sub", "who"),
    [(o, c, s, who) for o, c, s in _TIP_CALLS for who in ("Олег Тарасенко", "Анна Белоусова")],
)
def test_news_tip_call_closes_the_page(outlet: str, call: str, sub: str, who: str) -> None:
    lang = "uk" if "Підписуйтесь" in sub else "ru"
    surname = who.split()[1]
    text = (
        f"{outlet}\nНовости   Статьи\n\nУченый: «Мерзлота отступает»\n\n"
        f"Об этом {outlet} рассказал заведующий лабораторией {who}.\n\n"
        + _exchanges(lang, outlet, surname, "\n\n")
        + f"\n\n{call}\n{sub}\n\nТеги: наука, климат\n"
    )
    rows = spoken_rows(text)
    assert rows[-1][0] == "answer"
    assert rows[-1][2] == _QA[lang][-1][1]


# --- 7. A phone-in's unnamed viewer or listener --------------------------------------------------

_CALLERS = {
    "ru": ["Зритель", "Зрительница", "Радиослушатель"],
    "uk": ["Глядач", "Глядачка", "Радіослухачка"],
}
_HOSTS = ["Анна Лебедева", "Павел Громов-Шульц"]


@pytest.mark.parametrize(
    ("lang", "caller", "host"),
    [(lang, c, h) for lang in ("ru", "uk") for c in _CALLERS[lang] for h in _HOSTS],
)
def test_phone_in_caller_asks_unnamed(lang: str, caller: str, host: str) -> None:
    guest = "Сергей Ремезов"
    text = (
        "Программа «ОТРажение»\n\n"
        f"{host}: Добрый вечер, в студии {host}. С нами на связи главный врач {guest}.\n\n"
        f"{guest}: Добрый вечер.\n\n"
        f"{host}: Сергей Петрович, сколько у вас пустующих ФАПов?\n\n"
        f"{guest}: Из двадцати трех пунктов три сейчас без постоянного медика.\n\n"
        f"{host}: У нас звонок из Тульской области. Здравствуйте, вы в эфире.\n\n"
        f"{caller}: Здравствуйте. У нас в селе ФАП закрыли два года назад. "
        "Кто это должен решать?\n\n"
        f"{guest}: Прежде всего региональный минздрав и районная больница.\n\n"
        f"{host}: Спасибо, Сергей Петрович. А мы продолжаем после паузы.\n"
    )
    rows = turn_rows(text)
    asked = [r for r in rows if r[2].startswith("Здравствуйте. У нас в селе")]
    assert asked and asked[0][0] == "question" and asked[0][1] is None
    assert rows[-2][1] == guest and rows[-2][2].startswith("Прежде всего")


# --- 8. A programme page's headline that asks, over its field or date line ---------------------

_ASKING_HEADLINES = {
    "ru": "Сельские фельдшеры: кто будет лечить в деревне?",
    "uk": "Сільські фельдшери: хто лікуватиме в селі?",
}
_BELOW = ["Гости: Сергей Ремезов, главный врач районной больницы", "12 февраля 2026, 18:40"]


@pytest.mark.parametrize(
    ("lang", "below", "host"), list(itertools.product(("ru", "uk"), _BELOW, _HOSTS))
)
def test_asking_headline_stays_out_of_the_lead(lang: str, below: str, host: str) -> None:
    lead = "В половине сельских фельдшерских пунктов работает один человек. Обсуждаем с врачом."
    text = (
        "ОТР   Общественное телевидение России\n\nПрограмма «ОТРажение»\n"
        f"{_ASKING_HEADLINES[lang]}\n{below}\n\n{lead}\n\n"
        f"{host}: Добрый вечер, в студии {host}.\n\n"
        f"Сергей Ремезов: Добрый вечер.\n\n"
        f"{host}: Сколько у вас пустующих ФАПов?\n\n"
        f"Сергей Ремезов: Из двадцати трех пунктов три сейчас без медика.\n"
    )
    rows = turn_rows(text)
    assert rows[0][0] == "other" and rows[0][1] is None
    assert rows[0][2] == lead


# --- 9. A briefing plays a video: a direction that ends the turn above -------------------------

_VIDEO_LINES = {"ru": "(Демонстрируется видеоролик)", "uk": "(Демонструється відеоролик)"}


@pytest.mark.parametrize(
    ("lang", "speaker", "gap"),
    list(itertools.product(("ru", "uk"), ("А.В. Куренков", "О.Н. Воронова-Лисс"), ("\n\n", "\n"))),
)
def test_video_line_is_a_direction(lang: str, speaker: str, gap: str) -> None:
    last = "Отдельно проверены все дамбы, которые в 2024 году работали на пределе."
    text = (
        "МЧС России\nГлавная  /  Пресс-центр  /  Новости\n\n"
        "Глава МЧС провел брифинг по итогам подготовки к паводкоопасному периоду.\n\n"
        f"{speaker}: Коллеги, добрый день. Группировка сил насчитывает более 64 тысяч человек. "
        f"{last}{gap}{_VIDEO_LINES[lang]}{gap}"
        "Вопрос (ТАСС): Какие регионы вы считаете самыми уязвимыми?\n\n"
        f"{speaker}: Прежде всего это Курганская и Тюменская области.\n"
    )
    doc = run(text)
    turns = [doc.span_text(s) for s in doc.layer("turns")]
    assert any(t.endswith(last) for t in turns)
    assert [doc.span_text(s) for s in doc.layer("stage_directions")] == [_VIDEO_LINES[lang]]
