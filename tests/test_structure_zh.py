"""Check Z (late), batch XU XO XS: a plain-question page whose lead names the interviewee after
two posts in a row, a comma between them; a writer's bio closed by a row of lower-case share
icons; a programme's closing exchange of thanks over the page's promotion; a broadcaster's
"we'll leave it there" sign-off over the site's footer."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_PLAIN = (
    "{site}\nНовини  Економіка  Інтерв'ю\n\n"
    "{quote}\n\n"
    "Автор: {author}\n3 листопада 2025, 10:40\n\n"
    "{site} поговорив із {post1}, {post2} {given_ins} {surname_ins} про {topic}.\n\n"
    "{given} {surname}. Фото: пресслужба\n\n"
    "Скільки {q1}?\n\nЗа перший місяць — {a1} Це більше, ніж ми чекали.\n\n"
    "Чому {q2}?\n\nБо {a2} Інакше це не працювало б.\n\n"
    "Людина в будь-який момент може вийти з програми.\n\n"
    "Коли {q3}?\n\nЯкщо все піде за планом, навесні. Але обіцяти дати я не буду.\n\n"
    "Теги: {topic}\n"
)


@pytest.mark.parametrize(
    ("fields", "author", "answerer"),
    [
        (
            dict(
                site="Babel",
                given="Ірина",
                surname="Бойко",
                quote="Резерв — це не повістка",
                author="Марко Левченко",
                post1="керівницею програми",
                post2="заступницею міністра",
                given_ins="Іриною",
                surname_ins="Бойко",
                topic="цивільний резерв",
                q1="людей уже записалися",
                a1="близько двадцяти тисяч.",
                q2="програма добровільна",
                a2="примус тут нічого не дасть.",
                q3="програма запрацює всюди",
            ),
            "Марко Левченко",
            "Ірина Бойко",
        ),
        (
            dict(
                site="Заборона",
                given="Олег",
                surname="Мазур",
                quote="Мости відбудуємо за два роки",
                author="Дарина Коваль",
                post1="директором агенції",
                post2="головою обласної ради",
                given_ins="Олегом",
                surname_ins="Мазуром",
                topic="відбудову мостів",
                q1="мостів уже відновили",
                a1="дев'ять.",
                q2="роботи так затягнулися",
                a2="бракувало металу.",
                q3="відкриють рух на трасі",
            ),
            "Дарина Коваль",
            "Олег Мазур",
        ),
    ],
)
def test_lead_names_interviewee_after_two_posts(
    fields: dict[str, str], author: str, answerer: str
) -> None:
    rows = [r for r in turn_rows(_PLAIN.format(**fields)) if r[0] in ("question", "answer")]
    assert [r[0] for r in rows] == ["question", "answer"] * 3
    assert {r[1] for r in rows if r[0] == "question"} == {author}
    assert {r[1] for r in rows if r[0] == "answer"} == {answerer}


_SHARE_ICONS = (
    "AP NEWS\nWorld    U.S.    Politics\n\n"
    "{headline}\nBy {caps_author}\nUpdated 3:10 PM EDT, May 4, 2026\n\n"
    "In an interview with The Associated Press, {guest} spoke about {topic}.\n\n"
    "AP: What comes first?\n\n{caps_guest}: The money. Everything else follows from it.\n\n"
    "AP: And after that?\n\n{caps_guest}: People. We need {last}\n\n___\n\n"
    "Follow AP's coverage at https://apnews.com/hub/{hub}\n\n"
    "{caps_author}\n{surname} covers {topic} for The Associated Press.\n{icons}\n\n"
    "The Associated Press is an independent global news organization dedicated to factual "
    "reporting. Founded in 1846, AP today remains a trusted source of news in all formats.\n"
    "Copyright 2026 The Associated Press. All Rights Reserved.\n"
)


@pytest.mark.parametrize(
    ("guest", "caps_guest", "caps_author", "surname", "topic", "last", "icons"),
    [
        (
            "Maria Lopez",
            "LOPEZ",
            "DANA WRIGHT",
            "Wright",
            "housing",
            "more inspectors, and we need them this year.",
            "twitter  mailto",
        ),
        (
            "Tom Becker",
            "BECKER",
            "RAJ PATEL",
            "Patel",
            "energy",
            "engineers before we need turbines.",
            "facebook  linkedin  mailto",
        ),
    ],
)
def test_lowercase_share_icons_under_bio_trail(
    guest: str, caps_guest: str, caps_author: str, surname: str, topic: str, last: str, icons: str
) -> None:
    text = _SHARE_ICONS.format(
        headline="An interview",
        guest=guest,
        caps_guest=caps_guest,
        caps_author=caps_author,
        surname=surname,
        topic=topic,
        last=last,
        icons=icons,
        hub=topic,
    )
    rows = turn_rows(text)
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith(last)


_GOODBYE = (
    "{intro}\n\n"
    "{host}: {q}\n\n{guest}: {a}\n\n"
    "{host}: {thanks}\n\n{guest}: {reply}\n\n{promo}\n{footer}\n"
)


@pytest.mark.parametrize(
    ("host", "guest", "q", "a", "thanks", "reply", "promo", "footer"),
    [
        (
            "Анна Петрова",
            "Игорь Лебедев",
            "Что будет с ценами зимой?",
            "Они вырастут, но не так сильно, как в прошлом году.",
            "Игорь Лебедев, экономист, был у нас в студии. Спасибо.",
            "Спасибо вам.",
            'Смотрите "Итоги" на нашем канале по будням в 21:00.',
            "Поделиться  ВКонтакте  Telegram",
        ),
        (
            "Роман Кравець",
            "Олена Шевчук",
            "Чи буде світло взимку?",
            "Якщо не буде нових ударів, то графіки будуть короткими.",
            "Дякую, Олено. Це був «Енергетичний тиждень», до зустрічі.",
            "Дякую, до побачення.",
            "Слухайте «Енергетичний тиждень» на YouTube та Spotify",
            "Теги: енергетика, подкаст",
        ),
        (
            "Lulu Garcia",
            "Gavin Marsh",
            "What do you want people to remember?",
            "That we did not quit.",
            "Governor Marsh, thank you so much.",
            "Thank you, Lulu. I appreciate it.",
            "That's our show. It is produced by Wyatt Orme and edited by Ann Brody.",
            "© 2026 The Daily Times Company",
        ),
    ],
)
def test_reply_to_closing_thanks_ends_the_last_turn(
    host: str, guest: str, q: str, a: str, thanks: str, reply: str, promo: str, footer: str
) -> None:
    text = _GOODBYE.format(
        intro=f"{host} talks with {guest} about the coming winter.",
        host=host,
        guest=guest,
        q=q,
        a=a,
        thanks=thanks,
        reply=reply,
        promo=promo,
        footer=footer,
    )
    rows = turn_rows(text)
    assert rows[-1][1] == guest
    assert rows[-1][2] == reply


_SIGN_OFF = (
    "{show}\n\nUNOFFICIAL TRANSCRIPT\n\n"
    "{host}: Joining us now is {guest_name}. What do you need from Washington?\n\n"
    "{guest}: Predictability. I can plan for almost anything.\n\n"
    "{host}: {sign_off}\n\n"
    "Subscribe to {show} PRO\nLicensing & Reprints\nSite Map\nCareers\n\n"
    "© 2026 Versant Media, LLC. All Rights Reserved.\n"
    "Data is a real-time snapshot *Data is delayed at least 15 minutes.\n"
)


@pytest.mark.parametrize(
    ("show", "host", "guest", "guest_name", "sign_off"),
    [
        (
            "CNBC",
            "DAVID FABER",
            "JIM FARLEY",
            "Jim Farley",
            "Jim, we'll leave it there. Thanks for joining us.",
        ),
        (
            "CNBC",
            "SARA EISEN",
            "MARY BARRA",
            "Mary Barra",
            "Mary, we'll have to leave it there. Thank you.",
        ),
    ],
)
def test_leave_it_there_sign_off_ends_the_last_turn(
    show: str, host: str, guest: str, guest_name: str, sign_off: str
) -> None:
    text = _SIGN_OFF.format(
        show=show, host=host, guest=guest, guest_name=guest_name, sign_off=sign_off
    )
    rows = turn_rows(text)
    assert rows[-1][2] == sign_off
