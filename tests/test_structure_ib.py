"""Small cases for the IB round (office and role labels): Westminster-style posts joined to their
remit by "for", a small parliament's numbered members with their seat and office, the Bailiff
presiding, a contents entry confirming a one-off member, a public hearing's floor labels and
surname-first self-introductions, a chair named mid-lead in the past tense, a Ukrainian woman's
nominative name beside an undeclined surname, an earlier-story pointer under the last turn, a
stenogram's vote line, and a phone-in caller put through by first name."""

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import run, spoken_rows, turn_rows


@pytest.mark.parametrize(
    "label",
    [
        "Secretary for Transport and Logistics",
        "Commissioner for Transport",
        "Minister for Housing",
    ],
)
def test_office_with_remit_after_for(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == label


@pytest.mark.parametrize(
    ("label", "surname", "title"),
    [
        ("4.1 Deputy H.M. Jeune of St. Helier North", "Jeune", "Deputy"),
        ("4.1.1 Deputy H.M. Jeune", "Jeune", "Deputy"),
        ("Deputy P.R. Amy of Grouville and St. Martin", "Amy", "Deputy"),
        (
            "Deputy K.A. Le Marquand of St. Clement (The Chief Minister)",
            "Le Marquand",
            "The Chief Minister",
        ),
    ],
)
def test_numbered_member_with_seat(label: str, surname: str, title: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.PERSON and info.name is not None
    assert (info.name.surname, info.name.title) == (surname, title)


def test_list_numbers_alone_stay_no_label() -> None:
    assert classify_label("1.2 Background") is None


_STATES = (
    "STATES OF JERSEY\n\nOFFICIAL REPORT\n\n"
    "2.1 Deputy A.B. Renouf of St. Saviour: ............................ 12\n"
    "2.2 The Connétable of St. Ouen: ................................... 13\n\n"
    "The Bailiff:\nWe come to questions for the Chief Minister. Deputy Renouf.\n\n"
    "2.1 Deputy A.B. Renouf of St. Saviour:\nWhen will the harbour plan be published?\n\n"
    "Deputy C.D. Vibert of St. John (The Chief Minister):\nIn June, after the consultation.\n\n"
    "The Bailiff:\nThe Connétable of St. Ouen.\n\n"
    "2.2 The Connétable of St. Ouen:\nWill the Chief Minister visit the parish to explain it?\n\n"
    "The Chief Minister:\nYes, I will.\n\n"
    "The Bailiff:\nThat brings questions to an end.\n\n"
    "Download PDF   Back to top\n"
)


def test_small_parliament_record() -> None:
    rows = turn_rows(_STATES)
    assert [(r[0], r[1]) for r in rows] == [
        ("other", "The Bailiff"),
        ("question", "A.B. Renouf"),
        ("answer", "C.D. Vibert"),
        ("other", "The Bailiff"),
        ("question", "The Connétable of St. Ouen"),
        ("answer", "C.D. Vibert"),
        ("other", "The Bailiff"),
    ]
    assert rows[-1][2] == "That brings questions to an end."


_HEARING = (
    "Сегодня прошли публичные слушания по проекту бюджета. Председательствовала заместитель "
    "главы администрации Марина Котова. Пришли около тридцати человек.\n\n"
    "Председательствующий: Добрый вечер. Слово предоставляется начальнику финансового "
    "управления.\n\n"
    "Начальник финансового управления: Проект бюджета сформирован без дефицита.\n\n"
    "Председательствующий: Переходим к вопросам. Прошу представляться.\n\n"
    "Участник слушаний: {intro} Почему сокращены расходы на дороги?\n\n"
    "Начальник финансового управления: Расходы сохранены в прежнем объёме.\n\n"
    "Реплика из зала: Каждый год одно и то же!\n\n"
    "Председательствующий: Слушания объявляются закрытыми.\n"
)


@pytest.mark.parametrize(
    ("intro", "want"),
    [
        ("Гусев Павел Андреевич, посёлок Лямино.", "Павел Гусев"),
        ("Брагина Ольга, депутат Думы.", "Ольга Брагина"),
        # both words could be a surname: no order is guessed
        ("Ирина Смирнова, посёлок Лямино.", None),
        ("Я из Калино.", None),
    ],
)
def test_hearing_floor(intro: str, want: str | None) -> None:
    rows = turn_rows(_HEARING.format(intro=intro))
    chair = [r[1] for r in rows if r[2].startswith(("Добрый вечер", "Переходим", "Слушания"))]
    assert chair == ["Марина Котова"] * 3
    asked = [r for r in rows if "дороги?" in r[2]]
    assert len(asked) == 1 and asked[0][:2] == ("question", want)
    shout = [r for r in rows if r[2] == "Каждый год одно и то же!"]
    assert shout and shout[0][:2] == ("other", None)


def test_ukrainian_woman_beside_undeclined_surname() -> None:
    text = (
        "На запитання слухачів відповідала начальниця Головного управління Пенсійного фонду "
        "Тетяна Коваленко. Ефір вела Ірина Литвин.\n\n"
        "Ведуча: Пані Тетяно, на скільки зросли пенсії?\n\n"
        "Начальниця управління: На 11,5 відсотка.\n\n"
        "Ведуча: Дякую, пані Тетяно.\n\n"
        "Нагадаємо, раніше Суспільне Чернігів писало, що в Україні провели індексацію пенсій.\n"
    )
    rows = spoken_rows(text)
    assert rows[1][:2] == ("answer", "Тетяна Коваленко")
    assert rows[-1][2] == "Дякую, пані Тетяно."


def test_stenogram_vote_line() -> None:
    text = (
        "СТЕНОГРАМА\nпленарного засідання сесії міської ради\n"
        "(фрагмент: розгляд питання № 14 «Про тарифи»)\n\n"
        "Веде засідання секретар міської ради Олег Ткачук.\n\n"
        "ГОЛОВУЮЧИЙ: Ставлю на голосування. Прошу голосувати.\n\n"
        "(Голосування)\n\n"
        "ГОЛОВУЮЧИЙ: «За» – 29. Рішення прийнято.\n\n"
        "ДЕПУТАТ: Дякую.\n\n"
        "ГОЛОВУЮЧИЙ: Засідання закрито.\n\n"
        "Завантажити повну стенограму (PDF, 1,2 МБ)\n"
    )
    doc = run(text)
    dirs = [doc.span_text(x) for x in doc.layer("stage_directions")]
    assert dirs[-1:] == ["(Голосування)"]
    bodies = [doc.span_text(t) for t in doc.layer("turns")]
    assert bodies[0] == "Ставлю на голосування. Прошу голосувати."
    assert bodies[-1] == "Засідання закрито."


@pytest.mark.parametrize(
    ("handoff", "want"),
    [
        ("Maureen is in Whitehaven. Morning, Maureen, you're on the show.", "Maureen"),
        ("Back to the phones. Gary farms near Appleby. Gary, good morning.", "Gary"),
    ],
)
def test_phone_in_caller_put_through(handoff: str, want: str) -> None:
    text = (
        "Chief Constable Darren Hewitson joined presenter Kate Oldfield on the phone-in.\n\n"
        "PRESENTER: Why are the front counters closing?\n\n"
        "CHIEF CONSTABLE: Very few people used them.\n\n"
        f"PRESENTER: {handoff}\n\n"
        "CALLER: Morning. Why should I ring you at all?\n\n"
        "CHIEF CONSTABLE: Because we will come out to you.\n"
    )
    rows = spoken_rows(text)
    callers = [r for r in rows if r[2].startswith("Morning. Why")]
    assert len(callers) == 1 and callers[0][:2] == ("question", want)
