"""Russian press interviews (round CU): names in the accusative, a dossier surname first, a
fleeting vowel in an instrumental surname, a remark the answer takes up, a portrait caption
without "Фото:", and the interviewer's closing thanks in a bold dialogue."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _accusative_fem, _dossier_named
from rhetoscope.structure.header import _attested_surname
from rhetoscope.structure.roles import _asks
from structure_support import run


@pytest.mark.parametrize(
    ("word", "want"),
    [("Марину", "Марина"), ("Голубеву", "Голубева"), ("Наталью", "Наталья"), ("Ивана", "Ивана")],
)
def test_accusative_fem(word: str, want: str) -> None:
    assert _accusative_fem(word) == want


def test_dossier_names_surname_first() -> None:
    lead = "Досье «РГ»\nВетлугин Сергей Николаевич. Родился в 1966 году в Кемерове."
    assert _dossier_named("Сергей Николаевич, правда ли это?", lead) == {"Сергей Ветлугин"}
    assert _dossier_named("Правда ли это?", lead) == set()


def test_fleeting_vowel_surname() -> None:
    head = "Экономист Денис Кравец — о дефиците"
    assert _attested_surname("Кравцом", head) == "Кравец"


@pytest.mark.parametrize(
    ("body", "reply", "want"),
    [
        ("Звучит дорого.", "Дорого. Но дешевле, чем потом.", True),
        ("Семь штатов.", "Семь штатов, и в каждом разрыв мал.", True),
        ("Понятно.", "Потом мы перешли к другому.", False),
        ("Спасибо за беседу.", "Спасибо вам.", False),
    ],
)
def test_short_remark_taken_up(body: str, reply: str, want: bool) -> None:
    assert _asks(body, "", answered=True, reply=reply) is want


_BOLD = (
    "Черкасов: «Фельдшер работает за троих»\n\n"
    "О медиках в селе «Газете.Ru» рассказал президент ассоциации Вадим Черкасов.\n\n"
    "**— Вадим Петрович, сколько пунктов без медика?**\n\n"
    "— Около четырех тысяч. Статистика называет меньше.\n\n"
    "Вадим Черкасов\nПресс-служба Ассоциации сельской медицины\n\n"
    "**— Почему не помогают подъемные? Миллион рублей — деньги.**\n\n"
    "— Условия отпугивают. Нужно отработать пять лет.\n\n"
    "**— То есть дело не в зарплате.**\n\n"
    "— Не только в зарплате. Главное — одиночество.\n\n"
    "**— Телемедицина помогает?**\n\n"
    "— Частично. Интернет есть не везде.\n\n"
    "**— И много таких мест?**\n\n"
    "— Много. Примерно каждый пятый пункт.\n\n"
    "**— Спасибо за беседу.**\n\n"
    "— Спасибо вам.\n"
)


def test_bold_dialogue_closing_thanks_and_portrait_caption() -> None:
    doc = run(_BOLD)
    rows = [(s.label, doc.span_text(s)) for s in doc.layer("turns")]
    assert rows[1] == ("answer", "Около четырех тысяч. Статистика называет меньше.")
    assert rows[-2] == ("other", "Спасибо за беседу.")
    assert rows[-1] == ("answer", "Спасибо вам.")
