"""Small cases for the CG round: questions in a plain Q&A that do not end in "?", an author
field with no date, hushing-stem instrumentals, Russian page furniture."""

from __future__ import annotations

import re

import pytest

from rhetoscope.structure.dialogue import _framed_questions, _name_over_date
from rhetoscope.structure.furniture import _trim_furniture
from rhetoscope.structure.header import _lead_people_ru, _nominative
from rhetoscope.structure.labels import _ends_with_question
from rhetoscope.structure.metadata import trailing_start


@pytest.mark.parametrize(
    ("line", "question"),
    [
        ("С техникой проблем нет? Весной многие жаловались на нехватку запчастей.", True),
        ("А удобрения? Цены на них за год заметно выросли.", True),
        ("Расскажите о новой программе для малых хозяйств.", True),
        ("Почему? Потому что аренда выросла вдвое.", False),
        ("Дорого? Да, но других поставщиков нет.", False),
        ("Что это дало? Выручка выросла. Трафик вернулся.", False),
        ("Мы ежедневно мониторим отгрузки в регионы.", False),
    ],
)
def test_framed_question(line: str, question: bool) -> None:
    text = f"Как дела?\nОтвет первый.\n{line}\nОтвет второй.\n"
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))
    asks = [_ends_with_question(m.group()) for m in lines]
    assert _framed_questions(lines, asks)[2] is question


def test_author_field_without_date() -> None:
    head = "Заголовок\n\nТекст: Наталья Ершова\nРоссийская газета - Федеральный выпуск: № 61\n"
    author = _name_over_date(head, [])
    assert author is not None and author.display() == "Наталья Ершова"


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Гуревичем", "Гуревич"), ("Абрамовичем", "Абрамович"), ("Павлом", "Павел")],
)
def test_hushing_instrumental(word: str, nominative: str) -> None:
    assert _nominative(word) == nominative


def test_talked_with_an_institutions_analyst() -> None:
    lead = (
        "— «Лента.ру» поговорила с ведущим аналитиком Центра макроэкономических "
        "исследований Павлом Гуревичем."
    )
    names = {n.display() for k, n in _lead_people_ru(lead) if k == "interview with"}
    assert names == {"Павел Гуревич"}


@pytest.mark.parametrize(
    "tail",
    [
        "Материалы по теме:\n00:01, 12 марта 2024\n«Это ловушка»\n\nСтавка и кредиты",
        "Читать ещё\nКак маркетплейсы меняют продуктовый ритейл",
        "ДОСЬЕ\nМарина Ковалева\nРодилась в 1981 г. в Нижнем Новгороде.",
    ],
)
def test_box_between_turns(tail: str) -> None:
    answer = "Но бежать в обменник в панике точно не нужно."
    text = f"{answer}\n\n{tail}\n"
    assert _trim_furniture(text, 0, len(text.rstrip())) == len(answer)


@pytest.mark.parametrize(
    "tail",
    [
        "Материал носит информационный характер. Перед применением любых рекомендаций "
        "проконсультируйтесь с врачом.\n\nСамое интересное в регионах",
        "Lenta.ru в Дзен и Telegram\nСтавьте лайк, подписывайтесь",
    ],
)
def test_trailing_furniture(tail: str) -> None:
    body = "Вопрос?\n\nВ таких случаях тянуть нельзя."
    assert trailing_start(f"{body}\n\n{tail}\n") == len(body)
