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
