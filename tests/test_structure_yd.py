"""Round 59, batch WS WV: a UN briefing page whose language switcher fills the header's six
lines, an interviewer's closing credit with the correspondent's town after the name, and a
project's dotted outlet label glued after a sentence's end."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_UN = (
    "Skip to main content\n"
    "Welcome to the United Nations\n"
    "{languages}\n"
    "Meetings Coverage and Press Releases\n"
    "Home | Secretary-General | Security Council | General Assembly | Press Briefings\n\n"
    "Noon Briefing\n\n"
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "{date}\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by {name}, "
    "Spokesperson for the Secretary-General.\n\n"
    "Spokesman: Good afternoon. I want to start with {topic}, where our humanitarian colleagues "
    "tell us that the needs keep growing and the appeal is only a fifth funded.\n\n"
    "Question: Thank you. Is the Secretary-General planning to visit the region this month?\n\n"
    "Spokesman: Nothing to announce yet, but we will keep you posted as soon as we can.\n"
)


@pytest.mark.parametrize(
    ("languages", "date", "name", "topic"),
    [
        ("العربية 中文 English Français Русский Español", "4 March 2026", "Farhan Haq", "Haiti"),
        (
            "English   Français   Español   Português",
            "19 January 2026",
            "Stéphane Dujarric",
            "the Sahel",
        ),
    ],
)
def test_language_switcher_leaves_the_lead_in_the_header(languages, date, name, topic):
    rows = turn_rows(_UN.format(languages=languages, date=date, name=name, topic=topic))
    spokesman = [r for r in rows if r[2].startswith(("Good afternoon", "Nothing to announce"))]
    assert [r[1] for r in spokesman] == [name, name]


_KOMMERSANT = (
    "Коммерсантъ\n"
    "Главное   Политика   Экономика   Бизнес\n\n"
    "Газета «Коммерсантъ» №41 от 06.03.2026, стр. 10\n\n"
    "«Мы не ждем чуда»\n\n"
    "{post} {guest} о ценах, спросе и планах\n\n"
    "Рынок региона сокращается второй год подряд. О том, как предприятие переживает спад, “Ъ” "
    "рассказал {post_low} {guest}.\n\n"
    "— {address}, насколько упали продажи в прошлом году?\n\n"
    "— Примерно на десятую часть. Сильнее всего просело жилищное строительство.\n\n"
    "— Вы снижали цены?\n\n"
    "— Нет, и не планируем: себестоимость растет.\n\n"
    "Интервью {verb} {asker}, {town}\n\n"
    "Личное дело\n\n"
    "{guest} родился в 1975 году. С 2018 года — {post_low}.\n"
)


@pytest.mark.parametrize(
    ("post", "post_low", "guest", "address", "verb", "asker", "town"),
    [
        (
            "Гендиректор Омского шинного завода",
            "генеральный директор Омского шинного завода",
            "Игорь Беляев",
            "Игорь Сергеевич",
            "взял",
            "Олег Сомов",
            "Екатеринбург",
        ),
        (
            "Директор Красноярского кирпичного завода",
            "директор Красноярского кирпичного завода",
            "Максим Орлов",
            "Максим Петрович",
            "взяла",
            "Анна Белова",
            "Нижний Новгород",
        ),
    ],
)
def test_closing_credit_with_a_town_names_the_asker(
    post, post_low, guest, address, verb, asker, town
):
    text = _KOMMERSANT.format(
        post=post,
        post_low=post_low,
        guest=guest,
        address=address,
        verb=verb,
        asker=asker,
        town=town,
    )
    rows = turn_rows(text)
    assert [(r[0], r[1]) for r in rows] == [
        ("question", asker),
        ("answer", guest),
        ("question", asker),
        ("answer", guest),
    ]
    assert rows[-1][2].endswith("себестоимость растет.")


_SVOBODA = (
    "{outlet}\n\n"
    "Жители поселка жалуются, что {topic}. {outlet} поговорили с местным жителем {guest_ins}.\n\n"
    "{outlet}: {first}, что сейчас происходит?\n\n"
    "{guest}: Ничего хорошего. Все стоит, никто ничего не делает, а люди ждут уже второй год.\n\n"
    "{outlet}: А что говорят власти?\n\n"
    "{guest}: Что денег нет. Мы писали везде, ответы одинаковые.{outlet}: Люди уезжают?\n\n"
    "{guest}: Уезжают. Молодежи почти не осталось.\n"
)


@pytest.mark.parametrize(
    ("outlet", "topic", "guest", "guest_ins", "first"),
    [
        (
            "Сибирь.Реалии",
            "мост через реку закрыт",
            "Игорь Седов",
            "Игорем Седовым",
            "Игорь",
        ),
        (
            "Idel.Реалии",
            "в поселке закрыли больницу",
            "Марат Галиев",
            "Маратом Галиевым",
            "Марат",
        ),
    ],
)
def test_dotted_outlet_label_glued_after_a_sentence(outlet, topic, guest, guest_ins, first):
    rows = turn_rows(
        _SVOBODA.format(outlet=outlet, topic=topic, guest=guest, guest_ins=guest_ins, first=first)
    )
    spoken = [r for r in rows if r[0] != "other" or r[1]]
    assert [r[2].split()[0] for r in spoken] == [
        f"{first},",
        "Ничего",
        "А",
        "Что",
        "Люди",
        "Уезжают.",
    ]
    assert spoken[3][2].endswith("одинаковые.")
