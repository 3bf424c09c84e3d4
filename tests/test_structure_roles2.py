"""Chairs' procedural turns (rounds 45–46, second pass): a British full council's Lord Mayor
calling the public's questioners; a city's executive committee under the mayor the lead says
leads the sitting; a lecture's bare "Chair:" who hands over to the audience's bare voices."""

import pytest

from structure_support import turn_rows

_COUNCIL = (
    "Public question time at Wednesday's full council meeting ran to half an hour. The leader"
    " of the council, Councillor Tom Renshaw, answered on behalf of the executive.\n\n"
    "THE LORD MAYOR: Order, please. We now move to item five, questions from members of the"
    " public. The first question is from Mrs Ruth Adeyemi.\n\n"
    "QUESTIONER: Thank you, my Lord Mayor. I'm Ruth Adeyemi. When will the council admit the"
    " new bin rota isn't working?\n\n"
    "LEADER OF THE COUNCIL: Thank you, Mrs Adeyemi. The rota is under review and I will write"
    " to you personally with the results of that review.\n\n"
    "THE LORD MAYOR: Do you have a supplementary?\n\n"
    "QUESTIONER: Yes. Will residents be refunded the garden waste charge?\n\n"
    "LEADER OF THE COUNCIL: I can't promise a refund tonight, but I will ask the officers.\n\n"
    "THE LORD MAYOR: Thank you. That concludes public question time.\n"
)

_VYKONKOM = (
    "Сьогодні відбулося позачергове засідання виконавчого комітету міської ради. Веде"
    " засідання міський голова Олег Мазурик. Доповідала начальниця управління ЖКГ Тетяна"
    " Кравчук.\n\n"
    "Міський голова: Колеги, починаємо. Питання одне – аварія на котельні. Тетяно Василівно,"
    " доповідайте.\n\n"
    "Начальниця управління ЖКГ: Дякую. 10 лютого на котельні стався порив трубопроводу."
    " Подачу тепла відновили наступного дня.\n\n"
    "Міський голова: Люди дізнавалися з фейсбуку. Чому підприємство не попередило мешканців"
    " одразу?\n\n"
    "Начальниця управління ЖКГ: Оголошення на сайті з'явилося зранку. Погоджуюся, що це"
    " запізно.\n\n"
    "Секретар ради: А скільки коштує заміна цієї ділянки?\n\n"
    "Начальниця управління ЖКГ: Орієнтовно 2,8 мільйона гривень.\n\n"
    "Міський голова: Я не погоджуюся. Давайте знайдемо гроші з резервного фонду. Ставлю на"
    " голосування.\n"
)

_LECTURE = (
    "Three years on: Ukraine's energy grid under fire\n"
    "Transcript of a public lecture and discussion with Dr Oleksandra Tkachuk\n\n"
    "Chair: Good evening, everyone, and welcome. She'll speak for about fifteen minutes and"
    " then we'll open it up. Oleksandra, over to you.\n\n"
    "Dr Tkachuk: Thank you, Helen. I want to start with a number: nine. That's how many"
    " large-scale attacks on the grid Ukraine absorbed last year.\n\n"
    "Chair: Thank you. Before I go to the floor, let me ask one myself. Who's paying for all"
    " of this distributed kit?\n\n"
    "Dr Tkachuk: Partly donors, partly the state, and increasingly private businesses.\n\n"
    "Chair: Let's take questions. The gentleman in the third row, and please keep it brief.\n\n"
    "Audience member: Thanks. Isn't that a vulnerability too, if the interconnectors are"
    " hit?\n\n"
    "Dr Tkachuk: It is, and they have been hit. But interconnection gives you options.\n\n"
    "Chair: I'm afraid that's all we have time for. Please join me in thanking Dr Tkachuk.\n\n"
    "Speakers\n"
    "Dr Oleksandra Tkachuk is a senior research fellow at the Kyiv School of Economics.\n"
    "Professor Helen Marsh (chair) is Director of the Kingsway Institute.\n"
)


@pytest.mark.parametrize(
    ("text", "start", "label"),
    [
        (_COUNCIL, "Order, please.", "other"),
        (_COUNCIL, "Do you have a supplementary?", "question"),
        (_COUNCIL, "Thank you. That concludes", "other"),
        (_COUNCIL, "Thank you, Mrs Adeyemi.", "answer"),
        (_VYKONKOM, "Колеги, починаємо.", "other"),
        (_VYKONKOM, "Люди дізнавалися з фейсбуку.", "question"),
        (_VYKONKOM, "Оголошення на сайті", "answer"),
        (_VYKONKOM, "Я не погоджуюся.", "other"),
        (_LECTURE, "Good evening, everyone", "other"),
        (_LECTURE, "Thank you. Before I go", "question"),
        (_LECTURE, "Partly donors", "answer"),
        (_LECTURE, "Let's take questions.", "other"),
        (_LECTURE, "I'm afraid that's all", "other"),
    ],
)
def test_chair_procedural_turns(text: str, start: str, label: str) -> None:
    rows = {body[: len(start)]: lab for lab, _, body in turn_rows(text)}
    assert rows.get(start) == label
