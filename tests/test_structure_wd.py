"""Check V, batch WD WA: a Commons debate page whose "ExcerptsShare" buttons stand on a row of
their own under each member line, Westminster Hall's chair named with "(in the Chair)", a
briefer's call to the room over a reporter's cut-off question, kremlin.ru's "Публикация:"
section field and RT's "Add RT to your news sources" button under the last turn."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_WESTMINSTER_HALL = (
    "Hansard\nUK Parliament\n\n"
    "{topic}\n"
    "Volume 781: debated on Tuesday 17 March 2026\n\n"
    "Westminster Hall\n\n"
    "[{chair} in the Chair]\n\n"
    "2.30 pm\n"
    "{mover} ({seat}) ({party})\n"
    "ExcerptsShare\n"
    "I beg to move,\n\n"
    "That this House has considered {topic_lower}.\n\n"
    "Families in my constituency wait months for an answer, and the delay costs them dearly.\n\n"
    "{other} ({other_seat}) (Lab)\n"
    "ExcerptsShare\n"
    "Does the hon. Member agree that the delay is worst in rural towns?\n\n"
    "{mover}\n"
    "ExcerptsShare\n"
    "I do agree, and I hope the Minister will set out a timetable for the whole country.\n\n"
    "{chair} (in the Chair)\n"
    "ExcerptsShare\n"
    "Order. I call the Minister.\n\n"
    "2.52 pm\n"
    "{minister}\n"
    "ExcerptsShare\n"
    "I thank the hon. Member for raising this matter, and I will write to her before the "
    "recess.\n\n"
    "{mover}\n"
    "ExcerptsShare\n"
    "Will the Minister meet a delegation from my constituency?\n\n"
    "{minister}\n"
    "ExcerptsShare\n"
    "I would be glad to meet her and the delegation.\n\n"
    "Question put and agreed to.\n"
)


@pytest.mark.parametrize(
    ("topic", "chair", "mover", "seat", "party", "other", "other_seat", "minister"),
    [
        (
            "Coastal Erosion",
            "Sir Edward Leigh",
            "Helen Marsh",
            "North Devon",
            "LD",
            "Owen Bright",
            "Bolsover",
            "Simon Lightwood",
        ),
        (
            "Rural Bus Services",
            "Dame Siobhain McDonagh",
            "Rachel Dunmore",
            "Carlisle",
            "Con",
            "Peter Gale",
            "Gower",
            "Emma Hardy",
        ),
    ],
)
def test_westminster_hall_member_lines_over_a_button_row(
    topic: str,
    chair: str,
    mover: str,
    seat: str,
    party: str,
    other: str,
    other_seat: str,
    minister: str,
) -> None:
    """Each member line over its own "ExcerptsShare" row is a label, the mover's under her
    "I beg to move," included; the chair named with "(in the Chair)" keeps order: `other`."""
    text = _WESTMINSTER_HALL.format(
        topic=topic,
        topic_lower=topic.lower(),
        chair=chair,
        mover=mover,
        seat=seat,
        party=party,
        other=other,
        other_seat=other_seat,
        minister=minister,
    )
    rows = turn_rows(text)
    chair_name = chair.split(" ", 1)[1]
    assert [r[1] for r in rows] == [mover, other, mover, chair_name, minister, mover, minister]
    assert rows[0][2].startswith("I beg to move,")
    assert rows[3][0] == "other"


_BRIEFING = (
    "Department Press Briefing – March 3, 2026\n"
    "{briefer}, Department Spokesperson\nWashington, D.C.\n\n"
    "{label}: Good afternoon. I have one item at the top. {item} Then I'll take questions.\n\n"
    "QUESTION: Thanks. How much of this is new money?\n\n"
    "{label}: It is new money, and it goes out this week through our partners on the ground.\n\n"
    "QUESTION: Different topic, if I may. On {topic}–\n\n"
    "{label}: Sure – let me see if anyone else has {subject} first. {room} Okay. Go ahead.\n\n"
    "QUESTION: On {topic}. Can you confirm the reports from this morning?\n\n"
    "{label}: I'd refer you to the Pentagon on the details. I won't get ahead of them.\n\n"
    "QUESTION: Thank you.\n\n"
    "{label}: Thank you, everybody. See you Thursday.\n"
)


@pytest.mark.parametrize(
    ("briefer", "label", "item", "topic", "subject", "room"),
    [
        (
            "Tammy Bruce",
            "MS BRUCE",
            "We are announcing new aid for Sudan.",
            "Venezuela",
            "Sudan",
            "Anyone on Sudan?",
        ),
        (
            "Tommy Pigott",
            "MR PIGOTT",
            "We are announcing new aid for Gaza.",
            "Cuba",
            "Gaza",
            "Anything else on Gaza?",
        ),
    ],
)
def test_briefer_room_call_over_cut_off_question_hands_the_floor(
    briefer: str, label: str, item: str, topic: str, subject: str, room: str
) -> None:
    """After a reporter's question cut off on its dash, the briefer's turn that asks the room
    for more on the topic in hand and gives the floor back ("Anyone on Sudan? Okay. Go
    ahead.") asks and answers nothing: `other`; so is her closing thanks after it."""
    text = _BRIEFING.format(
        briefer=briefer, label=label, item=item, topic=topic, subject=subject, room=room
    )
    rows = turn_rows(text)
    call = next(r for r in rows if r[2].startswith("Sure – let me see"))
    assert call[0] == "other"
    assert rows[-1][0] == "other"
    assert rows[-1][2].startswith("Thank you, everybody.")


_KREMLIN_TAIL = (
    "Президент России\n\n"
    "Встреча с {post_instr} {guest_instr}\n\n"
    "Владимир Путин провёл рабочую встречу с {post_instr} {guest_instr}.\n\n"
    "12 марта 2026 года\n16:10\nМосква, Кремль\n\n"
    "В.Путин: {address}, как прошёл год?\n\n"
    "{short}: Год был непростым, но план выполнен, перевозки выросли на шесть процентов.\n\n"
    "В.Путин: Хорошо. Спасибо.\n\n"
    "{short}: Спасибо.\n\n"
    "Публикация:\n"
    "Новости\n"
    "Стенограммы\n"
    "Темы:\n"
    "{topic}\n"
    "Дата публикации: 12 марта 2026 года, 16:25\n"
)


@pytest.mark.parametrize(
    ("post_instr", "guest_instr", "address", "short", "topic"),
    [
        (
            "генеральным директором РЖД",
            "Олегом Белозёровым",
            "Олег Валентинович",
            "О.Белозёров",
            "Транспорт",
        ),
        ("главой Росатома", "Алексеем Лихачёвым", "Алексей Евгеньевич", "А.Лихачёв", "Энергетика"),
    ],
)
def test_kremlin_section_field_under_the_last_turn_is_the_page_s(
    post_instr: str, guest_instr: str, address: str, short: str, topic: str
) -> None:
    """kremlin.ru's "Публикация:" field over its section lines is the page's: the last turn
    is the guest's bare thanks."""
    text = _KREMLIN_TAIL.format(
        post_instr=post_instr, guest_instr=guest_instr, address=address, short=short, topic=topic
    )
    assert turn_rows(text)[-1][2].strip() == "Спасибо."


_RT_TAIL = (
    "RT\nHome  Russia  World  Business\n\n"
    "{title}\n\n"
    "The minister spoke to RT about exports and prices.\n\n"
    "RT: Minister, will exports grow this year?\n\n"
    "{guest}: Yes, by about a tenth, mostly to Asian buyers under long-term contracts.\n\n"
    "RT: Thank you, Minister.\n\n"
    "{guest}: Thank you.\n\n"
    "{tags}\n\n"
    "Add RT to your news sources\n"
    "You can share this story on social media:\n"
    "Facebook  Telegram  X  VK\n"
)


@pytest.mark.parametrize(
    ("title", "guest", "tags"),
    [
        ("Kazakhstan to raise uranium output", "Akkenzhenov", "Kazakhstan  Uranium  Rosatom"),
        ("Uzbekistan plans more gold sales", "Karimov", "Uzbekistan  Gold  Central Asia"),
    ],
)
def test_news_sources_button_under_the_last_turn_is_the_page_s(
    title: str, guest: str, tags: str
) -> None:
    """RT's "Add RT to your news sources" button and the tag row over it close the page: the
    guest's last turn is his bare thanks."""
    text = _RT_TAIL.format(title=title, guest=guest, tags=tags)
    assert turn_rows(text)[-1][2].strip() == "Thank you."
