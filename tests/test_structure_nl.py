"""Small cases for batch NL (РБК, kremlin.ru, NPR): an authors box under a dash interview
("Авторы" / one full name) names who asks when no date stands under the byline; a bare
"Давайте, пожалуйста." assents to a request and asks nothing; a freelance photographer's
"<Name> for NPR" credits the caption above it, which is no introduction."""

import pytest

from structure_support import turn_rows

_RBC = (
    "РБК\n"
    "Бизнес, 14 мар 2025, 07:00\n"
    "Поделиться\n"
    "«Сыр дешевле не станет»: глава завода о ценах\n"
    "Гендиректор «СырПрома» Павел Гордеев рассказал РБК, почему подорожало сырьё\n"
    "Мария Крылова\n"
    "Павел Гордеев (Фото: пресс-служба «СырПрома»)\n"
    "— Павел Андреевич, почему сырьё подорожало?\n"
    "— Корма подорожали, кредиты стали дорогими. Всё это переносится в цену сырья.\n"
    "— А экспорт?\n"
    "— Экспорт — это наш шанс. Мы поставляем продукцию в Казахстан.\n"
    "Читайте также\n"
    "Цены на масло выросли на 30%\n"
    "{box}"
    "Теги\n"
    "Сыр\n"
)


@pytest.mark.parametrize(
    ("box", "asker"),
    [
        ("Авторы\nМария Крылова\n", "Мария Крылова"),
        # (two writers, a line each: nobody asks by name)
        ("Авторы\nМария Крылова\nИван Петров\n", None),
        # (no authors box: the byline over a photo caption, no date under it, names no one, so
        # the outlet the lead has the guest tell asks, session 30)
        ("", "РБК"),
    ],
)
def test_authors_box_names_the_dash_asker(box: str, asker: str | None) -> None:
    rows = [r for r in turn_rows(_RBC.format(box=box)) if r[0] in ("question", "answer")]
    assert [r[1] for r in rows if r[0] == "question"] == [asker, asker]
    assert [r[1] for r in rows if r[0] == "answer"] == ["Павел Гордеев", "Павел Гордеев"]


_KREMLIN = (
    "Встреча с губернатором Тверской области Игорем Руденей\n"
    "13 марта 2025 года 16:40 Москва, Кремль\n\n"
    "Владимир Путин провёл рабочую встречу с губернатором Тверской области Игорем Руденей.\n\n"
    "В.Путин: Игорь Михайлович, как закончили год?\n\n"
    "И.Руденя: Регион закончил год с профицитом бюджета, инвестиции выросли на 12 процентов. "
    "Хотел бы попросить Вашей поддержки по нескольким проектам.\n\n"
    "В.Путин: {last}\n"
)


@pytest.mark.parametrize(
    ("last", "role"),
    [
        ("Давайте, пожалуйста.", "other"),
        ("Давайте.", "other"),
        # (a "Давайте" that goes on to put something to the governor still asks)
        ("Давайте поговорим о дорогах.", "question"),
    ],
)
def test_bare_davaite_assents(last: str, role: str) -> None:
    rows = turn_rows(_KREMLIN.format(last=last))
    assert rows[-1][0] == role
    assert rows[-1][1] == "Владимир Путин"


_NPR = (
    "Morning Edition\n"
    "An Arizona community rations water as its last shared well runs low\n"
    "March 12, 2025 5:11 AM ET\n"
    "Heard on Morning Edition\n"
    "A Martínez\n"
    "Residents fill plastic jugs at a public standpipe in Rio Verde Foothills, Ariz., last "
    "month.\n"
    "{credit}\n"
    "Transcript\n\n"
    "A MARTÍNEZ, HOST:\n\n"
    "The shared well that most households depend on is dropping fast. Gloria Reyes chairs the "
    "water board, and she joins us now. Good morning.\n\n"
    "GLORIA REYES: Good morning, A.\n\n"
    "MARTÍNEZ: So how bad is it right now?\n\n"
    "REYES: Right now we're at 3,000 gallons a month per household.\n"
)


@pytest.mark.parametrize(
    "credit",
    ["Caitlin O'Hara for NPR", "Caitlin O'Hara / AP", "Caitlin O'Hara for The Arizona Republic"],
)
def test_photographer_for_outlet_credits_the_caption(credit: str) -> None:
    rows = turn_rows(_NPR.format(credit=credit))
    assert not any(r[2].startswith("Residents fill") for r in rows)
    assert rows[0][1] == "A Martínez"
