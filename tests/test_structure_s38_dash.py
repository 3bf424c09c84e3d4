"""Sets S38/S39, Russian and Ukrainian press interviews: ria.ru's "Также по теме" box whose
surname headline reads like a label, Meduza's rubric teaser card dated by day, month and year, a
plain question glued with no space onto an answer's last sentence, a question that asks then
states its premise above a surname-labelled answer, a sentence's opening word before a colon
("Наостанок: …") that is no label, and an outlet's dotted label glued after a sentence's end
with its space kept."""

from __future__ import annotations

import pytest
from tests.structure_support import turn_rows

from rhetoscope.structure.dialogue import _Line, _split_unspaced_question
from rhetoscope.structure.furniture import _READ_ALSO, _TEASER_DATE

# --- ria.ru's "Также по теме" box -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "box"),
    [
        ("Также по теме", True),
        ("Ещё по теме", True),
        ("Більше за темою", False),  # (the form the regex names is "темі/тему")
        ("Також на тему", True),
        ("По теме заседания выступил министр", False),
    ],
)
def test_also_on_topic_heading(line: str, box: bool) -> None:
    assert (_READ_ALSO.fullmatch(line) is not None) is box


_DASH_PAGE = (
    "Новости\nВ мире\n\nКарпов: Москва ждет ясности по соглашению\n\n12:00 08.10.2025\n\n"
    "Москва ждет от партнеров не слов, а конкретного ответа на свои предложения, заявил "
    "заместитель министра Игорь Карпов.\n\n"
    "— Игорь Петрович, получен ли ответ на предложение?\n\n"
    "— Официального ответа нет. Мы видели лишь публичные высказывания, но этого мало.\n\n"
    "— Не означает ли это начало переговоров?\n\n"
    "— Нет, не означает. Это жест доброй воли, не более того.\n\n"
    "— Чего ждать от встречи в ноябре?\n\n"
    "— Работа продолжается, и мы готовы к ней. Мяч на другой стороне.\n\n"
    "Также по теме\n"
    "Карпов: Россия готова к диалогу на равных\n"
    "В МИД заявили, что позиция остается неизменной\n\n"
    "Комментарии\n"
)


def test_dash_dialogue_over_also_on_topic_box() -> None:
    rows = turn_rows(_DASH_PAGE)
    asked = [r for r in rows if r[0] == "question"]
    answered = [r for r in rows if r[0] == "answer"]
    assert len(asked) == 3 and len(answered) == 3
    assert answered[-1][2].endswith("Мяч на другой стороне.")
    assert not any("готова к диалогу" in body for *_, body in rows)


# --- Meduza's teaser card ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("12 сентября 2025", True),
        ("3 березня 2026 р.", True),
        ("12 September 2025", True),
        ("September 12, 2025", True),
        ("12 сентября", False),
        ("в 2025 году", False),
    ],
)
def test_teaser_date(line: str, date: bool) -> None:
    assert (_TEASER_DATE.fullmatch(line) is not None) is date


_PLAIN_PAGE = (
    "Медиа\n\nЭкономист Ирина Белова: «Рост закончился»\n\n"
    "Правительство внесло в Думу проект бюджета, в котором налоги растут, а расходы на "
    "гражданские статьи сокращаются. Мы поговорили с экономистом Ириной Беловой.\n\n"
    "Почему правительство решило поднять налоги именно сейчас?\n\n"
    "Потому что дефицит бюджета растет быстрее, чем ожидали, и занимать стало дорого. Других "
    "источников у Минфина почти не осталось, и это понятно всем.\n\n"
    "{card}"
    "Как это скажется на бизнесе?\n\n"
    "По-разному. Крупные компании переложат налог на покупателей, малые закроются или уйдут в "
    "тень, и это уже заметно по статистике регистраций.{glued}\n\n"
    "Что будет с ценами в следующем году?\n\n"
    "Они будут расти быстрее зарплат, по крайней мере в первой половине года.\n\n"
    "Беседовала Анна Крылова\n"
)
_CARD = (
    "«Медиа» объясняет\n"
    "Центробанк снова снизил ставку. Значит ли это, что худшее позади? Короткий ответ: нет\n"
    "12 сентября 2025\n\n"
)


