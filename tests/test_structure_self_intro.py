"""A reporter who says who they are inside the question names its asker, in every shape the
introduction matrix (benchmarks/structure_intro_matrix.py) composes; a question that opens on
someone else's name and post, or on a topic, names no one."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_STATE = (
    "Department Press Briefing\n\nTommy Pigott, Principal Deputy Spokesperson\n\n"
    "Washington, DC\nMarch 3, 2026\n\n"
    "MR PIGOTT: Good afternoon, everybody. I have one announcement and then I'll take your "
    "questions. The Secretary travels to Warsaw tomorrow.\n\n"
    "QUESTION: {body}\n\n"
    "MR PIGOTT: We are watching that closely and will have more to say later this week.\n"
)
_GOVUK = (
    "PM remarks at press conference on flood recovery: 12 February 2026\n\n"
    "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Keir Starmer KC MP\n"
    "Published 12 February 2026\n\n"
    "Prime Minister: Good afternoon. Today I can announce a further two hundred million pounds "
    "for the communities hit by the floods.\n\n"
    "Journalist: {body}\n\n"
    "Prime Minister: Look, the money is there and it will reach councils this month.\n"
)
_MID = (
    "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 12 марта 2026 "
    "года\n\n"
    "М.В.Захарова: Добрый день! Начну с графика министра. 14 марта С.В.Лавров проведёт "
    "переговоры с министром иностранных дел Египта.\n\n"
    "Вопрос: {body}\n\n"
    "М.В.Захарова: Мы внимательно следим за развитием событий и дадим оценку позже.\n"
)
_UKRINFORM = (
    "Укрінформ\n\nПресконференція щодо підготовки до опалювального сезону\n\n"
    "12.03.2026 14:00\n\n"
    "Модераторка: Добрий день. Сьогодні в Укрінформі пресконференція. Слово надаю директору "
    "департаменту.\n\n"
    "Олег Ковальчук: Дякую. Ми підготували 94 котельні до зими.\n\n"
    "Запитання: {body}\n\n"
    "Олег Ковальчук: Так, ми тримаємо це питання на контролі.\n"
)

_NAMED = [
    (_STATE, "Yes, Daria Holm, Reuters. Can you confirm the convoy was hit?", "Daria Holm"),
    (_STATE, "Yes. Shaun Tandon, AFP. Is there a timeline for the talks?", "Shaun Tandon"),
    (_STATE, "Hi Tommy, it's Kylie Atwood from CNN. Will the meeting go ahead?", "Kylie Atwood"),
    (_STATE, "Hello, it's Ed O'Keefe from CBS. Will the meeting go ahead?", "Ed O'Keefe"),
    (_STATE, "Hey, Tommy. Priya Raman, Bloomberg News. Is there a timeline?", "Priya Raman"),
    (_STATE, "Tom Ellis here from Politico Europe. Is there a timeline?", "Tom Ellis"),
    (
        _STATE,
        "Thanks for doing this. Hanna Becker, Al Jazeera. Is there a timeline?",
        "Hanna Becker",
    ),
    (
        _GOVUK,
        "Hi Prime Minister, it's Pippa Crerar from the Guardian. Is the money new?",
        "Pippa Crerar",
    ),
    (
        _MID,
        "Добрый день! Константин Рощин, Первый канал. Будет ли продлено соглашение?",
        "Константин Рощин",
    ),
    (
        _UKRINFORM,
        "Андрій Мельник, Львівська пошта. Коли завершать ремонт тепломереж?",
        "Андрій Мельник",
    ),
    (
        _UKRINFORM,
        "Дякую. Львівська пошта, Дмитро Бойко. Коли завершать ремонт тепломереж?",
        "Дмитро Бойко",
    ),
]

_NOBODY = [
    (_STATE, "Yes, Tommy, Reuters reported this morning that the deal is off. Is it?"),
    (_STATE, "Hi Tommy, it's Monday and the talks still have not started. Why?"),
    (_STATE, "Yes. Sergey Lavrov, Russia's foreign minister, called it theatre. Your response?"),
    (
        _MID,
        "Сергей Лавров, министр иностранных дел, заявил вчера, что позиция неизменна. Что дальше?",
    ),
    (_MID, "Добрый день. Владимир Зеленский, по данным агентства, едет в Вашингтон. Ваша оценка?"),
    (_UKRINFORM, "Добрий день. Юлія Свириденко, прем'єр-міністерка, обіцяла компенсації. Коли?"),
]


def _asker(page: str, body: str) -> str | None:
    rows = [r for r in turn_rows(page.format(body=body)) if r[2].startswith(body)]
    assert len(rows) == 1, rows
    return rows[0][1]


@pytest.mark.parametrize(("page", "body", "asker"), _NAMED)
def test_self_introduction_names_the_asker(page: str, body: str, asker: str) -> None:
    assert _asker(page, body) == asker


@pytest.mark.parametrize(("page", "body"), _NOBODY)
def test_someone_elses_name_names_no_asker(page: str, body: str) -> None:
    assert _asker(page, body) is None
