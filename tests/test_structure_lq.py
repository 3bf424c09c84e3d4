"""Small cases for batch LQ (kremlin.ru, government.ru, RBC, Kommersant, president.gov.ua,
Ukrainska Pravda, CNN, mid.ru English): a regional desk's byline "Name Surname, Town" with the
lead right under it and no date line names the asker of a dash interview and the place; a
"Подписаться на Telegram-канал …" button and a "Публикации с тегами: …" field trail; a
subheading set flush between a learned bold Q&A's lines is no answer's; a Romance town keeps
its lower-case linking word beside the title's date ("Rio de Janeiro, April 29, 2025")."""

import pytest

from structure_support import run, turn_rows

_DASH = (
    "Коммерсантъ\n"
    "{city}\n"
    "Газета «Коммерсантъ-Урал» №84 от 20.05.2025, стр. 7\n"
    "«Запас прочности сетей исчерпан»\n"
    "Министр энергетики области Николай Смирнов — о тарифах и изношенных сетях\n"
    "{byline}\n"
    "Губернатор области подписал программу модернизации коммунальной инфраструктуры на "
    "пять лет стоимостью 78 млрд руб. Министр энергетики Николай Смирнов рассказал о том, "
    "как ее будут выполнять.\n"
    "— Николай Борисович, как область прошла отопительный сезон?\n"
    "— В целом спокойно. Крупных аварий не было, но запас прочности исчерпан.\n"
    "— Сколько нужно, чтобы ситуацию переломить?\n"
    "— Нужно ежегодно менять не менее 4% сетей. Сейчас мы меняем около 2%.\n"
    "— То есть платить в итоге будут жители?\n"
    "— Частично — да. Об этом нужно говорить честно.\n"
    "{footer}"
)


@pytest.mark.parametrize(
    ("city", "byline", "asker", "place"),
    [
        ("Екатеринбург", "Анна Капустина, Екатеринбург", "Анна Капустина", "Екатеринбург"),
        ("Пермь", "Игорь Соколов, Пермь", "Игорь Соколов", "Пермь"),
        # (no town after the comma: no byline of this kind)
        ("Пермь", "Игорь Соколов, министр", None, None),
    ],
)
def test_town_byline_over_the_lead_asks(
    city: str, byline: str, asker: str | None, place: str | None
) -> None:
    text = _DASH.format(city=city, byline=byline, footer="")
    rows = [r for r in turn_rows(text) if r[0] != "other"]
    assert {r[1] for r in rows if r[0] == "question"} == {asker}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Николай Смирнов"}
    if place is not None:
        assert run(text).meta.place == place


@pytest.mark.parametrize(
    "footer",
    [
        "Комментарии\nПодписаться на Telegram-канал «Ъ-Урал»\n",
        "Подписывайтесь на наш Telegram-канал «Ъ-Урал»\n",
    ],
)
def test_subscribe_button_trails(footer: str) -> None:
    text = _DASH.format(city="Екатеринбург", byline="Анна Капустина, Екатеринбург", footer=footer)
    last = turn_rows(text)[-1]
    assert last[2].endswith("Об этом нужно говорить честно.")


def test_tag_field_trails() -> None:
    text = (
        "Рабочая встреча с губернатором Новгородской области Александром Дроновым\n"
        "Владимир Путин провёл рабочую встречу с губернатором Новгородской области "
        "Александром Дроновым. Обсуждалось социально-экономическое положение региона.\n"
        "В.Путин: Александр Владимирович, как с доходами бюджета?\n"
        "А.Дронов: Владимир Владимирович, добрый день! Доходы выросли на 12 процентов.\n"
        "В.Путин: Хорошо. Всего доброго.\n"
        "А.Дронов: Спасибо, Владимир Владимирович.\n"
        "Опубликован в разделах: Новости, Стенограммы\n"
        "Публикации с тегами: Регионы, Новгородская область\n"
        "Прямая ссылка на материал: http://kremlin.ru/events/president/news/76912\n"
    )
    assert turn_rows(text)[-1][2] == "Спасибо, Владимир Владимирович."


_BOLD = (
    "РБК\n"
    "Интервью\n"
    "«Экспорт зерна перестал быть сверхприбыльным»: глава агрохолдинга о новом урожае\n"
    "Генеральный директор агрохолдинга Михаил Воронцов рассказал РБК, почему компания "
    "сокращает посевы пшеницы\n"
    "Автор\n"
    "Ольга Агеева\n"
    "22 мая 2025, 07:00\n"
    "Агрохолдинг обрабатывает около 310 тыс. га в Ростовской области. Его глава Михаил "
    "Воронцов рассказал о прогнозах урожая и экспортной пошлине.\n"
    "**Михаил Сергеевич, как вы оцениваете перспективы нового урожая?**\n"
    "Пока осторожно. Зима была малоснежной, в апреле почти не было осадков.\n"
    "**Официальный прогноз — 135 млн т зерна. Он реалистичен?**\n"
    "Для страны в целом — возможно. Но для юга это оптимистичная оценка.\n"
    "{heading}\n"
    "**Вы сокращаете площади под пшеницей. Почему?**\n"
    "Потому что экономика не сходится. Маржинальность пшеницы на юге близка к нулю.\n"
    "**Где берёте деньги?**\n"
    "Частично собственные средства, частично льготный кредит.\n"
)


@pytest.mark.parametrize("heading", ["Об экспорте и пошлине", "Про порт и логистику"])
def test_flush_subheading_in_learned_bold_dialogue_is_no_answers(heading: str) -> None:
    rows = turn_rows(_BOLD.format(heading=heading))
    answers = [r[2] for r in rows if r[0] == "answer"]
    assert "Для страны в целом — возможно. Но для юга это оптимистичная оценка." in answers
    assert all(heading not in a for a in answers)


@pytest.mark.parametrize(
    ("town", "want"),
    [("Rio de Janeiro", "Rio de Janeiro"), ("Ciudad del Este", "Ciudad del Este")],
)
def test_romance_town_beside_title_date(town: str, want: str) -> None:
    text = (
        "The Ministry of Foreign Affairs of the Russian Federation\n"
        "Home / Press service / Minister's speeches\n"
        "Foreign Minister Sergey Lavrov’s remarks and answers to media questions following the "
        f"BRICS foreign ministers meeting, {town}, April 29, 2025\n"
        "29 April 2025 20:15\n"
        "Ladies and gentlemen,\n"
        "We have just completed a meeting of the BRICS foreign ministers. I would like to thank "
        "our hosts for their hospitality.\n"
        "Question: What did the ministers agree on?\n"
        "Sergey Lavrov: We agreed on the statement on the Middle East.\n"
    )
    assert run(text).meta.place == want
