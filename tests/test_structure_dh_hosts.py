"""Small cases for the DH round: co-hosts told apart by the label's gender, a news lead that
announces a speech's text, a lone "(Відео)" insert, one journalist named twice by a lead."""

import pytest

from rhetoscope.structure.naming import _feminine
from rhetoscope.structure.speakers import Name
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("given", "surname", "feminine"),
    [
        ("Наталья", "Осипова", True),
        ("Сергей", "Баталов", False),
        ("Никита", "Коваленко", False),
        ("Олена", "Бондар", True),
        ("Микола", "Ткач", False),
    ],
)
def test_feminine(given: str, surname: str, feminine: bool) -> None:
    assert _feminine(Name((given,), surname, None, False)) is feminine


def test_co_hosts_by_the_labels_gender() -> None:
    text = (
        "Радио\n\nВ эфире – депутат Игорь Звягин. Ведущие – Сергей Баталов и Наталья Осипова.\n\n"
        "Ведущая: Добрый вечер. Игорь Валентинович, здравствуйте!\n\n"
        "Звягин: Добрый вечер.\n\n"
        "Ведущий: Начнем с цен. Что будет дальше?\n\n"
        "Звягин: Цены будут расти медленнее, чем в прошлом году.\n"
    )
    speakers = [sp for label, sp, _ in turn_rows(text) if label != "answer"]
    assert speakers[-2:] == ["Наталья Осипова", "Сергей Баталов"]


def test_speech_after_a_lead_announcing_its_text() -> None:
    text = (
        "Укрінформ\n\n"
        "Президент України Андрій Ковальчук заявив, що уряд представить план до зими.\n\n"
        "Про це він сказав у вечірньому відеозверненні, передає Укрінформ.\n\n"
        "Укрінформ публікує повний текст звернення.\n\n"
        "Бажаю здоров’я, українці!\n\n"
        "Сьогодні була велика доповідь щодо енергетики, і ми пройшлися по кожному регіону.\n\n"
        "Слава Україні!\n"
    )
    turns = turn_rows(text)
    assert len(turns) == 1
    label, speaker, body = turns[0]
    assert (label, speaker) == ("statement", "Андрій Ковальчук")
    assert body.startswith("Бажаю здоров’я") and body.endswith("Слава Україні!")


@pytest.mark.parametrize("insert", ["(Відео)", "(Видео)"])
def test_a_video_insert_ends_no_answer(insert: str) -> None:
    text = (
        "Студія\n\n"
        "Ведуча: Коли стартує проєкт?\n\n"
        "Петрук: Пілотний проєкт стартує в липні.\n\n"
        f"{insert}\n\n"
        "Ведуча: А пенсійний вік?\n\n"
        "Петрук: Таких планів немає.\n"
    )
    answers = [body for label, _, body in turn_rows(text) if label == "answer"]
    assert answers[0] == "Пілотний проєкт стартує в липні."
