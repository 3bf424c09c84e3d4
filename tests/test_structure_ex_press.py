"""Russian and Ukrainian press interviews without labels (round 30): a "Беседовала" credit over
a dossier box, an address by given name and patronymic, numbered bold questions, italic
questions without "?", a podcast host who "говорить з" the guest."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows, turn_rows

DOSSIER = (
    "Интервью\n\n"
    "Главный инженер порта — о ледоколах и сроках\n\n"
    "**— Игорь Семёнович, когда откроется новый причал?**\n\n"
    "— Летом, если подрядчик не подведёт.\n\n"
    "**— А ледоколы?**\n\n"
    "— Два уже заказаны.\n\n"
    "Беседовал Олег Миронов\n\n"
    "СПРАВКА\n"
    "Игорь Семёнович Лаптев родился в 1971 году в Архангельске. Окончил морскую академию.\n"
)
PATRONYMIC = (
    "Нина Аркадьевна открывает библиотеку в восемь. Тридцать лет она работает здесь.\n\n"
    "Нина Аркадьевна Белова. Фото автора\n\n"
    "Нина Аркадьевна, тридцать лет в одной библиотеке. Не надоело?\n\n"
    "Нет, что вы. Книги меняются, читатели тоже.\n\n"
    "А что изменилось сильнее?\n\n"
    "Читатели. Они стали торопиться.\n\n"
    "Почему?\n\n"
    "Телефоны, наверное. Всё быстро.\n"
)
NUMBERED = (
    "П'ять запитань про кліщів\n\n"
    "Ми поставили п'ять запитань лікарці-епідеміологині Мар'яні Шевчук — про укуси і щеплення.\n\n"
    "**1. Чи небезпечні кліщі в місті?**\n\n"
    "Так, їх дедалі більше в парках.\n\n"
    "**2. Що робити після укусу**\n\n"
    "Обережно витягти кліща і звернутися до лікаря.\n\n"
    "**3. Чи є щеплення?**\n\n"
    "Є, від кліщового енцефаліту.\n"
)
ITALIC = (
    "Автор: Ігор Литвин\n\n"
    "Оксана Гуменюк та Петро Ярема відкрили сироварню в селі. Ми розпитали їх про справу.\n\n"
    "_Як усе почалося?_\n\n"
    "**Гуменюк:** З однієї кози.\n\n"
    "_А чому саме сир_\n\n"
    "**Ярема:** Бо молоко треба було кудись дівати.\n\n"
    "_Що далі?_\n\n"
    "**Гуменюк:** Крамниця.\n"
)
PODCAST = (
    "Текстова версія подкасту. Ведучий Артем Білик говорить з економісткою Дариною Мороз "
    "про ціни.\n\n"
    "Ведучий: Вітаю в студії.\n\n"
    "Гостя: Добрий день.\n\n"
    "Ведучий: Чому дорожчає хліб?\n\n"
    "Гостя: Бо дорожчає енергія.\n\n"
    "Проєкт створено за підтримки Фонду розвитку медіа. Погляди авторів можуть не збігатися "
    "з позицією донора.\n"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            DOSSIER,
            [
                ("question", "Олег Миронов"),
                ("answer", "Игорь Лаптев"),
                ("question", "Олег Миронов"),
                ("answer", "Игорь Лаптев"),
            ],
        ),
        (
            PATRONYMIC,
            [
                ("question", None),
                ("answer", "Нина Белова"),
                ("question", None),
                ("answer", "Нина Белова"),
                ("question", None),
                ("answer", "Нина Белова"),
            ],
        ),
        (
            ITALIC,
            [
                ("question", "Ігор Литвин"),
                ("answer", "Оксана Гуменюк"),
                ("question", "Ігор Литвин"),
                ("answer", "Петро Ярема"),
                ("question", "Ігор Литвин"),
                ("answer", "Оксана Гуменюк"),
            ],
        ),
    ],
)
def test_press_speakers(text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(r[0], r[1]) for r in spoken_rows(text)] == want


def test_dossier_box_is_no_answer() -> None:
    assert turn_rows(DOSSIER)[-1][2] == "Два уже заказаны."


def test_numbered_questions_lose_their_number() -> None:
    rows = spoken_rows(NUMBERED)
    assert [r[0] for r in rows] == ["question", "answer"] * 3
    assert rows[0][2] == "Чи небезпечні кліщі в місті?"
    assert rows[2][2] == "Що робити після укусу"
    assert {r[1] for r in rows if r[0] == "answer"} == {"Мар'яна Шевчук"}


def test_podcast_guest_and_grant_credit() -> None:
    rows = spoken_rows(PODCAST)
    assert rows[-1] == ("answer", "Дарина Мороз", "Бо дорожчає енергія.")
    assert rows[1][1] == "Дарина Мороз"
