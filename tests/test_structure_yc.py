"""Check R, batch US UP UT: kremlin.ru's status field under the last answer, a discussion
box's heading over its count, Westminster Hansard's bare clock over the foot, a member's
intervention on the Minister's reply, a long quote headline
over its byline and date line, a phone-in host's hand-off to a caller labelled by first name
and town."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_KREMLIN = (
    "Президент России\n"
    "События   Структура   Видео и фото   Документы\n\n"
    "Встреча с {post_title}\n\n"
    "Владимир Путин провёл рабочую встречу с {post}. Обсуждались {topic}.\n\n"
    "{date}\n"
    "Москва, Кремль\n\n"
    "С {post}.\n\n\n"
    "В.Путин: {first}, как идёт работа? Что ожидаете в этом году?\n\n"
    "{initial}: Владимир Владимирович, работа идёт по плану. Все объекты готовы к сезону, "
    "финансирование открыто полностью.\n\n"
    "В.Путин: Хорошо. А что с ценами для людей?\n\n"
    "{initial}: Цены стабильны, мы следим за ними вместе с регионами и отчитаемся в мае.\n\n"
    "Статус материала: опубликован в разделах: Новости, Стенограммы\n"
    "Дата публикации: {date}\n"
)


@pytest.mark.parametrize(
    ("post_title", "post", "topic", "date", "first", "initial"),
    [
        (
            "министром сельского хозяйства",
            "Министром сельского хозяйства Олегом Кравцовым",
            "ход посевной кампании и цены на зерно",
            "3 марта 2026 года",
            "Олег Петрович",
            "О.Кравцов",
        ),
        (
            "главой Росавтодора",
            "руководителем Федерального дорожного агентства Романом Новиковым",
            "ремонт трасс и строительство мостов",
            "21 мая 2026 года",
            "Роман Викторович",
            "Р.Новиков",
        ),
    ],
)
def test_kremlin_status_field_trails(
    post_title: str, post: str, topic: str, date: str, first: str, initial: str
) -> None:
    """kremlin.ru's "Статус материала: опубликован в разделах: …" field is the page's, not the
    last answer's."""
    text = _KREMLIN.format(
        post_title=post_title, post=post, topic=topic, date=date, first=first, initial=initial
    )
    assert turn_rows(text)[-1][2].endswith("отчитаемся в мае.")


_UP_DASH = (
    "Українська правда\n\n"
    "{guest}: Ми прибрали черги на кордоні\n\n"
    "Марія Коваль — {date}\n\n"
    "– {vocative}, коли зникнуть черги?\n\n"
    "– Уже зникають. Ми відкрили два нові термінали, і час очікування скоротився вдвічі.\n\n"
    "– А що з електронною чергою?\n\n"
    "– Вона працює на всіх пунктах, збоїв за місяць не було жодного.\n\n"
    "Теги: {guest}   митниця   кордон\n\n"
    "{heading}\n"
    "{count}: 31\n"
)


@pytest.mark.parametrize(
    ("guest", "date", "vocative", "heading", "count"),
    [
        (
            "Олена Ткач",
            "Понеділок, 9 лютого 2026, 07:00",
            "Олено Петрівно",
            "Обговорення",
            "Коментарів",
        ),
        (
            "Ігор Лисенко",
            "Вівторок, 3 березня 2026, 08:30",
            "Ігорю Васильовичу",
            "Обсуждение",
            "Комментариев",
        ),
    ],
)
def test_discussion_heading_over_count_trails(
    guest: str, date: str, vocative: str, heading: str, count: str
) -> None:
    """A discussion box's heading over its labelled count is the page's foot, not the answer's."""
    text = _UP_DASH.format(guest=guest, date=date, vocative=vocative, heading=heading, count=count)
    assert turn_rows(text)[-1][2].endswith("не було жодного.")


