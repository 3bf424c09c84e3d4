"""Small cases for batch PB (round 54): a broadcaster's "More on RT" box under the sign-off is
the page's; a head of government who asks in half his turns while the other voice never asks
(government.ru: the first turn closes on "Расскажите, пожалуйста, …", later ones put the fact
after the "?"). Also pinned: the documented introduction convention the batch's gold departed
from: the summary over the date block starts the introduction, which runs through the lead
below (kremlin.ru, RT, as the older kremlin.ru and Bloomberg fixtures have it)."""

import pytest

from structure_support import turn_rows

_KREMLIN = (
    "Президент России\n"
    "Новости   Стенограммы   Поездки   Фото   Видео\n"
    "\n"
    "Рабочая встреча с губернатором Тверской области Игорем Руденей\n"
    "\n"
    "Владимир Путин провёл рабочую встречу с губернатором Тверской области Игорем Руденей.\n"
    "{date}"
    "\n"
    "Глава региона доложил Президенту о социально-экономической ситуации в области и о ремонте "
    "дорог.\n"
    "\n"
    "В.Путин: Игорь Михайлович, добрый день! Как идут дела в области?\n"
    "\n"
    "И.Руденя: Добрый день, Владимир Владимирович! Валовой региональный продукт вырос на 3 "
    "процента, безработица на историческом минимуме.\n"
    "\n"
    "В.Путин: А дороги?\n"
    "\n"
    "И.Руденя: Отремонтировали 400 километров, в этом году планируем ещё 450.\n"
)

_RT = (
    "RT\n"
    "News   Russia   World News   Business   Shows\n"
    "\n"
    "CrossTalk\n"
    "\n"
    "Europe rearms\n"
    "\n"
    "John Host and guests discuss the EU's rearmament plan.\n"
    "\n"
    "{date}"
    "Get short URL\n"
    "Facebook  Telegram  X  VK\n"
    "\n"
    "CrossTalking with John Host are Anna Guest and Mark Other.\n"
    "\n"
    "JOHN HOST: Hello and welcome. Anna, who is this plan really for?\n"
    "\n"
    "ANNA GUEST: It is for the arms industry first of all, and for the political class.\n"
    "\n"
    "JOHN HOST: Mark, do you agree?\n"
    "\n"
    "MARK OTHER: No. The money itself largely does not exist, it is borrowing.\n"
    "\n"
    "JOHN HOST: Many thanks to my guests, and remember, CrossTalk rules.\n"
    "\n"
    "More on RT\n"
    "Kremlin comments on EU rearmament plan\n"
    "Orban: EU leaders want the war to continue\n"
)


@pytest.mark.parametrize(
    ("date", "intro"),
    [
        # the summary over the date block opens the introduction, the lead below in it
        ("18 марта 2025 года\n16:10\nМосква, Кремль\n", "Владимир Путин провёл"),
        ("", "Владимир Путин провёл"),
    ],
)
def test_kremlin_summary_over_date_block(date: str, intro: str) -> None:
    rows = turn_rows(_KREMLIN.format(date=date))
    assert rows[0][:2] == ("other", None)
    assert rows[0][2].startswith(intro)
    assert rows[0][2].endswith("ремонте дорог.")
    assert [(lab, spk) for lab, spk, _ in rows[1:]] == [
        ("question", "Владимир Путин"),
        ("answer", "Игорь Руденя"),
        ("question", "Владимир Путин"),
        ("answer", "Игорь Руденя"),
    ]


@pytest.mark.parametrize(
    ("date", "intro"),
    [
        ("14 Mar, 2025 12:16\n", "John Host and guests discuss"),
        ("", "John Host and guests discuss"),
    ],
)
def test_rt_standfirst_over_date_and_more_on_box(date: str, intro: str) -> None:
    rows = turn_rows(_RT.format(date=date))
    assert rows[0][:2] == ("other", None)
    assert rows[0][2].startswith(intro)
    assert rows[-1][:2] == ("other", "John Host")
    assert rows[-1][2].endswith("CrossTalk rules.")  # "More on RT" and its links are the page's


_GOVERNMENT = (
    "Правительство России\n"
    "\n"
    "Встреча Михаила Мишустина с руководителем Росрыболовства Ильёй Шестаковым\n"
    "\n"
    "20 марта 2025\n"
    "\n"
    "Обсуждались итоги работы рыбохозяйственного комплекса в 2024 году.\n"
    "\n"
    "М.Мишустин: Илья Васильевич, добрый день!\n"
    "\n"
    "Президент поставил задачу увеличить производство рыбы и обновить флот.\n"
    "\n"
    "{prompt}\n"
    "\n"
    "И.Шестаков: Уважаемый Михаил Владимирович! В 2024 году вылов составил 5,3 миллиона тонн. "
    "Это один из лучших результатов за последние 30 лет.\n"
    "\n"
    "М.Мишустин: Как обстоят дела с доступностью рыбы для людей? Цены в магазинах "
    "по-прежнему вызывают вопросы.\n"
    "\n"
    "И.Шестаков: Михаил Владимирович, мы реализуем программу «Рыбная неделя» вместе с "
    "торговыми сетями.\n"
    "\n"
    "М.Мишустин: А что с научным обеспечением? Вы планировали обновить научный флот.\n"
    "\n"
    "И.Шестаков: Да. В прошлом году на воду спущено научно-исследовательское судно.\n"
    "\n"
    "М.Мишустин: Спасибо. Продолжайте работу, все поручения по поддержке отрасли будут "
    "выполнены.\n"
)


@pytest.mark.parametrize(
    ("prompt", "labels"),
    [
        (
            "Расскажите, пожалуйста, о результатах работы отрасли в прошлом году.",
            ["question", "answer", "question", "answer", "question", "answer", "other"],
        ),
    ],
)
def test_head_asks_in_half_his_turns_other_never_asks(prompt: str, labels: list[str]) -> None:
    rows = turn_rows(_GOVERNMENT.format(prompt=prompt))
    assert rows[0][:2] == ("other", None)
    assert [lab for lab, _, _ in rows[1:]] == labels
    assert [spk for _, spk, _ in rows[1:3]] == ["Михаил Мишустин", "Илья Шестаков"]
