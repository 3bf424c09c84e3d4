"""Plain unlabelled questions above one person's labels, and an answer glued onto a dashed
question ("…поддержат?- Тогда …")."""

from __future__ import annotations

import pytest

from rhetoscope.structure.turns import analyse

RG = (
    "Текст: Ольга Смирнова (Екатеринбург)\n10.10.2024 18:40\n\n"
    "Губернатору области Ивану Петрову предстоит трудный год. Он рассказал об этом в интервью.\n\n"
    "Иван Ильич, насколько серьезен дефицит?\n\n"
    "Иван Петров: Дефицит управляемый.\n\n"
    "Откуда возьмутся деньги?\n\n"
    "Иван Петров: Из гражданской продукции.\n\n"
    "{third}\n\n"
    "Иван Петров: Массовых сокращений не будет.\n"
)


@pytest.mark.parametrize(
    ("third", "labels"),
    [
        # Two questions ask: a short stopped paragraph right above the next label asks too.
        (
            "Люди боятся сокращений.",
            ["question", "answer", "question", "answer", "question", "answer"],
        ),
    ],
)
def test_plain_questions(third: str, labels: list[str]) -> None:
    text = RG.format(third=third)
    turns = analyse(text).turns
    got = [t.label for t in turns if t.label != "other"]
    assert got == labels
    askers = {t.attrs["speaker"] for t in turns if t.label == "question"}
    assert askers == {"Ольга Смирнова"}


def test_two_speakers_labelled_untouched() -> None:
    # Both sides named: a paragraph ending in "?" inside a turn stays that turn's.
    text = (
        "Иван Петров: Начнем. Что скажете?\n\nЕще один вопрос?\n\n"
        "Петр Сидоров: Скажу одно.\n\nА вы как думаете?\n\nИван Петров: Согласен.\n"
    )
    turns = analyse(text).turns
    assert turns
    assert all(t.attrs.get("speaker_label") for t in turns)


def test_answer_glued_onto_question() -> None:
    text = (
        "Депутат Виктор Лаптев рассказал нашему обозревателю о законе.\n\n"
        "- Виктор Сергеевич, зачем новые правила?\n\n- Статистика упрямая вещь.\n\n"
        "- Когда закон примут?\n\n- Весной.\n\n"
        "- А если не поддержат?- Тогда будем дорабатывать.\n"
    )
    turns = analyse(text).turns
    assert [t.label for t in turns][-2:] == ["question", "answer"]
    assert text[turns[-1].start : turns[-1].end] == "Тогда будем дорабатывать."
