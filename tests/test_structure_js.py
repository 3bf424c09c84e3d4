"""Small cases for the JS round (English pages of non-English-speaking governments): a briefing's
headline that names its giver after the office ("Briefing by the Official Representative of the
Ministry … Given Surname", "Briefing of the Spokesperson of the Ministry …, Given Surname"); a
bracketed outlet in capitals under a label in small letters ("Question 2 (BERNAMA):"); a chair's
first call by name ("First, Name, from Outlet."); a town's line under the headline under the
date."""

import pytest

from rhetoscope.structure.header import _header_people
from structure_support import run, turn_rows

_OPENING = (
    "Good morning, colleagues from the press. Let me start with the schedule of the Minister "
    "for the coming days, who will travel to Geneva for consultations on humanitarian issues."
)


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        (
            "Briefing by the Official Spokesperson of the Ministry of Foreign Affairs "
            "Leyla Abdullayeva",
            "Leyla Abdullayeva",
        ),
        (
            "Transcript of the Weekly Press Briefing of the Spokesperson of the Ministry of "
            "Foreign Affairs, Dinara Kassymova",
            "Dinara Kassymova",
        ),
    ],
)
def test_briefing_giver_after_the_office(headline: str, speaker: str) -> None:
    text = (
        f"Ministry of Foreign Affairs\n{headline}\n12 May 2025\n\n{_OPENING}\n\n"
        "Question (Trend): Will the Minister meet his counterpart there?\n\n"
        "Spokesperson: Yes, a meeting is planned on the margins of the session.\n"
    )
    rows = turn_rows(text)
    assert rows[0][:2] == ("statement", speaker)
    assert rows[2][:2] == ("answer", speaker)


@pytest.mark.parametrize(
    "headline",
    [
        "Briefing of the Security Council on the situation in the Middle East",
        "Briefing by the Spokesperson on the visit of the President",
    ],
)
def test_briefing_of_without_a_holder_names_no_one(headline: str) -> None:
    assert _header_people(f"{headline}\n12 May 2025\n") == []


@pytest.mark.parametrize(
    ("label", "outlet"),
    [
        ("Question 2 (BERNAMA)", "BERNAMA"),  # the outlet's own capitals
        ("QUESTION (REUTERS)", "Reuters"),  # the labels' style
    ],
)
def test_bracketed_outlet_in_capitals(label: str, outlet: str) -> None:
    text = (
        "Weekly press briefing\n12 May 2025\n\n"
        "Question 1 (Kompas): When will the talks resume?\n\n"
        "Spokesperson: Next month, in Jakarta.\n\n"
        f"{label}: Has the date of the summit been set?\n\n"
        "Spokesperson: Not yet; we will inform you in due time.\n"
    )
    rows = turn_rows(text)
    assert rows[2][:2] == ("question", outlet)


def test_chair_first_call_names_the_journalist() -> None:
    text = (
        "Press conference of the Minister\n14 April 2025\n\n"
        "MINISTER: Good afternoon. I am ready to take your questions.\n\n"
        "MODERATOR: Thank you, Minister. First, Carolina Mendes, from O Estado de S.Paulo.\n\n"
        "JOURNALIST (O Estado de S.Paulo): Minister, was there any agreement on the "
        "financing?\n\n"
        "MINISTER: There was progress, but no final text yet.\n\n"
        "MODERATOR: Next question, Reuters.\n\n"
        "JOURNALIST (Reuters): Minister, will Brazil host the next meeting?\n\n"
        "MINISTER: That has not been decided.\n"
    )
    rows = turn_rows(text)
    asked = [r[1] for r in rows if r[0] == "question"]
    assert asked == ["Carolina Mendes", "Reuters"]


@pytest.mark.parametrize(
    ("town", "again", "place"),
    [
        ("Vilnius", "Thank you, and welcome to Vilnius.", "Vilnius"),
        ("Vilnius", "Thank you for coming today.", None),  # named nowhere else
    ],
)
def test_town_line_under_the_headline(town: str, again: str, place: str | None) -> None:
    text = (
        "MINISTRY OF FOREIGN AFFAIRS\nHome / Media / News\n04.02.2025\n"
        "Joint press conference of the Minister of Foreign Affairs and his Estonian counterpart\n"
        f"{town}\nPhoto: MFA\n\n"
        f"MODERATOR: Good afternoon. {again} Minister, the floor is yours.\n\n"
        "MINISTER: Thank you. We discussed regional security and energy links at length.\n"
    )
    assert run(text).meta.place == place
