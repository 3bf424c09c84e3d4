"""Small cases for batch PT (round 54): a Markdown scrape's bold "Name, post: quote" headline
still names the interviewee the lead names again, and its bold "**Читайте також: …**" link
under an answer is the page's; kremlin.ru's "Опубликован в темах:" field under the last turn
is trailing like "… в разделах:"; a GPO hearing's chair under "The Chairman." (the cover's
presiding member) who says something beside the procedure makes an opening statement; a
member's remark closing their time ("… I'll yield back.", "I'll take that as a yes …") asks
nothing."""

import pytest

from structure_support import turn_rows

_UKRINFORM = (
    "Укрінформ\n"
    "Мультимедійна платформа іномовлення України\n"
    "Головне  Війна  Політика  Економіка  Суспільство  Регіони\n"
    "Регіони\n"
    "{headline}\n"
    "Марина Коваль, Херсон\n"
    "11.04.2025 09:30\n"
    "Поділитися\n"
    "Понад два роки Херсон живе без питної води з водогону: після руйнування водогону місто "
    "отримує технічну воду. Про те, коли херсонці зможуть пити воду з-під крана, скільки це "
    "коштуватиме і хто допомагає, Укрінформу розповів директор КП «Херсонводоканал» Петро "
    "Ткач.\n"
    "**Пане Петре, коли в Херсоні буде питна вода?**\n"
    "Ми розраховуємо, що перший етап запрацює до кінця року. Уже прокладено 20 кілометрів "
    "труб.\n"
    "**Хто фінансує роботи?**\n"
    "Основна частина – це кошти державного бюджету. Партнери передали генератори та труби.\n"
    "{link}\n"
    "**Скільки поривів ви зараз ліквідовуєте?**\n"
    "У середньому десять на добу. Бригади працюють і вночі.\n"
    "Марина Коваль, Херсон\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "**Петро Ткач, директор КП «Херсонводоканал»: "
        "Питна вода з кранів – це вже не мрія, а графік робіт на 2025 рік**",
        "Петро Ткач, директор КП «Херсонводоканал»: "
        "Питна вода з кранів – це вже не мрія, а графік робіт на 2025 рік",
    ],
)
@pytest.mark.parametrize(
    "link",
    [
        "**Читайте також: У Херсоні відкрили ще два пункти видачі води**",
        "Читайте також: У Херсоні відкрили ще два пункти видачі води",
    ],
)
def test_bold_headline_names_answerer_and_bold_link_is_furniture(headline: str, link: str) -> None:
    rows = [r for r in turn_rows(_UKRINFORM.format(headline=headline, link=link)) if r[1]]
    assert [r[1] for r in rows] == ["Марина Коваль", "Петро Ткач"] * 3
    assert rows[3][2].endswith("генератори та труби.")


_KREMLIN = (
    "Рабочая встреча с руководителем Росводресурсов Иваном Петровым\n"
    "Владимир Путин провёл рабочую встречу с руководителем Федерального агентства водных "
    "ресурсов Иваном Петровым.\n"
    "3 апреля 2025 года15:40Москва, Кремль\n"
    "В.Путин: Иван Сергеевич, добрый день! Как выглядит прогноз?\n"
    "И.Петров: Добрый день, Владимир Владимирович! Запасы воды выше нормы.\n"
    "В.Путин: Хорошо. Спасибо.\n"
    "Опубликован в разделах: Новости, Стенограммы\n"
    "{fields}"
    "Дата публикации: 3 апреля 2025 года, 16:30\n"
)


@pytest.mark.parametrize(
    "fields", ["", "Опубликован в темах: Чрезвычайные ситуации\n", "Опубликован в теме: Регионы\n"]
)
def test_kremlin_topics_field_is_trailing(fields: str) -> None:
    rows = turn_rows(_KREMLIN.format(fields=fields))
    assert rows[-1][1:] == ("Владимир Путин", "Хорошо. Спасибо.")


_HEARING = (
    "                         WILDFIRE AND UTILITIES\n"
    "\n"
    "                              HEARING\n"
    "                      UNITED STATES SENATE\n"
    "\n"
    "    The Committee met, pursuant to notice, at 10:00 a.m., Hon. Mike Lee, Chairman of the\n"
    "Committee, presiding.\n"
    "\n"
    "    The Chairman. Good morning. The Committee will come to order. \n"
    "Last summer, a single downed line in a canyon in my home state \n"
    "started a fire that burned 40,000 acres in three days. Utilities \n"
    "across the West now face billions of dollars in liability claims, \n"
    "and several of them have told us they can no longer get insurance \n"
    "at any price. Today we will hear how utilities are hardening their \n"
    "systems and what Congress should, and should not, do about \n"
    "liability. I will now turn to the Ranking Member, Senator Heinrich.\n"
    "    Senator Heinrich. Thank you, Mr. Chairman. Communities lost everything and rural \n"
    "co-ops cannot afford to rebuild their lines underground.\n"
    "    The Chairman. Thank you. Ms. Nolan, you are recognized for five minutes.\n"
    "    Ms. Nolan. Thank you, Chairman Lee. Our company serves rural customers.\n"
    "    Senator Heinrich. Ms. Nolan, who approves the plan? The state commission?\n"
    "    Ms. Nolan. Yes, the state commission, with public comment.\n"
    "    Senator Heinrich. {close}\n"
    "    The Chairman. Thank you. The Committee stands adjourned.\n"
)


@pytest.mark.parametrize(
    "close",
    [
        "I'd want to see that those commissions have the \nstaff to actually audit these "
        "plans. I'll yield back.",
        "I'll take that as a yes for the commission \nto hear.",
    ],
)
def test_chair_opening_statement_and_member_closing_remark(close: str) -> None:
    rows = turn_rows(_HEARING.format(close=close))
    assert rows[0][:2] == ("statement", "Mike Lee")
    assert rows[-2][0] == "other" and rows[-2][1] == "Senator Heinrich"


def test_closing_request_still_asks() -> None:
    close = "I would ask that you get us that number in writing. I'll yield back."
    rows = turn_rows(_HEARING.format(close=close))
    assert rows[-2][0] == "question"


@pytest.mark.parametrize(
    "line",
    [
        "**Читайте також: У Херсоні відкрили ще два пункти видачі води**",
        "__Читайте також: У Херсоні відкрили ще два пункти видачі води__",
        "Читайте також: У Херсоні відкрили ще два пункти видачі води",
    ],
)
def test_bold_read_also_link_is_a_headline_link(line: str) -> None:
    from rhetoscope.structure.furniture import _READ_ALSO_INLINE

    assert _READ_ALSO_INLINE.match(line) is not None


@pytest.mark.parametrize("mark", ["**", ""])
def test_bold_headline_subject_agrees_with_lead(mark: str) -> None:
    from rhetoscope.structure.dialogue import _headlined_subject

    lead = (
        f"{mark}Петро Ткач, директор КП «Херсонводоканал»: Питна вода – це графік робіт{mark}\n"
        "Марина Коваль, Херсон\n"
        "Про ремонт мереж Укрінформу розповів директор КП «Херсонводоканал» Петро Ткач.\n"
    )
    assert _headlined_subject(lead, "Марина Коваль") == "Петро Ткач"
