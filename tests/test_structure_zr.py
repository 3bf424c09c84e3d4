"""Check AC, batch YO YP YT: Russian and Ukrainian web layouts the engine misread at first
contact. Each table crosses the layout with independent parts (names, outlets, language,
furniture, spacing), so the rule is shown to hold beyond the page it came from."""

from __future__ import annotations

import itertools

import pytest

from structure_support import run, spoken_rows

# (given, surname) pairs in the nominative, with the pronoun forms of their gender.
_WOMEN = [("Ксения", "Левина"), ("Анна-Мария", "Климова"), ("Ольга", "Римская-Корсакова")]
_MEN = [("Сергей", "Кравцов"), ("Жан-Поль", "Дюбуа"), ("Игорь", "Петров-Водкин")]


def _blank(spaced: bool) -> str:
    return "\n\n" if spaced else "\n"


# 1. A lead whose paragraph opens on the person's full name and then says the outlet talked
# with them by a pronoun ("Мы поговорили с ней …", "Мы задали ему вопросы …"): that person
# answers, under the press dash or under "Ответ:" labels alike.
def _pronoun_page(given: str, surname: str, fem: bool, layout: str, spaced: bool) -> str:
    met = "Мы поговорили с ней о работе" if fem else "Мы задали ему вопросы читателей"
    gap = _blank(spaced)
    if layout == "dash":
        qa = gap.join(
            [
                "— Как начинался проект?",
                "— С маленькой мастерской во дворе. Первые полгода мы работали вдвоем.",
                "— Что изменилось за последний год?",
                "— Выросли цены на материалы, и нам пришлось поднять стоимость заказов.",
                "— Что дальше?",
                "— Хотим открыть второй цех к осени, если найдем помещение.",
            ]
        )
    else:
        qa = gap.join(
            [
                "Вопрос: Как начинался проект?",
                "Ответ: С маленькой мастерской во дворе. Первые полгода мы работали вдвоем.",
                "Вопрос: Что изменилось за последний год?",
                "Ответ: Выросли цены на материалы, и нам пришлось поднять стоимость заказов.",
                "Вопрос: Что дальше?",
                "Ответ: Хотим открыть второй цех к осени, если найдем помещение.",
            ]
        )
    return (
        "Городской портал\nНовости   Город   Люди\n\n"
        "«Второй цех откроем к осени»\n\n12 марта 2026, 10:00\n\n"
        f"{given} {surname} уже пятый год руководит столярной мастерской на окраине города. "
        f"{met} о том, как выжить малому производству.\n\n{qa}\n"
    )


@pytest.mark.parametrize(
    ("given", "surname", "fem", "layout", "spaced"),
    [
        (g, s, fem, layout, spaced)
        for (fem, people), layout, spaced in itertools.product(
            [(True, _WOMEN), (False, _MEN)], ["dash", "labels"], [True, False]
        )
        for g, s in people[:2]
    ],
)
def test_lead_pronoun_names_the_answerer(
    given: str, surname: str, fem: bool, layout: str, spaced: bool
) -> None:
    rows = spoken_rows(_pronoun_page(given, surname, fem, layout, spaced))
    answers = [sp for role, sp, _ in rows if role == "answer"]
    assert answers == [f"{given} {surname}"] * 3


# 2. A headline set as a quote under a post before the name ("Режиссер Антон Баранов: «…»"),
# the talk then labelled by the bare name: the post is no part of the speaker's name.
@pytest.mark.parametrize(
    ("post", "given", "surname", "host", "lang"),
    [
        (post, g, s, host, lang)
        for (post, lang), (g, s), host in itertools.product(
            [("Режиссер", "ru"), ("Архитектор", "ru"), ("Режисерка", "uk"), ("Художниця", "uk")],
            [("Антон", "Баранов"), ("Марина", "Ковальская-Ли")],
            ["Ольга Ланская", "Петр Гордеев"],
        )
    ],
)
def test_post_before_name_in_headline_label(
    post: str, given: str, surname: str, host: str, lang: str
) -> None:
    ask, ans = (
        ("Почему вы уехали из столицы?", "Устал от спешки. Здесь можно работать медленно.")
        if lang == "ru"
        else ("Чому ви поїхали зі столиці?", "Втомився від поспіху. Тут можна працювати повільно.")
    )
    text = (
        "ЖУРНАЛ   Культура   Общество\n\n"
        f"{post} {given} {surname}: «В провинции зритель честнее»\n\n{host}\n22 ноября 2025\n\n"
        f"В 2024 году {given} {surname} переехал в Череповец и возглавил театр.\n\n"
        f"{host}: {ask}\n\n{given} {surname}: {ans}\n\n"
        f"{host}: И что дальше?\n\n{given} {surname}: Новый сезон и две премьеры.\n"
    )
    speakers = {sp for role, sp, _ in spoken_rows(text) if role == "answer"}
    assert speakers == {f"{given} {surname}"}


