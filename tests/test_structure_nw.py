"""Small cases for batch NW (Kyiv Independent, RIA, AiF, Radio Svoboda): the page's furniture
under the last answer stays out of it — a bare "Most popular" / "Популярне" box over its
headline links, the reporter's signed pitch ("consider supporting …"), comments taken on the
outlet's Facebook page, a health page's disclaimer, and a tag column that names a body with
its short form in brackets over the bookmark row."""

import pytest

from structure_support import turn_rows

_KI = (
    "Kherson's water workers repair pipes under fire\n"
    "by Iryna Halushka\n"
    "\n"
    "The Kyiv Independent spoke with Andrii Melnychuk, head of the city's water utility.\n"
    "\n"
    "The Kyiv Independent: How many people are without running water?\n"
    "\n"
    "Melnychuk: Today it is about 11,000 subscribers, mostly near the river.\n"
    "\n"
    "The Kyiv Independent: What keeps you in Kherson?\n"
    "\n"
    "Melnychuk: This is my city. People here need water every day, with or without shelling.\n"
    "{tail}"
)
_KI_TAIL = (
    "\n"
    "Iryna Halushka\n"
    "Reporter\n"
    "Iryna Halushka is a reporter at the Kyiv Independent covering southern Ukraine.\n"
    "Read more\n"
    "\n"
    "Hi, this is Iryna Halushka. I wrote this story after a week with the utility's crews. If "
    "you value independent reporting from the front-line regions, consider supporting the Kyiv "
    "Independent.\n"
    "Become a member\n"
    "\n"
    "Most popular\n"
    "Ukraine war latest: Russia launches 273 drones in largest overnight attack\n"
)

_SVOBODA = (
    "«Виїжджають щодня». Як живе Костянтинівка\n"
    "Ірина Ситник\n"
    "\n"
    "Про евакуацію Радіо Свобода поговорило з начальником МВА Сергієм Горбуновим.\n"
    "\n"
    "**Пане Сергію, скільки людей виїжджає щодня?**\n"
    "\n"
    "У середньому 80–120 людей на день.\n"
    "\n"
    "**Що найбільше потрібно місту зараз?**\n"
    "\n"
    "Транспорт для евакуації та ліки для літніх людей. У місті лишилося шість лікарів.\n"
    "\n"
    "Ірина Ситник\n"
    "Кореспондентка проєкту Радіо Свобода «Донбас.Реалії»\n"
    "\n"
    "Коментарі\n"
    "Коментарі можна залишати на сторінці у Facebook\n"
    "\n"
    "Популярне\n"
    "«Прилітає щодня». Як Дружківка готується до можливої евакуації\n"
)

_AIF = (
    "Кардиолог: давление «помолодело»\n"
    "Ирина Сорокина\n"
    "\n"
    "На вопросы АиФ.ru ответил кардиолог Андрей Вершинин.\n"
    "\n"
    "Ирина Сорокина, АиФ.ru: Какие цифры уже должны насторожить?\n"
    "\n"
    "Андрей Вершинин: Если давление выше 140 на 90 — это повод идти к терапевту.\n"
    "\n"
    "Ирина Сорокина, АиФ.ru: Можно ли обойтись без лекарств?\n"
    "\n"
    "Андрей Вершинин: На ранней стадии — иногда да. {last}\n"
    "\n"
    "{note}\n"
    "\n"
    "Оцените материал\n"
    "Подпишитесь на нашу рассылку\n"
)

_RIA = (
    "РИА Новости\n"
    "Интервью\n"
    "12.05.2025 08:00\n"
    "\n"
    "Замминистра транспорта: порты юга нарастят перевалку\n"
    "\n"
    "МОСКВА, 12 мая — РИА Новости. О работе портов в интервью РИА Новости рассказал "
    "замминистра транспорта Игорь Лаврентьев. Беседовал Максим Гордеев.\n"
    "\n"
    "— Игорь Анатольевич, как порты юга завершили первый квартал?\n"
    "\n"
    "— Результат в целом положительный. Перевалка за три месяца выросла на четыре процента.\n"
    "\n"
    "— Санкции против судов на это влияют?\n"
    "\n"
    "— Влияют, скрывать не буду. Часть иностранных линий ушла, но грузы остались.\n"
    "\n"
    "— Спасибо за интервью.\n"
    "\n"
    "— Спасибо вам.\n"
    "\n"
    "Транспорт\n"
    "Россия\n"
    "Игорь Лаврентьев\n"
    "Министерство транспорта РФ (Минтранс России)\n"
    "\n"
    "Добавить в избранное\n"
    "Комментарии\n"
    "\n"
    "Читайте также\n"
    "Интервью\n"
    "Глава «Росморпорта»: ледокольный флот обновят к 2030 году\n"
)


def _last_body(text: str) -> str:
    rows = [r for r in turn_rows(text) if r[0] != "other" or r[1]]
    return rows[-1][2]


@pytest.mark.parametrize("tail", ["", _KI_TAIL])
def test_author_box_pitch_and_most_popular_box_close_no_answer(tail: str) -> None:
    body = _last_body(_KI.format(tail=tail))
    assert body.endswith("with or without shelling.")


def test_comments_on_facebook_and_popular_box_close_no_answer() -> None:
    body = _last_body(_SVOBODA)
    assert body.endswith("шість лікарів.")


@pytest.mark.parametrize(
    ("last", "note", "ends"),
    [
        (
            "Но решение принимает врач.",
            "Важно! Информация, представленная в статье, не является руководством к действию. "
            "Только врач может диагностировать заболевание и назначить лечение.",
            "принимает врач.",
        ),
        (
            "Но решение принимает врач.",
            "Інформація в матеріалі не є медичною порадою.",
            "принимает врач.",
        ),
        # (an answer's own sentence about information stays the speaker's)
        (
            "Но решение принимает врач.",
            "Информация о ценах на препараты не является секретом, мы её публикуем.",
            "мы её публикуем.",
        ),
    ],
)
def test_health_disclaimer_closes_no_answer(last: str, note: str, ends: str) -> None:
    body = _last_body(_AIF.format(last=last, note=note))
    assert body.endswith(ends)


def test_tag_column_with_a_body_over_the_bookmark_row_closes_no_answer() -> None:
    rows = turn_rows(_RIA)
    assert rows[-1][2] == "Спасибо вам."
