"""Small cases for batch NV (round 53): РБК's author box set as the field's word alone on its
line over the one name ("Автор" / "Анна Левинская", no date below) names who asks a plain-
question interview; a press event's "Журналіст:" beside a "Модератор:" label of its own is a
reporter, never the moderator the lead names; and a called reporter's short follow-up on "А"
under the same label, straight after the answer, is that reporter's."""

import pytest

from structure_support import turn_rows

_RBC = (
    "РБК\n"
    "Экономика\n"
    "Бизнес\n"
    "\n"
    "Глава «Северной рыбы» — РБК: «Цены стабилизируются к осени»\n"
    "Бизнес, 15 июл 2025, 07:00\n"
    "\n"
    "Олег Рябов рассказал РБК, почему подорожала форель и когда компания выйдет на плановые "
    "объемы вылова\n"
    "\n"
    "Олег Рябов (Фото: Иван Петров / РБК)\n"
    "\n"
    "{box}\n"
    "\n"
    "В первом полугодии цены на охлажденную форель выросли на 20%. Гендиректор компании Олег "
    "Рябов рассказал РБК, как компания восстанавливает производство.\n"
    "\n"
    "Почему красная рыба так сильно подорожала?\n"
    "Главная причина — снижение предложения. Вылов будет ниже планового примерно на 30%.\n"
    "\n"
    "Когда ситуация нормализуется?\n"
    "Мы ожидаем, что к осени цены стабилизируются.\n"
    "\n"
    "Сколько стоит новый проект?\n"
    "Общий объем инвестиций — около 9 млрд руб. Это самый крупный проект в отрасли.\n"
)


@pytest.mark.parametrize(
    ("box", "asker"),
    [
        ("Автор\nАнна Левинская", "Анна Левинская"),
        ("Автор: Анна Левинская", "Анна Левинская"),
        # two writers under the plural heading name no one who asks
        ("Авторы\nАнна Левинская\nИван Ткачёв", None),
    ],
)
def test_rbc_author_box_word_over_name_asks(box: str, asker: str | None) -> None:
    rows = turn_rows(_RBC.format(box=box))
    questions = [speaker for label, speaker, _ in rows if label == "question"]
    answers = {speaker for label, speaker, _ in rows if label == "answer"}
    assert len(questions) == 3
    assert set(questions) == {asker}
    assert answers == {"Олег Рябов"}


_PRESS = (
    "Президент України відповів на запитання регіональних журналістів\n"
    "\n"
    "12 вересня 2025 - 17:40\n"
    "\n"
    "Президент України Володимир Зеленський поспілкувався з представниками регіональних "
    "медіа. Модерував спілкування речник Президента Сергій Никифоров.\n"
    "\n"
    "Модератор: Добрий день, колеги. Починаємо.\n"
    "\n"
    "Журналістка: Добрий день, Суспільне Харків, Олена Гончаренко. Що держава може зробити "
    "до зими?\n"
    "\n"
    "Президент: Дякую. Ми робимо все, щоб відключення були коротшими.\n"
    "\n"
    "Модератор: Наступне питання – Андрій Сидоренко, «Об'єктив».\n"
    "\n"
    "Журналіст: Дякую. Пане Президенте, чому виплати компенсацій так затягуються?\n"
    "\n"
    "Президент: Програма працює, але є проблеми з багатоквартирними будинками.\n"
    "\n"
    "Журналіст: {follow}\n"
    "\n"
    "Президент: Будуть. Фінансування на це передбачене.\n"
    "\n"
    "Модератор: Дякуємо, пане Президенте.\n"
)


@pytest.mark.parametrize(
    ("follow", "asker"),
    [
        (
            "А для тих, у кого будинок повністю знищено, сертифікати будуть цього року?",
            "Андрій Сидоренко",
        ),
        ("А сертифікати будуть цього року?", "Андрій Сидоренко"),
        # a new question that opens otherwise may be another reporter's: no name, never the
        # moderator's
        ("Сертифікати будуть цього року?", None),
    ],
)
def test_journalist_label_beside_moderator_label(follow: str, asker: str | None) -> None:
    rows = turn_rows(_PRESS.format(follow=follow))
    questions = [speaker for label, speaker, _ in rows if label == "question"]
    assert questions == ["Олена Гончаренко", "Андрій Сидоренко", asker]
    assert all(s == "Сергій Никифоров" for label, s, _ in rows if label == "other" and s)
