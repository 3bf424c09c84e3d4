"""Round 30 (EY) page shapes: broadcaster and reader labels, byline posts, newsletter numbers."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, is_audience_question
from rhetoscope.structure.turns import analyse
from structure_support import label_surname


@pytest.mark.parametrize(
    ("label", "kind", "asker"),
    [
        ("FRANCE 24", LabelKind.QUESTION, None),
        ("RFI", LabelKind.QUESTION, None),
        ("Question from Linda Ferreira, Lewiston", LabelKind.QUESTION, "Ferreira"),
        ("Question from Paul Thibodeau", LabelKind.QUESTION, "Thibodeau"),
        ("Question from a reader in Presque Isle", LabelKind.QUESTION, None),
    ],
)
def test_label_kinds(label: str, kind: LabelKind, asker: str | None) -> None:
    assert label_surname(label) == (kind, asker)


def test_unsigned_reader_question_is_the_audience() -> None:
    assert is_audience_question("question from a reader in presque isle")
    assert not is_audience_question("question from linda ferreira, lewiston")


@pytest.mark.parametrize(
    ("header", "kind", "who"),
    [
        (
            "Rachel Kingsley\nPolitical Correspondent\nWednesday 8 May 2024 06:00 BST\n\n"
            "Jane Roe said in an interview with The Independent.",
            "interview by",
            "Rachel Kingsley",
        ),
        (
            "State Treasurer Deborah McAllister sat down with Maine Morning Star reporter "
            "Ben Carlisle to answer them.",
            "interview by",
            "Ben Carlisle",
        ),
        (
            "Minister Hélène de Brouwer in Brussels. © Nicolas Maeterlinck, AFP\n\nBelgium's "
            "minister, Hélène de Brouwer, spoke to FRANCE 24's Julie Marchand about aid.",
            "interview by",
            "Julie Marchand",
        ),
    ],
)
def test_header_people(header: str, kind: str, who: str) -> None:
    people = _header_people(header)
    assert (kind, who) in {(k, n.display()) for k, n in people}
    assert all(n.surname not in ("Correspondent", "Sea") for _, n in people)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (
            "Contact reporter Wang Jiayi (jiayiwang@caixin.com) and editor Denise Lau "
            "(deniselau@caixin.com)",
            "and when.",
        ),
        (
            "Ellen Hartwig is a research associate at the Cato Institute's Herbert A. Stiefel "
            "Center for Trade Policy Studies.",
            "and when.",
        ),
    ],
)
def test_trailing_credit_lines(tail: str, kept: str) -> None:
    text = "Zhou: The question is only who bears the pain, and when.\n\n" + tail + "\n"
    assert text[: trailing_start(text)].endswith(kept)


def test_newsletter_question_number_is_no_part_of_the_question() -> None:
    qa = [
        ("How close are the talks to an actual agreement?", "Closer than in July, not close."),
        ("Who does the inspecting is the sticking point?", "It is one of them, and abused."),
        ("What role is Turkey playing now?", "The same as before: indispensable to all."),
        ("What happens in the autumn if there is no deal?", "The corridor carries on as now."),
    ]
    body = "".join(f"*{i}. {q}*\n\n{a} {a} {a}\n\n" for i, (q, a) in enumerate(qa, 1))
    text = (
        "The Eastern Flank\n\nTomasz Wierzbicki\nSep 12, 2023\n\nWelcome back. This week: an "
        "interview with a senior European diplomat on the Black Sea grain talks. I've trimmed "
        "the conversation for length and clarity.\n\n" + body
    )
    turns = [t for t in analyse(text).turns if t.label == "question"]
    for t in turns:
        assert not text[t.start : t.end].lstrip("*")[:1].isdigit()
    assert all(t.attrs.get("speaker") != "Black Sea" for t in analyse(text).turns)
