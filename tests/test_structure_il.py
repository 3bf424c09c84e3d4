"""Small cases for the IL round (English pages of non-English-speaking governments): a leader's
label by office and state ("Prime Minister of Portugal.-", "President of the Government.-")
named by the header's apposition, a numbered question's outlet ("Question 1 (EBC):"), a
moderator styled "H.E." in brackets, a forum's name with digits as a heading between turns, a
briefing title over its date line and a Title Case dateline over the editor's "The following
is …" kept out of the opening statement, a document's "(PDF)" link under the last answer, and
the place after a local clock on the date line."""

import pytest

from rhetoscope.structure.labels import classify_label
from rhetoscope.structure.speakers import LabelKind
from structure_support import run, spoken_rows, turn_rows


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Prime Minister of Portugal", LabelKind.OFFICE),
        ("President of the Government", LabelKind.OFFICE),
        ("President of the Republic", LabelKind.OFFICE),
        ("Prime Minister of the Netherlands", LabelKind.OFFICE),
        # the office, then its holder's name: the person
        ("President of Russia Vladimir Putin", LabelKind.PERSON),
    ],
)
def test_office_of_state(label: str, kind: LabelKind) -> None:
    info = classify_label(label, max_role_words=20)
    assert info is not None and info.kind is kind


def test_office_of_state_labels_take_the_header_names() -> None:
    text = (
        "Press conference by the President of the Government, Pedro Sánchez, and the Prime "
        "Minister of Portugal, Luís Montenegro, following the Summit\n"
        "Huelva, Friday 24 October 2025\n"
        "Moderator.- Good afternoon. The two leaders will now make a statement.\n"
        "President of the Government.- Good afternoon. Spain and Portugal have never been so "
        "close, and today we signed eleven agreements.\n"
        "Prime Minister of Portugal.- Thank you very much, Pedro, for your hospitality. Our "
        "relationship is an example for Europe.\n"
        "Moderator.- The first question is from Carlos Fernández, from Europa Press.\n"
        "Question.- Thank you. When will the high-speed line between the capitals open?\n"
        "President of the Government.- Thank you, Carlos. The works are under way on our side "
        "and will be finished in 2030.\n"
        "Prime Minister of Portugal.- On the Portuguese side, the section will be completed "
        "next year.\n"
        "Documents\n"
        "Joint Declaration of the Summit (PDF)\n"
        "Share   Facebook   X   WhatsApp   Email\n"
    )
    rows = spoken_rows(text)
    assert [r[1] for r in rows if r[0] in ("statement", "answer")] == [
        "Pedro Sánchez",
        "Luís Montenegro",
        "Pedro Sánchez",
        "Luís Montenegro",
    ]
    assert rows[-1][2].endswith("completed next year.")


