"""Check S, batch UX UU: a Commons debate page whose member lines run on under the last
sentence with their own "Share" row, its clock lines and its closing vote; a plain-question
page's lone author over the lead photo's caption; a reporter who turns to a new subject
before naming themselves."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_COMMONS = (
    "Hansard\nUK Parliament\n\n{title}\nVolume 781: debated on Tuesday 10 March 2026\n"
    "Download text\nShare\n\n"
    "{clock1}\n{mover} ({seat}) (Lab)\nShare\nI beg to move,\n"
    "That this House has considered {motion}.\n"
    "Too many of these services have closed in the last two years, and the money meant to "
    "save them is not arriving.\n"
    "{asker} (Hove) (Lab)\nShare\n"
    "Does my hon. Friend agree that the Government should set a deadline this year?\n"
    "{mover}\nShare\nMy hon. Friend is right, and a deadline is what I am asking for.\n"
    "Madam Deputy Speaker (Judith Cummins)\nShare\nOrder. I call the Minister.\n"
    "{clock2}\n{minister_post} ({minister})\nShare\n"
    "I congratulate my hon. Friend on securing this debate. We will review the fund in June.\n"
    "{mover}\nShare\nWill the Minister report to the House by the summer?\n"
    "{minister}\nShare\nI can tell my hon. Friend that I will report to the House.\n"
    "Question put and agreed to.\n\nPrevious debate\nNext debate\n"
    "Contact Us   Privacy Notice   Accessibility   © UK Parliament 2026\n"
)


@pytest.mark.parametrize(
    ("title", "mover", "seat", "motion", "asker", "clock1", "clock2", "minister_post", "minister"),
    [
        (
            "Rural Bus Services",
            "Helen Marsh",
            "Stroud",
            "the future of rural bus services",
            "Peter Kyle",
            "1.32 pm",
            "1.58 pm",
            "The Minister for Local Transport",
            "Simon Lightfoot",
        ),
        (
            "Community Pharmacies",
            "Anna Dixon",
            "Shipley",
            "the closure of community pharmacies",
            "Tom Hayes",
            "10.05 am",
            "10.41 am",
            "The Parliamentary Under-Secretary of State for Health and Social Care",
            "Karin Smyth",
        ),
    ],
)
def test_commons_member_lines_without_blank_lines(
    title, mover, seat, motion, asker, clock1, clock2, minister_post, minister
):
    rows = turn_rows(
        _COMMONS.format(
            title=title,
            mover=mover,
            seat=seat,
            motion=motion,
            asker=asker,
            clock1=clock1,
            clock2=clock2,
            minister_post=minister_post,
            minister=minister,
        )
    )
    assert [r[1] for r in rows] == [
        mover,
        asker,
        mover,
        "Judith Cummins",
        minister,
        mover,
        minister,
    ]
    # the clock over the next member and the closing vote are the page's, no one's words
    assert rows[3][2] == "Order. I call the Minister."
    assert rows[-1][2].endswith("I will report to the House.")


_RBC = (
    "РБК\nБизнес  Экономика  Финансы\n\n"
    "Бизнес, 3 мар 2026, 10:15\n\n"
    "«{headline}»\n\n"
    "{guest_post} {guest} — о {topic}\n\n"
    "{author}\n\n"
    "{guest} (Фото: Иван Петров / РБК)\n\n"
    "{company} в прошлом году заметно нарастил продажи и теперь рассчитывает на новые "
    "рынки. {guest_post} компании {guest} рассказал РБК, что мешает росту и чего он ждет "
    "от государства в этом году.\n\n"
    "Как вы оцениваете спрос сейчас?\n\n"
    "Спрос растет, но медленнее, чем мы рассчитывали год назад.\n\n"
    "Что мешает расти быстрее?\n\n"
    "Прежде всего цена кредита и нехватка инфраструктуры в регионах. Зарядок и сервисов "
    "за пределами крупных городов пока почти нет.\n\n"
    "Конкуренты из Китая ведь предлагают дешевле?\n\n"
    "Дешевле — да, но разница сократилась после повышения сбора, а сервис у нас ближе.\n\n"
    "Какие у вас планы на этот год?\n\n"
    "Запустить вторую линию и выйти на рынки Центральной Азии.\n"
)


@pytest.mark.parametrize(
    ("headline", "guest_post", "guest", "topic", "author", "company"),
    [
        (
            "Рынок вырастет вдвое за три года",
            "Гендиректор «Северсталь-Авто»",
            "Андрей Мельников",
            "спросе на грузовики",
            "Марина Соколова",
            "«Северсталь-Авто»",
        ),
        (
            "Мы готовы строить заводы сами",
            "Председатель правления «Уралхим»",
            "Дмитрий Татьянин",
            "удобрениях и экспорте",
            "Олег Лапин",
            "«Уралхим»",
        ),
    ],
)
def test_lone_author_over_photo_caption_asks(headline, guest_post, guest, topic, author, company):
    rows = [r for r in turn_rows(_RBC.format(**locals())) if r[0] in ("question", "answer")]
    assert [(r[0], r[1]) for r in rows] == [
        ("question", author),
        ("answer", guest),
    ] * 4


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Different topic. Laura Kemp, Reuters.", "Laura Kemp"),
        ("Change of subject. Omar Haddad with Al Arabiya.", "Omar Haddad"),
    ],
)
def test_new_topic_before_self_introduction(opening, name):
    text = (
        "Department Press Briefing\n\n"
        "MS BRUCE: Good afternoon. I have one announcement, and then I will take questions.\n\n"
        "QUESTION: Hi, Tammy. Anna Berg with Kyodo. Has Tokyo asked for the talks?\n\n"
        "MS BRUCE: Not that I am aware of, and I would refer you to them.\n\n"
        f"QUESTION: {opening} There are reports that the pilot will be extended. "
        "Can you confirm that?\n\n"
        "MS BRUCE: We have seen those reports. I have nothing to announce today.\n"
    )
    rows = turn_rows(text)
    assert [r[1] for r in rows if r[0] == "question"] == ["Anna Berg", name]
