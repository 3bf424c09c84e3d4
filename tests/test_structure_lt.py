"""Small cases for batch LT (RIA, Interfax, Radio Svoboda, mid.ru, kremlin.ru English): a
related story's card (rubric, headline, "2 апреля, 12:30") set flush between a dash
interview's turns is the page's; a contracted deputy's office ("Замглавы Минсельхоза: …") in a
quote headline names no one, so the lead's "рассказал … Андрей Разин" answers; a broadcaster's
mission line ("… працює в Україні з 1954 року. Наша журналістика – незалежна.") trails."""

import pytest

from rhetoscope.structure.speakers import is_title_token
from structure_support import turn_rows

_RIA = (
    "РИА Новости\n"
    "Интервью\n"
    "Солодов: на Камчатке в этом году откроют новый аэровокзал\n"
    "08:00 03.04.2025\n"
    "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 3 апр — РИА Новости. О субсидированных авиабилетах и рыбной "
    "отрасли в интервью РИА Новости рассказал губернатор Камчатского края Владимир Солодов.\n"
    "— Владимир Викторович, когда откроется новый терминал?\n"
    "— Первых пассажиров терминал примет в июле.\n"
    "— Билеты остаются дорогими. Что делается?\n"
    "— Главный инструмент – субсидированные тарифы. С июня запускаем прямые рейсы.\n"
    "{card}"
    "— Сколько туристов приняла Камчатка?\n"
    "— Около 350 тысяч человек.\n"
)


@pytest.mark.parametrize(
    ("card", "end"),
    [
        (
            "Камчатский край\nТуризм на Камчатке: что нужно знать перед поездкой\n"
            "2 апреля, 12:30\n",
            "запускаем прямые рейсы.",
        ),
        # (no rubric over the headline)
        ("Росрыболовство дало прогноз на лососевую путину\n1 апреля, 15:10\n", "прямые рейсы."),
        # (no card: the answer ends as written)
        ("", "запускаем прямые рейсы."),
    ],
)
def test_flush_related_story_card_is_no_answer(card: str, end: str) -> None:
    rows = turn_rows(_RIA.format(card=card))
    answers = [r for r in rows if r[0] == "answer"]
    assert answers[1][2].endswith(end)
    assert {r[1] for r in answers} == {"Владимир Солодов"}


_INTERFAX = (
    "Интерфакс\n"
    "Интервью\n"
    "{headline}: урожай зерна в 2025 году ожидается на уровне 135 млн тонн\n"
    "14 мая 2025 10:15\n"
    'Москва. 14 мая. INTERFAX.RU - О прогнозе урожая в интервью "Интерфаксу" рассказал '
    "заместитель министра сельского хозяйства РФ Андрей Разин. Беседовала Ольга Малышева.\n"
    "**Андрей Николаевич, как идет посевная?**\n"
    "По данным регионов, яровой сев проведен на 60% площади.\n"
    "**Какой урожай зерна вы ожидаете?**\n"
    "Наш базовый прогноз – 135 млн тонн зерна.\n"
    "**Что будет с ценами на гречку?**\n"
    "Оснований для резкого роста цен нет.\n"
)


@pytest.mark.parametrize("headline", ["Замглавы Минсельхоза", "Замминистра сельского хозяйства"])
def test_contracted_deputy_headline_names_no_one(headline: str) -> None:
    rows = turn_rows(_INTERFAX.format(headline=headline))
    assert {r[1] for r in rows if r[0] == "answer"} == {"Андрей Разин"}
    assert {r[1] for r in rows if r[0] == "question"} == {"Ольга Малышева"}


@pytest.mark.parametrize(
    ("word", "office"),
    [
        ("Замглавы", True),
        ("Замгубернатора", True),
        ("Замгендиректора", True),
        # (surnames that open with the same letters)
        ("Замятин", False),
        ("Замараев", False),
    ],
)
def test_contracted_deputy_is_an_office_word(word: str, office: bool) -> None:
    assert is_title_token(word) is office


_EFIR = (
    "Радіо Свобода\n"
    "Енергетика перед зимою: чи встигнуть громади\n"
    "Василь Зоря: Пане Олександре, наскільки реально підготувати енергосистему до зими?\n"
    "Олександр Харченко: Повністю відновити втрачену генерацію неможливо.\n"
    "Василь Зоря: Дякую за розмову.\n"
    "Олександр Харченко: Дякую, гарного вечора.\n"
    "{footer}"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Радіо Свобода працює в Україні з 1954 року. Наша журналістика – незалежна.\n"
        "Підписуйтеся на наш канал у Telegram\n",
        "Радіо Свобода працює в Україні з 1954 року. Наша журналістика – незалежна.\n",
    ],
)
def test_broadcaster_mission_line_trails(footer: str) -> None:
    rows = turn_rows(_EFIR.format(footer=footer))
    assert rows[-1][1] == "Олександр Харченко"
    assert rows[-1][2].strip() == "Дякую, гарного вечора."
