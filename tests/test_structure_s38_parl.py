"""Session 33, S38 fixes: parliamentary and government pages (names alone on a line under a site
menu, glued name lines, language notes, Lords post holders and share rows, shadow offices,
initials from the lead, masthead jobs, UN delegations given the floor, editor's notes over the
footer, glued photo captions, "pro tempore")."""

from __future__ import annotations

import pytest
from tests.structure_support import turn_rows

from rhetoscope.structure.speakers import name_from_phrase
from rhetoscope.structure.unnamed import names_no_one

_MENU_NAMES = (
    "Palace\nMenu\nThe President\nRémi Garnier\nAll the news\nAgenda\n\n"
    "Joint press conference of President Rémi Garnier and Chancellor Jonas Weber.\n\n"
    "3 March 2025 - Speech\n\n"
    "Rémi GARNIER\n\n"
    "Chancellor, dear Jonas,\nLadies and gentlemen,\n\n"
    "We have signed an agreement on energy today. It is a good day for both our countries.\n\n"
    "Jonas WEBER\n\n"
    "{note}\n\n"
    "Thank you, dear Rémi. We are grateful for the welcome in the capital today.\n\n"
    "Rémi GARNIER\n\n"
    "Thank you. We will now take two questions. Please, the agency first.\n\n"
    "Journalist\n\n"
    "Good afternoon. A question for both of you. Will the agreement hold next winter?\n\n"
    "Rémi GARNIER\n\n"
    "Yes, it will hold, because both our grids are now linked for the long term.\n\n"
    "Jonas WEBER\n\n"
    "I agree. The link is built to last, and we will extend it.\n\n"
    "Journalist\n\n"
    "Good afternoon. What will the Chancellor do if prices rise again this year?\n\n"
    "Jonas WEBER Thank you. We will act together, as we did before, and quickly.\n\n"
    "Rémi GARNIER\n\n"
    "Thank you very much to all of you.\n"
)


@pytest.mark.parametrize(
    "note", ["(Interpretation from German)", "(in English)", "(Translated from German)"]
)
def test_names_alone_under_a_site_menu_make_the_dialogue(note: str) -> None:
    rows = turn_rows(_MENU_NAMES.format(note=note))
    spoken = [(speaker, body[:20]) for _, speaker, body in rows if speaker]
    assert spoken == [
        ("Rémi Garnier", "Chancellor, dear Jon"),
        ("Jonas Weber", "Thank you, dear Rémi"),
        ("Rémi Garnier", "Thank you. We will n"),
        ("Rémi Garnier", "Yes, it will hold, b"),
        ("Jonas Weber", "I agree. The link is"),
        ("Jonas Weber", "Thank you. We will a"),
        ("Rémi Garnier", "Thank you very much "),
    ]
    assert not any(body.startswith("All the news") for _, _, body in rows)


_LORDS = (
    "Hansard\nLords\nDefence: Reserves\nVolume 845\n\nQuestion\n3.07pm\n\n"
    "Lord Ashby of Fernhill\nShare this specific contribution\n"
    "To ask His Majesty’s Government what plans they have for the reserve forces.\n\n"
    "{post} (Lord Marlow) (Lab)\nShare this specific contribution\n"
    "My Lords, the reserves are vital and we are reviewing how they are recruited.\n\n"
    "Lord Ashby of Fernhill (Con)\nShare this specific contribution\n"
    "My Lords, will the Minister commit to a date for that review?\n\n"
    "Lord Marlow (Lab)\nShare this specific contribution\n"
    "I cannot give a date today, but I will write to the noble Lord.\n\n"
    "Baroness Penrose (LD)Share this specific contribution\n"
    "My Lords, what of employers who will not release reservists?\n\n"
    "Lord Marlow (Lab)\nShare this specific contribution\n"
    "The noble Baroness raises an important point, and we will look at it.\n\n"
    "Lord Kerr of Dunmore (Lab)\nShare this specific contribution\n"
    "Share this specific contribution\n"
    "My Lords, does my noble friend agree that cyber reservists need a faster route?\n\n"
    "Lord Marlow (Lab)\nShare this specific contribution\n"
    "My noble friend is absolutely right, and we are working on it.\n"
)


@pytest.mark.parametrize(
    "post", ["The Minister of State, Ministry of Defence", "The Minister of State for Defence"]
)
def test_lords_post_holder_glued_and_doubled_share_rows(post: str) -> None:
    rows = turn_rows(_LORDS.format(post=post))
    spoken = [(speaker, body[:16]) for _, speaker, body in rows if speaker]
    assert spoken == [
        ("Lord Ashby of Fernhill", "To ask His Majes"),
        ("Lord Marlow", "My Lords, the re"),
        ("Lord Ashby of Fernhill", "My Lords, will t"),
        ("Lord Marlow", "I cannot give a "),
        ("Baroness Penrose", "My Lords, what o"),
        ("Lord Marlow", "The noble Barone"),
        ("Lord Kerr of Dunmore", "My Lords, does m"),
        ("Lord Marlow", "My noble friend "),
    ]


