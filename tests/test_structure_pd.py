"""Small cases for batch PD (round 54): a business paper's deck, written once, under a quote
headline names the interviewee ("«…»" / "Гендиректор агрохолдинга «…» Игорь Рябинин – о …");
kremlin.ru's singular "Регион:" field and president.gov.ua's "Інтерв'ю підготовлено для …" note
close the text, not the last answer; a caller from a briefing's live queue says "Yes, thank you.
This is <name> from <outlet> in <country>."; a member's "I appreciate that. I yield back." is no
statement."""

import pytest

from structure_support import spoken_rows, turn_rows

_DECK = (
    "Ведомости\n"
    "Бизнес\n"
    "«{quote}»\n"
    "{deck}\n"
    "Анна Петрова\n"
    "18 июня 2025 00:01\n"
    "Компания – один из крупнейших производителей зерна на юге России.\n"
    "– Как засуха ударила по вашим посевам?\n"
    "– В Ростовской области с апреля почти не было дождей, урожай будет ниже.\n"
    "– Будете просить компенсации?\n"
    "– Часть посевов застрахована, по ним мы уже подали заявления.\n"
)


@pytest.mark.parametrize(
    ("quote", "deck", "guest"),
    [
        (
            "Урожай в этом году будет ниже, но экспорт мы сохраним",
            "Гендиректор агрохолдинга «Степной колос» Игорь Рябинин – о засухе и экспорте",
            "Игорь Рябинин",
        ),
        (
            "Мы не будем продавать землю",
            "Председатель совета директоров «Южной нивы» Олег Савельев – о пошлинах",
            "Олег Савельев",
        ),
        # a body in the genitive in the name's place is no person
        ("Мы не будем продавать землю", "Руководитель Росгидромета – о паводке", None),
        ("Мы не будем продавать землю", "Бывший советник Минобороны Франции – о войне", None),
    ],
)
def test_deck_under_quote_headline_names_the_guest(
    quote: str, deck: str, guest: str | None
) -> None:
    rows = spoken_rows(_DECK.format(quote=quote, deck=deck))
    answers = [spk for lab, spk, _ in rows if lab == "answer"]
    assert answers == [guest, guest]


_KREMLIN_FOOT = (
    "Ответы на вопросы журналистов\n"
    "По завершении рабочей поездки в Ставропольский край Владимир Путин ответил на вопросы "
    "представителей средств массовой информации.\n"
    "20 мая 2025 года\n"
    "Пятигорск\n"
    "Вопрос: Добрый вечер! Ольга Кравец, «Известия».\n"
    "Владимир Владимирович, что Вас больше всего беспокоит в здравоохранении?\n"
    "В.Путин: Кадры, прежде всего. Всего хорошего!\n"
    "Дата публикации: 20 мая 2025 года, 19:40\n"
    "Ссылка на материал: kremlin.ru/d/76902\n"
    "Текстовая версия\n"
    "Опубликован в разделах: Новости, Стенограммы\n"
    "{field}\n"
)


@pytest.mark.parametrize("field", ["Регион: Ставропольский край", "Регионы: Ставропольский край"])
def test_kremlin_region_field_closes_the_page(field: str) -> None:
    rows = spoken_rows(_KREMLIN_FOOT.format(field=field))
    assert rows[-1][:2] == ("answer", "Владимир Путин")
    assert rows[-1][2].rstrip().endswith("Всего хорошего!")


_PRESIDENT_UA = (
    "Інтерв'ю Президента України Володимира Зеленського виданню Hospodářské noviny\n"
    "17 червня 2025 - 10:00\n"
    "– Пане Президенте, що ви робите, коли хочете забути про війну?\n"
    "– Чесно? Такої години немає. Але навіть тоді телефон поруч.\n"
    "{note}\n"
    "Версія для друку\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Інтерв'ю підготовлено для Hospodářské noviny, опубліковано 17 червня 2025 року.",
        "Інтерв’ю опубліковано у виданні Hospodářské noviny 17 червня 2025 року.",
    ],
)
def test_interview_publication_note_is_no_answer(note: str) -> None:
    rows = spoken_rows(_PRESIDENT_UA.format(note=note))
    assert rows[-1][2].rstrip().endswith("телефон поруч.")


_BRIEFING = (
    "Digital Press Briefing with Special Envoy Laura Whitcombe\n"
    "MODERATOR:  Greetings to everyone. Special Envoy Whitcombe will take your questions. We "
    "will now go to the live queue.\n"
    "QUESTION:  {intro} My question is about local processing. Does the United States "
    "support those bans?\n"
    "AMBASSADOR WHITCOMBE:  Thank you. Every country makes its own sovereign choices about "
    "its resources.\n"
)


@pytest.mark.parametrize(
    ("intro", "asker"),
    [
        ("Yes, thank you. This is Amina Yusuf from Daily Trust in Nigeria.", "Amina Yusuf"),
        ("Yes, thanks. This is Kofi Mensah with Citi FM in Accra.", "Kofi Mensah"),
    ],
)
def test_live_queue_caller_introduction(intro: str, asker: str) -> None:
    rows = turn_rows(_BRIEFING.format(intro=intro))
    assert [(lab, spk) for lab, spk, _ in rows if lab == "question"] == [("question", asker)]


_HEARING = (
    "HEARING BEFORE THE SUBCOMMITTEE ON WATER RESOURCES\n"
    "Hon. Thomas R. Haskell (Chairman of the Subcommittee) presiding.\n"
    "Mr. Haskell. The subcommittee will come to order. I now recognize Mr. Ostrander for five "
    "minutes.\n"
    "Mr. Ostrander. Chairman Haskell, thank you. The locks on the lower Ohio are failing, and "
    "every closure costs shippers millions of dollars a day.\n"
    "Mr. Haskell. Thank you. The Chair recognizes Ms. Brandt.\n"
    "Ms. Brandt. Mr. Ostrander, would your members support a higher fuel tax to fund the "
    "locks?\n"
    "Mr. Ostrander. Our members agreed to a fuel tax increase in 2014, and they would again.\n"
    "Ms. Brandt. {close}\n"
    "Mr. Haskell. I thank the witnesses. The subcommittee stands adjourned.\n"
)


@pytest.mark.parametrize(
    "close",
    ["I appreciate that. I yield back.", "Thank you, Mr. Ostrander. I yield back my time."],
)
def test_member_yields_back_is_other(close: str) -> None:
    rows = turn_rows(_HEARING.format(close=close))
    last_member = [lab for lab, _, body in rows if body.strip() == close]
    assert last_member == ["other"]
