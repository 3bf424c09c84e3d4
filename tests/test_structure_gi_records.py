"""A WebVTT caption paste, a Senedd-style record with members alone on their lines, and a
committee stenogram whose cover names the chair with a capitalised surname."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_VTT = (
    "Расшифровка видеоинтервью: «Вода уходит»\n\n"
    "Корреспондент Анна Орлова поговорила с гидрологом Ильёй Серовым.\n\n"
    "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n"
    "Анна Орлова: Илья, здравствуйте. Насколько изучены\n\n"
    "2\n00:00:04.000 --> 00:00:06.500\nАнна Орлова: подземные воды региона?\n\n"
    "3\n00:00:07.000 --> 00:00:11.000\nИлья Серов: Плохо. Последняя съёмка была давно.\n\n"
    "4\n00:00:11.500 --> 00:00:13.000\nАнна Орлова: Это много?\n\n"
    "5\n00:00:13.500 --> 00:00:16.000\nИлья Серов: Очень много.\n"
)
_SENEDD = (
    "Record of Proceedings — Plenary\n\n"
    "The Assembly met at 13:30 with the Llywydd (Mair Evans) in the Chair.\n\n"
    "Questions were answered by the First Minister, Huw Parry.\n\n"
    "The Llywydd\nThe first question is from Owain Lloyd.\n\n"
    "Owain Lloyd\n1. What is the Government doing about ferry services? OQ61001\n\n"
    "The First Minister\nThank you, Owain Lloyd.\n\n"
    "Owain Lloyd\nFirst Minister, the ferry was cancelled twice. Why?\n\n"
    "The First Minister\nThe operator has a new contract.\n\n"
    "Rhys ap Gwyn\nPrif Weinidog, beth am Gaergybi?\n\n"
    "The First Minister\nDiolch. Rydym yn gweithio ar hynny.\n"
)
_RADA = (
    "СТЕНОГРАМА\nзасідання Комітету з питань транспорту\n\n"
    "Веде засідання голова Комітету Ірина Василівна ШЕВЧУК.\n"
    "Запрошені: міністр Петро Іванович Мороз; народний депутат Олег Коваль.\n\n"
    "ГОЛОВУЮЧИЙ. Доброго дня, колеги. Будь ласка, Олег Коваль.\n\n"
    "КОВАЛЬ О.В. Пане міністре, коли відремонтують міст?\n\n"
    "МОРОЗ П.І. Цього року. Ремонт уже почався.\n\n"
    "Щодо доріг: ми отримали кошти.\n\n"
    "КОВАЛЬ О.В. Скільки?\n\n"
    "МОРОЗ П.І. Два мільярди.\n\n"
    "ГОЛОВУЮЧИЙ. Дякую. Засідання закрито.\n"
)
_HANSARD_CA = (
    "House of Commons Debates\n\nORAL QUESTIONS\n\n[English]\n\nFinance\n\n"
    "Hon. Jane Rowe (Halifax West, CPC): Mr. Speaker, will the minister cut the tax?\n\n"
    "Hon. Omar Patel (Minister of Finance, Lib.): Mr. Speaker, we already have.\n\n"
    "Some hon. members: Oh, oh!\n\n"
    "Hon. Jane Rowe (Halifax West, CPC): Mr. Speaker, that is not an answer. When?\n\n"
    "Hon. Omar Patel (Minister of Finance, Lib.): Mr. Speaker, in April.\n\n"
    "[English]\n\nHealth\n\n"
    "Ms. Ada Nwosu (Vancouver East, NDP): Mr. Speaker, where are the doctors?\n\n"
    "Hon. Mark Lee (Minister of Health, Lib.): Mr. Speaker, they are coming.\n"
)


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = build_pipeline(["metadata", "sentences", "turns", "duplicates"])(read_text(text))
    return [
        (s.label, s.attrs.get("speaker"), doc.text[s.start : s.end]) for s in doc.layer("turns")
    ]


def test_caption_cues_are_no_words_and_no_turn_breaks() -> None:
    turns = [(sp, body) for _, sp, body in _turns(_VTT) if sp]
    assert [sp for sp, _ in turns] == ["Анна Орлова", "Илья Серов", "Анна Орлова", "Илья Серов"]
    # One turn over the two cues, from the first cue's words to the second's.
    assert turns[0][1].startswith("Илья, здравствуйте")
    assert turns[0][1].endswith("воды региона?")
    # The next cue's number and timing end the turn above it.
    assert [body for _, body in turns[1:]] == [
        "Плохо. Последняя съёмка была давно.",
        "Это много?",
        "Очень много.",
    ]


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (_SENEDD, "1. What is the", "Owain Lloyd"),
        (_SENEDD, "Thank you, Owain", "Huw Parry"),
        (_SENEDD, "Prif Weinidog", "Rhys ap Gwyn"),
        (_SENEDD, "The first question", "Mair Evans"),
        (_RADA, "Доброго дня", "Ірина Шевчук"),
        (_RADA, "Цього року", "Петро Мороз"),
    ],
)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    hits = [sp for _, sp, body in _turns(text) if body.startswith(opening)]
    assert hits == [speaker]


def test_topic_preposition_is_no_label() -> None:
    assert not any(body.startswith("ми отримали") for _, _, body in _turns(_RADA))


@pytest.mark.parametrize("ending", ["Mr. Speaker, we already have.", "Mr. Speaker, in April."])
def test_hansard_noise_and_language_note_end_the_turn(ending: str) -> None:
    assert ending in [body for _, _, body in _turns(_HANSARD_CA)]
