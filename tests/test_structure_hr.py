"""Small cases for the HR round (English pages of non-English-speaking governments): an
office holder's interview "with X newspaper", the lead's "conducted by / interviewed by …
journalist X", an office's acronym before a surname label ("NSA Wi:", "MOFA Spokesperson …"),
and an agency's info strip byline over a dash interview."""

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.metadata import find_byline
from rhetoscope.structure.naming import name_from_phrase
from structure_support import spoken_rows


def _asks_answers(text: str) -> tuple[set[str | None], set[str | None]]:
    rows = spoken_rows(text)
    return (
        {sp for label, sp, _ in rows if label == "question"},
        {sp for label, sp, _ in rows if label == "answer"},
    )


_INTERVIEW_QA = (
    "Q: How would you assess the year?\n\n"
    "{a}: It was a serious test for the whole nation.\n\n"
    "Q: What about the referendum?\n\n"
    "{a}: The people decided, and I kept my word.\n"
)


@pytest.mark.parametrize(
    ("header", "answerer", "asker"),
    [
        # The outlet the interview is "with", its medium's noun after it, is no person.
        (
            "Head of State Kassym-Jomart Tokayev's interview with Egemen Qazaqstan newspaper\n"
            "On the eve of the New Year the President gave an interview to the national "
            "newspaper. The conversation was conducted by the newspaper's Editor-in-Chief "
            "Darkhan Kydyrali.",
            "Kassym-Jomart Tokayev",
            "Darkhan Kydyrali",
        ),
        (
            "Ilham Aliyev was interviewed by Euronews TV channel\n"
            "President Ilham Aliyev has been interviewed by Euronews TV channel journalist "
            "Clara Ventura.",
            None,
            "Clara Ventura",
        ),
    ],
)
def test_lead_names_who_conducted(header: str, answerer: str | None, asker: str) -> None:
    people = _header_people(header)
    assert ("interview by", asker) in [(k, n.display()) for k, n in people]
    if answerer is not None:
        assert all(n.display() != "Egemen Qazaqstan" for _, n in people)
        assert answerer in {n.display() for k, n in people if k == "interview with"}


def test_outlet_label_asks_as_the_conducting_editor() -> None:
    text = (
        "Head of State Kassym-Jomart Tokayev's interview with Egemen Qazaqstan newspaper\n"
        "3 January 2025 09:15\n\n"
        "On the eve of the New Year, President Kassym-Jomart Tokayev gave an interview to the "
        "national newspaper Egemen Qazaqstan. The conversation was conducted by the "
        "newspaper's Editor-in-Chief Darkhan Kydyrali.\n\n"
        "Egemen Qazaqstan: Mr. President, how would you assess the outgoing year?\n\n"
        "Kassym-Jomart Tokayev: The past year was indeed a serious test.\n\n"
        "Egemen Qazaqstan: What would you wish our readers?\n\n"
        "Kassym-Jomart Tokayev: Health, peace and well-being.\n"
    )
    asks, answers = _asks_answers(text)
    assert asks == {"Darkhan Kydyrali"} and answers == {"Kassym-Jomart Tokayev"}


def test_role_word_asks_as_the_journalist_the_lead_names() -> None:
    text = (
        "Ilham Aliyev was interviewed by Euronews TV channel\n"
        "18 March 2025, 21:40\n\n"
        "President of the Republic of Azerbaijan Ilham Aliyev has been interviewed by "
        "Euronews TV channel journalist Clara Ventura.\n\n"
        "Correspondent: Is peace finally within reach?\n\n"
        "President Ilham Aliyev: We are closer to peace than ever.\n\n"
        "Correspondent: Can Azerbaijan increase the supplies?\n\n"
        "President Ilham Aliyev: We already did.\n"
    )
    asks, answers = _asks_answers(text)
    assert asks == {"Clara Ventura"} and answers == {"Ilham Aliyev"}


@pytest.mark.parametrize(
    ("phrase", "title", "surname"),
    [
        ("NSA Wi", "NSA", "Wi"),
        ("EAM Jaishankar", "EAM", "Jaishankar"),
        ("JD Vance", None, "Vance"),  # initials without periods stay a given name
    ],
)
def test_office_acronym_before_a_surname(phrase: str, title: str | None, surname: str) -> None:
    name = name_from_phrase(phrase)
    assert name is not None and name.title == title and name.surname == surname


def test_acronym_office_label_completes_to_the_korean_name() -> None:
    text = (
        "Press Briefing by Spokesperson Kang Yu-jung on the President's Visits\n\n"
        "National Security Adviser Wi Sung-lac: Thank you. The summit will be held on the "
        "23rd.\n\n"
        "Q: Why Japan first?\n\n"
        "NSA Wi: It was decided in consideration of the schedules.\n\n"
        "Q: Will history be raised?\n\n"
        "NSA Wi: The two leaders will exchange views on all issues.\n"
    )
    _, answers = _asks_answers(text)
    assert answers == {"Wi Sung-lac"}


def test_body_acronym_before_an_office_keeps_three_name_words() -> None:
    people = _header_people(
        "Regular Press Briefing by MOFA Spokesperson Pham Thu Hang on 7 November 2024"
    )
    assert [n.display() for _, n in people] == ["Pham Thu Hang"]


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        ("Politics     2025-02-17 14:05     By B.Khuder     1,957 views", "B.Khuder"),
        ("Economy | 2025-03-01 | By Tuya Bold | 812 views", "Tuya Bold"),
        ("Politics     2025-02-17 14:05     1,957 views", None),
    ],
)
def test_info_strip_byline(header: str, byline: str | None) -> None:
    assert find_byline("Minister: a headline\n" + header) == byline


def test_dash_interview_asked_by_the_strip_author() -> None:
    text = (
        "MONTSAME News Agency\n"
        "Minister B.Battsetseg: Third neighbour policy is a practical necessity\n"
        "Politics     2025-02-17 14:05     By B.Khuder     1,957 views\n"
        "Ulaanbaatar, February 17, 2025 /MONTSAME/. Minister of Foreign Affairs of Mongolia "
        "Battsetseg Batmunkh gave an interview to MONTSAME.\n\n"
        "- Minister, how would you assess the year for Mongolian diplomacy?\n\n"
        "- Thank you. 2024 was an active year.\n\n"
        "- What are the priorities for 2025?\n\n"
        "- First, economic diplomacy.\n"
    )
    asks, _ = _asks_answers(text)
    assert asks == {"B.Khuder"}
