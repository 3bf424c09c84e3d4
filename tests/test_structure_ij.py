"""Small cases for the IJ round (labelless Russian and Ukrainian press interviews): a closing
"Беседовал" signature with the surname in capitals names who asks; a lead's masculine genitive
("Василя …", "Сергія …") called by its vocative is read in the nominative; a relative who
shares the interviewee's surname joins in as a voice of their own (the Ukrainian reflexive
"втручається" brings them in); a bold section heading over a question that gives its premise
after the "?" is the page's; the editor's "Нагадаємо, раніше …" pointer under the closing
thanks is no answer; a Cyrillic correspondent's closing "Name, Town" signature gives the place."""

import pytest

from structure_support import run, spoken_rows

_DASHED_RU = (
    "ГАЗЕТА\nОбщество\n\n«Вода приходит за два часа». Глава района — о паводке\n"
    "14.03.2025 09:15 | Общество\n\n"
    "Как готовятся к половодью прибрежные сёла, рассказал глава района Виктор Зуев.\n\n"
    "— Виктор Николаевич, чего ждать жителям района этой весной?\n\n"
    "— Прогноз непростой. Снега в тайге выпало много.\n\n"
    "— Что сделано с тех пор?\n\n"
    "— Многое. Укрепили дамбу.\n\n"
    "— Вы сами во время паводка где будете?\n\n"
    "— В штабе. Глава должен быть там, где вода.\n\n"
    "{sign}\n\n"
    "СПРАВКА\nРайон расположен в центральной части края. Население – около 9,5 тысячи человек.\n\n"
    "Поделиться:  ВКонтакте  Одноклассники  Telegram\n"
)


@pytest.mark.parametrize(
    ("sign", "asker"),
    [
        ("Беседовал Дмитрий КАЛИНИН", "Дмитрий Калинин"),
        ("Беседовала Анна Сорокина", "Анна Сорокина"),
    ],
)
def test_closing_credit_with_caps_surname_asks(sign: str, asker: str) -> None:
    rows = spoken_rows(_DASHED_RU.format(sign=sign))
    assert [r[1] for r in rows if r[0] == "question"] == [asker] * 3
    assert rows[-1][2].endswith("там, где вода.")


_FARM = (
    "Рівне Вечірнє\nГоловна » Суспільство\n\n«Молоко нині дешевше за воду»: фермер – про корів\n"
    "15.04.2025 08:40\nСпілкувалася Людмила Бондар\n\n"
    "Фермерське господарство {gen} в селі Чудель – одне з небагатьох на півночі області. "
    "Ми поговорили з фермером про те, як утримати бізнес.\n\n"
    "– Пане {voc}, з чого все починалося?\n\n"
    "– З двох корів і трактора, якого мені батько залишив.\n\n"
    "– Працівників важко знайти?\n\n"
    "– Дуже. Молодь на ферму не йде.\n\n"
    "– А я вам скажу чому, – втручається в розмову дружина фермера {wife}. – Бо в нас "
    "у селі ні садочка, ні дороги.\n\n"
    "– А ваші діти продовжуватимуть справу?\n\n"
    "– Син закінчує аграрний університет.\n"
)


@pytest.mark.parametrize(
    ("gen", "voc", "wife", "farmer"),
    [
        ("Василя Гордійчука", "Василю", "Надія Гордійчук", "Василь Гордійчук"),
        ("Сергія Мельника", "Сергію", "Надія Мельник", "Сергій Мельник"),
    ],
)
def test_genitive_lead_name_and_relative_voice(gen: str, voc: str, wife: str, farmer: str) -> None:
    rows = spoken_rows(_FARM.format(gen=gen, voc=voc, wife=wife))
    answers = [(r[1], r[2].split(",")[0][:10]) for r in rows if r[0] == "answer"]
    assert answers == [
        (farmer, "З двох кор"),
        (farmer, "Дуже. Моло"),
        (wife, "А я вам ск"),
        (farmer, "Син закінч"),
    ]


def test_bold_heading_over_premised_question_and_closing_pointer() -> None:
    text = (
        "Суспільне | Полтава\nГоловна / Полтава / Інтерв'ю\n\n"
        "«Перші пів року — найважчі»: як у Полтаві допомагають переселенцям\n"
        "17 квітня 2025, 12:40\nМарина Свиридова\n\n"
        "З якими проблемами звертаються переселенці, Суспільне Полтава розпитало керівницю "
        "громадської організації Юлію Кириченко.\n\n"
        "**Пані Юліє, з якими запитами до вас звертаються?**\n\n"
        "Житло, робота, документи – ось три головні теми.\n\n"
        "**Житло**\n\n"
        "**Наскільки складно винайняти квартиру?**\n\n"
        "Складно і дорого.\n\n"
        "**Робота**\n\n"
        "**А з роботою як? Переселенці кажуть, що роботодавці неохоче їх беруть.**\n\n"
        "Це частково правда.\n\n"
        "**Дякую за розмову.**\n\n"
        "Нагадаємо, раніше Суспільне Полтава писало, що в Полтаві відкрили ще один хаб.\n"
    )
    rows = spoken_rows(text)
    assert [(r[0], r[2]) for r in rows] == [
        ("question", "Пані Юліє, з якими запитами до вас звертаються?"),
        ("answer", "Житло, робота, документи – ось три головні теми."),
        ("question", "Наскільки складно винайняти квартиру?"),
        ("answer", "Складно і дорого."),
        ("question", "А з роботою як? Переселенці кажуть, що роботодавці неохоче їх беруть."),
        ("answer", "Це частково правда."),
        ("other", "Дякую за розмову."),
    ]
    assert rows[-1][1] == "Марина Свиридова"


@pytest.mark.parametrize(
    ("sign", "where", "place"),
    [
        ("Ірина Дробович, Житомир", " у Житомирі", "Житомир"),
        ("Ірина Дробович, Івано-Франківськ", " в Івано-Франківську", "Івано-Франківськ"),
        # an outlet after the name is no town
        ("Ірина Дробович, Укрінформ", "", None),
        # a town the text never names is the correspondent's base, no evidence of the place
        ("Ірина Дробович, Житомир", "", None),
    ],
)
def test_closing_signature_town_is_place(sign: str, where: str, place: str | None) -> None:
    text = (
        "Укрінформ\nГоловна   Регіони\n\nОксана Демченко, директорка центру «Поруч»\n"
        "Ветеранам не потрібна жалість\n\nРегіони\n14.03.2025 10:15\n\n"
        f"Центр реабілітації «Поруч» відкрився{where} на початку 2024 року.\n\n"
        "**Пані Оксано, хто до вас приходить найчастіше?**\n\n"
        "Найбільше – чоловіки 35–50 років.\n\n"
        "**З якими запитами звертаються ветерани?**\n\n"
        "Дуже різними.\n\n"
        f"{sign}\n\nФото надані центром «Поруч»\n"
    )
    assert run(text).meta.to_dict()["place"] == place
