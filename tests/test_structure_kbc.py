"""Small cases for batches KB and KC: a closing "Интервью взяла …" credit under the last answer
on a page without blank lines names who asks the bold questions; a service member's
self-introduction with the rank before the name ("Staff Sergeant Dana Ruiz, 1st Brigade.") names
the soldier; a press officer heard only at the end to say the time is up closes (other)."""

import pytest

from structure_support import turn_rows

_BOLD_RU = (
    "Деловая газета\n"
    "Директор завода: «Заказов стало меньше»\n"
    "Генеральный директор компании Олег Савчук рассказал «Газете», почему завод переживает спад.\n"
    "**Насколько упали продажи?**\n"
    "Заметно. В первом квартале мы отгрузили на пятую часть меньше.\n"
    "**Как вы финансируете ремонт цехов?**\n"
    "За счет собственных средств. Кредиты сейчас слишком дорогие.\n"
    "**Какой прогноз на конец года?**\n"
    "Думаю, мы выйдем на прошлогодний уровень не раньше весны.\n"
    "{credit}\n"
    "Новости компаний\n"
    "Подписывайтесь на нас в Telegram\n"
)


@pytest.mark.parametrize(
    ("credit", "who"),
    [
        ("Интервью взяла Анна Кравцова", "Анна Кравцова"),
        ("Беседовал Дмитрий Калинин", "Дмитрий Калинин"),
    ],
)
def test_closing_credit_on_page_without_blank_lines_names_asker(credit: str, who: str) -> None:
    rows = turn_rows(_BOLD_RU.format(credit=credit))
    assert {r[1] for r in rows if r[0] == "question"} == {who}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Олег Савчук"}


_TROOP_TALK = (
    "Secretary of Defense Holds a Troop Talk\n"
    "\n"
    "SECRETARY OF DEFENSE JOHN CARVER: Good to be here with you all. I'd rather hear from you, "
    "so raise your hand if you've got a question.\n"
    "\n"
    "Q: {intro} My question is about housing. What is the department doing about mold?\n"
    "\n"
    "SEC. CARVER: We've moved money into barracks repairs, and I want to see results.\n"
    "\n"
    "Q: Sir, when do the new fitness standards take effect?\n"
    "\n"
    "SEC. CARVER: In the next few weeks. The standard is the standard.\n"
)


@pytest.mark.parametrize(
    ("intro", "who"),
    [
        ("Good afternoon, sir. Staff Sergeant Dana Ruiz, 1st Brigade.", "Dana Ruiz"),
        ("Good evening, sir. Captain Lena Ortiz, 2nd Battalion.", "Lena Ortiz"),
        ("Good morning, sir. Specialist Marco Bell, 3rd Brigade.", "Marco Bell"),
    ],
)
def test_rank_before_self_introduced_name_is_dropped(intro: str, who: str) -> None:
    rows = turn_rows(_TROOP_TALK.format(intro=intro))
    assert rows[1][:2] == ("question", who)
    assert rows[3][:2] == ("question", None)


_DOORSTEP = (
    "Doorstep statement by the Secretary General\n"
    "\n"
    "Good morning. Today ministers will agree new capability targets. I'm ready to take your "
    "questions.\n"
    "\n"
    "Question [Lili Bayer, Reuters]: Is there a deal for Spain?\n"
    "\n"
    "Secretary General Mark Rutte: There is no exception. Every Ally will deliver.\n"
    "\n"
    "Question [Teri Schultz, Deutsche Welle]: Can Europe fill the gap in air defence?\n"
    "\n"
    "Secretary General Mark Rutte: Allies are working very closely to keep support flowing.\n"
    "\n"
    "Spokesperson Allison Hart: {close}\n"
)


@pytest.mark.parametrize(
    "close",
    [
        "Thank you very much, that’s all we have time for.",
        "Thanks everyone. That is all the time we have for today.",
    ],
)
def test_press_officer_heard_once_saying_time_is_up_closes(close: str) -> None:
    rows = turn_rows(_DOORSTEP.format(close=close))
    assert rows[-1][0] == "other"
    assert [r[0] for r in rows[1:-1]] == ["question", "answer", "question", "answer"]
