"""Check R, batch UM UR: a masthead's initials label under a section menu flattened into a
line (its first two items no person), a dash interview's lone byline paragraph over a lead that
says the guest told the masthead, and a government page's short summary under its dated title."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_MENU_PAGE = (
    "{mast}\n"
    "{menu}\n"
    "Економіка\n"
    "Інтерв'ю\n"
    "«Ми не чекаємо зими». Директорка програми про теплові насоси в лікарнях\n\n"
    "Автор: {author}\n"
    "4 лютого 2026, 09:30\n\n"
    "Поділитися\n\n"
    "До кінця року теплові насоси мають запрацювати в сорока лікарнях області. Директорка "
    "програми Ірина Мельник розповіла {mast}, скільки це коштує і хто платить за монтаж.\n\n"
    "{mast}: Скільки лікарень уже отримали насоси?\n\n"
    "Ірина Мельник: Дванадцять. Ще вісім у процесі монтажу, решта чекає на проєкти.\n\n"
    "{mast}: Хто за це платить?\n\n"
    "Мельник: Основне фінансування дає донор, громади співфінансують десять відсотків.\n\n"
    "{mast}: Дякую за розмову.\n\n"
    "Мельник: Дякую.\n"
)


@pytest.mark.parametrize(
    ("mast", "menu", "author"),
    [
        ("НВ", "Новини   Війна   Політика   Бізнес   Світ   Спорт   Журнал НВ", "Олена Коваль"),
        ("НВ", "Новини Війна   Політика   Бізнес   Світ   Спорт   Життя", "Марта Гнатюк"),
        ("ДТ", "Держава   Технології   Гроші   Світ   Культура   Спорт", "Оксана Лис"),
    ],
)
def test_menu_items_spelling_the_label_are_no_person(mast: str, menu: str, author: str) -> None:
    """The masthead's initials ask as the page's one author, not as the two first items of the
    section menu whose initials they spell."""
    rows = turn_rows(_MENU_PAGE.format(mast=mast, menu=menu, author=author))
    asked = [r for r in rows if r[0] == "question" or r[2].startswith("Дякую за")]
    assert len(asked) == 3, rows
    assert {r[1] for r in asked} == {author}, rows


_LONE_BYLINE = (
    "{mast}\n"
    "Главное  Экономика  Бизнес  Финансы  Политика  Тренды\n\n"
    "Бизнес,  12 мар 2026, 07:00\n\n"
    "Глава «{firm}»: «Спрос вырос, но заводы не успевают»\n"
    "Производитель рассчитывает удвоить выпуск к 2028 году\n\n"
    "{author}\n\n"
    "Спрос на технику в России вырос из-за строительства новых терминалов. Генеральный "
    "директор компании «{firm}» Павел Орлов рассказал {mast}, хватит ли мощностей и почему "
    "заказчики все равно смотрят в сторону Китая.\n\n"
    "— Сколько машин вы выпустили в прошлом году?\n\n"
    "— Тридцать две, это в полтора раза больше, чем годом ранее.\n\n"
    "— Кто основные заказчики?\n\n"
    "— Портовые операторы на Балтике и на Дальнем Востоке.\n\n"
    "— Цены вырастут?\n\n"
    "— Незначительно, в пределах инфляции.\n"
)


@pytest.mark.parametrize(
    ("mast", "firm", "author"),
    [
        ("РБК", "Морстроймаш", "Иван Ткачев"),
        ("РБК", "Балттехмаш", "Мария Соколова"),
        ("Фонтанка", "Невмаш", "Олег Демин"),
    ],
)
def test_lone_byline_over_told_lead_asks(mast: str, firm: str, author: str) -> None:
    """A name alone as a paragraph over a lead that says the guest told the masthead is the
    one writer, who asks the dash questions."""
    rows = turn_rows(_LONE_BYLINE.format(mast=mast, firm=firm, author=author))
    asked = [r for r in rows if r[0] == "question"]
    assert len(asked) == 3, rows
    assert {r[1] for r in asked} == {author}, rows


_GOV_MEETING = (
    "Правительство России\n"
    "Новости   Документы   Деятельность   Министерства   Регионы\n\n"
    "Встреча Михаила Мишустина с {post} {guest_instr}\n"
    "{date}\n"
    "Фото   Видео\n\n"
    "{summary}\n\n"
    "М.Мишустин: {address}, добрый день! Расскажите, пожалуйста, как идёт работа.\n\n"
    "{label}: Уважаемый Михаил Владимирович! Работа идёт по графику.\n\n"
    "М.Мишустин: А что с регионами? Там особенно важно не допускать перебоев.\n\n"
    "{label}: Мы держим это на постоянном контроле.\n"
)


@pytest.mark.parametrize(
    ("post", "guest_instr", "date", "summary", "address", "label"),
    [
        (
            "Министром здравоохранения",
            "Михаилом Мурашко",
            "12 февраля 2026",
            "Обсуждались вопросы лекарственного обеспечения граждан в регионах.",
            "Михаил Альбертович",
            "М.Мурашко",
        ),
        (
            "Министром транспорта",
            "Андреем Никитиным",
            "3 марта 2026",
            "Обсуждались вопросы обновления речного флота.",
            "Андрей Сергеевич",
            "А.Никитин",
        ),
    ],
)
def test_short_summary_under_dated_title_opens_intro(
    post: str, guest_instr: str, date: str, summary: str, address: str, label: str
) -> None:
    """A one-sentence summary of five to seven words, a paragraph of its own under the dated
    title, is the introduction turn."""
    rows = turn_rows(
        _GOV_MEETING.format(
            post=post,
            guest_instr=guest_instr,
            date=date,
            summary=summary,
            address=address,
            label=label,
        )
    )
    assert rows[0][0] == "other" and rows[0][2] == summary, rows
    assert rows[1][1] == "Михаил Мишустин", rows
