"""Small cases for batch NX (state.gov, a GPO House hearing, kremlin.ru, Vedomosti,
president.gov.ua): a moderator's "First up, <name> with <outlet>." call; a question opening on the
answerer's name and patronymic before the reporter's own introduction; a business paper's deck
"<post> <Name> – о …" naming who answers a dash interview; a GPO cover's wrapped contents entry
and wrapped "Members present:" field; a cover's place in capitals with its country; a Ukrainian
press event's title that names its town in the locative."""

import pytest

from structure_support import run, spoken_rows, turn_rows

_STATE = (
    "Deputy Secretary Landau's Remarks to Traveling Press\n"
    "REMARKS TO THE PRESS\n"
    "CHRISTOPHER LANDAU, DEPUTY SECRETARY OF STATE\n"
    "{place}\n"
    "APRIL 10, 2025\n"
    "\n"
    "DEPUTY SECRETARY LANDAU: Thank you all for coming. I had a very good meeting today and I am "
    "happy to take a few questions.\n"
    "MODERATOR: Great. {call}\n"
    "QUESTION: Thank you, Mr. Deputy Secretary. Did you get any commitment today on the ports?\n"
    "DEPUTY SECRETARY LANDAU: We talked about it at length, and the audit is a serious process.\n"
    "QUESTION: Just a quick follow-up on that. Is there a deadline?\n"
    "DEPUTY SECRETARY LANDAU: There is no date I am going to announce today.\n"
)


@pytest.mark.parametrize(
    ("call", "asker"),
    [
        ("First up, Dana Whitmore with ABC.", "Dana Whitmore"),
        ("First, Dana Whitmore with ABC.", "Dana Whitmore"),
        ("Next up, Dana Whitmore with ABC.", "Dana Whitmore"),
        ("First up, go ahead.", None),
    ],
)
def test_first_up_call_names_the_asker_and_the_follow_up(call: str, asker: str | None) -> None:
    rows = turn_rows(_STATE.format(place="PANAMA CITY, PANAMA", call=call))
    questions = [speaker for label, speaker, _ in rows if label == "question"]
    assert questions == [asker, asker]


@pytest.mark.parametrize(
    ("place", "want"),
    [
        ("PANAMA CITY, PANAMA", "Panama City"),
        ("ROME, ITALY", "Rome"),
        ("Panama City, Panama", "Panama City"),
    ],
)
def test_capitals_town_and_country_line_over_the_date(place: str, want: str) -> None:
    doc = run(_STATE.format(place=place, call="First up, Dana Whitmore with ABC."))
    assert doc.meta.to_dict().get("place") == want


_KREMLIN = (
    "Ответы на вопросы журналистов\n"
    "\n"
    "17 апреля 2025 года\n"
    "18:40\n"
    "Самара\n"
    "\n"
    "Владимир Путин ответил на вопросы представителей средств массовой информации.\n"
    "\n"
    "Вопрос: {opening} Вы сегодня провели совещание по авиапрому. Это тревожит?\n"
    "\n"
    "В.Путин: Не сдвигаются, а уточняются. Это разные вещи.\n"
    "\n"
    "Д.Песков: Пожалуйста, ТАСС.\n"
    "\n"
    "Вопрос: Спасибо. Что государство может сделать для кадров?\n"
    "\n"
    "В.Путин: Государство уже многое делает.\n"
)


@pytest.mark.parametrize(
    ("opening", "asker"),
    [
        ("Владимир Владимирович, добрый вечер! Павел Зарубин, «Россия».", "Павел Зарубин"),
        ("Владимир Владимирович, добрый вечер. Павел Зарубин, «Россия».", "Павел Зарубин"),
        ("Владимир Владимирович, Павел Зарубин, «Россия».", "Павел Зарубин"),
        ("Добрый вечер! Павел Зарубин, «Россия».", "Павел Зарубин"),
        # no outlet after the name: a name in the question, no introduction
        ("Владимир Владимирович, Дональд Трамп, президент США, заявил вчера о пошлинах.", None),
    ],
)
def test_patronymic_address_before_the_reporters_introduction(
    opening: str, asker: str | None
) -> None:
    rows = turn_rows(_KREMLIN.format(opening=opening))
    assert next(s for label, s, _ in rows if label == "question") == asker


_VEDOMOSTI = (
    "Ведомости\n"
    "Бизнес\n"
    "Интервью\n"
    "\n"
    "«Мы не будем повышать цены на масло быстрее инфляции»\n"
    "{deck}\n"
    "\n"
    "Екатерина Бурлакова\n"
    "15 апреля 2025, 00:19\n"
    "\n"
    "{caption}\n"
    "Андрей Гордеев / Ведомости\n"
    "\n"
    "Группа компаний «Таврида Агро» – один из крупнейших переработчиков подсолнечника на юге "
    "России: четыре маслоэкстракционных завода.\n"
    "\n"
    "– Правительство снова продлило экспортную пошлину. Как это сказалось на вашей марже?\n"
    "\n"
    "– Пошлина забирает существенную часть экспортной выручки, около 9–10%.\n"
    "\n"
    "– Пересмотреть – значит отложить строительство завода?\n"
    "\n"
    "– Нет, завод мы строим, первая очередь будет запущена в конце 2026 г.\n"
)