_HANSARD = (
    "Hansard - UK Parliament\n\n"
    "{title}\n"
    "Volume 780: debated on Wednesday 4 February 2026\n\n"
    "{mover} ({seat}) (LD)\n"
    "Share\n"
    "I beg to move,\n"
    "That this House has considered {title_lower}.\n\n"
    "Families in my constituency have told me that the service has been cut back again, and "
    "councils say the costs rise every single year. I urge the Government to act.\n\n"
    "{member} (Hartlepool) (Lab)\n"
    "Share\n"
    "Will the hon. Member give way?\n\n"
    "{mover} ({seat}) (LD)\n"
    "Share\n"
    "I will give way briefly.\n\n"
    "{member} (Hartlepool) (Lab)\n"
    "Share\n"
    "Does the hon. Member agree that councils need a settlement that lasts longer than a year?\n\n"
    "{mover} ({seat}) (LD)\n"
    "Share\n"
    "I agree entirely. Every new local service saves families a long journey, but those "
    "services will take years to rebuild, and families need help now. I urge the Minister to "
    "give councils a grant that is ring-fenced and rises with demand.\n\n"
    "Madam Deputy Speaker (Caroline Nokes)\n"
    "Share\n"
    "Order. I call the Minister.\n\n"
    "The Minister for {brief} ({minister})\n"
    "Share\n"
    "I congratulate the hon. Member for {seat} ({mover}) on securing this debate. The "
    "Government recognise the pressures that councils face across the country. We are "
    "investing more this year than in any year before, and we will publish new guidance on "
    "the service before the summer recess. I cannot promise a ring-fenced grant today, but I "
    "will meet her and her council to look at the figures together in the coming weeks.\n\n"
    "{mover} ({seat}) (LD)\n"
    "Share\n"
    "Will the Minister set a date for that meeting?\n\n"
    "The Minister for {brief} ({minister})\n"
    "Share\n"
    "My office will be in touch this week.\n\n"
    "{clock}\n\n"
    "Contact us   Accessibility   Cookie policy   Privacy notice\n"
    "© UK Parliament 2026\n"
)


@pytest.mark.parametrize(
    ("title", "mover", "seat", "member", "brief", "minister", "clock"),
    [
        (
            "Rural Bus Services",
            "Sarah Dyke",
            "Glastonbury and Somerton",
            "Jonathan Brash",
            "Local Transport",
            "Simon Lightwood",
            "5.12 pm",
        ),
        (
            "Library Closures",
            "Helen Morgan",
            "North Shropshire",
            "Peter Swallow",
            "Arts and Heritage",
            "Chris Bryant",
            "11.03 am",
        ),
    ],
)
def test_commons_minister_after_call_and_closing_clock(
    title: str, mover: str, seat: str, member: str, brief: str, minister: str, clock: str
) -> None:
    """The mover's intervention on the Minister's reply to the debate asks, though she answered
    an intervention before; the Minister's reply to the debate after the chair's call is a
    statement (the Commons-debate convention), her reply to the intervention answers; the bare
    clock under it is the record's."""
    text = _HANSARD.format(
        title=title,
        title_lower=title.lower(),
        mover=mover,
        seat=seat,
        member=member,
        brief=brief,
        minister=minister,
        clock=clock,
    )
    rows = turn_rows(text)
    assert [r[:2] for r in rows[-3:]] == [
        ("statement", minister),
        ("question", mover),
        ("answer", minister),
    ]
    assert rows[-1][2].endswith("in touch this week.")


_LBC = (
    "LBC\n"
    "Listen Live   Shows   News   Politics   Opinion\n\n"
    "{guest}: {headline}\n\n"
    "{host}\n"
    "{date}\n\n"
    "The {post} {guest} has told LBC that the government will set out its plans this spring.\n\n"
    "{HOST}: {guest}, good morning.\n\n"
    "{GUEST}: Morning.\n\n"
    "{HOST}: Will the plans cost households more?\n\n"
    "{GUEST}: No. The whole point is that bills come down over the next two years.\n\n"
    "{HOST}: Let me bring in a caller. {caller} in {town} has been waiting. {caller}, what's "
    "your question for the secretary of state?\n\n"
    "{CALLER}, {TOWN}: I'm on a pension and my bills doubled. When will I see a difference?\n\n"
    "{GUEST}: {caller}, I hear you, and the first changes come in this autumn.\n"
)


@pytest.mark.parametrize(
    ("guest", "headline", "host", "date", "post", "caller", "town"),
    [
        (
            "Ed Miliband",
            "Energy bills 'will come down' as he promises cheaper power for every household "
            "before next winter",
            "Nick Ferrari",
            "Monday, 9 March 2026  07:40 GMT",
            "Energy Secretary",
            "Janet",
            "Swindon",
        ),
        (
            "Wes Streeting",
            "Waiting lists 'will fall this year' as he pledges new scanners for every hospital "
            "in England",
            "Tom Swarbrick",
            "Thursday, 12 March 2026  18:05 GMT",
            "Health Secretary",
            "Colin",
            "Derby",
        ),
    ],
)
def test_long_quote_headline_and_caller_handoff(
    guest: str, headline: str, host: str, date: str, post: str, caller: str, town: str
) -> None:
    """A long quote headline over its byline and date line is no turn (the lead is the
    intro), and the host's hand-off that asks the caller by name for her question asks the
    guest nothing."""
    text = _LBC.format(
        guest=guest,
        headline=headline,
        host=host,
        date=date,
        post=post,
        caller=caller,
        town=town,
        HOST=host.upper(),
        GUEST=guest.upper(),
        CALLER=caller.upper(),
        TOWN=town.upper(),
    )
    rows = turn_rows(text)
    assert rows[0][:2] == ("other", None) and rows[0][2].startswith(f"The {post}")
    handoff = next(r for r in rows if r[2].startswith("Let me bring in"))
    assert handoff[:2] == ("other", host)


