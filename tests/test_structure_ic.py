"""Batch IC snippets: label-less Russian and Ukrainian press interviews — a regional paper's
byline with the surname in capitals under the date (the correspondent's town after it), the
author's name printed twice over the date, a quote caption over its credit line above bold
questions, the editor's dated "Нагадаємо," recap under the last answer, a third voice brought
in by a spaced hyphen, a reaction ("Звучит сурово.") the interviewee takes up, and readers'
comments under a bare count ("Комментарии 14")."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _name_over_date
from rhetoscope.structure.metadata import extract, trailing_start
from structure_support import spoken_rows, turn_rows


@pytest.mark.parametrize(
    ("head", "want"),
    [
        # the byline under the date, the photo credit below it
        (
            "Вільне життя\nГоловна / Агро\n\n«Озимі перезимували добре»\n02.04.2025 | 08:40\n"
            "Галина САДОВСЬКА\nФото автора\n\nМи поговорили з фермером Богданом Стецьком.\n",
            "Галина Садовська",
        ),
        # the correspondent's town after the name
        (
            "Галичина\n\nГори не пробачають\n17.01.2025 | Переглядів: 356\n"
            "Оксана ГНАТІВ, Яремче\n\nМи поговорили з рятувальником Василем Гуцуляком.\n",
            "Оксана Гнатів",
        ),
        # the dek and a share button between the date and the byline
        (
            "Комсомольская правда\nОбщество11 февраля 2025 13:45\nДиректор зоопарка: «…»\n"
            "Наталья Широбокова рассказала, как животные переживают морозы\nПоделиться\n"
            "Дарья ЛЕБЕДЕВА\nФото: пресс-служба\n\nЛид.\n",
            "Дарья Лебедева",
        ),
        # the author's name twice (an avatar's alt text over the name), then the post and date
        (
            "Главком\n\nЕкономіст: бюджет війни\n\nЯрослав Гречук\nЯрослав Гречук\n"
            "Журналіст «Главкома»\n16 вересня 2025, 07:00\n\nЛід.\n",
            "Ярослав Гречук",
        ),
        # no date anywhere above: a name in capitals is no byline by itself
        ("Заголовок\n\nГалина САДОВСЬКА\nФото автора\n\nЛід.\n", None),
    ],
)
def test_caps_surname_byline(head: str, want: str | None) -> None:
    author = _name_over_date(head, [])
    assert (author.display() if author is not None else None) == want


def test_caps_byline_town_is_the_place() -> None:
    text = (
        "Галичина\nГоловна » Інтерв'ю\n\nГори не пробачають\n17.01.2025 | Переглядів: 356\n"
        "Оксана ГНАТІВ, Яремче\n\nЛід інтерв'ю про рятувальників.\n"
    )
    assert extract(text).place == "Яремче"


_GLAVCOM = (
    "Главком\nНовини   Політика   Економіка   Інтерв'ю   Столиця   Війна\nГоловна » Інтерв'ю\n\n"
    "Економіст Ігор Бурлака: Бюджет-2026 – це бюджет війни, навіть якщо війна закінчиться\n"
    "Директор Центру бюджетного аналізу – про дефіцит і податки\n\n"
    "Ярослав Гречук\nЯрослав Гречук\nЖурналіст «Главкома»\n16 вересня 2025, 07:00\n\n"
    "Ігор Бурлака: Ми звикли, що західна допомога приходить, як зарплата, а це не так\n"
    "фото: Главком/Станіслав Груздєв\n\n"
    "Уряд подав проєкт бюджету. «Главком» поговорив з економістом Ігорем Бурлакою.\n\n"
    "**Пане Ігорю, перше враження від проєкту бюджету?**\n\n"
    "Це бюджет війни. Витрати на оборону не знизяться.\n\n"
    "**А військовий збір?**\n\n"
    "Його вже підвищили до 5%, і на цьому треба зупинитися.\n\n"
    "**Останнє питання. Що змінили б першим?**\n\n"
    "Я б посилив контроль за закупівлями в обороні.\n\n"
    "Нагадаємо, 15 вересня уряд схвалив проєкт держбюджету-2026. Перше читання в жовтні.\n"
)


def test_caption_over_credit_line_is_no_label() -> None:
    rows = spoken_rows(_GLAVCOM)
    assert [r[:2] for r in rows] == [
        ("question", "Ярослав Гречук"),
        ("answer", "Ігор Бурлака"),
    ] * 3
    # the editor's dated recap is no part of the last answer
    assert rows[-1][2] == "Я б посилив контроль за закупівлями в обороні."


def test_third_voice_after_spaced_hyphen() -> None:
    text = (
        "КП\n\nЗоопарк зимой\n\n«КП» узнала у директора зоопарка Натальи Широбоковой.\n\n"
        "- Наталья Викторовна, как звери переносят холода?\n\n"
        "- Большинство наших животных - северяне, для них минус 30 - рабочая погода.\n\n"
        "- Чем кормите зверей в морозы?\n\n"
        "- Рацион зимой становится калорийнее.\n\n"
        "- Вот эту смесь мы готовим сами, - подключается к разговору зоотехник Алексей "
        "Корепанов. - Овес, ячмень, морковь.\n\n"
        "- Кого поселят в новом вольере?\n\n"
        "- Амурских тигров.\n"
    )
    speakers = [r[1] for r in spoken_rows(text) if r[0] == "answer"]
    director, keeper = "Наталья Широбокова", "Алексей Корепанов"
    assert speakers == [director, director, keeper, director]


@pytest.mark.parametrize(
    ("remark", "want"),
    [
        ("— Звучит сурово.", "question"),
        # a plain remark of the interviewer's is still no question
        ("— Понятно.", "other"),
    ],
)
def test_dashed_reaction_asks(remark: str, want: str) -> None:
    text = (
        "Вечерняя Москва\n\nИрина Малахова\n21 марта 2025 в 10:00\n\n"
        "«Вечерняя Москва» побеседовала с худруком театра Григорием Белоусовым.\n\n"
        "— Григорий Аркадьевич, дети скучают на спектаклях?\n\n"
        "— Первые пять минут бывает.\n\n"
        "— А родители в зале мешают?\n\n"
        "— Бывает. Взрослые снимают весь спектакль на телефон.\n\n"
        f"{remark}\n\n"
        "— Но это правда. Поэтому администратор просит убрать телефоны.\n\n"
        "— Что покажете в новом сезоне?\n\n"
        "— «Сказку о царе Салтане».\n"
    )
    rows = turn_rows(text)
    words = remark.removeprefix("— ")
    assert [r[0] for r in rows if r[2] == words] == [want]


def test_comments_under_bare_count_are_trailing() -> None:
    body = (
        "— Когда появится трамвай до Салмачей?\n\n"
        "— Проект есть, мы его обсуждаем с мэрией и республикой. Это около восьми километров "
        "новых путей. Без федеральных денег такую стройку не потянуть. Если получится войти в "
        "программу инфраструктурных кредитов, начнем проектировать уже в 2026 году.\n\n"
    )
    text = (
        body + "Комментарии 14\nГость Рустам\n14.04.2025 07:12\n"
        "Пусть сначала 5-й трамвай ходить начнет нормально\nОтветить   23   5\n"
    )
    assert trailing_start(text) <= len(body.rstrip()) + 2


def test_agency_byline_under_the_date_is_no_name() -> None:
    # Merged rounds: the capitals-surname byline must not read an agency's "By RSS" as a person.
    from rhetoscope.structure.dialogue import _name_over_date

    assert _name_over_date("Kathmandu, 14 March 2025\nBy RSS\n", []) is None
    found = _name_over_date("14.03.2025\nОксана ГНАТІВ, Яремче\n", [])
    assert found is not None and found.surname == "Гнатів"
