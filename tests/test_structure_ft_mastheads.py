"""English think-tank and news Q&A pages: a masthead list of who took part over plain questions
and two surname-labelled answerers, a moderator named in an event recap, a lower-case byline
over outlet labels, audience questions, trailing link boxes and tags."""

import pytest

from rhetoscope.structure.metadata import find_byline, trailing_start
from rhetoscope.structure.speakers import classify_label
from rhetoscope.structure.turns import analyse


def rows(text: str) -> list[tuple[str, str | None, str]]:
    return [(t.label, t.attrs["speaker"], text[t.start : t.end]) for t in analyse(text).turns]


MASTHEAD = (
    "Policy Institute\n\nINTERVIEW\nCan the Rivers Be Shared?\n\n"
    "Interviewees:\nMaria de Souza, Senior Advisor, Water Ministry\n"
    "Tomas van Dijk, Professor of Water Law, Leiden University\n\n"
    "Interviewer:\nGrace Obi, Senior Editor, PI.org\n\nMarch 3, 2025\n\n"
    "How bad is the drought this year?\n\n"
    "DE SOUZA: It is the worst in my career. Farmers are leaving.\n\n"
    "VAN DIJK: I would add that the problem is upstream.\n\n"
    "Is a deal possible?\n\n"
    "DE SOUZA: Partly. Our irrigation is inefficient.\n\n"
    "VAN DIJK: Both things are true. There is a trade to be made.\n\n"
    "This interview has been edited and condensed.\n\n"
    "Creative Commons: Some rights reserved.\n"
)


def test_masthead_list_plain_questions_two_answerers() -> None:
    got = [(label, sp, body[:20]) for label, sp, body in rows(MASTHEAD) if label != "other"]
    assert got == [
        ("question", "Grace Obi", "How bad is the droug"),
        ("answer", "Maria de Souza", "It is the worst in m"),
        ("answer", "Tomas van Dijk", "I would add that the"),
        ("question", "Grace Obi", "Is a deal possible?"),
        ("answer", "Maria de Souza", "Partly. Our irrigati"),
        ("answer", "Tomas van Dijk", "Both things are true"),
    ]


EVENT = (
    "Event Recap | A Conversation with Ambassador Ingrid Holm\n\n"
    "Ambassador Ingrid Holm joined us for a conversation on the treaty. The discussion was "
    "moderated by Dr. Kofi Mensah-Baah, Senior Fellow.\n\nTranscript\n\n"
    "Moderator: Welcome, everyone. Why does this conference matter?\n\n"
    "Ambassador Holm: Thank you, Kofi. It matters a great deal.\n\n"
    "Audience Question: Thank you. Do you see any prospect of a deal?\n\n"
    "Ambassador Holm: I see some prospect, yes.\n"
)


def test_event_recap_moderator_and_audience_question() -> None:
    got = [(label, sp) for label, sp, _ in rows(EVENT) if label != "other"]
    assert got == [
        ("question", "Kofi Mensah-Baah"),
        ("answer", "Ingrid Holm"),
        ("question", None),
        ("answer", "Ingrid Holm"),
    ]


@pytest.mark.parametrize(
    ("header", "want"),
    [
        ("Headline\n\nby Sofía Battaglia\n\nLead.", "Sofía Battaglia"),
        # a wrapped sentence's "by" is no byline
        ("The bill was signed\nby Governor Hale on Tuesday after a long debate.", None),
    ],
)
def test_lower_case_byline(header: str, want: str | None) -> None:
    assert find_byline(header) == want


def test_audience_question_label_names_no_one() -> None:
    info = classify_label("Audience Question")
    assert info is not None and info.name is None


@pytest.mark.parametrize(
    ("tail", "cut_at"),
    [
        (
            "\n\nRelated stories\nLake rises after wet spring\nLawmakers weigh water rules\n\n"
            "Brady Cole covers the environment for KSL.com.\n\nMost recent Utah stories\n",
            "Related stories",
        ),
        (
            "\n\nJane Roe is a research fellow at the Lowy Institute.\n\n"
            "Related: Pacific debt | Who polices the Pacific?\n\n"
            "Article tags: Pacific Islands, Tonga, Debt\n",
            "Jane Roe is",
        ),
    ],
)
def test_trailing_boxes(tail: str, cut_at: str) -> None:
    text = "Q: Will it rain?\n\nA: Every gallon saved can reach the lake." + tail
    assert trailing_start(text) == len(text[: text.index(cut_at)].rstrip())
