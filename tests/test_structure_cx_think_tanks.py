"""Think-tank, NGO and local-paper Q&A pages: pronoun leads, numbered questionnaires, podcast
hosts, offices in headlines, page furniture."""

import pytest

from rhetoscope.structure.dialogue import _lead_people_en
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.turns import analyse


def rows(text: str) -> list[tuple[str, str | None, str]]:
    return [(t.label, t.attrs["speaker"], text[t.start : t.end]) for t in analyse(text).turns]


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "By Hanna Lindqvist\n\nMihaela Rusu has been deputy prime minister since 2023.\n\n"
            "She spoke with Hanna Lindqvist, the editor of Strategic Europe, in March.",
            [("interview with", "Mihaela Rusu"), ("interview by", "Hanna Lindqvist")],
        ),
        (
            "Omar Haddad runs the port authority. He talked to Julia Brandt about tariffs.",
            [("interview with", "Omar Haddad"), ("interview by", "Julia Brandt")],
        ),
    ],
)
def test_pronoun_lead(lead: str, want: list[tuple[str, str]]) -> None:
    assert [(k, n.display()) for k, n in _lead_people_en(lead)] == want


QUESTIONNAIRE = (
    "Voter Guide: Candidates for County Commission\n\nBy Ledger Staff\nOct 3, 2024\n\n"
    "Incumbent Marcus Bell faces Dana Kowalczyk in the general election.\n\n"
    "1. Why are you running?\n\n"
    "Bell: I have served this district for eight years.\n\n"
    "Kowalczyk: Because nobody listens until something breaks.\n\n"
    "2. What is the biggest challenge?\n\n"
    "Bell: The jail. It is overcrowded.\n\n"
    "Kowalczyk: Housing. Young families cannot find anything.\n"
)


def test_numbered_questionnaire() -> None:
    got = rows(QUESTIONNAIRE)
    assert [(lb, sp) for lb, sp, _ in got if lb != "other"] == [
        ("question", None),
        ("answer", "Marcus Bell"),
        ("answer", "Dana Kowalczyk"),
    ] * 2
    assert [b for lb, _, b in got if lb == "question"] == [
        "Why are you running?",
        "What is the biggest challenge?",
    ]


PODCAST = (
    "In this podcast, Annika Holm speaks with Rafael Wiśniewski about debt.\n\n"
    "RW: Welcome to the show. I'm Rafael Wiśniewski. My guest today is Annika Holm.\n\n"
    "AH: Thanks, Rafael. Good to be here.\n\n"
    "RW: Give me one example that gives you hope.\n\n"
    "AH: One island country had a contingency fund ready.\n\n"
    "RW: Why does that matter so much?\n\n"
    "AH: Because the money arrived within weeks.\n"
)


def test_podcast_host_introduces_guest() -> None:
    assert [lb for lb, _, _ in rows(PODCAST)] == ["other"] + ["answer", "question"] * 2 + ["answer"]


@pytest.mark.parametrize(
    "tail",
    [
        "Transcripts are edited for readability and may differ slightly from the audio.",
        "Carnegie does not take institutional positions; the views represented herein are "
        "those of the author(s) and do not necessarily reflect the views of Carnegie.",
        "Download the UN News app for your iOS or Android devices.",
        "Leave a comment\nShare\n\n¹ Under the network codes, 49.8 Hz is an alert state.\n\n"
        "Discussion about this post\nComments\nRestacks",
    ],
)
def test_trailing_furniture(tail: str) -> None:
    body = "Q: Is it over?\n\nA: Not yet. We keep working.\n\nQ: Why?\n\nA: Because it works.\n\n"
    assert trailing_start(body + tail) == len(body.rstrip())


def test_office_headline_is_no_interviewee() -> None:
    text = (
        "Kosovo Ombudsperson: ‘Minorities Are Not a Bargaining Chip’\n\n"
        "Naim Berisha in his office. Photo: BIRN/Dritan Kelmendi\n\n"
        "Naim Berisha took over as Kosovo’s Ombudsperson in January. In his first interview, "
        "he told BIRN’s Fatmir Hoxha that trust is lacking.\n\n"
        "Q: What has surprised you most?\n\nA: How many complaints never reach us.\n\n"
        "Q: Is that fear justified?\n\nA: Partly.\n"
    )
    assert {(lb, sp) for lb, sp, _ in rows(text) if lb != "other"} == {
        ("question", "Fatmir Hoxha"),
        ("answer", "Naim Berisha"),
    }