@pytest.mark.parametrize(
    ("label", "outlet"),
    [
        ("Question 1 (EBC)", "EBC"),
        ("Question 3 (Addis Standard)", "Addis Standard"),
        ("Question (EBC)", "EBC"),
    ],
)
def test_numbered_question_outlet(label: str, outlet: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.QUESTION and info.outlet == outlet


def test_briefing_title_over_date_line_is_no_opening() -> None:
    text = (
        "Ministry of Foreign Affairs\n"
        "Media Center › Press Briefing\n"
        "Weekly Press Briefing by the Spokesperson of the Ministry of Foreign Affairs, "
        "Ambassador Nebiat Getachew\n"
        "Addis Ababa, 14 August 2025\n"
        "Posted by MoFA Public Diplomacy | Press Briefing | 0 Comments\n"
        "Good morning, members of the press, and welcome to this week's briefing. I will "
        "begin with the preparations for the inauguration of the dam. With this, I open the "
        "floor for questions.\n"
        "Question 1 (EBC): Has Ethiopia invited Egypt and Sudan to the inauguration?\n"
        "Ambassador Nebiat: Thank you for the question. Invitations have been sent.\n"
        "Question 2 (FBC): Does Ethiopia intend to use force?\n"
        "Ambassador Nebiat: Let me be very clear. Ethiopia has no intention of invading any "
        "country.\n"
    )
    rows = turn_rows(text)
    assert rows[0][0] == "statement" and rows[0][2].startswith("Good morning, members")
    assert [r[1] for r in rows[1:]] == ["EBC", "Nebiat Getachew", "FBC", "Nebiat Getachew"]


def test_title_case_dateline_over_editors_line() -> None:
    text = (
        "Full text of the media briefing by President Anura Kumara Dissanayake\n"
        "Posted on: 07 March 2025\n"
        "Colombo – The following is the full text of the remarks made by President Anura "
        "Kumara Dissanayake at the meeting with heads of media institutions today.\n"
        "Opening remarks\n"
        "It has been a little over one hundred days since the new Parliament was formed, and "
        "the budget was passed with a two-thirds majority.\n"
        "Questions and answers\n"
        "Journalist: Your Excellency, what is your response to the opposition?\n"
        "President: That is their job, to say such things. The budget follows our plan.\n"
        "Journalist: Are you confident about the revenue targets?\n"
        "President: Yes, I am confident. This year we are strengthening collection.\n"
    )
    rows = turn_rows(text)
    assert rows[0][0] == "statement" and rows[0][2].startswith("It has been a little")


def test_honorific_moderator() -> None:
    text = (
        "Press Conference of H.E. Sok Chenda Sophea, Deputy Prime Minister, Minister of "
        "Foreign Affairs, on the Outcomes of the Official Visit to Japan\n"
        "Phnom Penh, 9 June 2025\n"
        "(Unofficial translation)\n"
        "Moderator (H.E. Chum Sounry): Good afternoon, ladies and gentlemen of the press. I "
        "now invite His Excellency to deliver his opening remarks.\n"
        "H.E. SOK CHENDA SOPHEA: Thank you, Excellency Spokesperson. I have just returned "
        "from an official visit to Japan.\n"
        "Moderator: Thank you, Excellency. We now open the floor for questions.\n"
        "Journalist (Fresh News): Excellency, did Japan make any new commitment?\n"
        "H.E. SOK CHENDA SOPHEA: Thank you. The two sides signed two agreements.\n"
        "Moderator: Next question, please.\n"
        "Journalist (Xinhua): How do you respond to the observers?\n"
        "H.E. SOK CHENDA SOPHEA: Cambodia pursues an independent foreign policy.\n"
    )
    rows = turn_rows(text)
    assert {r[1] for r in rows if r[0] == "other"} == {"Chum Sounry"}


def test_forum_heading_with_digits_between_turns() -> None:
    text = (
        "Press Conference by Foreign Minister IWAYA Takeshi\n"
        "Thursday, February 20, 2025\n\n"
        "Opening Remarks\n\n"
        "Minister Iwaya: Good evening. Today I attended the first day of the meeting here. "
        "That is all from me.\n\n"
        "Questions and Answers\n\n"
        "G20 Foreign Ministers' Meeting\n\n"
        "NHK, Kato: How do you assess the significance of this meeting?\n\n"
        "Minister Iwaya: The G20 is the forum that brings together the major economies.\n\n"
        "Kyodo News, Sato: Do you share that concern?\n\n"
        "Minister Iwaya: I am aware of the various reports.\n"
    )
    rows = turn_rows(text)
    assert rows[0][2].endswith("That is all from me.")


def test_place_after_local_clock() -> None:
    text = (
        "Press Conference by Foreign Minister IWAYA Takeshi\n"
        "Thursday, February 20, 2025, 7:42 p.m. (Local time) Johannesburg, Republic of South "
        "Africa\n\n"
        "Minister Iwaya: Good evening. Today I attended the first day of the meeting here.\n\n"
        "NHK, Kato: How do you assess the significance of this meeting?\n\n"
        "Minister Iwaya: The G20 is the forum that brings together the major economies.\n"
    )
    assert run(text).meta.place == "Johannesburg"
