# ruff: noqa: E501
"""Small cases for the JR round (hearings, residents' meetings, podcasts): a tribunal's labelled
testimony under "CROSS-EXAMINATION BY …" with no "Q." / "A." lines, its cover's "Presiding
Commissioner" chairing; a lead's full name with patronymic completing a surname label; a
utility's delegate by the body ("Представитель водоканала:"); residents named by their own
introduction (patronymic dropped, surname first after a greeting) and kept through their
follow-up; the head's report before the questions a statement; the page's lines under the last
turn (a transcript service's disclaimer and its related-links box, a page number, an Official
Report's time stamp, suspension and draft notice); "Members:" in chorus; the place of a hearing
from its cover, from a date line over a view counter, and past a capitol building."""

import pytest

from rhetoscope.structure.metadata import _place_line, trailing_start
from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import run, turn_rows

_TRIBUNAL = """ONTARIO ENERGY BOARD

DATE:        November 7, 2024

BEFORE:      Patrick Moran          Presiding Commissioner

             Allison Duff           Commissioner

Hearing held at 2300 Yonge Street, 25th Floor, Toronto, Ontario, on Thursday, November 7, 2024, commencing at 9:31 a.m.

A P P E A R A N C E S

MARGARET CHEUNG                Northbridge Hydro Distribution Inc.
MARK RUBENSTEIN                School Energy Coalition

NORTHBRIDGE HYDRO - PANEL 2
Devinder Gill, Sworn

--- Upon commencing at 9:31 a.m.

COMMISSIONER MORAN:  Good morning, everyone. Please be seated. Mr. Rubenstein, you are up first.

CROSS-EXAMINATION BY MR. RUBENSTEIN:

MR. RUBENSTEIN:  Thank you, Commissioner. Mr. Gill, the plan goes from 310 poles to 940 poles a year. Why now?

MR. GILL:  The asset condition assessment found that about 11 percent of our wood poles are in poor condition.

MR. RUBENSTEIN:  Would you agree that the urgent number is much smaller?

MR. GILL:  I would agree that 2 percent are the most urgent, yes.

MR. RUBENSTEIN:  Thank you. Those are my questions.

COMMISSIONER MORAN:  Thank you, Mr. Rubenstein. Ms. Cheung, any re-examination?

MS. CHEUNG:  None, Commissioner.

COMMISSIONER MORAN:  Thank you. We will take the morning break and return at 11:00.
"""


def test_tribunal_testimony_without_q_and_a_lines_asks_and_answers() -> None:
    rows = [r for r in turn_rows(_TRIBUNAL) if r[1]]
    assert [(label, who) for label, who, _ in rows] == [
        ("other", "Patrick Moran"),
        ("question", "Mark Rubenstein"),
        ("answer", "Devinder Gill"),
        ("question", "Mark Rubenstein"),
        ("answer", "Devinder Gill"),
        ("other", "Mark Rubenstein"),
        ("question", "Patrick Moran"),
        ("answer", "Margaret Cheung"),
        ("other", "Patrick Moran"),
    ]
    assert run(_TRIBUNAL).meta.to_dict().get("place") == "Toronto"


_RESIDENTS = """Администрация округа
Главная » Новости

Встреча главы округа с жителями посёлка Заречный

14 марта 2025, 18:40
Просмотров: 312

Заречный

Вчера в доме культуры посёлка Заречный прошла встреча главы округа Игоря Валентиновича Рыбакова с жителями. Вёл встречу заместитель главы по территориальному развитию Андрей Сомов.

Сомов: Добрый вечер, уважаемые жители! Регламент такой: Игорь Валентинович коротко расскажет о планах на год, потом вопросы.

Рыбаков: Добрый вечер. В этом году мы заканчиваем водовод, подрядчик обещает пустить воду к августу. На дороги выделено 18 млн рублей.

Сомов: Спасибо. Пожалуйста, вопросы. Вот, в третьем ряду.

Жительница: Здравствуйте. Меня зовут Нина Петровна Гаврилова, улица Садовая. А когда конкретно будет асфальт?

Рыбаков: Нина Петровна, аукцион объявлен, итоги 2 апреля. Асфальт будет к концу июня.

Жительница: Я вам позвоню, не сомневайтесь.

Сомов: Следующий вопрос. Мужчина у окна.

Житель: Добрый вечер. Колесников Виктор, пенсионер. У нас на Луговой колонка не работает с ноября. Что делать?

Рыбаков: Виктор, по колонке — это к водоканалу, их представитель здесь. Сергей Иванович, ответьте, пожалуйста.

Представитель водоканала: Колонку на Луговой отремонтируем на следующей неделе, насос уже заказан.

Житель: То есть на следующей неделе точно?

Представитель водоканала: Точно. До двадцатого.

Сомов: Коллеги, время. Последний вопрос.

Житель: Фельдшер будет свой, или опять из района раз в неделю?

Рыбаков: Ставку фельдшера область уже выделила. Будем искать человека.

Сомов: Спасибо всем. Ответы будут опубликованы на сайте администрации.
"""


