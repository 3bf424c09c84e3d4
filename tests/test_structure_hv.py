"""Batch HV snippets: label-less Russian and Ukrainian press interviews — a government paper's
capitals byline with the correspondent's city, a byline glued to its date or over a long issue
line, an accusative adjectival surname, an instrumental name behind a long post, a bold lead
over bold questions, a "Справка" box in straight quotes and a bio box under the interviewee's
name, an inline link and a bulleted list inside an answer, the editor's "Нагадаємо, раніше ми
писали" pointer, a third voice named inside its own dashed paragraph."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import (
    _answers_past_slots,
    _bullet_goes_on,
    _name_over_date,
)
from rhetoscope.structure.furniture import _dossier_start, _trim_furniture
from rhetoscope.structure.header import _accusative_pair, _lead_people_ru
from rhetoscope.structure.metadata import extract
from structure_support import spoken_rows


@pytest.mark.parametrize(
    ("given", "surname", "want"),
    [
        ("Ліну", "Завадську", ("Ліна", "Завадська")),
        ("Ірину", "Бойко", ("Ірина", "Бойко")),
        ("Елену", "Петрову", ("Елена", "Петрова")),
    ],
)
def test_accusative_pair(given: str, surname: str, want: tuple[str, str]) -> None:
    assert _accusative_pair(given, surname) == want


@pytest.mark.parametrize(
    ("head", "want"),
    [
        # Uriadovyi Kurier: the date, then "Given SURNAME, «Outlet», City"
        (
            "Заголовок\n25 березня 2025\nВіталій КОВАЛЬ, «Урядовий кур'єр», Полтава\n",
            "Віталій Коваль",
        ),
        # Gazeta.ua: the date glued to the name
        ("Заголовок\nОлена Бойко21 березня 2025 15:20\nПереглядів 3 812\n", "Олена Бойко"),
        # АиФ: the name over the issue line that closes on the date
        (
            'Заголовок\nСветлана Ковалёва\nЕженедельник "Аргументы и Факты" № 12. '
            "АиФ-Прикамье 19/03/2025\n",
            "Светлана Ковалёва",
        ),
        # a sentence that runs on after a name is no byline
        ("Иван Петров\nсказал нам в прошлом году, что все будет хорошо.\n", None),
    ],
)
def test_byline_over_or_under_date(head: str, want: str | None) -> None:
    author = _name_over_date(head, [])
    assert (author.display() if author else None) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Урал\nЗаголовок интервью\nТекст: Татьяна Плеханова (Екатеринбург)\n"
            "13.03.2025 18:43\n\nЛид интервью здесь.\n",
            "Екатеринбург",
        ),
        (
            "Урядовий кур'єр\nЗаголовок\n25 березня 2025\n"
            "Віталій КОВАЛЬ, «Урядовий кур'єр», Полтава\n\nЛід інтерв'ю.\n",
            "Полтава",
        ),
    ],
)
def test_correspondent_city(text: str, want: str) -> None:
    assert extract(text).place == want


def test_instrumental_name_behind_a_long_post() -> None:
    lead = (
        "О том, что изменилось, мы поговорили с главным внештатным кардиологом Минздрава "
        "Алтайского края, заведующим кардиологическим отделением краевой клинической больницы "
        "Андреем Ракитиным."
    )
    assert [n.display() for _, n in _lead_people_ru(lead)] == ["Андрей Ракитин"]


def test_bold_lead_is_no_part_of_the_first_question() -> None:
    text = (
        "АиФ Пермь\nЗАГС без очереди\nСветлана Ковалёва\n"
        'Еженедельник "Аргументы и Факты" № 12. АиФ-Прикамье 19/03/2025\n\n'
        "**Весной число заявлений на регистрацию брака в Прикамье традиционно растёт, а на "
        "«красивые» даты места заканчиваются за считанные минуты. О том, как пожениться в "
        "музее, «АиФ-Прикамье» рассказала начальник управления ЗАГС Пермского края Ирина "
        "Самохвалова.**\n\n"
        "**Ирина Анатольевна, правда ли, что записываться нужно за полгода?**\n\n"
        "– Не за полгода, но заранее – точно. Заявление можно подать за год.\n\n"
        "**Сколько пар поженились в прошлом году?**\n\n"
        "– В 2024 году зарегистрировано 15 812 браков, это больше, чем годом ранее.\n\n"
        "**Можно ли подать заявление онлайн?**\n\n"
        "– Да, через портал «Госуслуги». Так поступают больше 80% пар.\n"
    )
    rows = spoken_rows(text)
    assert rows[0][:2] == ("question", "Светлана Ковалёва")
    assert rows[0][2].startswith("Ирина Анатольевна")
    assert [r[1] for r in rows[1::2]] == ["Ирина Самохвалова"] * 3


@pytest.mark.parametrize(
    ("body", "boxed"),
    [
        ('Последний ответ.\n\nСправка "РГ"\nПо данным статистики, безработица 2,3 процента.', True),
        (
            "Останнє слово.\n\nВасиль КРАВЧУК, 58 років\n"
            "Народився 1966-го в с. Зарічани. Має 240 бджолосімей.",
            True,
        ),
        # a name over words that tell no birth is no bio box
        ("Останнє слово.\n\nВасиль КРАВЧУК\nДякую за розмову.", False),
    ],
)
def test_boxes_under_the_last_answer(body: str, boxed: bool) -> None:
    cut = _dossier_start(body, 0, len(body))
    assert (cut < len(body)) is boxed
    if boxed:
        assert body[:cut].endswith(".")


def test_inline_link_inside_an_answer() -> None:
    text = (
        "Акацієвий мед найдорожчий.\n\nЧИТАЙТЕ ТАКОЖ: Ціни на мед упали вдвічі\n\n"
        "Більшу частину продаю оптом, заготівельникам, які відправляють мед на експорт.\n\n"
        "Кажуть, ціни впали?"
    )
    end = text.index("\n\n")
    ask = text.index("Кажуть")
    (_, _, stop), _ = _answers_past_slots(text, [("answer", 0, end), ("question", ask, len(text))])
    assert text[:stop].endswith("на експорт.")
    # a link with nothing of the answer below it stays the page's
    text2 = "Акацієвий мед найдорожчий.\n\nЧИТАЙТЕ ТАКОЖ: Ціни на мед упали вдвічі\n\nКажуть?"
    end2 = text2.index("\n\n")
    ask2 = text2.index("Кажуть")
    (_, _, stop2), _ = _answers_past_slots(
        text2, [("answer", 0, end2), ("question", ask2, len(text2))]
    )
    assert stop2 == end2


@pytest.mark.parametrize(
    ("text", "item", "goes_on"),
    [
        ("Ми ввели:\n– 4 установки;\n– 2 котельні;", "2 котельні", True),
        ("Ми ввели чотири установки.\n\n— Що далі?", "Що далі", False),
    ],
)
def test_bulleted_item_goes_on(text: str, item: str, goes_on: bool) -> None:
    start = text.index(item)
    above_end = text.rfind("\n", 0, start)
    assert _bullet_goes_on(text, above_end, start) is goes_on


def test_editor_pointer_to_an_earlier_story_is_trimmed() -> None:
    text = (
        "І вчасно платити за тепло.\n\n"
        "Нагадаємо, раніше ми писали, що у Вінниці змінюється графік руху тролейбусів."
    )
    assert _trim_furniture(text, 0, len(text)) == len("І вчасно платити за тепло.")


def test_third_voice_named_inside_its_dashed_paragraph() -> None:
    text = (
        "Тверская Жизнь\n14 февраля 2025\n\n"
        "Людмила Гусева: «Библиотека должна работать удобно»\n\n"
        "Библиотека закрылась на ремонт. Об этом рассказала директор библиотеки Людмила "
        "Гусева.\n\n"
        "— Людмила Викторовна, почему ремонт шел так долго?\n\n"
        "— Зданию почти семьдесят лет, пришлось менять перекрытия.\n\n"
        "— А подростки будут читать?\n\n"
        "— Смартфона я не боюсь. Дальше наша задача — заинтересовать.\n\n"
        "— Подростков вообще часто недооценивают, — подключается к разговору заведующая "
        "отделом обслуживания Ольга Каменева. — Ребята сами просят вернуть клуб.\n\n"
        "— Когда откроетесь?\n\n"
        "— В апреле, если ничего не случится.\n\n"
        "Беседовала Анна Смирнова\n"
    )
    rows = spoken_rows(text)
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("question", "Анна Смирнова"),
        ("answer", "Людмила Гусева"),
        ("question", "Анна Смирнова"),
        ("answer", "Людмила Гусева"),
        ("answer", "Ольга Каменева"),
        ("question", "Анна Смирнова"),
        ("answer", "Людмила Гусева"),
    ]
