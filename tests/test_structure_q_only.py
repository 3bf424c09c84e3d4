"""Press remarks that label only the questions ("Q. …?") and print each answer unlabelled:
the answers belong to the one official the header names."""

from __future__ import annotations

from rhetoscope.structure.turns import analyse

REMARKS = (
    "Press remarks by High Representative/Vice-President Henrik Valtonen after the Council\n\n"
    "Good afternoon. Today we had a long discussion on Ukraine and on the Middle East.\n\n"
    "Q. Will the Council agree new sanctions this month?\n\n"
    "We will discuss them next week. I expect unanimity.\n\n"
    "Q. And on Gaza, did the Ministers agree anything?\n\n"
    "Some Ministers raised it. The situation is unacceptable.\n"
)


def test_unlabelled_answers_belong_to_the_official() -> None:
    turns = analyse(REMARKS).turns
    answers = [t for t in turns if t.label == "answer"]
    questions = [t for t in turns if t.label == "question"]
    assert len(questions) == 2
    assert len(answers) == 2
    assert {t.attrs["speaker"] for t in answers} == {"Henrik Valtonen"}
    assert all(t.attrs["speaker"] is None for t in questions)


def test_a_single_q_in_prose_is_no_label() -> None:
    text = "Remarks by Henrik Valtonen\n\nQ. is the letter after P. We ate.\n\nThen we left.\n"
    assert not [t for t in analyse(text).turns if t.label == "question"]
