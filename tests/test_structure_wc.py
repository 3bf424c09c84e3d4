"""Check P, batch TY UB TW UC: a menu row under a closing "Беседовала" credit, an "Interview:"
rubric over an office, a note box under the last plain answer, an outlet's web-address label
glued on, a site's age notice at the foot, a spokesperson's welcome that sets the order of a
press conference."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_RIA = (
    "РИА Новости\n"
    "Политика   В мире   Экономика   Общество\n\n"
    "{title}\n\n"
    "10:00 20.01.2026\n\n"
    "МОСКВА, 20 янв — РИА Новости. О торговле и логистике в интервью РИА Новости рассказал "
    "{post} {guest}.\n\n"
    "— {address}, как изменилась торговля в прошлом году?\n\n"
    "— Товарооборот вырос примерно на десять процентов, и структура стала разнообразнее.\n\n"
    "— А как решается вопрос с платежами?\n\n"
    "— Основная часть расчетов идет в национальных валютах, задержек почти нет.\n\n"
    "— Что с прямыми рейсами?\n\n"
    "— Рейсы выполняются, и спрос превышает прошлогодний.\n\n"
    "Беседовал{a} {asker}\n\n"
    "Все материалы\n"
    "{menu}\n"
    "© 2026 МИА «Россия сегодня»\n"
)


@pytest.mark.parametrize(
    ("title", "post", "guest", "address", "a", "asker", "menu"),
    [
        (
            "Посол рассказал о торговле с Индонезией",
            "посол России в Индонезии",
            "Сергей Толченов",
            "Сергей Александрович",
            "а",
            "Мария Соколова",
            "Новости   Россия — Индонезия",
        ),
        (
            "Посол рассказал о торговле с Лаосом",
            "посол России в Лаосе",
            "Андрей Попов",
            "Андрей Викторович",
            "",
            "Игорь Смирнов",
            "Мнения   Россия — Лаос",
        ),
    ],
)
def test_menu_row_under_closing_credit_is_no_signature(
    title: str, post: str, guest: str, address: str, a: str, asker: str, menu: str
) -> None:
    """A menu row under the closing credit, its words apart by wide gaps ("Новости   Россия —
    Индонезия"), reads like "Name — outlet" but signs nothing: the credit names who asks."""
    text = _RIA.format(
        title=title, post=post, guest=guest, address=address, a=a, asker=asker, menu=menu
    )
    rows = [r for r in turn_rows(text) if r[0] in ("question", "answer")]
    assert [r[1] for r in rows if r[0] == "question"] == [asker] * 3, rows
    assert [r[1] for r in rows if r[0] == "answer"] == [guest] * 3, rows


_KI = (
    "Skip to content\n"
    "The Kyiv Independent\n"
    "News   Ukraine War   Business   Opinion\n\n"
    "Interview: {place} {office} on {topic}\n\n"
    "by Olena Hrytsenko\n"
    "April 7, 2026 9:15 AM  · 4 min read\n\n"
    "Crews repair a substation on the outskirts of the city on March 30, 2026. (Courtesy of the "
    "city council)\n\n"
    "The Kyiv Independent spoke with {guest}, {post}, about the repairs and the cost.\n\n"
    "This interview has been edited for length and clarity.\n\n"
    "When will the repairs be finished?\n\n"
    "If the weather holds, by the end of May. The crews work in two shifts.\n\n"
    "How much will it cost?\n\n"
    "About 400 million hryvnias, most of it from a European loan.\n\n"
    "What has been the hardest part?\n\n"
    "Finding qualified electricians. Many of them are serving in the army now.\n\n"
    "Read more\n"
)


@pytest.mark.parametrize(
    ("place", "office", "topic", "guest", "post"),
    [
        (
            "Kharkiv",
            "power chief",
            "rebuilding the grid",
            "Taras Bondar",
            "head of the city's power utility",
        ),
        (
            "Odesa",
            "port director",
            "the grain corridor",
            "Iryna Lysenko",
            "director of the Odesa port authority",
        ),
        ("Sumy", "mayor", "life near the border", "Petro Hnatiuk", "the mayor of Sumy"),
    ],
)
def test_interview_rubric_over_office_names_no_one(
    place: str, office: str, topic: str, guest: str, post: str
) -> None:
    """ "Interview: Kharkiv power chief on …": the capitalised word before a lowercase office is
    the office's place, no surname; the lead's "spoke with …" names who answers."""
    text = _KI.format(place=place, office=office, topic=topic, guest=guest, post=post)
    rows = turn_rows(text)
    answers = [r for r in rows if r[0] == "answer"]
    assert len(answers) == 3, rows
    assert all(r[1] == guest for r in answers), rows


_RG = (
    "Российская газета\n"
    "Власть   Экономика   В мире   Общество\n\n"
    "Хлеб за Уралом\n\n"
    "Текст: Ольга Никитина (Екатеринбург)\n\n"
    "12.03.2026 07:30\n\n"
    "Пекарня «Уральский каравай» за год удвоила выпуск. О планах компании рассказал ее "
    "директор Денис Белов.\n\n"
    "Денис Андреевич, сколько хлеба вы выпекаете?\n\n"
    "Около сорока тонн в сутки. Это вдвое больше, чем год назад.\n\n"
    "Где вы берете муку?\n\n"
    "Только у местных мельниц, так дешевле и надежнее.\n\n"
    "Хватает ли людей?\n\n"
    "Работают двести человек, и мы обучаем пекарей сами: с колледжем у нас договор.\n\n"
    "{heading}\n\n"
    "{box}\n\n"
    "Поделиться\n"
    "ВКонтакте   Одноклассники   Telegram\n"
)


@pytest.mark.parametrize(
    ("heading", "box"),
    [
        (
            "Важно",
            "В области действует программа поддержки пищевых производств: компенсация части "
            "затрат на оборудование.",
        ),
        ("Кстати", "В прошлом году в регионе открылось двенадцать новых пекарен."),
    ],
)
def test_note_box_under_last_plain_answer(heading: str, box: str) -> None:
    """A note box under the last answer, its one-word heading a paragraph of its own ("Важно")
    and one short paragraph under it, is the page's, not the answer's."""
    rows = turn_rows(_RG.format(heading=heading, box=box))
    last = rows[-1]
    assert last[0] == "answer" and last[1] == "Денис Белов", rows
    assert last[2].endswith("с колледжем у нас договор."), last


_LIGA = (
    "{outlet}\n"
    "Новини    Бізнес    Фінанси\n\n"
    "«Мости треба ремонтувати вже». Інтерв'ю з керівником компанії\n\n"
    "Марина Дорошенко\n"
    "02.04.2026, 09:00\n\n"
    "Директор компанії Мостобуд Ігор Савчук розповів {outlet}, скільки коштує ремонт.\n\n"
    "{outlet}: Скільки мостів потребують ремонту?\n\n"
    "Савчук: За нашими даними, кожен третій. Більшість збудовано ще в сімдесятих.\n\n"
    "{outlet}: Скільки коштує ремонт?\n\n"
    "Савчук: Від 20 до 60 млн грн. Для громади це дуже великі гроші.{outlet}: Хто за це "
    "платить?\n\n"
    "Савчук: Здебільшого держава, але громади теж долучаються.\n\n"
    "{outlet}: Які плани на рік?\n\n"
    "Савчук: Відремонтувати двадцять мостів.\n\n"
    "Теги: мости, ремонт\n"
)


@pytest.mark.parametrize("outlet", ["LIGA.net", "Zaxid.net", "Lenta.ru"])
def test_outlet_web_address_label_glued_on(outlet: str) -> None:
    """The outlet's web-address label ("LIGA.net:") glued to the answer before it by a lost line
    break opens the next question, as its line-start labels do."""
    rows = turn_rows(_LIGA.format(outlet=outlet))
    asked = [r[2] for r in rows if r[0] == "question"]
    assert "Хто за це платить?" in asked, rows
    answer = next(r for r in rows if r[2].startswith("Від 20 до 60"))
    assert answer[2].endswith("дуже великі гроші."), answer


_IFX = (
    "Интерфакс\n"
    "Новости   Интервью   Аналитика\n\n"
    "Андрей Кузнецов: «Тарифы вырастут умеренно»\n\n"
    "Москва. 5 марта. INTERFAX.RU - О тарифах рассказал глава службы Андрей Кузнецов.\n\n"
    "Интерфакс: Насколько вырастут тарифы?\n\n"
    "Кузнецов: Не выше инфляции. Это наша принципиальная позиция.\n\n"
    "Интерфакс: А в следующем году?\n\n"
    "Кузнецов: Так же, если не изменится прогноз.\n\n"
    "Интерфакс: Спасибо за интервью.\n\n"
    "Все интервью\n"
    "Теги: тарифы, ЖКХ\n"
    "{notice}\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "Информация на данной странице предназначена для лиц старше 18 лет.",
        "Материалы сайта предназначены для лиц старше 16 лет.",
        "Інформація на сторінці призначена для осіб старше 18 років.",
    ],
)
def test_age_notice_at_the_foot_trails(notice: str) -> None:
    """A site's age notice at the foot is the page's: the furniture above it trails too, so the
    closing thanks is a turn of its own."""
    rows = turn_rows(_IFX.format(notice=notice))
    assert rows[-1][2] == "Спасибо за интервью.", rows
    assert rows[-1][0] == "other", rows


