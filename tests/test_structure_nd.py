"""Small cases for batch ND (Kommersant dash interview, kremlin.ru working meeting): the
interviewer's credit over a dossier box with the byline's name repeated alone under the box
("Интервью взяла …" / "Личное дело" / bio / "Ольга Никитина") closes the conversation; at a
working meeting the head's remark that the governor takes up with a yes that it is already so
("Так и делаем. …", "Так и есть", "Так і робимо") was put to him: a question, answered."""

import pytest

from structure_support import turn_rows

_KOMMERSANT = (
    "Газета «Коммерсантъ» №84 от 15.05.2025, стр. 2\n"
    "Политика\n"
    "«Дороги — наш главный долг»\n"
    "Губернатор области о бюджете и дорогах\n"
    "О бюджете и дорогах губернатор Сергей Павлов рассказал корреспонденту “Ъ” Ирине Котовой.\n"
    "— Сергей Петрович, бюджет сверстан с дефицитом. С чем это связано?\n"
    "— С падением доходов от налога на прибыль. Но обязательства мы выполняем полностью.\n"
    "— Когда отремонтируют трассу на север области?\n"
    "— В этом году ремонт пойдет на 46 км, в следующем — еще на 60 км.\n"
    "— Последний вопрос. Как вас приняли в регионе?\n"
    "— По-разному. Но я здесь надолго, и люди это видят. Этим и занимаемся.\n"
    "{credit}\n"
    "{box}\n"
    "Сергей Павлов родился в 1979 году в Москве. С 2023 года — губернатор области.\n"
    "Ирина Котова\n"
)


@pytest.mark.parametrize("credit", ["Интервью взяла Ирина Котова", "Беседовала Ирина Котова"])
@pytest.mark.parametrize("box", ["Личное дело", "Досье"])
def test_credit_over_dossier_box_with_byline_under_it(credit: str, box: str) -> None:
    rows = turn_rows(_KOMMERSANT.format(credit=credit, box=box))
    assert len(rows) == 6
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith("Этим и занимаемся.")
    assert rows[0][1] == "Ирина Котова"


_KREMLIN = (
    "Рабочая встреча с губернатором Псковской области Михаилом Ведерниковым\n"
    "Владимир Путин провёл рабочую встречу с губернатором Псковской области Михаилом "
    "Ведерниковым. Обсуждалась социально-экономическая ситуация в регионе.\n\n"
    "В.Путин: Михаил Юрьевич, давайте начнём с общей ситуации. Как с экономикой?\n\n"
    "М.Ведерников: Уважаемый Владимир Владимирович! Промышленное производство выросло на "
    "шесть процентов, безработица на историческом минимуме.\n\n"
    "В.Путин: Как с расселением аварийного жилья?\n\n"
    "М.Ведерников: План на прошлый год выполнили на 104 процента.\n\n"
    "Ещё одна тема – участники специальной военной операции. Каждому бойцу назначен "
    "социальный координатор.\n\n"
    "В.Путин: Это очень важно. Их нужно шире привлекать и к работе в органах власти, и в "
    "экономике.\n\n"
    "М.Ведерников: {reply} Уже 17 участников работают в органах местного самоуправления.\n\n"
    "В.Путин: Хорошо. Успехов Вам.\n"
)


@pytest.mark.parametrize("reply", ["Так и делаем.", "Так и есть, Владимир Владимирович."])
def test_meeting_remark_taken_up_as_already_so(reply: str) -> None:
    rows = turn_rows(_KREMLIN.format(reply=reply))
    remark = next(r for r in rows if r[2].startswith("Это очень важно"))
    assert remark[0] == "question"
    reply_row = rows[rows.index(remark) + 1]
    assert reply_row[0] == "answer"
    assert reply_row[1] == "Михаил Ведерников"
