"""Russian press and official-site conventions: lead-named interviewers, dash and bare-name
labels, outlet labels, page indexes, unlabelled answers, in-body page furniture."""

from __future__ import annotations

import pytest

from structure_support import run

LEAD_GENITIVE = (
    "ТАСС\n\nЗаместитель министра Сергей Рябков ответил на вопросы корреспондента ТАСС "
    "Алёны Кудрявцевой о диалоге с США.\n\n"
    "— Сергей Алексеевич, когда начнутся консультации?\n\n— Пока рано говорить.\n\n"
    "«Окно возможностей» не закрыто\n\n"
    "— А что с договором?\n\n— Мы ждём.\n\nЧитайте также\nЛавров: Россия готова к диалогу\n\n"
    "— Последний вопрос: будут ли встречи?\n\n— Не исключаю.\n\nБеседовала Алёна Кудрявцева\n"
)
DASH_LABELS = (
    "Дмитрий Песков в интервью корреспонденту ТАСС Михаилу Гордееву рассказал о планах.\n\n"
    "КОРРЕСПОНДЕНТ — Есть ли конкретика?\n\nПЕСКОВ — Конкретики нет.\n\n"
    "КОРРЕСПОНДЕНТ — А кто готовит встречу?\n\nПЕСКОВ – Работают ведомства.\n\n"
    "НАТО — это инструмент конфронтации, и таким он остается.\n"
)
OUTLET_LABEL = (
    "Глава МИД России Сергей Лавров в интервью обозревателю «Известий» Елизавете Бородиной "
    "рассказал о переговорах.\n\n«Известия»: Сергей Викторович, отношения выправляются?\n\n"
    "Лавров: Говорить рано.\n\n«Известия»: Какие шаги реалистичны?\n\nЛавров: Нормализация.\n"
)
BARE_NAMES = (
    "Министр Сергей Лавров дал интервью «Известиям». Беседовала обозреватель Анна Ветрова.\n\n"
    "Анна Ветрова\nСергей Викторович, есть ли результат?\n\nСергей Лавров\nРезультат есть.\n\n"
    "Анна Ветрова\nА собственность?\n\nСергей Лавров\nВ том числе.\n"
)
IMPLIED_ANSWER = (
    "Брифинг официального представителя МИД России М.В.Захаровой\n\n"
    "Персоналии: Захарова Мария Владимировна\n\n"
    "Вопрос: Как вы оцениваете заявления Брюсселя?\n\nОтвет: Они звучат регулярно.\n\n"
    "Вопрос (газета «Известия»): Есть ли информация о моряках?\n\n"
    "Посольство находится в постоянном контакте с местными властями.\n\n"
    "Вопрос: Диалог с ЕС возможен?\n\nОтвет: Возможен, когда там будут готовы.\n"
)
KREMLIN_MEETING = (
    "Встреча с Президентом Белоруссии Александром Лукашенко\n\n"
    "Владимир Путин провёл в Кремле переговоры с Президентом Белоруссии.\n\n"
    "В.Путин: Уважаемый Александр Григорьевич! Рад вас видеть.\n\n"
    "А.Лукашенко: Спасибо, Владимир Владимирович.\n\n<…>\n\n"
    "В.Путин: Договорились.\n\nА.Лукашенко: Хорошо.\n\n"
    "Темы\nВнешняя политика\nЛица\nЛукашенко Александр Григорьевич\n"
)
REMARK = (
    "Answers to media questions\n\nVladimir Putin answered questions from Russian media.\n\n"
    "Question: How would you sum up this day?\n\nVladimir Putin: It was an important day.\n\n"
    "Remark: They say you are trying to rewrite history.\n\n"
    "Vladimir Putin: On the contrary. We are simply remembering it as it was.\n"
)


@pytest.mark.parametrize(
    ("text", "speakers", "labels", "last_words"),
    [
        (
            LEAD_GENITIVE,
            ["Алёна Кудрявцева", "Сергей Рябков"] * 3,
            ["question", "answer"] * 3,
            ["консультации?", "говорить.", "договором?", "ждём.", "встречи?", "исключаю."],
        ),
        (
            DASH_LABELS,
            ["Михаил Гордеев", "Дмитрий Песков"] * 2,
            ["question", "answer"] * 2,
            ["конкретика?", "нет.", "встречу?", "остается."],
        ),
        (
            OUTLET_LABEL,
            ["Елизавета Бородина", "Сергей Лавров"] * 2,
            ["question", "answer"] * 2,
            ["выправляются?", "рано.", "реалистичны?", "Нормализация."],
        ),
        (
            BARE_NAMES,
            ["Анна Ветрова", "Сергей Лавров"] * 2,
            ["question", "answer"] * 2,
            ["результат?", "есть.", "собственность?", "числе."],
        ),
        (
            IMPLIED_ANSWER,
            [None, "Мария Захарова", "Известия", "Мария Захарова", None, "Мария Захарова"],
            ["question", "answer"] * 3,
            ["Брюсселя?", "регулярно.", "моряках?", "властями.", "возможен?", "готовы."],
        ),
        (
            KREMLIN_MEETING,
            ["Владимир Путин", "Александр Лукашенко"] * 2,
            ["statement"] * 4,
            ["видеть.", "Владимирович.", "Договорились.", "Хорошо."],
        ),
        (
            REMARK,
            [None, "Vladimir Putin"] * 2,
            ["question", "answer"] * 2,
            ["day?", "day.", "history.", "was."],
        ),
    ],
    ids=[
        "lead-genitive",
        "caps-dash",
        "outlet",
        "bare-names",
        "implied-answer",
        "kremlin-index",
        "remark",
    ],
)
def test_russian_press_conventions(
    text: str, speakers: list[str | None], labels: list[str], last_words: list[str]
) -> None:
    doc = run(text)
    # The lead or dek before the dialogue is an unlabelled introduction: not checked here.
    body = [
        t
        for t in doc.layer("turns")
        if not (t.attrs["label_span"] is None and t.label in ("other", "statement"))
    ]
    assert [t.attrs["speaker"] for t in body] == speakers
    assert [t.label for t in body] == labels
    assert [doc.text[t.start : t.end].split()[-1] for t in body] == last_words
