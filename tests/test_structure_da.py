"""Check T, batch VK VL VM: a lead's "conducted in <place> by" journalist named for a bare
"Journalist:" label, a programme's possessive before the host a lead says the guest spoke to, a
reporter's "Name with Outlet." self-introduction whatever the outlet's last word, a comment box's
log-in prompt with the verb first, and mid.ru's "Photo gallery" tab under a rubric column."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_CONDUCTED_IN = (
    "Official website of the President of Ukraine\n"
    "News  Interviews\n\n"
    "Interview of President of Ukraine Volodymyr Zelenskyy to the {outlet}\n\n"
    "12 April 2026 - 11:05\n\n"
    "The interview was conducted {where} by {outlet} journalist {journalist}.\n\n"
    "Journalist: Mr. President, thank you for your time. How is the grain corridor working "
    "this spring?\n\n"
    "Volodymyr Zelenskyy: It is working. Ships are leaving every day, and our partners see it.\n\n"
    "Journalist: What do you expect from the next summit?\n\n"
    "Volodymyr Zelenskyy: Concrete decisions on air defense. Words are not enough.\n\n"
    "Journalist: Thank you.\n\n"
    "Volodymyr Zelenskyy: Thank you.\n"
)


@pytest.mark.parametrize(
    ("outlet", "where", "journalist"),
    [
        ("Danish newspaper Politiken", "in Kyiv", "Mette Lund"),
        ("Dutch broadcaster NOS", "in Odesa", "Pieter Jansen"),
        ("Finnish newspaper Ilta-Sanomat", "at Mariinskyi Palace", "Aino Korhonen"),
    ],
)
def test_conducted_in_a_place_by_names_the_journalist(
    outlet: str, where: str, journalist: str
) -> None:
    """A place between "conducted" and "by" still names the one who asks under "Journalist:"."""
    rows = turn_rows(_CONDUCTED_IN.format(outlet=outlet, where=where, journalist=journalist))
    asked = [r for r in rows if r[0] == "question" or (r[2] == "Thank you." and r[0] == "other")]
    assert len(asked) == 3, rows
    assert {r[1] for r in asked} == {journalist}, rows


_SPOKE_TO_PROGRAMME = (
    "RNZ\n"
    "News   Programmes   Listen   Pacific   Te Ao Māori\n\n"
    "{show}\n\n"
    "Dairy farmers told to plan for a dry autumn\n\n"
    "6:50 am on 3 April 2026\n\n"
    "Farmers in the east of both islands are being warned to plan for a long dry spell.\n\n"
    "Agriculture Minister {guest} has just returned from Canberra, where he met his "
    "counterpart.\n\n"
    "He spoke to {show}'s {host}.\n\n"
    "This transcript has been edited for clarity.\n\n"
    "{host}: Minister, good morning. How bad is it going to get?\n\n"
    "{guest}: Morning. It is serious, but farmers have been through this before.\n\n"
    "{host}: Will there be support?\n\n"
    "{guest}: We are looking at it, and I will have more to say next week.\n\n"
    "{host}: {guest}, thank you.\n"
)


@pytest.mark.parametrize(
    ("show", "host", "guest"),
    [
        ("Morning Report", "Ingrid Hipkiss", "Todd McClay"),
        ("Midday Report", "Lisa Owen", "Damien Fraser"),
        ("Sunday Morning", "Kathryn Ryan", "Mark Patterson"),
    ],
)
def test_programme_possessive_is_no_part_of_the_host(show: str, host: str, guest: str) -> None:
    """ "He spoke to Morning Report's Ingrid Hipkiss.": the host is Ingrid Hipkiss."""
    rows = turn_rows(_SPOKE_TO_PROGRAMME.format(show=show, host=host, guest=guest))
    asked = [r for r in rows if r[2].startswith(("Minister,", "Will there", guest + ","))]
    assert len(asked) == 3, rows
    assert {r[1] for r in asked} == {host}, rows


_NOON_BRIEFING = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Farhan Haq, "
    "Deputy Spokesman for the Secretary-General.\n\n"
    "Deputy Spokesman: Good afternoon. I will start with the situation in the Sahel, where "
    "humanitarian partners report new displacement.\n\n"
    "Question: Thanks, Farhan. Margit Halvorsen, Nordic Press Agency. Is the Secretary-General "
    "going to the summit?\n\n"
    "Deputy Spokesman: I have nothing to announce on travel at this point.\n\n"
    "Question: Hi, Farhan. {reporter} with {outlet}. Has the envoy met the rebels yet?\n\n"
    "Deputy Spokesman: He has been in contact with all sides. I will update you.\n"
)


@pytest.mark.parametrize(
    ("reporter", "outlet"),
    [
        ("Tomás Ibarra", "Prensa Latina"),
        ("Lucas Moreno", "Agencia Latina"),
        ("Paolo Ferri", "Agenzia Nova Italina"),
    ],
)
def test_name_with_outlet_keeps_the_name_first(reporter: str, outlet: str) -> None:
    """ "Name with Outlet.": the preposition fixes the order, whatever the outlet's last word
    looks like (a Slavic surname's "-ina" in "Latina")."""
    rows = turn_rows(_NOON_BRIEFING.format(reporter=reporter, outlet=outlet))
    asked = [r for r in rows if r[0] == "question" and "envoy" in r[2]]
    assert len(asked) == 1, rows
    assert asked[0][1] == reporter, rows


_DASH_WITH_COMMENTS = (
    "РИА Новости\n\n"
    "Посол России: спрос на {goods} растет\n\n"
    "14.01.2026\n\n"
    "Беседовал Иван Петров\n\n"
    "Посол России в {country} Алексей Лабецкий рассказал РИА Новости о торговле и туризме.\n\n"
    "— Алексей Кириллович, как растет торговля?\n\n"
    "— Быстро. В прошлом году объем вырос почти на треть.\n\n"
    "— Как изменился поток туристов?\n\n"
    "— Он заметно вырос после отмены виз. Если появится прямой рейс, цифры удвоятся.\n\n"
    "{country_tag}\n"
    "Россия\n"
    "Алексей Лабецкий\n"
    "Экономика\n\n"
    "Комментарии\n"
    "{prompt}\n\n"
    "Еще по теме\n"
    "Лавров обсудил с коллегой подготовку визита\n"
)


@pytest.mark.parametrize(
    ("goods", "country", "country_tag", "prompt"),
    [
        ("сою", "Бразилии", "Бразилия", "Войдите, чтобы оставить комментарий"),
        ("кофе", "Колумбии", "Колумбия", "Авторизуйтесь, чтобы комментировать"),
        ("удобрения", "Перу", "Перу", "Войдите чтобы оставить комментарий"),
    ],
)
def test_comment_log_in_prompt_verb_first_is_the_page(
    goods: str, country: str, country_tag: str, prompt: str
) -> None:
    """ "Комментарии" / "Войдите, чтобы оставить комментарий" is the comment box; the tag column
    above it goes with it, and the last answer ends on its own words."""
    rows = turn_rows(
        _DASH_WITH_COMMENTS.format(
            goods=goods, country=country, country_tag=country_tag, prompt=prompt
        )
    )
    assert rows[-1][0] == "answer", rows
    assert rows[-1][2].endswith("цифры удвоятся."), rows


_MID_RU_TAIL = (
    "The Ministry of Foreign Affairs of the Russian Federation\n\n"
    "Interview by Deputy Foreign Minister Andrey Rudenko to Izvestia, February 9, 2026\n\n"
    "Question: How would you describe relations with {country} today?\n\n"
    "Andrey Rudenko: Unfortunately, at their lowest point in decades. This is the result of "
    "the course chosen by its leadership.\n\n"
    "Question: Are any contacts planned?\n\n"
    "Andrey Rudenko: Working contacts through our embassies continue. If signals come, we will "
    "consider them.\n\n"
    "{country}\n"
    "Russia\n"
    "{region}\n"
    "Andrey Rudenko\n\n"
    "Photo gallery\n"
    "Subscribe to news\n"
    "Print\n"
)


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("Japan", "Asia and Pacific region"),
        ("Norway", "Europe and North Atlantic"),
        ("Mexico", "Latin America and Caribbean"),
    ],
)
def test_rubric_column_over_photo_gallery_tab_is_the_page(country: str, region: str) -> None:
    """mid.ru's rubric column (a four-word region among short tags) over its "Photo gallery" /
    "Subscribe to news" / "Print" tabs is no part of the last answer."""
    rows = turn_rows(_MID_RU_TAIL.format(country=country, region=region))
    assert rows[-1][1] == "Andrey Rudenko", rows
    assert rows[-1][2].endswith("we will consider them."), rows