_EC = (
    "European Commission - Press Corner\n\n"
    "Press remarks by Commissioner {full} on the {topic}\n\n"
    "Brussels, 11 March 2026\n\n"
    "Spokesperson {spox}: Good afternoon and welcome to the press room. We are very happy to "
    "have with us Commissioner {surname}, who will present the {topic} adopted by the College "
    "this morning. {order}\n\n"
    "Commissioner {surname}: Thank you very much, and good afternoon. Today we propose three "
    "measures to make the plan work in practice, and I will take you through each of them.\n\n"
    "Spokesperson: Thank you, Commissioner. We go to questions. Politico, first.\n\n"
    "Question (Politico): Commissioner, why not a legislative proposal?\n\n"
    "Commissioner {surname}: Because the tools we have are faster, and the directive is in "
    "force already.\n\n"
    "Question (Euronews): Will Member States follow?\n\n"
    "Commissioner {surname}: I believe they will, because the savings are real.\n\n"
    "Spokesperson: We have time for one last question.\n\n"
    "Question: Is any of the money new?\n\n"
    "Commissioner {surname}: No, it comes from existing programmes.\n\n"
    "Spokesperson: Thank you very much, Commissioner, and thank you all.\n"
)


@pytest.mark.parametrize(
    ("full", "surname", "spox", "topic", "order"),
    [
        (
            "Wopke Hoekstra",
            "Hoekstra",
            "Ana Pisonero",
            "Climate Adaptation Plan",
            "After his remarks we will have time for a few questions.",
        ),
        (
            "Jessika Roswall",
            "Roswall",
            "Eva Hrncirova",
            "Water Resilience Strategy",
            "Following her presentation, we will take some questions from the room.",
        ),
    ],
)
def test_spokesperson_welcome_that_sets_the_order_chairs(
    full: str, surname: str, spox: str, topic: str, order: str
) -> None:
    """A spokesperson's welcome that introduces the principal and sets the order ("After his
    remarks we will have time for a few questions.") chairs, as her calls to the room do."""
    text = _EC.format(full=full, surname=surname, spox=spox, topic=topic, order=order)
    rows = [r for r in turn_rows(text) if r[1] == spox]
    assert len(rows) == 4, rows
    assert [r[0] for r in rows] == ["other"] * 4, rows
