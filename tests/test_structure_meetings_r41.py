"""Small cases for round 41's meetings: a hearing's chair named by the protocol's field line
("Председательствующий: Ковалёва Ирина Сергеевна, …") and labelled by surname and initials
presides; the chair's call to answer or explain makes the next turn an answer; the closing
time and the column signatures under the last turn, and a stenogram's "підготував" credit,
are the record's."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import turn_rows

_HEARING = (
    "СТЕНОГРАММА\nпубличных слушаний по проекту планировки квартала 7\n\n"
    "Время начала: 18:00.\n"
    "Председательствующий: Петрова Анна Викторовна, заместитель главы администрации.\n"
    "Присутствовали: 40 человек.\n\n"
    "Петрова А.В.: Добрый вечер! Слово для доклада предоставляется Смирнову Олегу Ивановичу.\n\n"
    "Смирнов О.И.: Проект предусматривает три дома и детский сад. Доклад окончен.\n\n"
    "Петрова А.В.: Спасибо. Переходим к вопросам.\n\n"
    "Орлова Е.К.: Орлова, улица Лесная, 4. Где будут парковаться жильцы?\n\n"
    "Смирнов О.И.: Предусмотрен подземный паркинг на двести мест.\n\n"
    "Из зала: А если его не построят?\n\n"
    "Петрова А.В.: Прошу не выкрикивать. Олег Иванович, ответьте, пожалуйста.\n\n"
    "Смирнов О.И.: Паркинг входит в первую очередь строительства.\n\n"
    "Петрова А.В.: Других вопросов нет? Слушания объявляю закрытыми. Спасибо всем.\n\n"
    "{closing}"
    "Председательствующий                              А.В. Петрова\n"
    "Секретарь                                         Н.С. Руднева\n"
)


@pytest.mark.parametrize("closing", ["Время окончания: 19:25.\n\n", ""])
def test_protocol_field_chair_presides_and_closing_time_is_the_records(closing: str) -> None:
    rows = turn_rows(_HEARING.format(closing=closing))
    chair = [r for r in rows if r[2].startswith(("Добрый вечер!", "Спасибо. Переходим", "Прошу"))]
    assert [r[0] for r in chair] == ["other", "other", "other"]
    answers = [r[0] for r in rows if r[2].startswith(("Предусмотрен", "Паркинг входит"))]
    assert answers == ["answer", "answer"]
    last = [r for r in rows if r[2].startswith("Других вопросов")]
    assert last and last[0][2].endswith("Спасибо всем.")


@pytest.mark.parametrize(
    "credit",
    [
        "Стенограму підготував відділ організаційного забезпечення роботи ради",
        "Стенограмму подготовил отдел по работе с представительным органом",
    ],
)
def test_stenogram_prepared_by_credit_is_trailing(credit: str) -> None:
    text = (
        "ГОЛОВУЮЧИЙ: Колеги, прошу голосувати.\n\n"
        "ГОЛОВУЮЧИЙ: «За» – 29. Рішення прийнято.\n\n"
        f"{credit}\n"
    )
    assert text[trailing_start(text) :].strip() == credit