def test_teaser_card_under_answer_is_the_pages() -> None:
    rows = turn_rows(_PLAIN_PAGE.format(card=_CARD, glued=""))
    first = next(r for r in rows if r[2].startswith("Потому что дефицит"))
    assert first[2].endswith("и это понятно всем.")


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "По-разному. Крупные компании переложат налог на покупателей, малые закроются или "
            "уйдут в тень, и это уже заметно.Получается, что спад и дефицит сразу? Как так?",
            2,
        ),
        # a full stop after a one-letter abbreviation: "г.Москва" stays whole
        (
            "Мы открыли офис, потом второй и третий, и все они работают в одном и том же "
            "здании, в г.Москва есть ещё один?",
            1,
        ),
        # a short line: no answer to split off
        ("Да, конечно.А вы как думаете?", 1),
        # a long tail of several sentences is no glued question
        (
            "Крупные компании переложат налог на покупателей, малые закроются или уйдут в тень "
            "и это заметно.Это раз. Это два. Это три. А что дальше?",
            1,
        ),
    ],
)
def test_split_unspaced_question(line: str, parts: int) -> None:
    out = _split_unspaced_question(_Line(0, len(line), line))
    assert len(out) == parts
    if parts == 2:
        assert out[1].group().startswith("Получается")
        assert out[0].group().endswith("уже заметно.")


def test_unspaced_glued_question_in_plain_qa() -> None:
    glued = "Получается, что цены растут, а спрос падает. Как такое возможно?"
    reply = "\n\nЭто нормальное следствие того, что рынок труда сжался за три года."
    rows = turn_rows(_PLAIN_PAGE.format(card="", glued=glued + reply))
    asked = [body for label, _who, body in rows if label == "question"]
    assert glued in asked


# --- surname-labelled answers, plain questions ------------------------------------------------

_LABELLED_PAGE = (
    "Інтерв’ю\n\n«Ми повертаємо людей». Інтерв’ю з омбудсманом Петром Гнатюком\n\n"
    "Олена Литвин\n17 квітня 2024, 19:05\n\n"
    "Від початку року Україна повернула з полону понад тисячу людей, але тисячі ще там. "
    "Ми поговорили з омбудсманом про обміни.\n\n"
    "Чому обміни останнім часом такі рідкісні? Останній був ще в лютому, відтоді нічого.\n\n"
    "Гнатюк: Переговори зараз дуже складні. Ми щотижня передаємо списки, але відповіді "
    "немає.\n\n"
    "Ви маєте прямий контакт із російською стороною?\n\n"
    "Гнатюк: Так, контакт є, і він робочий, хоча результати поки скромні.\n\n"
    "Що відбувається з депортованими дітьми? Україна знає про тисячі випадків, а повернула "
    "сотні.\n\n"
    "Гнатюк: Це найболючіша тема. Кожна повернена дитина — окрема складна операція.\n\n"
    "Наостанок: ваш мандат триває до 2027 року. Що ви вважатимете головним результатом?\n\n"
    "Гнатюк: Кожну людину, яку ми повернули додому.\n"
)


def test_question_that_states_after_asking_and_opening_word_colon() -> None:
    rows = turn_rows(_LABELLED_PAGE)
    asked = [body for label, _who, body in rows if label == "question"]
    assert any(b.startswith("Чому обміни останнім часом") for b in asked)
    assert any(b.startswith("Що відбувається з депортованими") for b in asked)
    assert any(b.startswith("Наостанок: ваш мандат") for b in asked)
    assert all(who in ("Олена Литвин", "Петро Гнатюк", None) for _l, who, _b in rows)
    answers = [r for r in rows if r[0] == "answer"]
    assert len(answers) == 4


# --- a dotted outlet label glued after a space -------------------------------------------------

_DOTTED_PAGE = (
    "ZN.UA Зеркало недели | Дзеркало тижня\nПолитика  Экономика  Финансы\n\n"
    "Иван Петренко: «Будет сложнее»\n\nИнна Коваль\n27 сентября, 2024 10:00\n\n"
    "Проект бюджета на следующий год правительство уже внесло в парламент. О нем мы "
    "поговорили с министром Иваном Петренко.\n\n"
    "ZN.UA: Иван Сергеевич, почему налоги растут?\n\n"
    "И.Петренко: Другого выхода не было, и я хочу, чтобы это прозвучало честно.\n\n"
    "ZN.UA: Насколько реален риск, что помощь прекратится?\n\n"
    "И.Петренко: Я учитываю все риски. Но нам, безусловно, будет намного сложнее. ZN.UA: "
    "Военные говорят, что денег не хватит. Вы с ними спорите?\n\n"
    "И.Петренко: Я никогда не спорю с военными о том, сколько им нужно.\n\n"
    "ZN.UA: Реструктуризация долга была успехом?\n\n"
    "И.Петренко: И то и другое. Мы списали часть долга и выиграли время.\n"
)


def test_dotted_outlet_label_glued_after_space() -> None:
    rows = turn_rows(_DOTTED_PAGE)
    asked = [body for label, _who, body in rows if label == "question"]
    assert any(b.startswith("Военные говорят, что денег не хватит") for b in asked)
    assert any(b.endswith("будет намного сложнее.") for *_x, b in rows)
