"""Small cases for batch MA (LBC, government.ru): a phone-in caller's parting thanks after the
guest's answer asks nothing though the answer named the caller already ("Maureen, I'm really
sorry …"); a station's return notice before its listen-again pitch under the last answer
("Speak to the Mayor returns next month. Listen again on Global Player.") is trailing; a
meeting head's parting wish as his last word ("Желаю успехов вам и всем жителям области.")
before the guest's closing thanks is no statement."""

import pytest

from structure_support import turn_rows

_PHONE_IN = (
    "Speak to the Mayor: full transcript\n\n"
    "7 March 2025, 09:12\n\n"
    "NICK FERRARI: The Mayor of London is here. Mayor, good morning. What are you doing about "
    "the strike?\n\n"
    "SADIQ KHAN: Morning, Nick. The door is open for talks today.\n\n"
    "NICK FERRARI: Let's go to the phones. Maureen is in Bexley. Morning, Maureen.\n\n"
    "CALLER: Morning, Nick. I applied for the scrappage scheme in January and I've heard "
    "nothing. How am I supposed to earn a living?\n\n"
    "SADIQ KHAN: {reply} I'll make sure my office chases it today.\n\n"
    "CALLER: {parting}\n\n"
    "NICK FERRARI: We'll take your details off air. Mayor, will you stand again?\n\n"
    "SADIQ KHAN: Ask me in three years.\n\n"
    "{tail}"
)


@pytest.mark.parametrize(
    ("reply", "parting", "label"),
    [
        (
            "Maureen, I'm really sorry to hear that.",
            "Right. Well, I'll hold you to that. Thank you.",
            "other",
        ),
        (
            "I'm really sorry to hear that.",
            "Right. Well, I'll hold you to that. Thank you.",
            "other",
        ),
        # (a caller who asks again still asks)
        ("Maureen, I'm really sorry to hear that.", "Thank you. But when will I hear?", "question"),
    ],
)
def test_caller_parting_thanks_after_named_answer(reply: str, parting: str, label: str) -> None:
    rows = turn_rows(_PHONE_IN.format(reply=reply, parting=parting, tail=""))
    assert [(r[0], r[1]) for r in rows if r[2].startswith(parting[:15])] == [(label, "Maureen")]


@pytest.mark.parametrize(
    ("tail", "last"),
    [
        (
            "Speak to the Mayor returns next month. Listen again on Global Player.\n",
            "Ask me in three years.",
        ),
        ("The programme is back next week. Catch up on BBC Sounds.\n", "Ask me in three years."),
        # (a sentence that only says something returns stays with the answer above it)
        (
            "The bill returns next month.\n",
            "Ask me in three years.\n\nThe bill returns next month.",
        ),
    ],
)
def test_return_notice_before_listen_again_trails(tail: str, last: str) -> None:
    rows = turn_rows(_PHONE_IN.format(reply="Sorry.", parting="Thank you.", tail=tail))
    assert rows[-1][2].strip() == last


_MEETING = (
    "Михаил Мишустин провёл встречу с губернатором Новосибирской области Андреем Травниковым\n"
    "22 апреля 2025\n"
    "Обсуждались социально-экономическое развитие региона и обновление транспорта.\n"
    "М.Мишустин: Андрей Александрович, добрый день! Расскажите, пожалуйста, как развивается "
    "экономика области?\n"
    "А.Травников: Михаил Владимирович, добрый день! Индекс промышленного производства "
    "составил 106,8%, объём инвестиций превысил 400 млрд рублей.\n"
    "М.Мишустин: Хорошо. А как обстоят дела с общественным транспортом?\n"
    "А.Травников: Мы закупили более 300 новых автобусов и 100 трамваев. Просим рассмотреть "
    "возможность выделения дополнительного лимита кредитов.\n"
    "М.Мишустин: Андрей Александрович, поручу Минфину подготовить предложения с учётом ваших "
    "расчётов.\n"
    "А.Травников: Спасибо. Мы со своей стороны готовы обеспечить софинансирование.\n"
    "М.Мишустин: {last}\n"
    "А.Травников: Спасибо, Михаил Владимирович.\n"
)


@pytest.mark.parametrize(
    ("last", "label"),
    [
        ("Желаю успехов вам и всем жителям Новосибирской области.", "other"),
        ("Хорошо. Всего доброго.", "other"),
        # (an instruction before the wish stays a statement)
        (
            "Подготовьте, пожалуйста, предложения вместе с Минфином и Минтрансом. Желаю успехов.",
            "statement",
        ),
    ],
)
def test_meeting_head_parting_wish(last: str, label: str) -> None:
    rows = turn_rows(_MEETING.format(last=last))
    assert [r[0] for r in rows if r[2].startswith(last[:12])] == [label]