_CLIP = (
    "Channel 4 News\n\n"
    "{anchor}\n"
    "Published on {date}\n\n"
    "{guest} has called for more equipment before the winter, as strikes on the grid go on.\n\n"
    "{ANCHOR}: Minister, thank you for joining us. How much of the grid is working tonight?\n\n"
    "{GUEST}: Thank you. Most of the city has power, but on schedules, and crews repair the "
    "lines every morning.\n\n"
    "(BEGIN VIDEO CLIP)\n\n"
    "{ANCHOR}: Should Europe be buying systems on your behalf?\n\n"
    "{GUEST}: This mechanism already works, and it should be bigger.\n\n"
    "(END VIDEO CLIP)\n\n"
    "{ANCHOR}: Do you trust your partners?\n\n"
    "{GUEST}: Trust is built by actions. We will see the actions.\n\n"
    "{ANCHOR}: Minister, thank you.\n\n"
    "{GUEST}: {parting}\n"
)


@pytest.mark.parametrize(
    ("anchor", "guest", "date", "parting"),
    [
        ("Matt Frei", "Andrii Sybiha", "27 Nov 2025", "Thank you, Matt. Slava Ukraini."),
        ("Krishnan Guru-Murthy", "Denys Shmyhal", "3 Dec 2025", "Thank you, Krishnan."),
    ],
)
def test_guest_parting_thanks_after_clip_answers(
    anchor: str, guest: str, date: str, parting: str
) -> None:
    """The guest's clip turn (`other`, as every voice in a played clip) makes no chair of him:
    his parting thanks to the host's closing thanks answers."""
    text = _CLIP.format(
        anchor=anchor,
        guest=guest,
        date=date,
        parting=parting,
        ANCHOR=anchor.upper(),
        GUEST=guest.upper(),
    )
    assert turn_rows(text)[-1][:2] == ("answer", guest)


_GOV_UK = (
    "GOV.UK\n\n"
    "Speech\n\n"
    "{title}: {date}\n\n"
    "{post} {name} gave a press conference on {topic}.\n\n"
    "From: {dept} and The Rt Hon {name} MP\n"
    "Published {date}\n\n"
    "Location: {venue}, {town}\n\n"
    "Good morning. Today I want to set out what the government is doing on {topic}, and what "
    "it will mean for families and businesses across the country.\n\n"
    "Question: Thank you. Will there be new restrictions this summer?\n\n"
    "{name}: Not this summer. We will keep the measures under review every week.\n"
)


@pytest.mark.parametrize(
    ("title", "post", "name", "topic", "dept", "date", "venue", "town"),
    [
        (
            "Environment Secretary press conference on drought",
            "Environment Secretary",
            "Emma Reynolds",
            "the national drought response",
            "Department for Environment, Food & Rural Affairs",
            "18 August 2025",
            "National Farmers' Union",
            "Stoneleigh",
        ),
        (
            "Transport Secretary press conference on rail",
            "Transport Secretary",
            "Heidi Alexander",
            "rail reform",
            "Department for Transport",
            "4 March 2026",
            "Confederation of British Industry",
            "Birmingham",
        ),
    ],
)
def test_location_field_venue_then_town(
    title: str, post: str, name: str, topic: str, dept: str, date: str, venue: str, town: str
) -> None:
    """A "Location:" field that names a venue and then its town after a comma places the
    page in the town."""
    text = _GOV_UK.format(
        title=title,
        post=post,
        name=name,
        topic=topic,
        dept=dept,
        date=date,
        venue=venue,
        town=town,
    )
    assert run(text).meta.to_dict().get("place") == town


@pytest.mark.parametrize("urge", ["Go on.", "Go on, then.", "Carry on!"])
def test_host_urging_on_asks(urge: str) -> None:
    """A host's bare urging on, after the guest declined and before he goes on, is put to him."""
    text = (
        "LEWIS: Are people going to have to work longer?\n\n"
        "PAT: Well, nobody is going to wake up and find their retirement date has moved.\n\n"
        "LEWIS: So could the age be different for different people?\n\n"
        "PAT: (LAUGHS) I know where you're going with this. I'm not designing it live.\n\n"
        f"LEWIS: {urge}\n\n"
        "PAT: No, genuinely. Fairness between regions is a legitimate thing to look at.\n\n"
        "LEWIS: Pat, thank you.\n"
    )
    rows = turn_rows(text)
    assert rows[4][:2] == ("question", "Lewis")
