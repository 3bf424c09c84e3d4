"""Check U, batch VV VS: a Commons debate scraped with no blank line between contributions, a
plain question that states its premise after its "?", kremlin.ru's gallery caption over its
counter, an agency's "Town • Agency" dateline row, a broadcaster's regional desk credited under
a national masthead."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_COMMONS = (
    "Hansard\n"
    "UK Parliament\n\n"
    "{topic}\n"
    "Volume 779: debated on Wednesday 11 February 2026\n\n"
    "2.30 pm\n"
    "{mover} ({seat}) ({party})\n"
    "I beg to move,\n"
    "That this House has considered {topic_lower}.\n"
    "Too many families in my constituency wait months for an answer, and the delay costs them.\n"
    "{other} ({other_seat}) ({other_party})\n"
    "I thank the hon. Member for giving way. Does she agree that the delay is worst in towns?\n"
    "{mover}\n"
    "I do agree, and I hope the Minister will set out a timetable for the whole country.\n"
    "Madam Deputy Speaker (Judith Cummins)\n"
    "Order. I call the Minister.\n"
    "2.44 pm\n"
    "{minister}\n"
    "I thank the hon. Lady for raising this matter and I will write to her before the recess.\n"
    "{mover_short}\n"
    "Will the Minister meet a delegation from my constituency?\n"
    "{minister}\n"
    "I would be glad to meet her and the delegation.\n"
    "Question put and agreed to.\n"
)


@pytest.mark.parametrize(
    ("topic", "mover", "seat", "party", "other", "other_seat", "other_party", "minister", "short"),
    [
        (
            "Rural Bus Services",
            "Helen Marsh",
            "Tiverton and Minehead",
            "LD",
            "Mr Owen Bright",
            "Bolsover",
            "Lab",
            "Simon Lightwood",
            "Helen Marsh",
        ),
        (
            "Flood Insurance",
            "Rachel Dunmore",
            "Carlisle",
            "Lab/Co-op",
            "Sir Peter Gale",
            "East Devon",
            "Con",
            "Emma Hardy",
            "Rachel Dunmore",
        ),
    ],
)
def test_run_on_commons_debate_reads_each_member_line(
    topic: str,
    mover: str,
    seat: str,
    party: str,
    other: str,
    other_seat: str,
    other_party: str,
    minister: str,
    short: str,
) -> None:
    """A Commons page scraped with no blank line between contributions: two first mentions with
    the constituency's and the party's brackets make every member line under a sentence's end
    (or the clock) a label, the mover's "I beg to move," under hers included."""
    text = _COMMONS.format(
        topic=topic,
        topic_lower=topic.lower(),
        mover=mover,
        seat=seat,
        party=party,
        other=other,
        other_seat=other_seat,
        other_party=other_party,
        minister=minister,
        mover_short=short,
    )
    rows = turn_rows(text)
    other_name = other.removeprefix("Mr ").removeprefix("Sir ")
    assert [r[1] for r in rows] == [
        mover,
        other_name,
        mover,
        "Judith Cummins",
        minister,
        mover,
        minister,
    ]
    assert rows[0][2].startswith("I beg to move,")
    assert rows[1][0] == "question"


_INTERFAX = (
    "Интерфакс\n"
    "Главное  Политика  Экономика  В мире\n\n"
    "Интервью\n"
    "11:20, 4 февраля 2026\n\n"
    '{guest}: "{quote}"\n\n'
    'Москва. 4 февраля. INTERFAX.RU - {post} {guest} в интервью "Интерфаксу" рассказал о '
    "планах на год.\n\n"
    "{address}, {ask}? {premise}.\n\n"
    "Мы ожидаем роста примерно на пять процентов, это соответствует прогнозу.\n\n"
    "Какие риски вы видите?\n\n"
    "Главный риск - погода, но запасы позволяют пройти сезон спокойно.\n\n"
    "Будут ли меняться пошлины?\n\n"
    "Пока такой необходимости нет.\n\n"
    "Когда начнется экспортный сезон?\n\n"
    "Как обычно, в июле.\n"
)


@pytest.mark.parametrize(
    ("guest", "post", "address", "ask", "premise", "quote"),
    [
        (
            "Андрей Разин",
            "Глава Росрыболовства",
            "Андрей Петрович",
            "каким будет вылов в этом году",
            "Отрасль ждет снижения квот",
            "Рыбы хватит",
        ),
        (
            "Ирина Васнецова",
            "Министр промышленности",
            "Ирина Сергеевна",
            "как изменится выпуск станков",
            "Заводы жалуются на нехватку кадров",
            "Станков будет больше",
        ),
    ],
)
def test_patronymic_address_that_asks_then_states_is_a_question(
    guest: str, post: str, address: str, ask: str, premise: str, quote: str
) -> None:
    """A plain question that addresses the guest by given name and patronymic and states its
    premise after the "?" is the interviewer's question all the same."""
    text = _INTERFAX.format(
        guest=guest, post=post, address=address, ask=ask, premise=premise, quote=quote
    )
    rows = turn_rows(text)
    first = next(r for r in rows if r[0] == "question")
    assert first[2].startswith(address)
    assert [r[0] for r in rows if r[0] in ("question", "answer")][:2] == ["question", "answer"]


