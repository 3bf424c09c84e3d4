"""Small cases for batch LP (kremlin.ru English, TASS, mid.ru, RIA, Interfax, Izvestia,
Ukrinform, Radio Svoboda): a lead that says the guest reported to the President marks a working
meeting, so the head's closing instruction is a statement; RIA's bare "Еще" box of headline links
under the last answer is the page's; a Ukrainian correspondent's signed town is confirmed by the
text naming it declined with its turned vowel ("Київ" in "з Києва")."""

import pytest

from structure_support import run, turn_rows

_KREMLIN = (
    "President of Russia\n"
    "Events\n"
    "Meeting with Head of Federal Water Resources Agency Pavel Sorokin\n"
    "April 2, 2025\n"
    "14:10\n"
    "The Kremlin, Moscow\n"
    "\n"
    "{lead}\n"
    "\n"
    "* * *\n"
    "\n"
    "President of Russia Vladimir Putin: Mr Sorokin, let us begin with the spring floods. "
    "How ready are the dams this year?\n"
    "\n"
    "Pavel Sorokin: Mr President, all the large hydraulic structures have been inspected, and "
    "repairs have been finished on 42 of them ahead of the flood season.\n"
    "\n"
    "Vladimir Putin: And the small dams in the villages? Who is responsible for them?\n"
    "\n"
    "Pavel Sorokin: Many of them have no owner. Together with the regions we are registering "
    "them, and 300 have already been handed over to municipal authorities.\n"
    "\n"
    "Vladimir Putin: Good. Finish the registration together with the Government, and I will "
    "sign the corresponding instruction. People must be protected this spring.\n"
    "\n"
    "Pavel Sorokin: Thank you, Mr President. We will do it on time.\n"
    "\n"
    "\n"
    "Publication date: April 2, 2025, 15:00\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "The head of the agency reported to the President on flood preparations and dam repairs.",
        "The head of the agency briefed the President on flood preparations and dam repairs.",
    ],
)
def test_report_lead_makes_closing_instruction_a_statement(lead: str) -> None:
    rows = [r for r in turn_rows(_KREMLIN.format(lead=lead)) if r[1]]
    assert [(r[0], r[1]) for r in rows[-2:]] == [
        ("statement", "Vladimir Putin"),
        ("answer", "Pavel Sorokin"),
    ]
    assert [r[0] for r in rows[:4]] == ["question", "answer", "question", "answer"]


def test_report_lead_head_moving_meeting_on_is_no_statement() -> None:
    lead = "The head of the agency reported to the President on flood preparations."
    text = _KREMLIN.format(lead=lead).replace(
        "Vladimir Putin: Good. Finish the registration together with the Government, and I will "
        "sign the corresponding instruction. People must be protected this spring.\n\n"
        "Pavel Sorokin: Thank you, Mr President. We will do it on time.\n",
        "Vladimir Putin: Good. Let’s go through the documents you have brought.\n",
    )
    rows = [r for r in turn_rows(text) if r[1]]
    assert (rows[-1][0], rows[-1][1]) == ("other", "Vladimir Putin")


_RIA = (
    "РИА Новости\n"
    "Министр: дороги в регионах отремонтируют к осени\n"
    "15.04.2025 08:00\n"
    "МОСКВА, 15 апр — РИА Новости. Министр транспорта Иван Петров рассказал в интервью РИА "
    "Новости о ремонте дорог.\n"
    "\n"
    "— Иван Сергеевич, сколько дорог отремонтируют в этом году?\n"
    "\n"
    "— Около 20 тысяч километров. Большая часть работ придется на лето.\n"
    "\n"
    "— А мосты?\n"
    "\n"
    "— Мостов будет около трехсот. Подрядчики уже определены, финансирование доведено.\n"
    "\n"
    "\n"
    "{heading}\n"
    "Пошлины на ввоз дорожной техники вырастут, заявил министр\n"
    "Вчера, 18:40\n"
    "Минтранс назвал регионы с худшими дорогами\n"
    "Подписывайтесь на РИА Новости в Дзен\n"
)


@pytest.mark.parametrize("heading", ["Еще", "Ещё"])
def test_ria_more_box_is_no_part_of_last_answer(heading: str) -> None:
    rows = turn_rows(_RIA.format(heading=heading))
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith("финансирование доведено.")


_UKRINFORM = (
    "Укрінформ\n"
    "Економіка\n"
    "Ігор Мельник, директор компанії\n"
    "Цього року ми відкриємо нові маршрути\n"
    "12.03.2025 10:00\n"
    "Про нові маршрути — в інтерв’ю директора Ігоря Мельника Укрінформу.\n"
    "\n"
    "– Ігорю, які маршрути з’являться цього року?\n"
    "\n"
    "– Насамперед ми запустимо рейси {declined}, а згодом і до кордону.\n"
    "\n"
    "– Чи подорожчають квитки?\n"
    "\n"
    "– Масштабного подорожчання не буде, соціальні квитки ми не чіпаємо.\n"
    "\n"
    "\n"
    "Ольга Коваль, {town}\n"
    "Фото: Петро Іваненко, Укрінформ\n"
)


@pytest.mark.parametrize(
    ("town", "declined"),
    [
        ("Київ", "з Києва"),
        ("Львів", "до Львова"),
        ("Миколаїв", "у Миколаєві"),
    ],
)
def test_signed_town_named_again_with_turned_vowel(town: str, declined: str) -> None:
    assert run(_UKRINFORM.format(town=town, declined=declined)).meta.place == town
