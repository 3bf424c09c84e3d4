"""Small cases for the FW round: a host named in the genitive after the show and its channel, a
Ukrainian dative given name with an alternated consonant ("Ользі" -> "Ольга"), and a brief
hand-over that ends on "Go ahead, Jackie." (chairing, not a statement)."""

import pytest

from rhetoscope.structure.naming import _feminine_given
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("given", "text", "nominative"),
    [
        # the alternated nominative counts where the page writes it …
        ("Ользі", "Присутні: Ковальчук Ольга Петрівна.", "Ольга"),
        ("Одарці", "Присутні: Мельник Одарка Іванівна.", "Одарка"),
        # … a plain "-і" keeps the stem ("Розі" is Роза's, "Олесі" Олеся's)
        ("Розі", "Присутні: Бондар Роза Іванівна.", "Роза"),
        ("Олесі", "Присутні: Бондар Олеся Іванівна.", "Олеся"),
        ("Ірині", "", "Ірина"),
    ],
)
def test_feminine_given_alternation(given: str, text: str, nominative: str) -> None:
    assert _feminine_given(given, text) == nominative


def test_host_after_show_and_channel() -> None:
    text = (
        "Мэр Москвы Иван Петров ответил на вопросы ведущей программы «Мой город» на телеканале "
        "«ТВ Центр» Анны Смирновой. Публикуем текст интервью.\n\n"
        "Ведущая: Иван Сергеевич, добрый вечер. Сколько поликлиник осталось?\n\n"
        "Иван Петров: Добрый вечер. Осталось тридцать семь.\n\n"
        "Ведущая: Теперь о транспорте. Когда откроется новая линия?\n\n"
        "И.Петров: В конце этого года.\n"
    )
    rows = [(label, sp) for label, sp, _ in turn_rows(text) if label != "other"]
    assert rows == [("question", "Анна Смирнова"), ("answer", "Иван Петров")] * 2


def test_hand_over_ending_on_a_call_is_chairing() -> None:
    text = (
        "Press Briefing by Press Secretary Dana Reed\n\n"
        "MS. REED:  Good afternoon.  Our guest is the Director, Tom Hale.  Tom?\n\n"
        "DIRECTOR HALE:  Thank you, Dana.  Prices rose 0.1 percent in May.\n\n"
        "MS. REED:  Tom has time for a couple of questions.  Go ahead, Jackie.\n\n"
        "Q    Why hasn't that shown up yet?\n\n"
        "DIRECTOR HALE:  The warnings were overstated.\n\n"
        "MS. REED:  Thank you, Tom.  Okay, I have a couple of minutes.  Go ahead.\n\n"
        "Q    Is the President prepared to call senators back?\n\n"
        "MS. REED:  He wants the bill on his desk by July.\n"
    )
    labels = [label for label, _, _ in turn_rows(text)]
    assert labels[2] == "other" and labels[5] == "other"
