"""Small cases for the HS round: imperative prompts that ask with no "?" in a plain Q&A
("Explain …", "Assess …"), a headline over its byline that asks the reader, a section menu
flattened into one line, "This conversation with X" in the lead, "reporter X asks him" naming
the lead's subject, a premises name ("… Hall Farm") that is no person, and an author box
("Authors" / name / bio) and a wide tag row under the last answer."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import turn_rows

_ANSWER = (
    "The short answer is that it depends on the season and on the money available. "
    "We have tried several approaches over the past decade, and none of them worked well "
    "everywhere, which is why the local studies matter so much for what comes next."
)

_PROMPTS = (
    "The Review\n"
    "Subscribe   Login\n"
    "Energy Policy   Water Security   Trade Notes   The Long Read   Regional Desk\n\n"
    "Who Controls the River? A Question for the Delta\n\n"
    "Insights from Anika Rahman.\n\n"
    "By Peter Lowell\n"
    "May 4, 2025\n\n"
    "Peter Lowell regularly talks to researchers about water policy across the region. This "
    "conversation with Dr. Anika Rahman – senior fellow at the Delta Institute – is the 40th "
    "in the series.\n\n"
    "{q1}\n\n" + _ANSWER + "\n\n" + _ANSWER + "\n\n"
    "{q2}\n\n" + _ANSWER + "\n\n"
    "How should donors respond to the dispute?\n\n" + _ANSWER + "\n\n"
    "{q3}\n\n" + _ANSWER + "\n\n" + _ANSWER + "\n\n"
    "Authors\n\n"
    "Guest Author\n"
    "Peter Lowell\n"
    "Peter Lowell is a writer and editor based in London covering water policy for the "
    "magazine.\n\n"
    "Tags\n"
    "Interviews   Water   South Asia   Delta Institute   Regional Water Insight Series\n"
)


@pytest.mark.parametrize(
    ("q1", "q2", "q3"),
    [
        (
            "Explain the purpose of the new barrage and its current status.",
            "Assess the barrage's likely impact on fisheries downstream.",
            "Identify what donors should – and should not – do on the river.",
        ),
        (
            "Describe the dispute over the barrage in a few words.",
            "Examine the role of foreign lenders in the project.",
            "Outline what the commission can still do.",
        ),
    ],
)
def test_imperative_prompts_ask(q1: str, q2: str, q3: str) -> None:
    rows = turn_rows(_PROMPTS.format(q1=q1, q2=q2, q3=q3))
    questions = [(sp, body) for label, sp, body in rows if label == "question"]
    assert questions == [
        ("Peter Lowell", q1),
        ("Peter Lowell", q2),
        ("Peter Lowell", "How should donors respond to the dispute?"),
        ("Peter Lowell", q3),
    ]
    answers = [(sp, body) for label, sp, body in rows if label == "answer"]
    assert len(answers) == 4 and {sp for sp, _ in answers} == {"Anika Rahman"}
    # the author box and the tag row under the last answer are the page's
    assert answers[-1][1].endswith("for what comes next.")


def test_an_article_with_one_imperative_line_stays_one_statement() -> None:
    text = (
        "Notes on the river\n\nBy Peter Lowell\n\n"
        + _ANSWER
        + "\n\nExplain that to the farmers downstream.\n\n"
        + _ANSWER
        + "\n"
    )
    assert [label for label, _, _ in turn_rows(text)] == ["statement"]


_ASKS_HIM = (
    "Dairy\n\n"
    "Q&A: How one farm cut its feed bill\n\n"
    "Clara Moss\n"
    "14 March 2025\n\n"
    "Owen Pryce and his father, Dai, milk 200 cows at Glanrhyd Hall Farm, near Lampeter. "
    "Three years ago they moved to a grazing system. Dairy reporter Clara Moss asks "
    "him what changed.\n\n"
    "*Why did you change the system?*\n\n"
    "The numbers did it. We were barely ahead of herds doing far less.\n\n"
    "*What was the hardest part?*\n\n"
    "The first spring. We had a wet April and a few sleepless nights.\n\n"
    "*What is next for the farm?*\n\n"
    "More clover in the swards, and a small heat-detection system.\n"
)


def test_reporter_asks_him_names_the_leads_subject() -> None:
    rows = turn_rows(_ASKS_HIM)
    assert {sp for label, sp, _ in rows if label == "answer"} == {"Owen Pryce"}
    assert {sp for label, sp, _ in rows if label == "question"} == {"Clara Moss"}


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        (
            "Authors\n\nGuest Author\nPeter Lowell\nPeter Lowell is a writer and editor "
            "based in London covering water policy for the magazine.\n",
            True,
        ),
        ("Tags\nInterviews   Water   South Asia   Regional Water Insight Series\n", True),
        ("Peter Lowell\nPeter Lowell said the river was rising again, and we left.\n", False),
    ],
)
def test_author_box_and_wide_tag_row_are_trailing(tail: str, cut: bool) -> None:
    body = "A: That is the whole story, and it is not over yet.\n\n"
    text = body + tail
    assert (trailing_start(text) <= len(body.rstrip())) is cut
