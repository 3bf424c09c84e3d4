"""Small cases for batch KP (common sources, Russian, Ukrainian and English): an English
interview's closing "Interviewed by X" on a page set one paragraph a line names who asks under
the outlet's label; an office label held by the one the lead says acts in it ("…, який виконує
обов'язки міського голови", "в.о. міського голови …"); a minister given the floor by surname
speaks once under his bare full name; a "Реплика:" right after a question answers it; a
visiting official's long last word is a statement; a company's box between two dashed turns is
the page's; a government trip's series line over the town gives the place."""

import pytest

from rhetoscope.structure.naming import _genitive_holder
from structure_support import run, turn_rows

_EN_OUTLET = (
    "Agency\n"
    "Economy\n"
    "Deputy Minister Hlushko: Irrigation will be restored by summer\n"
    "14.04.2025 09:20\n"
    "Agency\n"
    "First Deputy Minister of Economy of Ukraine Taras Hlushko told Agency how the state will"
    " restore irrigation in the south and what it expects from donors.\n"
    "Agency: Mr. Hlushko, how much of the irrigation network has been lost?\n"
    "Hlushko: About two thirds of it in the south. The canals were cut when the dam fell.\n"
    "Agency: When will the first fields get water again?\n"
    "Hlushko: By the summer, on about 30,000 hectares in the west of the region.\n"
    "Agency: Thank you for the conversation.\n"
    "{credit}\n"
    "Tags: irrigation agriculture\n"
)


@pytest.mark.parametrize(
    ("credit", "asker"),
    [
        ("Interviewed by Olena Marchuk", "Olena Marchuk"),
        ("Interview by Olena Marchuk", "Olena Marchuk"),
    ],
)
def test_closing_credit_on_single_line_page_names_outlet_asker(credit: str, asker: str) -> None:
    rows = turn_rows(_EN_OUTLET.format(credit=credit))
    assert {r[1] for r in rows if r[0] == "question"} == {asker}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Taras Hlushko"}


_MAYOR = (
    "Суспільне | Новини\n"
    "Житомир\n"
    "У Житомирі провели брифінг щодо водопостачання\n"
    "3 лютого 2025, 12:10\n"
    "У понеділок у міській раді відбувся брифінг щодо ситуації з водою. {lead}\n"
    "Міський голова: Добрий день. Водоканал працює, але тиск знижений у трьох районах.\n"
    "Журналістка: Коли тиск відновлять?\n"
    "Міський голова: До кінця тижня, якщо не буде нових пошкоджень.\n"
    "Журналіст: Чи є підвіз води?\n"
    "Міський голова: Так, машини їздять за графіком, його оприлюднено на сайті.\n"
)


@pytest.mark.parametrize(
    ("lead", "holder"),
    [
        (
            "На запитання відповідав секретар міської ради Петро Гнатюк, який виконує"
            " обов'язки міського голови.",
            "Петро Гнатюк",
        ),
        ("На запитання відповідав в.о. міського голови Петро Гнатюк.", "Петро Гнатюк"),
    ],
)
def test_acting_holder_takes_office_label(lead: str, holder: str) -> None:
    rows = turn_rows(_MAYOR.format(lead=lead))
    assert {r[1] for r in rows if r[0] == "answer"} == {holder}


@pytest.mark.parametrize(
    ("lead", "held"),
    [
        ("секретар ради Петро Гнатюк, який виконує обов'язки міського голови", {"Петро Гнатюк"}),
        # A name in another case than the nominative is not read as the acting holder.
        ("з Петром Гнатюком, який виконує обов'язки міського голови", set()),
        ("в.о. міського голови Петром Гнатюком", set()),
    ],
)
def test_acting_holder_reads_nominative_only(lead: str, held: set[str]) -> None:
    found = _genitive_holder("Голова", "", lead, [], qualifier="Міський")
    assert {name for name, _ in found} == held


