"""Foreign ministries' English pages (batch CM): a hashtag row whose first "#" moved up, a list
page's back link, a Q&A heading glued to the first label, a spokesperson who chairs."""

from __future__ import annotations

import pytest

from rhetoscope.structure.hashtags import mangled_block
from structure_support import turn_rows

_QA = (
    "Foreign Minister's interview, Moscow, May 5, 2025\n\n"
    "Question: What message would you send to our readers?\n\n"
    "Sergey Lavrov: We are ready for honest dialogue.{tail}"
)


@pytest.mark.parametrize(
    "tail",
    [
        "#\nRussia #Italy #Lavrov\n",
        "#\nRussia #Italy #Lavrov\n\nBack to the list\n",
        "#\nUkraine #Japan\n\nSource: https://www.president.gov.ua/en/news/x-1\nShare:\n",
        "\n\nBack to the list\n",
    ],
)
def test_last_answer_ends_above_the_tags(tail: str) -> None:
    rows = turn_rows(_QA.format(tail=tail))
    assert rows[-1][2].endswith("ready for honest dialogue.")


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("… dialogue.#\nRussia #Italy #Lavrov", ("Russia", "Italy", "Lavrov")),
        ("… dialogue.#\nNATO #\nUS #\nLavrov", ("NATO", "US", "Lavrov")),
        ("… dialogue.\nRussia #Italy #Lavrov", None),  # no moved "#": a sentence, not tags
    ],
)
def test_partly_moved_hashtags(text: str, tags: tuple[str, ...] | None) -> None:
    block = mangled_block(text)
    assert (block.tags if block else None) == tags


@pytest.mark.parametrize(
    ("heading", "cut"),
    [
        ("Answers to media questions:", True),
        ("Questions and answers:", True),
        ("Press conference questions and answers:", True),
        ("We will now take your questions:", False),
        ("This is what I would say about it:", False),
    ],
)
def test_qa_heading_glued_to_label(heading: str, cut: bool) -> None:
    text = (
        "Briefing by Spokeswoman Maria Zakharova, Moscow, October 22, 2025\n\n"
        "Maria Zakharova: We call on the OSCE to pay attention to these facts.\n\n"
        f"{heading}Question: How does Moscow view this?\n\n"
        "Maria Zakharova: The ball is in the American court.\n"
    )
    rows = turn_rows(text)
    assert rows[0][2].endswith("these facts.") == cut, rows[0]


def test_spokesperson_who_chairs_a_briefing() -> None:
    text = (
        "Transcript of Special Briefing by Foreign Secretary (August 27, 2025)\n\n"
        "Official Spokesperson, Shri Randhir Jaiswal: Good evening friends, and thank you for "
        "joining us for this special briefing on the upcoming visit of the Prime Minister to "
        "Japan. To brief you on the visit we have with us Foreign Secretary Shri Vikram Misri. "
        "We also have with us Joint Secretary (East Asia). Sir, may I request you to make your "
        "opening remarks.\n\n"
        "Foreign Secretary, Shri Vikram Misri: Thank you Randhir. The Prime Minister will travel "
        "to Japan for the Annual Summit.\n\n"
        "Official Spokesperson, Shri Randhir Jaiswal: Thank you Sir. We'll now open the floor "
        "for questions. Please introduce yourselves and the organisation you represent.\n\n"
        "Question: Sir, could you share some details on the investment target?\n\n"
        "Foreign Secretary, Shri Vikram Misri: The previous target has been exceeded.\n\n"
        "Question: Can you confirm the agreement on skilled workers?\n\n"
        "Foreign Secretary, Shri Vikram Misri: I expect something during the visit.\n\n"
        "Official Spokesperson, Shri Randhir Jaiswal: Thank you all for joining us this "
        "evening. Thank you Sir.\n"
    )
    labels = [r[0] for r in turn_rows(text)]
    assert labels == [
        "other",
        "statement",
        "other",
        "question",
        "answer",
        "question",
        "answer",
        "other",
    ]
