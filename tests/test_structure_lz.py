"""Small cases for batch LZ (whitehouse.gov, state.gov, NBC, CBS, mid.ru, president.gov.ua): a
show's promo line naming its day and network with no hour ("Watch Meet the Press Sundays on NBC
and stream on Peacock") is the page's, not the host's sign-off; mid.ru's topic tags over
"Дополнительные материалы" may name a body with its short form in brackets ("Лига арабских
государств (ЛАГ)") and still go with the page."""

import pytest

from rhetoscope.structure.metadata import PROMO_LINE
from structure_support import turn_rows

_NBC = (
    "NBC News\n"
    "Meet the Press\n"
    "Meet the Press - August 17, 2025\n\n"
    "KRISTEN WELKER:  Governor, what will you do?\n\n"
    "GOV. SPENCER COX:  We'll follow our constitution.\n\n"
    "KRISTEN WELKER:  Governor Cox, thank you very much. When we come back, our panel is here.\n\n"
    "Meet the Press\n"
    "{promo}\n"
    "Sponsored Stories\n"
    "About\n"
    "Privacy Policy\n"
)


@pytest.mark.parametrize(
    "promo",
    [
        "Watch Meet the Press Sundays on NBC and stream on Peacock",
        "Watch Face the Nation every Sunday on CBS",
        "Listen to The World Tonight weekdays on BBC Radio 4",
    ],
)
def test_show_slot_promo_closes_last_turn(promo: str) -> None:
    assert PROMO_LINE.match(promo)
    rows = turn_rows(_NBC.format(promo=promo))
    assert rows[-1][1] == "Kristen Welker"
    assert rows[-1][2].endswith("our panel is here.")


@pytest.mark.parametrize(
    "line",
    [
        "We watch it on Sundays on our porch.",
        "I watch the news daily on the train, and it makes me angry.",
    ],
)
def test_spoken_watching_is_no_promo(line: str) -> None:
    assert not PROMO_LINE.match(line)


_MID = (
    "Министерство иностранных дел Российской Федерации\n"
    "Интервью\n"
    "Интервью заместителя Министра иностранных дел Российской Федерации М.Л.Богданова "
    "агентству ТАСС, 12 марта 2025 года\n"
    "12.03.2025 10:15\n"
    "Версия для печати\n\n"
    "Вопрос: Михаил Леонидович, как Вы оцениваете контакты с Дамаском?\n\n"
    "М.Л.Богданов: Мы поддерживаем рабочие контакты. Диалог продолжается.\n\n"
    "Вопрос: Есть ли прогресс в ливийском урегулировании?\n\n"
    "М.Л.Богданов: Да, мы поддерживаем контакты со всеми силами. Выход из кризиса возможен "
    "только через выборы.\n\n"
    "Ливия\n"
    "Ближневосточное урегулирование\n"
    "{tag}\n"
    "Дополнительные материалы\n"
    "Фото\n"
)


@pytest.mark.parametrize(
    "tag", ["Лига арабских государств (ЛАГ)", "Организация Объединенных Наций (ООН)", "Африка"]
)
def test_topic_tag_with_short_form_is_the_pages(tag: str) -> None:
    rows = turn_rows(_MID.format(tag=tag))
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith("только через выборы.")