_KREMLIN = (
    "Президент России\n"
    "Новости   Стенограммы   Поездки   Документы\n\n"
    "Встреча с {post_instr} {guest_instr}\n\n"
    "Владимир Путин провёл рабочую встречу с {post_instr} {guest_instr}. Обсуждались итоги "
    "работы за год.\n\n"
    "12 февраля 2026 года\n"
    "14:10\n"
    "Москва, Кремль\n\n"
    "С {post_instr} {guest_instr}.\n"
    "1 из {n}\n\n"
    "В.Путин: {address}, давайте начнём с итогов года. Как прошёл год?\n\n"
    "{short}: Уважаемый Владимир Владимирович!\n\n"
    "Год был непростым, но план выполнен, объёмы выросли на шесть процентов.\n\n"
    "В.Путин: А что с инвестиционной программой?\n\n"
    "{short}: Программа выполнена полностью, все объекты сданы в срок.\n\n"
    "В.Путин: Хорошо. Давайте посмотрим планы на следующий год.\n"
)


@pytest.mark.parametrize(
    ("post_instr", "guest_instr", "address", "short", "n"),
    [
        ("генеральным директором РЖД", "Олегом Белозёровым", "Олег Валентинович", "О.Белозёров", 5),
        ("главой Росатома", "Алексеем Лихачёвым", "Алексей Евгеньевич", "А.Лихачёв", 3),
    ],
)
def test_gallery_caption_over_its_counter_is_no_intro(
    post_instr: str, guest_instr: str, address: str, short: str, n: int
) -> None:
    """kremlin.ru's gallery caption over its counter ("С … Олегом Белозёровым." / "1 из 5"),
    right above the first label, is the page's: the introduction ends with the dek."""
    text = _KREMLIN.format(
        post_instr=post_instr, guest_instr=guest_instr, address=address, short=short, n=n
    )
    intro = turn_rows(text)[0]
    assert intro[1] is None
    assert intro[2].endswith("Обсуждались итоги работы за год.")


_UKRINFORM = (
    "Укрінформ\n"
    "Головне   Політика   Економіка   Регіони\n\n"
    "Пресконференції\n\n"
    "{title}\n\n"
    "12.02.2026 11:30\n\n"
    "{town} • Укрінформ\n\n"
    "В Укрінформі відбулася пресконференція про {topic} {where}.\n\n"
    "Модератор: Доброго дня. Слово пану Іванові.\n\n"
    "Іван Коваль: Дякую. Роботи триватимуть до літа.\n\n"
    "Запитання: Скільки це коштуватиме?\n\n"
    "Коваль: Близько ста мільйонів гривень.\n"
)


@pytest.mark.parametrize(
    ("title", "town", "topic", "where"),
    [
        ("Ремонт мостів завершать до літа", "Київ", "ремонт мостів", "у Києві"),
        ("Водогін відновлять до червня", "Львів", "водогін", "у Львові"),
    ],
)
def test_town_bullet_agency_row_under_date_is_the_place(
    title: str, town: str, topic: str, where: str
) -> None:
    """An agency's dateline row under its date line ("Київ • Укрінформ", the agency as its
    masthead prints it) gives the place, the town named again in the text."""
    text = _UKRINFORM.format(title=title, town=town, topic=topic, where=where)
    assert run(text).meta.to_dict().get("place") == town


_SUSPILNE = (
    "Суспільне Новини\n"
    "Головне\n"
    "Регіони\n"
    "{town}\n\n"
    "{title}\n\n"
    "05 лютого 2026, 10:15\n\n"
    "{lead}\n\n"
    "Оксана Дяк: Коли почнуться роботи?\n\n"
    "Петро Гнатюк: Навесні, щойно дозволить погода.\n\n"
    "Фото: Суспільне {town}\n\n"
    "Оксана Дяк: Скільки це триватиме?\n\n"
    "Петро Гнатюк: Приблизно пів року.\n"
)


@pytest.mark.parametrize(
    ("town", "title", "lead"),
    [
        (
            "Житомир",
            "Міст через Тетерів ремонтуватимуть пів року",
            "Навесні в Житомирі почнуть ремонт мосту через Тетерів.",
        ),
        (
            "Полтава",
            "Парк у центрі закриють на реконструкцію",
            "У Полтаві закриють центральний парк на реконструкцію.",
        ),
    ],
)
def test_regional_desk_credit_names_the_breadcrumb_town(town: str, title: str, lead: str) -> None:
    """A national masthead ("Суспільне Новини") over a breadcrumb ending in a town alone on its
    line, where the page credits the regional desk by the masthead's word and that town
    ("Фото: Суспільне Житомир"): the town is the place."""
    text = _SUSPILNE.format(town=town, title=title, lead=lead)
    assert run(text).meta.to_dict().get("place") == town
