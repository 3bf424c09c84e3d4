"""Small cases for batch OJ: an ad slot's label on a line of its own, flush under an answer in a
page set one paragraph a line ("… забезпечити." / "Реклама:" / the next label), is the page's,
not the answer's last words; kremlin.ru's "Тематический раздел: …" field under the text is the
page's trailer like its "Тематические рубрики: …"."""

import pytest

from structure_support import turn_rows

_FLUSH = (
    "Українська правда\n"
    "Голова компанії: квитків на літо вистачить не всім\n"
    "\n"
    "Роман Романюк: Чи вистачає вагонів улітку?\n"
    "Олена Коваль: Дефіцит є, не буду приховувати. Попит завжди вищий, ніж ми можемо "
    "забезпечити.{ad}\n"
    "Олена Коваль: До речі, ми змінили систему продажу квитків.\n"
    "Роман Романюк: Ви обіцяли не піднімати ціни?\n"
    "Олена Коваль: Так, до кінця літа ціни не піднімемо.\n"
    "Роман Романюк: А після літа?\n"
    "Олена Коваль: Будемо дивитися.\n"
)


@pytest.mark.parametrize(
    ("ad", "want"),
    [
        ("\nРеклама:", "ніж ми можемо забезпечити."),
        ("\nРеклама", "ніж ми можемо забезпечити."),
        ("\nAdvertisement", "ніж ми можемо забезпечити."),
        ("", "ніж ми можемо забезпечити."),
    ],
)
def test_flush_ad_label_ends_no_answer(ad: str, want: str) -> None:
    rows = turn_rows(_FLUSH.format(ad=ad))
    assert [speaker for _, speaker, _ in rows][:3] == [
        "Роман Романюк",
        "Олена Коваль",
        "Олена Коваль",
    ]
    assert rows[1][2].endswith(want)
    assert "Реклама" not in " ".join(body for _, _, body in rows)
    assert "Advertisement" not in " ".join(body for _, _, body in rows)


def test_flush_ad_word_opening_a_sentence_stays() -> None:
    rows = turn_rows(_FLUSH.format(ad="\nРеклама теж допомогла: люди дізналися про маршрути."))
    assert rows[1][2].endswith("люди дізналися про маршрути.")


_KREMLIN = (
    "Рабочая встреча с Министром здравоохранения Иваном Петровым\n"
    "Владимир Путин провёл рабочую встречу с Министром здравоохранения Иваном Петровым.\n"
    "В.Путин: Иван Сергеевич, добрый день! Как идёт программа?\n"
    "И.Петров: Добрый день, Владимир Владимирович! Программа идёт по плану.\n"
    "В.Путин: Подготовьте, пожалуйста, предложения. Договорились?\n"
    "И.Петров: Хорошо, доложу.\n"
    "Новость опубликована в разделах: Новости, Стенограммы\n"
    "{field}: Здравоохранение\n"
    "Прямая ссылка на материал\n"
    "http://kremlin.ru/events/president/news/70000\n"
)


@pytest.mark.parametrize(
    "field", ["Тематический раздел", "Тематические разделы", "Тематические рубрики"]
)
def test_kremlin_topic_field_is_trailer(field: str) -> None:
    rows = turn_rows(_KREMLIN.format(field=field))
    assert rows[-1] == ("answer", "Иван Петров", "Хорошо, доложу.")