def test_shadow_office_takes_the_guest_the_header_names() -> None:
    text = (
        "RADIO\nPress Office\n\n"
        "Programme: Morning Show with Ann Hale\n"
        "Guest: Mark Dunning MP, Shadow Chancellor of the Exchequer\n\n"
        "Ann: We are joined by the Shadow Chancellor, Mark Dunning. What would you do today?\n\n"
        "Shadow Chancellor: Good morning. We would freeze energy bills this winter.\n\n"
        "Ann: And how would you pay for that?\n\n"
        "Shadow Chancellor: With a windfall tax on the largest energy producers.\n"
    )
    answers = [speaker for label, speaker, _ in turn_rows(text) if label == "answer"]
    assert answers == ["Mark Dunning", "Mark Dunning"]


def test_initials_label_takes_the_guest_the_lead_names() -> None:
    text = (
        "Magazine\nSubscribe\nHome\nPolitics\nWorld\nBusiness\nCulture\nIdeas\nPodcasts\n"
        "Search\n\nInterview\n2 April 2025\n\n"
        "By Ruth Kellaway\n\n"
        "On the morning I meet Owen Farrant, the ministry is quiet. He is standing by the "
        "window with a mug of tea, looking remarkably unbothered by the week behind him.\n\n"
        "RK: What's the best advice you've been given?\n\n"
        "OF: Never assume the other side has read the brief.\n\n"
        "RK: Who do you most admire?\n\n"
        "OF: My first boss, without a doubt.\n"
    )
    answers = [speaker for label, speaker, _ in turn_rows(text) if label == "answer"]
    assert answers == ["Owen Farrant", "Owen Farrant"]


@pytest.mark.parametrize(
    ("phrase", "given", "surname"),
    [
        ("Editor Daniel Hartley-Moss", ("Daniel",), "Hartley-Moss"),
        ("Senior Editor Anna Lee", ("Anna",), "Lee"),
        ("Reporter Tom Hale", ("Tom",), "Hale"),
        ("Anna Lee", ("Anna",), "Lee"),
    ],
)
def test_masthead_job_is_no_given_name(phrase: str, given: tuple[str, ...], surname: str) -> None:
    name = name_from_phrase(phrase)
    assert name is not None
    assert (name.given, name.surname) == (given, surname)


def test_un_delegate_given_the_floor_by_delegation() -> None:
    text = (
        "United Nations S/PV.9999\nSecurity Council\n\n"
        "President: Mr. Fu Cong (China)\nMembers: Algeria Mr. Bendjama\n"
        "Russian Federation Mr. Nebenzia\n\n"
        "The President (spoke in Chinese): I give the floor to Mr. Bendjama.\n\n"
        "Mr. Bendjama (Algeria): I thank the President for convening this meeting today.\n\n"
        "The President (spoke in Chinese): I give the floor to Mr. Nebenzia.\n\n"
        "Mr. Nebenzia (Russian Federation) (spoke in Russian): We thank the briefers.\n\n"
        "The President (spoke in Chinese): I give the floor to the representative of the "
        "Republic of Narnia.\n\n"
        "Mr. Tumnus (Republic of Narnia) (spoke in French): I congratulate you, Mr. President, "
        "on your assumption of the presidency.\n\n"
        "The President (spoke in Chinese): There are no more names inscribed on the list.\n"
    )
    bodies = [body for _, _, body in turn_rows(text)]
    assert any(b.startswith("I congratulate you") for b in bodies)
    assert any(b.endswith("representative of the Republic of Narnia.") for b in bodies)


def test_editors_note_over_the_footer_ends_the_last_turn() -> None:
    text = (
        "Parliament\nPlenary\n\n"
        "President Anna Roth:\nThe next question comes from Mr Field.\n\n"
        "Karl Field (CDU):\nMinister, when will the ships be delivered?\n\n"
        "Minister Jonas Berg:\nThe first ship will be delivered next year.\n\n"
        "President Anna Roth:\nThank you very much, Minister. – We now come to other matters.\n\n"
        "(Rest of the question time not translated.)\n\n"
        "Parliament | Square of the Republic 1, 10000 Capital\n"
        "Imprint | Data protection | Accessibility | Sitemap\n"
    )
    last = turn_rows(text)[-1][2]
    assert last.endswith("We now come to other matters.")


def test_glued_photo_caption_is_no_part_of_the_answer() -> None:
    text = (
        "INTERVIEW\n\n"
        "DAVID HALE: Why not retaliate against the tariffs?\n\n"
        "JIM BROOK: Because retaliation would hurt our own consumers, David.\n\n"
        "The damage to the economy would be substantial.Photo: The Treasurer says the "
        "response should be calm. (News: Matt Roberts)\n"
        "DAVID HALE: What is the risk it escalates?\n\n"
        "JIM BROOK: The risk is real, and we are watching it closely.\n"
    )
    answer = next(body for label, _, body in turn_rows(text) if label == "answer")
    assert answer.endswith("would be substantial.")


@pytest.mark.parametrize(
    ("speaker", "no_one"),
    [
        ("THE SPEAKER PRO TEMPORE", True),
        ("The Speaker pro tempore", True),
        ("The President pro tempore", True),
        ("Senator Grassley", False),
    ],
)
def test_pro_tempore_names_no_one(speaker: str, no_one: bool) -> None:
    assert names_no_one(speaker) is no_one
