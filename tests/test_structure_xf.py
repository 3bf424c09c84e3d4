"""Check W, batch WI WO WM: a man's "-а" surname in the accusative after an asking verb, the
interviewee who told the page's own site, a reprint ban worded with the verb, a "Вам може бути
цікаво" box under the last turn, a chair's "We'll go to questions.", the head's parting wish at
a meeting, a hyphenated town in a byline block and a town with its venue after the date's bar."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_PLAIN_Q = (
    "Сайт  Новини  Бізнес  Інтерв'ю\n\n"
    "БІЗНЕС  ІНТЕРВ'Ю\n\n"
    "{title}\n\n"
    "{guest} – про {topic}\n\n"
    "{asker}\n"
    "12 жовтня 2025, 10:00\n\n"
    "Ринок росте, але повільно. Видання розпитало {post} {accusative}, що заважає галузі.\n\n"
    "Скільки проєктів запустили цього року?\n\n"
    "Близько двадцяти, якщо рахувати до кінця вересня. Це мало порівняно з потенціалом.\n\n"
    "Що гальмує?\n\n"
    "Дозволи. Кожне погодження займає місяці, і інвестори чекають.\n\n"
    "Що далі?\n\n"
    "Якщо правила спростять, за два роки обсяги можуть зрости вдвічі.\n"
)


@pytest.mark.parametrize(
    ("guest", "accusative", "post", "asker", "title", "topic"),
    [
        (
            "Олександр Сковорода",
            "Олександра Сковороду",
            "голову асоціації",
            "Ірина Бондар",
            '"Біогаз має майбутнє". Інтерв\'ю з головою асоціації',
            "біогаз і дозволи",
        ),
        (
            "Василь Кулибаба",
            "Василя Кулибабу",
            "директора підприємства",
            "Петро Левчук",
            '"Торф повертається". Інтерв\'ю з директором підприємства',
            "торф і енергетику",
        ),
    ],
)
def test_accusative_a_surname_after_asking_verb(
    guest: str, accusative: str, post: str, asker: str, title: str, topic: str
) -> None:
    """ "розпитало … Олександра Сковороду": the given name's genitive says a man, and a man's
    surname in consonant and "-у" is an "-а" surname's accusative ("Сковорода")."""
    rows = turn_rows(
        _PLAIN_Q.format(
            guest=guest, accusative=accusative, post=post, asker=asker, title=title, topic=topic
        )
    )
    answers = [r for r in rows if r[0] == "answer"]
    assert answers and all(r[1] == guest for r in answers)


_TOLD_SITE = (
    "{site}\n"
    "Новости  Литва  Мир  Бизнес\n\n"
    "{headline}\n\n"
    "{asker}\n"
    "3 марта 2026 09:15\n\n"
    "{guest}. Фото: пресс-служба\n\n"
    "{post} {guest} во время визита в Ригу рассказал{a} {told} о планах на год.\n\n"
    "— Что уже сделано?\n\n"
    "— Большая часть работы завершена, оборудование установлено.\n\n"
    "— Чего вы ждёте дальше?\n\n"
    "— Продолжения сотрудничества и новых поставок.\n\n"
    "— Когда будут результаты?\n\n"
    "— Первые уже к лету, остальные к осени.\n\n"
    "{notice}\n\n"
    "Теги: энергетика\n"
)


@pytest.mark.parametrize(
    ("site", "told", "guest", "a", "post", "asker", "headline", "notice"),
    [
        (
            "DELFI",
            "Delfi",
            "Андрей Мельник",
            "",
            "Министр транспорта Украины",
            "Ольга Кравец",
            "Министр транспорта Украины: поставки идут по плану",
            "Полностью или частично копировать материалы Delfi запрещено без письменного "
            "разрешения. Подробнее: Условия использования.",
        ),
        (
            "Baltnews",
            "Baltnews",
            "Елена Соколова",
            "а",
            "Министр экономики Латвии",
            "Марк Берзиньш",
            "Министр экономики Латвии: инвестиции растут",
            "Копировать материалы Baltnews без разрешения редакции запрещено.",
        ),
    ],
)
def test_interviewee_told_the_site_and_reprint_ban(
    site: str, told: str, guest: str, a: str, post: str, asker: str, headline: str, notice: str
) -> None:
    """The lead's "… рассказал Delfi о …", the word the page's masthead line, names the
    interviewee (a phrase between the name and the verb); the reprint ban worded with the verb
    ("копировать материалы … запрещено") is the page's, not the last answer's."""
    rows = turn_rows(
        _TOLD_SITE.format(
            site=site,
            told=told,
            guest=guest,
            a=a,
            post=post,
            asker=asker,
            headline=headline,
            notice=notice,
        )
    )
    answers = [r for r in rows if r[0] == "answer"]
    assert len(answers) == 3 and all(r[1] == guest for r in answers)
    assert answers[-1][2].rstrip().endswith("к осени.")


@pytest.mark.parametrize(
    ("box", "link"),
    [
        ("Вам може бути цікаво", "Харківщина: без світла залишалися 2 тисячі абонентів"),
        ("Вас може зацікавити", "У Полтаві відкрили новий центр надання адміністративних послуг"),
    ],
)
def test_recommendation_box_under_last_turn(box: str, link: str) -> None:
    """A recommendations box ("Вам може бути цікаво" over a headline link) under the last
    labelled turn is the page's: the guest's closing thanks ends at its own line."""
    text = (
        "Суспільне Новини\n\n"
        "Як працюватимуть школи: інтерв'ю з директоркою\n\n"
        "Ведуча Оксана Литвин поговорила з директоркою ліцею Галиною Марченко.\n\n"
        "Оксана Литвин: Як діти навчатимуться під час тривог?\n\n"
        "Галина Марченко: Уроки продовжуються в укритті, там є все необхідне.\n\n"
        "Оксана Литвин: Дякую за розмову.\n\n"
        "Галина Марченко: Дякую вам.\n\n"
        f"{box}\n"
        f"{link}\n"
        "Теги: освіта укриття\n"
    )
    rows = turn_rows(text)
    assert rows[-1][1] == "Галина Марченко"
    assert rows[-1][2].strip() == "Дякую вам."


