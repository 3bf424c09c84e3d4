"""Gold scoring (exact and overlap recall) and the trailing-furniture rules batch I added."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.scoring import score_turns
from rhetoscope.structure.speakers import genitive_to_nominative
from structure_support import run

INTERVIEW = (
    "Interview with Jane Roe\n\n"
    "Question: Why did you resign? Was it the budget?\n\n"
    "Jane Roe: It was the budget. I could not defend it. That is all.\n\n"
    "Question: Will you run again?\n\n"
    "Jane Roe: No. Never again.\n"
)


@pytest.mark.parametrize(
    ("gold", "exact", "overlap"),
    [
        # Exact boundaries and the right speaker: found both ways.
        ([["answer", "Jane Roe", "It was the budget.", "That is all."]], 1.0, 1.0),
        # A boundary off by a sentence: missed exactly, found on overlap (2 of 3 sentences).
        ([["answer", "Jane Roe", "It was the budget.", "defend it."]], 0.0, 1.0),
        # The right words with the wrong speaker count on neither measure of attribution.
        ([["answer", "John Doe", "It was the budget.", "That is all."]], 1.0, 0.0),
        # A question: the speaker is null, and null must match null.
        ([["question", None, "Why did you resign?", "the budget?"]], 1.0, 1.0),
    ],
)
def test_exact_and_overlap_recall(gold: list[list[object]], exact: float, overlap: float) -> None:
    score = score_turns(run(INTERVIEW), gold)
    assert (score.recall, score.overlap_recall) == (exact, overlap)


def test_overlap_adds_up() -> None:
    doc = run(INTERVIEW)
    one = score_turns(doc, [["answer", "Jane Roe", "It was the budget.", "defend it."]])
    two = score_turns(doc, [["answer", "Jane Roe", "No.", "Never again."]])
    total = one + two
    assert (total.gold, total.matched, total.overlapped) == (2, 1, 2)


BODY = "Q: Will you stay?\n\nA: I will stay. We have work to do.\n\nQ: Why?\n\nA: Because.\n"


@pytest.mark.parametrize(
    "trailer",
    [
        "\n\nEND                  1:52 P.M. EDT\n",
        "\n\n(END OF INTERVIEW)\n\nMore from CBS News\n",
        "\n\nWrite to Simon Shuster at simon.shuster@time.com.\n",
        "\n\nNPR transcripts are created on a rush deadline by an NPR contractor.\n",
        "\n\nRelated:\nSecretary's Call with the Foreign Minister\nDesignation of Financiers\n",
        "\n\nДополнительные материалы\n#Украина #НАТО\n",
        "\n\n(Cross-talk.)\n\nEND 12:31 P.M. EDT\n",
    ],
)
def test_trailing_furniture_ends_the_last_turn(trailer: str) -> None:
    doc = run(BODY.rstrip("\n") + trailer)
    assert doc.span_text(doc.layer("turns")[-1]) == "Because."


@pytest.mark.parametrize(
    "tail",
    [
        # A "Related" heading over a sentence is speech, not a list of links.
        "\n\nRelated:\nWe also talked about the budget, which matters a great deal.\n",
        "\n\nEND of story, she said, and left the room with her papers.\n",
    ],
)
def test_speech_after_a_furniture_word_stays(tail: str) -> None:
    text = BODY.rstrip("\n") + tail
    assert trailing_start(text) == len(text.rstrip())


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Павла", "Павел"), ("Льва", "Лев"), ("Владимира", "Владимир"), ("Лаврова", "Лавров")],
)
def test_genitive_names(word: str, nominative: str) -> None:
    assert genitive_to_nominative(word) == nominative


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Introduced in full inside an earlier turn, before the surname label first speaks.
        (
            "Briefing by Press Secretary Karoline Leavitt\n\n"
            "MS. LEAVITT: Welcome Treasury Secretary Scott Bessent, who will take questions.\n\n"
            "SECRETARY BESSENT: Thank you, Karoline.\n\nQ Is the tariff off the table?\n\n"
            "SECRETARY BESSENT: It is, for now.\n\nQ And the soybeans?\n\n"
            "SECRETARY BESSENT: Substantial volumes.\n",
            ["Karoline Leavitt", "Scott Bessent", None, "Scott Bessent", None, "Scott Bessent"],
        ),
        # The header's spelling of the same surname wins; a vowelless given name keeps capitals.
        (
            "Volodymyr Zelenskyy on the winter ahead\nBy Simon Shuster\n\n"
            "SHUSTER: Will the grid hold?\n\nZELENSKY: It will be hard.\n\n"
            "SHUSTER: And then?\n\nZELENSKY: We will rebuild.\n",
            ["Simon Shuster", "Volodymyr Zelenskyy", "Simon Shuster", "Volodymyr Zelenskyy"],
        ),
        (
            "Meet the Press\n\nKRISTEN WELKER:\n\nWhat is the plan?\n\n"
            "VICE PRESIDENT JD VANCE:\n\nTo reopen the government.\n\n"
            "KRISTEN WELKER:\n\nWhen?\n\nVICE PRESIDENT JD VANCE:\n\nSoon.\n",
            ["Kristen Welker", "JD Vance", "Kristen Welker", "JD Vance"],
        ),
        # rev.com's numbered reporters ask and name nobody.
        (
            "Kristi Noem (00:00):\nWe made a thousand arrests.\n\n"
            "Reporter 1 (00:10):\nHow many were citizens?\n\n"
            "Kristi Noem (00:12):\nNone of them.\n\nReporter 2 (00:15):\nAre you sure?\n\n"
            "Kristi Noem (00:16):\nYes.\n",
            ["Kristi Noem", None, "Kristi Noem", None, "Kristi Noem"],
        ),
    ],
)
def test_speakers_named_by_the_text(text: str, speakers: list[str | None]) -> None:
    doc = run(text)
    assert [t.attrs["speaker"] for t in doc.layer("turns")] == speakers
