"""Small cases for batch PK (round 54): the boxes a page sets under the last answer close it —
RIA Novosti's photo block with a related story's card in the same paragraph ("…" / "©
РИА Новости / …" / "Перейти в медиабанк" / headline / "Вчера, 14:20"), a news-exchange
widget's heading over its headline links ("Новости СМИ2"), Radio Svoboda's Telegram promo with
its call to subscribe, and the Kyiv Independent's membership pitch over its "Become a member"
button; a caption closed by "(Photographer / Outlet / Agency)" is the page's and never dates
it; and the byline who signs under the text with her town ("Iryna Dovzhenko, Kyiv") gives the
place, never her name."""

import pytest

from structure_support import run, turn_rows

_DASHED = (
    "{masthead}\n"
    "{headline}\n"
    "{byline}\n\n"
    "{lead}\n\n"
    "— {q1}\n\n"
    "— {a1}\n\n"
    "— {q0}\n\n"
    "— {a0}\n\n"
    "— {q2}\n\n"
    "— {a2}\n\n"
    "{tail}"
)

_RIA = {
    "masthead": "РИА Новости",
    "headline": "Глава Рослесхоза: пожароопасный сезон был легче прошлогоднего",
    "byline": "Беседовала Ирина Соколова\n14.10.2025",
    "lead": "Глава Рослесхоза Константин Ерофеев рассказал РИА Новости о прошедшем "
    "пожароопасном сезоне и о том, как обнаруживают пожары.",
    "q1": "Константин Андреевич, каким был сезон?",
    "a1": "Сложным, но легче прошлогоднего. Основная причина пожаров — человек.",
    "q0": "Как сейчас обнаруживают пожары?",
    "a0": "В первую очередь из космоса. Плюс камеры и беспилотники.",
    "q2": "Регионы жалуются, что техники не хватает?",
    "a2": "Техника обновляется. Но без людей она не работает.",
    "tail": "Пожарные во время тушения лесного пожара\n"
    "© РИА Новости / Илья Наймушин\n"
    "Перейти в медиабанк\n"
    "Рослесхоз: площадь лесных пожаров сократилась на треть\n"
    "Вчера, 14:20\n"
    "Экология   Рослесхоз   Россия\n",
}

_VEDOMOSTI = {
    "masthead": "Ведомости",
    "headline": "«Склады в регионах перестали быть дефицитом»",
    "byline": "Анна Кузнецова\n12 ноября 2025",
    "lead": "Гендиректор девелопера Игорь Заславский рассказал «Ведомостям», почему "
    "компания заморозила часть проектов.",
    "q1": "Что изменилось за год?",
    "a1": "Изменилась ставка. Проекты окупаются дольше.",
    "q0": "Арендные ставки продолжат расти?",
    "a0": "Рост замедлился. Рынок находится в равновесии.",
    "q2": "Что должно произойти, чтобы вы снова начали строить?",
    "a2": "Ставка ниже 12%. Когда это будет — вопрос не ко мне.",
    "tail": "Новости СМИ2\n"
    "Рынок складов в регионах впервые за пять лет замедлил рост\n"
    "Девелоперы заморозили треть складских проектов\n",
}

_SVOBODA = {
    "masthead": "Радіо Свобода",
    "headline": "Лікарні Сумщини: «Хвороба не чекає»",
    "byline": "Любов Базів\n20 жовтня 2025",
    "lead": "Про роботу лікарень Сумщини Радіо Свобода поговорило з очільницею обласного "
    "департаменту охорони здоров'я Оленою Ткачук.",
    "q1": "Скільки лікарів виїхало з області?",
    "a1": "Точну цифру назвати складно. Але дефіцит відчутний.",
    "q0": "Чи вистачає генераторів?",
    "a0": "Усі опорні лікарні забезпечені генераторами.",
    "q2": "Що б ви сказали людям, які бояться лягати в лікарню?",
    "a2": "Що відкладати лікування небезпечніше, ніж їхати до лікарні.",
    "tail": "Радіо Свобода – тепер і в Telegram. Підписуйтеся на наш канал\n\n"
    "Теги: Сумщина   медицина\n",
}


@pytest.mark.parametrize(
    ("page", "last"),
    [
        (_RIA, "Техника обновляется. Но без людей она не работает."),
        (_VEDOMOSTI, "Ставка ниже 12%. Когда это будет — вопрос не ко мне."),
        (_SVOBODA, "Що відкладати лікування небезпечніше, ніж їхати до лікарні."),
    ],
)
def test_page_boxes_under_last_dashed_answer_close_it(page: dict[str, str], last: str) -> None:
    rows = turn_rows(_DASHED.format(**page))
    assert rows[-1][0] == "answer"
    assert rows[-1][2].strip().lstrip("— ") == last


_KYIV_INDEPENDENT = (
    "The Kyiv Independent\n"
    "Ukraine War   Business   Opinion   Investigations\n"
    "Interview\n"
    "'We rebuild what will be hit again': Agency head on winter and shelters\n"
    "Oleh Marchenko, head of the agency, speaks during an interview in Kyiv on Oct. 17, 2025. "
    "(Kostiantyn Liberov / Libkos / Getty Images)\n"
    "by Dinara Khalilova\n"
    "October 21, 2025 5:12 PM\n"
    "6 min read\n\n"
    "The restoration agency has spent much of the year patching up what missiles destroy. "
    "Its head, Oleh Marchenko, sat down with the Kyiv Independent to talk about winter.\n\n"
    "Kyiv Independent: How many substations are protected now?\n\n"
    "Marchenko: More than 70. Around two thirds are finished.\n\n"
    "Kyiv Independent: What keeps you awake at night?\n\n"
    "Marchenko: Honestly, the weather forecast.\n\n"
    "We've been covering the war since day one — independently, with no owners or oligarchs "
    "behind us. Help us keep going.\n"
    "Become a member\n"
)


def test_kyiv_independent_slash_credit_caption_and_member_pitch() -> None:
    rows = turn_rows(_KYIV_INDEPENDENT)
    assert rows[0][0] == "other"
    assert rows[0][2].startswith("The restoration agency has spent")
    assert rows[-1][0] == "answer"
    assert rows[-1][2].strip() == "Honestly, the weather forecast."
    # (the caption dates the photo, the stamp under the byline dates the page)
    assert run(_KYIV_INDEPENDENT).meta.to_dict().get("date") == "2025-10-21"


_UKRINFORM = (
    "Ukrinform\n"
    "Ukraine   World   War   Economy\n"
    "Economy\n"
    "Deputy Energy Minister: We will go through winter without gas imports\n"
    "Iryna Dovzhenko\n"
    "14.10.2025 12:40\n"
    "Ukraine has pumped just over 13 billion cubic meters of gas into storage. Deputy "
    "Minister of Energy Mykola Kolisnyk told Ukrinform how the sector is preparing.\n\n"
    "**How much gas does Ukraine have in storage today?**\n\n"
    "Just over 13 billion cubic meters. That is enough for a normal winter.\n\n"
    "**And what is your forecast for the winter?**\n\n"
    "I am a cautious optimist. If the network holds, we will pass this winter.\n\n"
    "Iryna Dovzhenko, Kyiv\n\n"
    "Photo: Pavlo Bahmut\n\n"
    "#Gas  #Energy\n"
)


def test_byline_signing_with_her_town_gives_the_place() -> None:
    doc = run(_UKRINFORM)
    assert doc.meta.to_dict().get("place") == "Kyiv"
