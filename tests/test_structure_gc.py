"""Small cases for batch SI SJ SK SP (Check K/L): a briefing's follow-up under a bare label that
thanks first or says it is one more ("Спасибо. И дополнительный вопрос: …", "Уточню: …") is the
last asker's; mid.ru's Russian Q&A heading ("Из ответов на вопросы:") ends the opening
statement; at a kremlin.ru English working meeting the head's remark taken up with "Yes, …" /
"We kept that promise" is a question, and the guest's thanks for the closing instruction, a
report going on, answers."""

import pytest

from structure_support import turn_rows

_BRIEFING = (
    "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 12 марта 2026 года\n\n"
    "12.03.2026 12:10\n\n"
    "М.В.Захарова: Добрый день!\n\n"
    "О визите делегации в Душанбе\n\n"
    "На следующей неделе в Душанбе пройдут консультации по консульским вопросам. Будут "
    "обсуждены вопросы трудовой миграции.\n\n"
    "{heading}"
    "Вопрос: Ольга Петрова, агентство «Спутник». Когда откроется новое консульство в Худжанде?\n\n"
    "М.В.Захарова: Работы идут по графику, открытие запланировано на осень.\n\n"
    "Вопрос: {follow}\n\n"
    "М.В.Захарова: Пока рано говорить о сроках.\n"
)


@pytest.mark.parametrize(
    ("follow", "asker"),
    [
        ("Спасибо. И дополнительный вопрос: будет ли там визовый отдел?", "Ольга Петрова"),
        ("Благодарю. Дополнительный вопрос: сколько там будет сотрудников?", "Ольга Петрова"),
        ("Уточню: консульство будет выдавать паспорта?", "Ольга Петрова"),
        # (a new question of anyone in the room names no one)
        ("Как Вы прокомментируете выборы в Молдавии?", None),
    ],
)
def test_follow_up_is_the_last_askers(follow: str, asker: str | None) -> None:
    rows = turn_rows(_BRIEFING.format(heading="", follow=follow))
    assert rows[-2][:2] == ("question", asker)


def test_russian_qa_heading_ends_the_statement() -> None:
    rows = turn_rows(
        _BRIEFING.format(heading="Из ответов на вопросы:\n\n", follow="Уточню: когда?")
    )
    assert rows[0][0] == "statement"
    assert rows[0][2].rstrip().endswith("трудовой миграции.")


_KREMLIN = (
    "President of Russia\n\n"
    "Meeting with Governor of Kursk Region Alexander Khinshtein\n\n"
    "Vladimir Putin had a working meeting with Governor of Kursk Region Alexander Khinshtein. "
    "The Governor briefed the President on the restoration of the border districts.\n\n"
    "March 3, 2026\n14:00\n\nThe Kremlin, Moscow\n\n"
    "Vladimir Putin: Mr Khinshtein, how is the rebuilding of housing going?\n\n"
    "Alexander Khinshtein: Mr President, 2,100 homes have been repaired since October, and "
    "payments have reached all families.\n\n"
    "Vladimir Putin: Good. You told me last time that the schools in Sudzha would open by "
    "spring.\n\n"
    "Alexander Khinshtein: {reply} Three schools reopened on March 1, two more will follow.\n\n"
    "Vladimir Putin: Prepare the proposals on the roads, and I will sign the instruction.\n\n"
    "Alexander Khinshtein: {thanks}\n"
)


@pytest.mark.parametrize(
    ("reply", "remark", "answer"),
    [
        ("Yes, Mr President.", "question", "answer"),
        ("We kept that promise.", "question", "answer"),
        # (a report that takes up no yes or no: the remark stays a statement)
        ("This spring", "statement", "statement"),
    ],
)
def test_english_working_meeting_remark_taken_up(reply: str, remark: str, answer: str) -> None:
    rows = turn_rows(_KREMLIN.format(reply=reply, thanks="Thank you."))
    assert rows[3][:2] == (remark, "Vladimir Putin")
    assert rows[4][:2] == (answer, "Alexander Khinshtein")


@pytest.mark.parametrize(
    ("thanks", "role"),
    [
        ("Thank you. The road projects are ready and have passed the state review.", "answer"),
        # (a bare thanks, no report, keeps the role the older fixtures give it)
        ("Thank you.", "other"),
    ],
)
def test_thanks_for_the_instruction_answers(thanks: str, role: str) -> None:
    rows = turn_rows(_KREMLIN.format(reply="Yes.", thanks=thanks))
    assert rows[-1][:2] == (role, "Alexander Khinshtein")
