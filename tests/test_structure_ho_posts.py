"""Small cases for the HO round: post labels a rank or a trade opens ("Chief Fire Officer:",
"LEAD SURGEON:", "Chief of Anesthesiology:"), a Russian post's head word and a declined given
name with a fleeting vowel, a radio page's player links under the last turn."""

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Chief Fire Officer", "Chief Fire Officer"),
        ("Area Manager", "Area Manager"),
        ("LEAD SURGEON", "Lead Surgeon"),
        ("Grand Mufti", "Grand Mufti"),
        ("CHIEF OF ANESTHESIOLOGY", "Chief of Anesthesiology"),
        ("HEAD OF STATE", "Head of State"),
    ],
)
def test_post_labels_are_offices(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


@pytest.mark.parametrize("label", ["JOHN SMITH", "Lorna Bishop", "Howard Dean"])
def test_names_stay_names(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.PERSON


def test_post_named_in_the_lead_and_participants() -> None:
    text = (
        "Transcript: media briefing\n\n"
        "Participants:\nDr. Ana Kowalczyk, Lead Surgeon, Cardiac Surgery\n\n"
        "LEAD SURGEON: Good morning. The operation went well.\n\n"
        "QUESTION: How long did it take?\n\n"
        "LEAD SURGEON: About eleven hours.\n"
    )
    speakers = {sp for label, sp, _ in turn_rows(text) if label != "question"}
    assert speakers == {"Ana Kowalczyk"}


def test_russian_post_before_a_name_and_a_verb() -> None:
    text = (
        "Интервью\n\n"
        "Председатель Курской областной думы Ирина Лапшина рассказала «Новостям» о бюджете.\n\n"
        "«Н»: Бюджет принят с дефицитом?\n\n"
        "Председатель облдумы: Дефицит небольшой.\n\n"
        "«Н»: Что с дорогами?\n\n"
        "Председатель облдумы: Ремонт начнём весной.\n"
    )
    speakers = {sp for label, sp, _ in turn_rows(text) if label == "answer"}
    assert speakers == {"Ирина Лапшина"}


def test_declined_given_name_with_a_fleeting_vowel() -> None:
    text = (
        "Экология\n\n"
        "Корреспонденты поговорили с директором парка Павлом Сергеевичем Ветровым о туристах.\n\n"
        "Вопрос: Павел Сергеевич, сколько туристов приезжает?\n\n"
        "Директор парка: Около девяти тысяч человек.\n\n"
        "Вопрос: Это много?\n\n"
        "Директор парка: Для нас много.\n"
    )
    speakers = {sp for label, sp, _ in turn_rows(text) if label == "answer"}
    assert speakers == {"Павел Ветров"}


def test_player_links_end_the_last_turn() -> None:
    text = (
        "Radio page\n\nThis week's guest is Idris Bakare.\n\n"
        "Presenter: Welcome. Why can't we agree?\n\n"
        "Idris Bakare: Because there are two honest methods.\n\n"
        "Presenter: Thank you.\n\n"
        "Idris Bakare: Thank you, and good night.\n\n"
        "Listen again | Download MP3 | Share\n"
    )
    assert turn_rows(text)[-1][2].endswith("good night.")