@pytest.mark.parametrize(
    ("deck", "answerer"),
    [
        (
            "Гендиректор «Таврида Агро» Максим Луговой – о пошлинах на подсолнечник и экспорте",
            "Максим Луговой",
        ),
        ("Гендиректор «Таврида Агро» Максим Луговой — об экспорте в Китай", "Максим Луговой"),
        # two people before the dash: a panel, no one interviewee
        ("Экономисты Иван Петров и Анна Сидорова – о пошлинах и экспорте", None),
        # a post and its body in the genitive, written once: no name
        ("Руководитель Росгидромета – о прогнозе паводков и аномальной зиме", None),
    ],
)
def test_business_deck_names_who_answers(deck: str, answerer: str | None) -> None:
    caption = answerer or "Анна Сидорова"
    rows = spoken_rows(_VEDOMOSTI.format(deck=deck, caption=caption))
    answers = [s for label, s, _ in rows if label == "answer"]
    assert len(answers) == 2
    assert set(answers) == {answerer}


_GPO = (
    "[House Hearing, 119 Congress]\n"
    "[From the U.S. Government Publishing Office]\n"
    "\n"
    "                           C O N T E N T S\n"
    "\n"
    "                                                                   Page\n"
    "Travers, Hon. Derek, a Representative in Congress from Ohio, \n"
    "  opening statement..............................................     1\n"
    "\n"
    "                                Witness\n"
    "\n"
    "Kessler, Joanna, Administrator, Rural Utilities Service, U.S. \n"
    "  Department of Agriculture, Washington, D.C.....................     3\n"
    "\n"
    "                        WEDNESDAY, APRIL 2, 2025\n"
    "\n"
    "                  House of Representatives,\n"
    "                                                   Washington, D.C.\n"
    "    The Subcommittee met, pursuant to call, at 10:00 a.m., in Room \n"
    "1300 of the Longworth House Office Building, Hon. Derek Travers \n"
    "[Chairman of the Subcommittee] presiding.\n"
    "    Members present: Representatives Travers, Hollister, Bellamy, \n"
    "Ortiz, Alvarado, Delgado, and Lyle.\n"
    "    Staff present: Caleb Westbrook, Rachel Munoz, and Emily Sato.\n"
    "\n"
    "OPENING STATEMENT OF HON. DEREK TRAVERS, A REPRESENTATIVE IN CONGRESS \n"
    "                               FROM OHIO\n"
    "\n"
    "    The Chairman. Good morning. This hearing will come to order. Today I want to \n"
    "understand where the backlog stands. Ms. Kessler, you are recognized for 5 minutes.\n"
    "\n"
    "    Ms. Kessler. Chairman Travers, thank you for the opportunity to testify. Our \n"
    "backlog has fallen by a third this year.\n"
    "    The Chairman. Thank you. How long does an application sit before it is obligated?\n"
    "    Ms. Kessler. Mr. Chairman, the national average is eleven months.\n"
)


def test_wrapped_contents_entry_and_members_field_are_the_cover() -> None:
    rows = turn_rows(_GPO)
    assert rows[0][2].startswith("Good morning.")
    assert (rows[0][0], rows[0][1]) == ("statement", "Derek Travers")
    assert not any(label == "other" and speaker is None for label, speaker, _ in rows)


_PRESIDENT = (
    "Офіційне інтернет-представництво Президента України\n"
    "\n"
    "{title}\n"
    "\n"
    "18 квітня 2025 - 17:05\n"
    "\n"
    "Президент України Володимир Зеленський відповів на запитання журналістів.\n"
    "\n"
    "Журналістка: Доброго дня, пане Президенте. Чи отримає регіон додаткові системи ППО?\n"
    "\n"
    "Президент: Дякую. {answer} буде серед пріоритетів.\n"
)


@pytest.mark.parametrize(
    ("title", "answer", "place"),
    [
        ("Спілкування Президента України з представниками ЗМІ в Одесі", "Одеса", "Одеса"),
        ("Володимир Зеленський поспілкувався з журналістами в Житомирі", "Житомир", "Житомир"),
        ("Спілкування Президента України з представниками ЗМІ у Львові", "Львів", "Львів"),
        # the nominative nowhere in the text: no form is guessed
        ("Спілкування Президента України з представниками ЗМІ в Одесі", "Область", None),
    ],
)
def test_press_event_title_town_in_the_locative(title: str, answer: str, place: str | None) -> None:
    doc = run(_PRESIDENT.format(title=title, answer=answer))
    assert doc.meta.to_dict().get("place") == place
