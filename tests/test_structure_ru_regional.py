"""Russian/Ukrainian regional-media conventions (batch AD): decorated Telegram labels, initials
labels, capitals names alone on a line, a speech announced by its lead."""

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("label", "kind", "surname"),
    [
        ("Питання, Оксана Ткачук, «Суспільне»", LabelKind.QUESTION, "Ткачук"),
        ("Питання, «Укрінформ»", LabelKind.QUESTION, None),
        ("Корр.", LabelKind.INTERVIEWER, None),
        ("И.Т.", LabelKind.PERSON, "И.Т."),
        ("Вопрос из зала", LabelKind.QUESTION, None),
    ],
)
def test_classify(label: str, kind: LabelKind, surname: str | None) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind
    assert (info.name.surname if info.name else None) == surname


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (t.label, t.attrs["speaker"], text[t.start : t.end].split()[0]) for t in analyse(text).turns
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Брифінг заступника міністра Мирослава Коваля\n\n"
            "Мирослав Коваль: Доброго дня. Ситуація стабільна.\n\n"
            "❓ Питання, Оксана Ткачук, «Суспільне»: Це правда?\n\n"
            "💬 Відповідь: Ні, це фейк.\n\n"
            "❓ Питання: Яка ситуація з газом?\n\n"
            "💬 Відповідь: Запаси достатні.\n",
            [
                ("statement", "Мирослав Коваль", "Доброго"),
                ("question", "Оксана Ткачук", "Це"),
                ("answer", "Мирослав Коваль", "Ні,"),
                ("question", None, "Яка"),
                ("answer", "Мирослав Коваль", "Запаси"),
            ],
        ),
        (
            "Иван Танасогло: «Кишинёв говорит языком запретов»\n\n"
            "Корр.: Иван Петрович, с чем вы это связываете?\n\n"
            "И.Т.: С политикой, конечно.\n\n"
            "Корр.: Например?\n\n"
            "И.Т.: Например, после нашего обращения.\n\n"
            "Беседовала Елена Стоянова\n",
            [
                ("question", "Елена Стоянова", "Иван"),
                ("answer", "Иван Танасогло", "С"),
                ("question", "Елена Стоянова", "Например?"),
                ("answer", "Иван Танасогло", "Например,"),
            ],
        ),
        (
            "Гості студії: депутатка Анна Мельник, оглядач Олександр Лисенко. "
            "Ведучий — Остап Дзюба.\n\n"
            "ОСТАП ДЗЮБА, ведучий\nДобрий вечір. Пані Анно, що скажете?\n\n"
            "АННА МЕЛЬНИК, народна депутатка\nЯ не погоджуся.\n\n"
            "ОСТАП ДЗЮБА\nПане Олександре, як у Харкові?\n\n"
            "ОЛЕКСАНДР ЛИСЕНКО, військовий оглядач\nДобрий вечір. Спокійно.\n\n"
            "ОСТАП ДЗЮБА\nПані Анно, а ви?\n\n"
            "АННА МЕЛЬНИК\nГолосувала.\n",
            [
                ("question", "Остап Дзюба", "Добрий"),
                ("answer", "Анна Мельник", "Я"),
                ("question", "Остап Дзюба", "Пане"),
                ("answer", "Олександр Лисенко", "Добрий"),
                ("question", "Остап Дзюба", "Пані"),
                ("answer", "Анна Мельник", "Голосувала."),
            ],
        ),
        (
            "Глава администрации: «Мы помним цену мира»\n\n02.09.2024 12:30\n\n"
            "Бендеры, 2 сентября. В городе прошло собрание. С приветствием к собравшимся "
            "обратился глава государственной администрации города Роман Ивашку. Приводим "
            "текст выступления.\n\nУважаемые ветераны! Дорогие земляки!\n\n"
            "Тридцать четыре года назад наш народ сделал свой выбор.\n",
            [("statement", "Роман Ивашку", "Уважаемые")],
        ),
    ],
)
def test_turns(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _turns(text) == expected