# 3. The interviewer's signature line under the date opens with the verb of conversing
# ("Розмовляла Марта Литвин", "Беседовал Игорь Лебедев"): the bold questions are theirs.
@pytest.mark.parametrize(
    ("verb", "given", "surname", "outlet", "lang"),
    [
        (verb, g, s, outlet, lang)
        for (verb, lang, (g, s)), outlet in itertools.product(
            [
                ("Розмовляла", "uk", ("Марта", "Литвин")),
                ("Розмовляв", "uk", ("Тарас", "Гнатюк-Бойко")),
                ("Беседовала", "ru", ("Анна-Мария", "Соколова")),
                ("Беседовал", "ru", ("Игорь", "Лебедев")),
            ],
            ["Хмарочос", "Місто"],
        )
    ],
)
def test_signature_verb_byline_asks(
    verb: str, given: str, surname: str, outlet: str, lang: str
) -> None:
    qs = (
        ["Андрію, що зараз відбувається з депо?", "Хто платитиме за ремонт?", "Коли відкриють?"]
        if lang == "uk"
        else ["Андрей, что сейчас происходит с депо?", "Кто заплатит за ремонт?", "Когда откроют?"]
    )
    ans = (
        "Формально воно досі належить місту, але трамваї звідти не виїжджають."
        if lang == "uk"
        else "Формально оно еще принадлежит городу, но трамваи оттуда не выезжают."
    )
    lead = (
        "Архітектор Андрій Стецюк входить до журі конкурсу. Ми запитали його про майбутнє депо."
        if lang == "uk"
        else "Архитектор Андрей Стецюк входит в жюри конкурса. Мы спросили его о будущем депо."
    )
    body = "\n\n".join(f"**{q}**\n\n{ans}" for q in qs)
    sign = f"{verb} {given} {surname}"
    text = (
        f"{outlet}\nМісто | Транспорт | Архітектура\n\n"
        "# «Депо не має стати черговим ЖК»: архітектор про майбутнє депо\n\n"
        f"23 вересня 2025\n{sign}\nЧас читання: 6 хв\n\n{lead}\n\n{body}\n\n"
        # (the site's footer under the last answer: its donation line, tags, a link)
        f"Підтримати {outlet}\nТеги: депо, місто\nЧитайте також: Як місто змінює старі заводи\n"
    )
    askers = {sp for role, sp, _ in spoken_rows(text) if role == "question"}
    assert askers == {f"{given} {surname}"}


# 4. A plain Q&A, each question a line of its own right over its answer, under a lead that
# says the outlet asked the person by name to explain ("«Бумага» попросила архитектора Егора
# Смирнова, который …, объяснить …"): that person answers.
@pytest.mark.parametrize(
    ("acc", "nom", "clause", "spaced_answers"),
    [
        (acc, nom, clause, spaced)
        for (acc, nom), clause, spaced in itertools.product(
            [
                ("архитектора Егора Смирнова", "Егор Смирнов"),
                ("урбанистку Анну Петрову", "Анна Петрова"),
                ("экономиста Никиту Михалкова", "Никита Михалков"),
            ],
            [", который участвовал в обсуждении проекта,", ""],
            [True, False],
        )
    ],
)
def test_asked_by_name_to_explain(acc: str, nom: str, clause: str, spaced_answers: bool) -> None:
    more = "\n\nВторая причина — подрядчики, у которых нет людей." if spaced_answers else ""
    pairs = [
        ("Почему программа так сильно отстает от графика?", "Главная причина — в подземной части."),
        ("Можно ли сделать современный двор в колодце?", "Можно, но нужно отказаться от шаблона."),
        ("Сколько это все стоит городу?", "От восьми до пятнадцати миллионов за один двор."),
        ("Что бы вы изменили прямо сейчас?", "Я бы начинал с обследования сетей."),
    ]
    body = "\n\n".join(f"{q}\n{a}{more}" for q, a in pairs)
    text = (
        "Газета\nГород   Общество   Культура\n\nГород\n9 апреля 2026, 12:40\n\n"
        "Почему ремонт дворов затянулся на годы\n\n"
        f"Весной город объявил программу благоустройства дворов. Редакция попросила {acc}"
        f"{clause} объяснить, что пошло не так.\n\n{body}\n"
    )
    answers = [sp for role, sp, _ in spoken_rows(text) if role == "answer"]
    assert answers == [nom] * 4


# 5. Page furniture under the last answer ends it: a readers' call ("Есть вопрос …? Пишите нам
# …"), a staff credit ("Редакция: …") over a spaced tag row, a kindred-stories box ("Схожі
# матеріали"), a "Мітки:" tag line.
_TAILS = {
    "call": "Есть вопрос о транспорте? Пишите нам в Telegram-бот редакции.\n\nТЕГИ: Метро  Город",
    "credit": "Теги   Город   Транспорт\n\nРедакция: Вестник",
    "kindred": (
        "Поділитися:  Facebook  Telegram\n\nСхожі матеріали\nЯк видавці виходять на ринок\n"
        "«Арсенал» 2026: що відомо про програму"
    ),
    "labels": "Фото: пресслужба\n\nМітки: водопостачання, енергетика, місто",
}
_LAST = "Оператор тестирует оборудование на двух составах до конца года."


