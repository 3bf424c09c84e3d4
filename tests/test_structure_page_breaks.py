"""What a page sets between or under turns: a photo caption over the next section's subheading
inside a dash interview, and a radio station's call for donations under the last turn."""

from __future__ import annotations

from structure_support import turn_rows

DASH = """Рябков: «Время раздельных договорённостей прошло»

Беседовала Анастасия Платонова

Замминистра иностранных дел Сергей Рябков рассказал «Известиям» о перспективах диалога.

— Сергей Алексеевич, есть ли прогресс в контактах с Вашингтоном?

— Пока нет. Контакты идут, но результатов мало.

— Что должно измениться?

— Прежде всего необходим отказ от линии на поражение России.

Кроме того, любая договорённость должна учитывать весь комплекс факторов.

Здание МИД России на Смоленской площади. Фото: ТАСС/Сергей Бобылев

После февраля 2026-го

— Что будет после истечения договора?

— Юридически договор прекратит существование.
"""


def test_caption_over_a_subheading_is_its_own_row() -> None:
    rows = turn_rows(DASH)
    bodies = [r[2] for r in rows]
    answer = "Прежде всего необходим отказ от линии на поражение России.\n\nКроме того"
    assert any(b.startswith(answer) and b.endswith("комплекс факторов.") for b in bodies)
    caption = "Здание МИД России на Смоленской площади. Фото: ТАСС/Сергей Бобылев"
    assert ("other", None, caption) in rows
    assert not any("После февраля" in b for b in bodies)


RADIO = """Громадське радіо

Остап Довгань: Доброго ранку. У студії заступник міністра Ярослав Мельничук. Коли індексація?

Ярослав Мельничук: З першого березня, як і щороку.

Остап Довгань: Дякуємо. А ми продовжуємо «Ранкове шоу» після новин.

Підтримайте Громадське радіо — ваш внесок допомагає нам залишатися незалежними.
Джерело: https://hromadske.radio/podcasts/rankove-shou/indeksatsiia
"""


def test_donation_pitch_is_no_ones_words() -> None:
    rows = turn_rows(RADIO)
    assert rows[-1][2].endswith("«Ранкове шоу» після новин.")


def test_caption_credit_without_a_stop_before_it() -> None:
    text = DASH.replace(
        "Здание МИД России на Смоленской площади. Фото: ТАСС/Сергей Бобылев\n\n"
        "После февраля 2026-го\n\n",
        "Сергей Рябков во время интервью «Известиям» Фото: ИЗВЕСТИЯ/Павел Волков\n\n",
    )
    rows = turn_rows(text)
    caption = "Сергей Рябков во время интервью «Известиям» Фото: ИЗВЕСТИЯ/Павел Волков"
    assert ("other", None, caption) in rows


def test_kremlin_topic_field_is_page_furniture() -> None:
    text = (
        "Совещание с членами Правительства\n\n"
        "В.Путин: Михаил Владимирович, успеете до начала сезона?\n\n"
        "М.Мишустин: Да, Владимир Владимирович, сделаем.\n\n"
        "В.Путин: Договорились. Спасибо.\n\n"
        "Опубликован в разделах: Новости, Стенограммы\n"
        "Тематические рубрики: Здравоохранение, Образование\n"
        "Дата публикации: 16 апреля 2025 года, 16:05\n"
    )
    assert turn_rows(text)[-1][2] == "Договорились. Спасибо."


def test_membership_pitch_and_contact_line_are_page_furniture() -> None:
    text = (
        "Interview\n\nKyiv Independent: Will Kharkiv hold?\n\nMarchuk: It will.\n\n"
        "Kyiv Independent: Thank you for your time.\n\n"
        "Marchuk: Thank you, and please tell people to keep talking about Kharkiv.\n\n"
        "We've got something special for you\n"
        "Our community is growing so fast. Join the Kyiv Independent community and help us "
        "keep reporting. Become a member\n\n"
        "Contact us at letters@kyivindependent.com.\n"
    )
    assert turn_rows(text)[-1][2] == (
        "Thank you, and please tell people to keep talking about Kharkiv."
    )
