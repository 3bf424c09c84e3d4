"""Journalists named by the text itself under a label that names no one: a self-introduction
at the start of the question, or the asker inside the label's brackets."""

from __future__ import annotations

import pytest

from rhetoscope.structure.turns import analyse

ANSWER = "\n\nZelensky: We will see.\n"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Journalist: Olena Marchuk, Suspilne. Mr President, when?", "Olena Marchuk"),
        (
            "Вопрос: Добрый день! Анна Белова, «Российская газета». Сергей Сергеевич, как?",
            "Анна Белова",
        ),
        ("Журналістка: Суспільне Житомир, Ірина Ковальчук. Скільки споживачів?", "Ірина Ковальчук"),
        ("Q: Hi, Tom Ellis from Reuters. What about Patriots?", "Tom Ellis"),
        ("QUESTION: Hi, Tommy. Jennifer Hansler with CNN. The Secretary said?", "Jennifer Hansler"),
        ("Question: Ханна Віртанен, Yle. Пане Президенте, чи готові?", "Ханна Віртанен"),
        ("Question [Henrik Solberg – NRK]: A question on the High North?", "Henrik Solberg"),
        ("Question (Andrew Gray, Reuters): Will it happen?", "Andrew Gray"),
        ("Question (Reuters): Hi, Tom Ellis from Reuters. When?", "Tom Ellis"),
        # Addresses, not introductions: the asker stays unnamed.
        ("Q: Volodymyr Zelensky, you said last week it would be done?", None),
        ("Вопрос: Мария Владимировна, есть ли новости?", None),
        ("Q: Thank you, Mr President. Prime Minister Stubb, is Finland ready?", None),
        ("Question (Reuters): Will it happen?", "Reuters"),  # no one in particular: the outlet
        ("Вопрос (газета «Известия»): Как?", "Известия"),
        ("Question (as translated): Will it happen?", None),
        ("Q: Olena Zelenska, President of the foundation, said what?", None),
        ("Q: Thanks, Colonel. Tom Reyes, Defense One. Where is it from?", "Tom Reyes"),
        ("Q: Olena Zelenska, Prime Minister, said what?", None),
    ],
)
def test_asker_named(question: str, speaker: str | None) -> None:
    word = question.split(":")[0].split(" (")[0].split(" [")[0]  # the same label asks again
    text = "Press conference\n\n" + question + ANSWER + f"\n{word}: And next?" + ANSWER
    turns = analyse(text).turns
    assert turns[0].label == "question"
    assert turns[0].attrs["speaker"] == speaker
    assert turns[1].attrs["speaker"].endswith("Zelensky")


@pytest.mark.parametrize(
    ("call", "speaker"),
    [
        # A Pentagon briefing's staffer calls the asker in a sentence of its own.
        ("STAFF: First question, Tara Copp, AP.", "Tara Copp"),
        ("STAFF: Next question, Tom Reyes, Defense One.", "Tom Reyes"),
        ("STAFF: First question goes to Lena Ortiz of Reuters.", "Lena Ortiz"),
        ("STAFF: Next question.", None),  # no one called
    ],
)
def test_called_by_staff(call: str, speaker: str | None) -> None:
    text = (
        "Press briefing\n\nMR. PARNELL: Good afternoon. I'm happy to take questions.\n\n"
        + call
        + "\n\nQ: Thanks, Sean. Is this a response to a threat?\n\nMR. PARNELL: No.\n"
        "\nQ: And the cost?\n\nMR. PARNELL: We do not know yet.\n"
        "\nSTAFF: That's all the time we have today. Thank you, everyone.\n"
    )
    turns = analyse(text).turns
    asked = [t for t in turns if t.label == "question"]
    assert [t.attrs["speaker"] for t in asked] == [speaker, speaker]  # and her follow-up
    assert [t.attrs["speaker"] for t in turns if t.label == "other"] == ["Staff", "Staff"]