def test_residents_meeting_names_and_roles() -> None:
    rows = [r for r in turn_rows(_RESIDENTS) if r[1] or r[0] != "other"]
    assert [(label, who) for label, who, _ in rows] == [
        ("other", "Андрей Сомов"),
        ("statement", "Игорь Рыбаков"),
        ("other", "Андрей Сомов"),
        ("question", "Нина Гаврилова"),
        ("answer", "Игорь Рыбаков"),
        ("other", "Нина Гаврилова"),
        ("other", "Андрей Сомов"),
        ("question", "Виктор Колесников"),
        ("answer", "Игорь Рыбаков"),
        ("answer", "Представитель водоканала"),
        ("question", "Виктор Колесников"),
        ("answer", "Представитель водоканала"),
        ("other", "Андрей Сомов"),
        ("question", None),
        ("answer", "Игорь Рыбаков"),
        ("other", "Андрей Сомов"),
    ]
    assert run(_RESIDENTS).meta.to_dict().get("place") == "Заречный"


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Представитель водоканала", LabelKind.OFFICE),
        ("Представник управляючої компанії", LabelKind.OFFICE),
        ("Members", LabelKind.ANONYMOUS),
    ],
)
def test_label_kinds(label: str, kind: LabelKind) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind


@pytest.mark.parametrize(
    ("text", "last_words"),
    [
        (
            "Maya Chen (00:03:05):\nOwen, thank you.\n\nOwen Pryce (00:03:08):\nThank you, Maya."
            "\n\nRev.com transcripts may contain errors. Check the corresponding audio before"
            " quoting in print.\nRelated Transcripts\nField Notes Podcast: Episode 141 — The"
            " Last Country Doctor\nField Notes Podcast: Episode 140 — Broadband\n",
            "Thank you, Maya.",
        ),
        (
            "ГОЛОВУЮЧИЙ. Голосуємо.\n\nГОЛОВУЮЧИЙ. Рішення прийнято.\n\n"
            "                                        – 15 –\n\n",
            "Рішення прийнято.",
        ),
        (
            "Kenneth Macrae: No Scottish yard bid.\n\nThe Deputy Convener: Thank you. I suspend"
            " the meeting.\n\n10:24\nMeeting suspended.\n\nThis is a draft Official Report and"
            " is subject to correction between publication and the final version.\n",
            "I suspend the meeting.",
        ),
        (
            "Олена Ткач: Дякую, Тарасе.\n\nТарас Мельник: Дякую. Бережіть себе.\n\nТранскрипт"
            " створено автоматично та відредаговано. Можливі неточності.\n",
            "Бережіть себе.",
        ),
    ],
)
def test_page_lines_under_the_last_turn_are_trailing(text: str, last_words: str) -> None:
    assert text[: trailing_start(text)].rstrip().endswith(last_words)


def test_members_chorus_is_no_one() -> None:
    text = (
        "Douglas Lumsden: Are you confident in that date?\n\nKenneth Macrae: I am more"
        " confident than I was a year ago.\n\nMembers: Oh!\n\nThe Deputy Convener: Order."
        " Mark Ruskell has a brief supplementary.\n\nMark Ruskell: Will the ferries be built"
        " in Scotland?\n\nKenneth Macrae: No Scottish yard bid for the full lot.\n"
    )
    rows = turn_rows(text)
    oh = [r for r in rows if r[2] == "Oh!"]
    assert oh and oh[0][1] is None


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Old Supreme Court Chambers, State Capitol, Denver", "Denver"),
        ("Room 107, Statehouse, Boise", "Boise"),
    ],
)
def test_capitol_is_a_venue_not_the_town(line: str, town: str) -> None:
    assert _place_line(line, bare_words=3) == town