_KREMLIN_EN = (
    "President of Russia\n"
    "Meeting with Government members\n"
    "Vladimir Putin held a meeting with Government members via videoconference.\n"
    "March 3, 2025\n"
    "The Kremlin, Moscow\n"
    "President of Russia Vladimir Putin: Good afternoon, colleagues.\n"
    "Let us begin with the harvest. Mr Lut, please.\n"
    "Agriculture Minister Oksana Lut: Mr President, colleagues,\n"
    "The sowing campaign has begun in the south, and seed stocks are sufficient.\n"
    "Vladimir Putin: Thank you. Now the roads. Mr Nikitin, you have the floor.\n"
    "Roman Nikitin: Mr President, colleagues,\n"
    "The repair season opens in April; contracts for 900 kilometres have been signed.\n"
    "Topics\n"
    "Transport\n"
)


def test_bare_full_name_given_the_floor_speaks() -> None:
    rows = turn_rows(_KREMLIN_EN)
    assert [r[1] for r in rows if r[1] is not None] == [
        "Vladimir Putin",
        "Oksana Lut",
        "Vladimir Putin",
        "Roman Nikitin",
    ]


_VISIT = (
    "Правительство России\n"
    "Михаил Мишустин посетил завод сельхозтехники\n"
    "12 марта 2025\n"
    "Рабочая поездка Михаила Мишустина в Ростовскую область\n"
    "{town}\n"
    "Председатель Правительства Михаил Мишустин посетил завод, где осмотрел новый цех."
    " Экскурсию провёл директор предприятия Игорь Лаптев.\n"
    "М.Мишустин: Игорь Петрович, сколько комбайнов выпускаете?\n"
    "И.Лаптев: Михаил Владимирович, около трёх тысяч в год, в этом году будет больше.\n"
    "М.Мишустин: А люди к вам идут?\n"
    "Реплика: Идут. Я после техникума сюда пришёл, третий год работаю сварщиком.\n"
    "И.Лаптев: У нас в цехе 500 человек, средний возраст – 33 года.\n"
    "М.Мишустин: Это очень важно. Правительство продолжит поддерживать таких производителей"
    " через льготные займы и субсидии на обновление оборудования, потому что без своей"
    " техники продовольственной безопасности не будет. Спасибо вам и удачи.\n"
    "Сюжеты\n"
)


def test_visit_remark_answers_and_last_word_is_statement() -> None:
    rows = turn_rows(_VISIT.format(town="Таганрог"))
    assert [r[0] for r in rows if r[1] is not None or r[2].startswith("Идут")] == [
        "question",
        "answer",
        "question",
        "answer",
        "answer",
        "statement",
    ]


@pytest.mark.parametrize(
    ("town", "want"),
    [("Каменск-Шахтинский", "Каменск-Шахтинский"), ("Старый Оскол", "Старый Оскол")],
)
def test_trip_line_over_town_gives_place(town: str, want: str) -> None:
    assert run(_VISIT.format(town=town)).meta.to_dict().get("place") == want


_KOMMERSANT = (
    "Коммерсантъ\n"
    "«Спрос на никель внутри страны вырос вдвое»\n"
    "Глава «Севникеля» Павел Орлов о рынке и оборудовании\n"
    "О том, как компания меняет оборудование, “Ъ” рассказал гендиректор Павел Орлов.\n"
    "— Что изменилось за три года?\n"
    "— Внутренний спрос вырос вдвое, а экспорт в Европу прекратился.\n"
    "— Как вы решаете проблему с оборудованием?\n"
    "— Часть машин заменили на российские. Обходится дороже, но работает.\n"
    "{box}\n"
    "— Рассчитываете на господдержку?\n"
    "— Рассчитываем на льготы для резидентов Арктической зоны.\n"
    "Беседовал Иван Смирнов\n"
)


@pytest.mark.parametrize(
    "box",
    [
        "АО «Севникель»\nГорнодобывающая компания. Выручка в 2024 году — 8,1 млрд руб.",
        "ПАО «Севникель»\nОснован в 1994 году. Выручка в 2024 году — 8,1 млрд руб.",
    ],
)
def test_company_box_between_dashed_turns_is_no_answer(box: str) -> None:
    rows = turn_rows(_KOMMERSANT.format(box=box))
    answer = next(r for r in rows if r[2].startswith("Часть машин"))
    assert answer[0] == "answer"
    assert "Выручка" not in answer[2]
