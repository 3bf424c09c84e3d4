"""Small cases for president.gov.ua's label-less interview (check D's NP gap, mended in the
eighteenth session): the share button alone under the date ("Поділитися:") is no speaker label
however often the page repeats it; "Пане Президенте" addresses the office, so the masthead's
"Президент України Володимир Зеленський" pairs no given name "Президент" with a surname; the
masthead's person is the one its headline declines ("Інтерв'ю Президента України Володимира
Зеленського"), not the site's name; and "Інші новини" over the dated links closes the text."""

import pytest

from structure_support import turn_rows

_PAGE = (
    "{masthead}"
    "Офіційне інтернет-представництво\n"
    "Головна / Новини\n"
    "Інтерв'ю Президента України Володимира Зеленського швейцарському виданню NZZ\n"
    "12 березня 2025 - 10:15\n"
    "{share}"
    "\n"
    "– Пане Президенте, чи бачите ви сенс у продовженні цього формату?\n"
    "\n"
    "– Я вдячний Швейцарії за Бюргеншток. Тоді багато країн разом сказали про мир.\n"
    "\n"
    "– Ви довіряєте гарантіям, які Україна може отримати від США?\n"
    "\n"
    "– Гарантії мають бути реальними. Папір без сили нас уже не захистить.\n"
    "\n"
    "Поділитися:  Facebook  Twitter  Telegram\n"
    "Інші новини\n"
    "Президент провів зустріч із прем'єр-міністром Ірландії 11 березня 2025 - 19:40\n"
    "Звернення Президента щодо підсумків зустрічі в Джидді 11 березня 2025 - 22:05\n"
)


@pytest.mark.parametrize(
    ("masthead", "share"),
    [
        ("Президент України Володимир Зеленський\n", "Поділитися:\n"),
        ("Президент України Володимир Зеленський\n", ""),
        ("", "Поділитися:\n"),
        ("", ""),
    ],
)
def test_label_less_dash_interview(masthead: str, share: str) -> None:
    rows = turn_rows(_PAGE.format(masthead=masthead, share=share))
    # (the bare dash questions are the outlet's the header gives the interview to, session 30)
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("question", "NZZ"),
        ("answer", "Володимир Зеленський"),
        ("question", "NZZ"),
        ("answer", "Володимир Зеленський"),
    ]
    # The share row, "Інші новини" and its links are the page's, never the last answer's.
    assert rows[-1][2].rstrip().endswith("нас уже не захистить.")