@pytest.mark.parametrize(
    ("tail", "layout", "outlet"),
    [
        (tail, layout, outlet)
        for tail, layout, outlet in itertools.product(
            _TAILS, ["dash", "labels"], ["Вестник", "Город сегодня"]
        )
        # (the tag line under a dashed answer was already cut: it blocked the labelled layout)
        if (tail, layout) != ("labels", "dash")
    ],
)
def test_trailing_furniture_ends_last_answer(tail: str, layout: str, outlet: str) -> None:
    if layout == "dash":
        qa = [
            "— Когда откроется станция?",
            "— Реалистичный срок — осень. Я не хочу называть точную дату.",
            "— Будет ли бесплатный интернет?",
            f"— {_LAST}",
        ]
    else:
        qa = [
            "Вопрос: Когда откроется станция?",
            "Ответ: Реалистичный срок — осень. Я не хочу называть точную дату.",
            "Вопрос: Будет ли бесплатный интернет?",
            f"Ответ: {_LAST}",
        ]
    text = (
        f"{outlet}\nНовости   Транспорт   Город\n\n5 марта 2026, 08:00\n\n"
        "Глава метрополитена Сергей Кравцов — о новых станциях\n\n"
        "Сергей Кравцов возглавляет метрополитен с 2023 года. Мы задали ему вопросы читателей.\n\n"
        + "\n\n".join(qa)
        + "\n\n"
        + _TAILS[tail]
        + "\n"
    )
    rows = spoken_rows(text)
    assert rows[-1][2].endswith("до конца года.")


# 6. An office label whose holder the lead names after a long domain, a remit after the body's
# genitive ("Уповноважений Верховної Ради України з прав людини Дмитро Лубінець"), under the
# site's masthead line of the same office over its spaced menu.
@pytest.mark.parametrize(
    ("office", "domain", "given", "surname"),
    [
        (office, domain, g, s)
        for (office, domain), (g, s) in itertools.product(
            [
                ("Уповноважений", "Верховної Ради України з прав людини"),
                ("Уповноважена", "Верховної Ради України з прав дитини"),
                ("Уполномоченный", "Законодательного Собрания Края по правам человека"),
            ],
            [("Дмитро", "Лубінець"), ("Олена", "Гнатюк-Коваль")],
        )
    ],
)
def test_office_holder_after_remit(office: str, domain: str, given: str, surname: str) -> None:
    text = (
        f"Увага! Офіс працює в штатному режимі.\n\n{office} {domain}\n"
        "Прес-центр   Новини   Звіти   Контакти\n\nКиїв, 26.03.2026\n\n"
        f"{given} {surname}: повернули 37 цивільних\n\n"
        f"{office} {domain} {given} {surname} провів пресконференцію щодо повернення цивільних.\n\n"
        f"{office}: Доброго дня. З початку року нам вдалося повернути 37 цивільних.\n\n"
        "Журналістка: Чи є механізм обміну цивільних?\n\n"
        f"{office}: Такого механізму право не передбачає. Цивільних не можна утримувати.\n\n"
        "Журналіст: Скільки дітей повернуто?\n\n"
        f"{office}: Понад дві тисячі. Дякую всім.\n"
    )
    holders = {sp for role, sp, _ in spoken_rows(text) if role in ("answer", "statement")}
    assert holders == {f"{given} {surname}"}


# 7. A town alone on its line right under the headline, where the site's name row (its parts
# apart by a spaced bar) stands between the date and the headline: the page's place.
@pytest.mark.parametrize(
    ("town", "row", "label"),
    list(
        itertools.product(
            ["Новосибирск", "Нижний Тагил"],
            ["Мэрия города  |  Официальный сайт", "Администрация | Пресс-центр | Контакты"],
            ["Мэр", "Глава города"],
        )
    ),
)
def test_town_line_under_headline_after_site_row(town: str, row: str, label: str) -> None:
    text = (
        "Главная » Новости » Пресс-конференции\n16.04.2026 11:45\n"
        f"{row}\n\nМаксим Кудрявцев рассказал о планах ремонта дорог на 2026 год\n\n{town}\n\n"
        f"{label} Максим Кудрявцев провел пресс-конференцию, посвященную дорогам. "
        f"В городе {town} отремонтируют 68 объектов.\n\n"
        f"{label}: Коллеги, добрый день. В этом году на ремонт дорог направлено 4 миллиарда.\n\n"
        "Журналист: Когда начнут ремонт?\n\n"
        f"{label}: В мае, как только позволит погода.\n"
    )
    assert run(text).meta.to_dict().get("place") == town