@pytest.mark.parametrize(
    "handoff",
    ["Great. We'll go to questions. Tom.", "Thanks, General. We'll move to questions. Tom."],
)
def test_chair_goes_to_questions_is_other(handoff: str) -> None:
    """The press secretary who opened takes the floor back after the guest's statement only to
    move on to the questions: the hand-over says nothing of its own (``other``)."""
    text = (
        "Transcript\n\n"
        "Press Secretary Anna Reed and Brig. Gen. Paul Stone Hold a Press Briefing on Base"
        " Repairs\n"
        "Feb. 10, 2026 |\n\n"
        "PRESS SECRETARY ANNA REED: Good afternoon, everyone. Thanks for being here. Earlier"
        " this month the Secretary approved $120 million to rebuild the base's power and water"
        " systems after the storm, and the work is well under way. Today we have the commander"
        " with us to walk through it. He'll give an update and then take your questions.\n\n"
        "BRIG. GEN. PAUL STONE: Thank you, Anna. Since the storm our crews have restored power"
        " to every building on the installation and we expect the water plant back by spring.\n\n"
        f"MS. REED: {handoff}\n\n"
        "Q: Thanks. Tom Hale, AP. General, how many families are still displaced?\n\n"
        "GEN. STONE: About forty, and we expect them home within a month.\n\n"
        "Q: And the cost?\n\n"
        "GEN. STONE: About ninety million dollars so far, within the approved funds.\n\n"
        "Q: When will the plant be inspected?\n\n"
        "GEN. STONE: In March, by the Navy's engineers.\n\n"
        "MS. REED: Thank you, everyone.\n"
    )
    rows = turn_rows(text)
    hand = next(r for r in rows if r[2].strip() == handoff)
    assert hand[0] == "other"


@pytest.mark.parametrize(
    ("wish", "reply"),
    [
        ("Желаю успешной посевной.", "Спасибо, Михаил Владимирович."),
        ("Желаю успешной работы.", "Спасибо большое."),
    ],
)
def test_meeting_head_parting_wish_calls_no_report(wish: str, reply: str) -> None:
    """The head of a meeting thanks the minister by name and wishes success: a parting, no call
    of the next report, so the minister's thanks back answers."""
    text = (
        "Правительство России\n\n"
        "Встреча Михаила Мишустина с Министром сельского хозяйства Оксаной Лут\n"
        "19 мая 2026 | Москва, Дом Правительства\n\n"
        "Обсуждались ход посевной и обеспечение удобрениями.\n\n"
        "Председатель Правительства Михаил Мишустин провёл встречу с Министром сельского"
        " хозяйства Оксаной Лут. Министр доложила о ходе сева.\n\n"
        "М.Мишустин: Оксана Николаевна, посевная в разгаре. Расскажите, пожалуйста, как идёт"
        " сев и хватает ли хозяйствам удобрений.\n\n"
        "О.Лут: Уважаемый Михаил Владимирович! Посевная идёт в плановом режиме, удобрений"
        " достаточно.\n\n"
        "М.Мишустин: А что с кредитами для аграриев?\n\n"
        "О.Лут: Льготное кредитование работает, выдано больше ста миллиардов рублей.\n\n"
        f"М.Мишустин: Спасибо, Оксана Николаевна. {wish}\n\n"
        f"О.Лут: {reply}\n"
    )
    rows = turn_rows(text)
    assert rows[-2][0] == "other"
    assert rows[-1][0] == "answer" and rows[-1][1] == "Оксана Лут"


def test_town_and_venue_after_date_bar() -> None:
    """ "19 мая 2026 | Москва, Дом Правительства": a town with its venue after the bar is a
    place, where a bare word there may be the site's section."""
    text = (
        "Правительство России\n\n"
        "Встреча Михаила Мишустина с Министром финансов Антоном Силуановым\n"
        "20 мая 2026 | Москва, Дом Правительства\n\n"
        "Обсуждалось исполнение бюджета.\n\n"
        "М.Мишустин: Антон Германович, как исполняется бюджет?\n\n"
        "А.Силуанов: По плану, Михаил Владимирович, доходы выше прогноза.\n"
    )
    assert run(text).meta.to_dict().get("place") == "Москва"


@pytest.mark.parametrize("town", ["Івано-Франківськ", "Кам'янець-Подільський"])
def test_hyphenated_town_in_byline_block(town: str) -> None:
    """Ukrinform's byline block, the author, the town, the date: a hyphenated town ("Івано-
    Франківськ") is the place as a one-word one is."""
    short = town.split("-")[0]
    text = (
        "Укрінформ\n"
        "Україна  Війна  Економіка  Регіони\n\n"
        "Гори не повинні ставати ризиком: як область готує сезон\n\n"
        "Мар'яна Гнатюк\n"
        f"{town}\n"
        "14.12.2025 09:30\n\n"
        f"Перед святами {town} очікує тисячі туристів. {short} готується до сезону.\n\n"
        "Укрінформ: Скільки рятувальників чергуватиме?\n\n"
        "Світлана Онищук: Понад сто, і всі мають спорядження.\n"
    )
    assert run(text).meta.to_dict().get("place") == town
