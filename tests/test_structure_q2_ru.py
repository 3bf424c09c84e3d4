"""Russian and Ukrainian pages of batch Q2: Federation Council stenograms, floor roles, names
with patronymics, speech titles, programme pages and page footers (short snippets)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import turn_rows as turns

SOVFED = """СТЕНОГРАММА
Председательствует заместитель Председателя Совета Федерации Инна Сергеевна Ладыгина

Председательствующий. Коллеги, доклад сделает Андрей Николаевич Кузнецов. Пожалуйста.

А. Н. Кузнецов, первый заместитель председателя Комитета (представитель от органа \
государственной власти Тверской области).

Уважаемая Инна Сергеевна! Комитет рекомендует одобрить закон. Доклад окончен.

Председательствующий. Спасибо. Есть вопросы. Земцова Ирина Викторовна.

И. В. Земцова, член Комитета по социальной политике.

Андрей Николаевич, как быть со сроком? Оборудование не поставляется.

А. Н. Кузнецов. Ирина Викторовна, сроки можно перенести.

Председательствующий. Спасибо. Ставлю на голосование. Прошу голосовать.

Идёт голосование.

Результаты голосования (13 час. 42 мин. 07 сек.)
За\t161 чел.\t94,7%
Решение:\tпринято

Председательствующий. Решение принято.
"""


def test_federation_council_stenogram() -> None:
    got = turns(SOVFED)
    assert [(label, who) for label, who, _ in got] == [
        ("other", "Инна Ладыгина"),
        ("statement", "Андрей Кузнецов"),  # the report answers nobody
        ("other", "Инна Ладыгина"),
        ("question", "Ирина Земцова"),  # asks, then gives the reason
        ("answer", "Андрей Кузнецов"),
        ("other", "Инна Ладыгина"),
        ("other", "Инна Ладыгина"),
    ]
    assert got[1][2].startswith("Уважаемая Инна Сергеевна!")
    assert got[5][2].endswith("Прошу голосовать.")  # the vote record is no one's words


@pytest.mark.parametrize(
    ("lead", "label", "want"),
    [
        (
            "Глава агентства Игорь Валерьевич Сухарев рассказал о навигации.",
            "И.Сухарев",
            "Игорь Сухарев",
        ),
        (
            "Ответили Анатолий Викторович Ремезов и Елена Андреевна Сташевская.",
            "Е. Сташевская",
            "Елена Сташевская",
        ),
        ("Доповідає Ігор Степанович Мельник, голова підкомітету.", "І.С. Мельник", "Ігор Мельник"),
        # a second initial that disagrees with the patronymic names no one
        ("Глава агентства Игорь Валерьевич Сухарев рассказал о навигации.", "И.П.Сухарев", None),
    ],
)
def test_initials_completed_from_given_name_patronymic_surname(
    lead: str, label: str, want: str | None
) -> None:
    text = (
        f"Заголовок\n\n{lead}\n\nИнтерфакс: Как навигация?\n\n{label}: Хорошо идёт.\n\n"
        f"Интерфакс: А завоз?\n\n{label}: Начнём раньше.\n"
    )
    speakers = {who for role, who, _ in turns(text) if role == "answer"}
    assert len(speakers) == 1
    if want is None:
        assert "Игорь" not in str(speakers)
    else:
        assert speakers == {want}


def test_speech_page_title_names_the_speaker() -> None:
    text = (
        "Министерство\nГлавная / Пресс-служба / Выступления\n\n"
        "Выступление Министра сельского хозяйства Российской Федерации Дмитрия Николаевича "
        "Ковалёва на расширенном заседании коллегии «Об итогах работы в 2024 году»\n\n"
        "14 марта 2025 года, Москва\n\nУважаемые коллеги! Год был непростым для отрасли.\n\n"
        "Спасибо за внимание.\n\n(Аплодисменты.)\n\nВерсия для печати\nПоделиться\n"
    )
    got = turns(text)
    assert len(got) == 1
    assert got[0][:2] == ("statement", "Дмитрий Ковалёв")
    assert got[0][2].startswith("Уважаемые коллеги!")
    assert got[0][2].endswith("Спасибо за внимание.")


def test_programme_page_names_hosts_and_guest() -> None:
    text = (
        "Подкаст\n\nВедучі: Олена Яковенко, Павло Гнатюк\nГість: Максим Руденко, аналітик\n\n"
        "Олена Яковенко: Привіт! Це подкаст про фінанси.\n\nПавло Гнатюк: Всім привіт.\n\n"
        "Олена Яковенко: У нас у гостях Максим Руденко. Максиме, вітаємо.\n\n"
        "Максим Руденко: Привіт, дякую.\n\nПавло Гнатюк: Що буде з гривнею? Чому?\n\n"
        "Максим Руденко: Резервів достатньо.\n\nОлена Яковенко: Дякуємо тобі.\n"
    )
    assert [label for label, _, _ in turns(text)] == [
        "other",
        "other",
        "other",
        "answer",
        "question",
        "answer",
        "other",
    ]


@pytest.mark.parametrize(
    "footer",
    [
        "Если вы обнаружили ошибку на странице, выделите ее и нажмите Ctrl+Enter",
        "Стенограмма размещается в неправленом виде.",
        "Розшифровка зроблена автоматично та відредагована. Можливі неточності.",
        "Все выпуски программы «Вечерний разбор»\nПоддержать редакцию",
        "Версія для друку\nСтенограми засідань – rada.gov.ua",
    ],
)
def test_russian_and_ukrainian_page_footers(footer: str) -> None:
    body = "Н.САВЕЛЬЕВ: Спасибо, до свидания."
    text = f"{body}\n\n{footer}\n"
    assert text[: trailing_start(text)].rstrip() == body
