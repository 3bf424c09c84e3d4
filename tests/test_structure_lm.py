"""Small cases for batch LM: a news agency's related-story card between two dash turns, its
headline set as "Посол: …" under the agency's name alone on a line, is no label and no one's
words; a moderator's "слово Вам." hands the floor (the principal's opening speech is a
statement); a press officer's call that names the outlet before the reporter ("And a final
question from the BBC, Jonathan Beale.") names the next "Question:"; a committee chair's
closing thanks under the last question number asks nothing."""

import pytest

from structure_support import turn_rows

_DASH = (
    "РИА Новости, 1920, 03.04.2025\n"
    "Интервью\n"
    "Посол России: двери для бизнеса открыты\n"
    "МОСКВА, 3 апр — РИА Новости. О торговле и авиасообщении в интервью РИА Новости "
    "рассказал посол России в Аргентине Дмитрий Феоктистов.\n"
    "— Дмитрий Валентинович, какие цифры по товарообороту за прошлый год?\n"
    "— Товарооборот вырос примерно на 12 процентов. Основу экспорта составляют удобрения.\n"
    "{card}"
    "— Когда россияне смогут снова полететь туда напрямую?\n"
    "— Переговоры ведутся. Думаю, что первые рейсы могут появиться в следующем году.\n"
)


@pytest.mark.parametrize(
    "card",
    [
        "РИА Новости\nПосол: Россия и Аргентина обсуждают возобновление прямых рейсов\n",
        "ТАСС\nМинистр: поставки удобрений вырастут в следующем году\n",
    ],
)
def test_outlet_card_between_dash_turns_is_no_turn(card: str) -> None:
    rows = turn_rows(_DASH.format(card=card))
    spoken = [r for r in rows if r[0] in ("question", "answer")]
    assert [r[0] for r in spoken] == ["question", "answer", "question", "answer"]
    assert spoken[1][1] == "Дмитрий Феоктистов"
    assert spoken[1][2].endswith("составляют удобрения.")
    assert spoken[3][1] == "Дмитрий Феоктистов"


_PLENARY = (
    "Президент России\n"
    "Пленарное заседание форума\n"
    "15 октября 2025 года\n"
    "Москва\n"
    "\n"
    "Модератором выступила ведущая телеканала «Россия 24» Анастасия Кудрявцева.\n"
    "\n"
    "А.Кудрявцева: Добрый день, уважаемые участники форума! Мы начинаем пленарную сессию. "
    "Владимир Владимирович, по традиции {handoff}\n"
    "\n"
    "В.Путин: Уважаемые коллеги! Рад приветствовать участников форума. Мировой спрос на "
    "энергию продолжает расти, и Россия готова быть надёжным поставщиком.\n"
    "\n"
    "А.Кудрявцева: Спасибо. Насколько быстро мы сможем нарастить поставки газа на восток?\n"
    "\n"
    "В.Путин: Это вопрос нескольких лет. Мы будем делать это так быстро, как позволяет "
    "технология.\n"
)


@pytest.mark.parametrize("handoff", ["слово Вам.", "Вам слово."])
def test_moderator_gives_floor_then_opening_speech_is_statement(handoff: str) -> None:
    rows = [r for r in turn_rows(_PLENARY.format(handoff=handoff)) if r[1]]
    assert [(r[0], r[1]) for r in rows] == [
        ("other", "Анастасия Кудрявцева"),
        ("statement", "Владимир Путин"),
        ("question", "Анастасия Кудрявцева"),
        ("answer", "Владимир Путин"),
    ]


_PRESSER = (
    "Defence Secretary's remarks at joint press conference\n"
    "Published 14 May 2025\n"
    "\n"
    "Defence Secretary John Healey: Good afternoon, and thank you all for coming. This "
    "agreement commits us to build a joint fleet of frigates.\n"
    "\n"
    "Moderator: Thank you. We have time for a few questions. First, Deborah Haynes, Sky News.\n"
    "\n"
    "Question: Defence Secretary, isn't the threat much more urgent than that?\n"
    "\n"
    "Defence Secretary: The threat is growing, and that is why we are not waiting.\n"
    "\n"
    "Moderator: {call}\n"
    "\n"
    "Question: Thank you. Can you guarantee the money will not come from the Army?\n"
    "\n"
    "Defence Secretary: You will see the full picture when the review is published.\n"
)


@pytest.mark.parametrize(
    ("call", "asker"),
    [
        ("And a final question from the BBC, Jonathan Beale.", "Jonathan Beale"),
        ("And a final question from Jonathan Beale, BBC.", "Jonathan Beale"),
        ("The first question is from Jonathan Beale, from the BBC.", "Jonathan Beale"),
        # no outlet before the comma: nobody is named so
        ("And a final question from the Chancellor, Jonathan Beale.", None),
    ],
)
def test_call_naming_outlet_first_names_next_question(call: str, asker: str | None) -> None:
    rows = turn_rows(_PRESSER.format(call=call))
    last_q = [r for r in rows if r[0] == "question"][-1]
    assert last_q[2].startswith("Thank you. Can you guarantee")
    assert last_q[1] == asker


_COMMITTEE = (
    "Transport Committee\n"
    "Oral evidence: Buses, HC 512\n"
    "Members present: Ruth Cadbury (Chair); Olly Glover.\n"
    "\n"
    "Q48 Chair: Is the funding settlement enough, and is it going to the right places?\n"
    "\n"
    "Dr Priya Sandhu: It is a significant sum, and the move to a formula is welcome.\n"
    "\n"
    "Martin Ellery: I agree. We need at least three-year certainty.\n"
    "\n"
    "Q49 Chair: {close}\n"
)


@pytest.mark.parametrize(
    ("close", "label"),
    [
        (
            "Thank you both very much. That has been extremely helpful, and we may write to "
            "you with some follow-up questions.",
            "other",
        ),
        ("Thank you. And is three years really enough for operators?", "question"),
    ],
)
def test_chair_closing_thanks_under_question_number(close: str, label: str) -> None:
    rows = turn_rows(_COMMITTEE.format(close=close))
    assert rows[-1][0] == label
    assert rows[-1][1] == "Ruth Cadbury"
