"""Small cases for the IR round's second pass (naming stress): a priest's abbreviated title in
lower case ("о. Василь:") and a priest's wife's church title ("Паніматка Ірина:") before a given
name, completed from a lead or caption under one plural "-ишин" surname; a post that is a verb's
subject never takes the name after the verb; "Напомним, в марте «…» писала …" under the last
turn is the editor's, not the answer's."""

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import spoken_rows


@pytest.mark.parametrize(
    ("raw", "surname", "title"),
    [
        ("о. Василь", "Василь", "о."),
        ("о. Василь Гнатишин", "Гнатишин", "о."),
    ],
)
def test_lowercase_clergy_abbreviation_opens_a_label(raw: str, surname: str, title: str) -> None:
    info = classify_label(raw)
    assert info is not None and info.kind is LabelKind.PERSON and info.name is not None
    assert (info.name.surname, info.name.title) == (surname, title)


@pytest.mark.parametrize("raw", ["о Василь", "ректор Ирина Лаптева"])
def test_other_lowercase_words_open_no_label(raw: str) -> None:
    assert classify_label(raw) is None


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        (
            "о. Василь та Ірина Гнатишини біля храму. Фото автора",
            "Ми поговорили з настоятелем храму о. Василем Гнатишиним та його дружиною, "
            "паніматкою Іриною, про піст і війну.",
        ),
        (
            "о. Василь і Ірина Стефанишини на парафіяльному подвір'ї.",
            "Напередодні свята ми поговорили з о. Василем Стефанишиним та його дружиною, "
            "паніматкою Іриною.",
        ),
    ],
)
def test_priest_and_wife_by_church_title(caption: str, lead: str) -> None:
    surname = "Гнатишин" if "Гнатишин" in lead else "Стефанишин"
    text = (
        "Голос громади\nНовини   Духовність\n\n«Великдень у серці»\n15.04.2025\n\n"
        f"{caption}\n\n{lead}\n\n"
        "Н.К.: Отче, як змінилася парафія?\n\n"
        "о. Василь: Змінилася дуже. Люди тепер разом.\n\n"
        "Н.К.: Пані Ірино, яка ваша роль?\n\n"
        "Паніматка Ірина: Я веду недільну школу.\n\n"
        "о. Василь: Без неї парафія б не трималася.\n\n"
        "Н.К.: Що б ви побажали читачам?\n\n"
        "о. Василь: Щоб не втрачали надії.\n\n"
        "Розмовляла Наталія КРАВЧУК\n"
    )
    answers = [r[1] for r in spoken_rows(text) if r[0] == "answer"]
    assert answers == [
        f"Василь {surname}",
        f"Ірина {surname}",
        f"Василь {surname}",
        f"Василь {surname}",
    ]


def test_post_as_verb_subject_is_not_the_name_after() -> None:
    text = (
        "Місто Online\nНовини   Влада\n\n«Година з міським головою». Текстова версія ефіру\n"
        "27 травня 2025\n\n"
        "У вівторок в ефірі міський голова відповідав на запитання ведучої Юлії Гайової "
        "та глядачів.\n\n"
        "Юля: Доброго вечора, шановні глядачі.\n\n"
        "Міський голова: Доброго вечора, Юліє.\n\n"
        "Юля: Що з водою?\n\n"
        "Міський голова: Вийшов з ладу насос. Новий поставимо за тиждень.\n"
    )
    speakers = {r[1] for r in spoken_rows(text) if r[2].startswith(("Доброго вечора, Ю", "Вийшов"))}
    assert "Юлія Гайова" not in speakers and "Юлії Гайової" not in speakers


@pytest.mark.parametrize("when", ["в марте", "у березні"])
def test_editors_reminder_by_month_ends_the_last_turn(when: str) -> None:
    reminder = (
        f"Напомним, {when} «ВН» писала о том, что ремонт моста вновь перенесён."
        if when.startswith("в")
        else f"Нагадаємо, {when} «ВН» писала про те, що ремонт мосту знову перенесли."
    )
    text = (
        "Верхневолжская неделя\nПолитика\n\nСенатор о дорогах\n4 апреля 2025\n\n"
        "Член Совета Федерации Виктор Ткачёв ответил на вопросы Ольги Ткачёвой.\n\n"
        "О.Т.: Когда отремонтируют мост?\n\n"
        "В.Т.: Поправки подготовлены, подрядчика выберут летом.\n\n"
        "О.Т.: Спасибо, Виктор Андреевич.\n\n"
        "В.Т.: Спасибо вам.\n\n"
        f"{reminder}\n"
    )
    last = spoken_rows(text)[-1]
    assert last[2].rstrip().endswith("Спасибо вам.")
