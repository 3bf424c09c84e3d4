"""Small cases for batch MD: a bold dashed question glued under its section's subheading (the
blank line lost), the place closing an office before a possessive interview owner ("Ambassador
of Russia to India Denis Alipov's interview"), and a mid.ru briefing's long Russian title over
its date line, which is the header's, not the opening statement's narration."""

import pytest

from structure_support import turn_rows

_TASS = (
    "ТАСС\n"
    "Интервью\n"
    "Глава агентства Иван Петров: сезон начнется раньше\n"
    "11 марта 2025, 08:00\n"
    "\n"
    "Руководитель агентства Иван Петров в интервью ТАСС рассказал о подготовке к сезону.\n"
    "\n"
    "{head1}"
    "**— Иван Валерьевич, к чему нужно готовиться в этом году?**\n"
    "\n"
    "— Прогноз пока неблагоприятный. Первые пожары мы ожидаем уже в конце марта.\n"
    "\n"
    "{head2}"
    "**— Как будет работать авиаохрана?**\n"
    "\n"
    "— Авиаохрана остается основой системы мониторинга.\n"
    "\n"
    "**— А что с незаконными рубками?**\n"
    "\n"
    "— Объем незаконных рубок сократился вдвое.\n"
    "\n"
    "Беседовала Мария Ковалева\n"
)


@pytest.mark.parametrize(
    ("head1", "head2"),
    [
        ("О пожароопасном сезоне\n", "Об авиаохране\n"),
        ("О пожароопасном сезоне\n\n", "Об авиаохране\n\n"),
        ("", "Об авиаохране\n"),
    ],
)
def test_bold_dash_question_under_glued_subheading(head1: str, head2: str) -> None:
    rows = turn_rows(_TASS.format(head1=head1, head2=head2))
    assert [r[0] for r in rows] == ["question", "answer"] * 3
    assert rows[0][2] == "Иван Валерьевич, к чему нужно готовиться в этом году?"
    assert rows[1][2].endswith("в конце марта.")  # the subheading is no word of the answer
    assert rows[2][2] == "Как будет работать авиаохрана?"
    assert {r[1] for r in rows[1::2]} == {"Иван Петров"}


def test_glued_line_that_closes_a_sentence_is_no_subheading() -> None:
    text = _TASS.format(head1="", head2="Это важно.\n")
    rows = turn_rows(text)
    assert all(r[2] != "Как будет работать авиаохрана?" for r in rows)


_MID_EN = (
    "The Ministry of Foreign Affairs of the Russian Federation\n"
    "Home / Press service / Ambassadors' statements\n"
    "{title}\n"
    "6 February 2025 11:20\n"
    "\n"
    "Question: How would you assess the state of relations after the summit?\n"
    "\n"
    "Denis Alipov: Our relations are going through a period of intensive development.\n"
    "\n"
    "Question: Is this sustainable?\n"
    "\n"
    "Denis Alipov: We understand the concerns of our partners and share them.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Ambassador of Russia to India Denis Alipov's interview with The Hindu newspaper, "
        "published on February 6, 2025",
        "Russian Ambassador to India Denis Alipov's interview with The Hindu newspaper",
    ],
)
def test_place_closing_the_office_is_no_given_name(title: str) -> None:
    rows = turn_rows(_MID_EN.format(title=title))
    assert [r[1] for r in rows if r[0] == "answer"] == ["Denis Alipov", "Denis Alipov"]


_MID_RU = (
    "Министерство иностранных дел Российской Федерации\n"
    "Главная / Пресс-служба / Брифинги\n"
    "Брифинг {post} МИД России А.А.Фадеева, Москва, 20 марта 2025 года\n"
    "20.03.2025 15:40\n"
    "\n"
    "О ситуации вокруг Украины\n"
    "Киевский режим продолжает наносить удары по гражданской инфраструктуре российских "
    "регионов.\n"
    "\n"
    "Из ответов на вопросы:\n"
    "\n"
    "Вопрос (ТАСС): Как в Москве оценивают итоги переговоров?\n"
    "\n"
    "Ответ: Мы считаем, что контакты были полезными.\n"
)


@pytest.mark.parametrize(
    "post",
    [
        "заместителя директора Департамента информации и печати",
        "официального представителя",
    ],
)
def test_long_russian_briefing_title_over_date_is_header(post: str) -> None:
    rows = turn_rows(_MID_RU.format(post=post))
    assert rows[0][0] == "statement"
    assert rows[0][1] == "А.А. Фадеев"
    assert rows[0][2].startswith("Киевский режим")
