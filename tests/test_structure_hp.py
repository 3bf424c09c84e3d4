"""Round 40 (HP): NPR's one-letter host, tape blocks, co-hosts who say who asks, show bio boxes,
played-in soundbites, rev.com's closing boxes, and a cover date below a site's menu lines."""

import pytest

from rhetoscope.structure.speakers import classify_label
from structure_support import run, turn_rows

NPR = """\
Morning Edition

An epidemiologist on the first measles death in a decade

February 27, 2025 · 5:08 AM ET

A MARTÍNEZ, HOST: A child who was not vaccinated has died of measles in West Texas. Here's \
the city's public health director, Brian Hollis, speaking to reporters on Wednesday.

(SOUNDBITE OF ARCHIVED RECORDING)

BRIAN HOLLIS: This is a heartbreaking day for our community. Please check your records.

MARTÍNEZ: Kavita Raman is an epidemiologist in Lubbock. Doctor, how did we get here?

KAVITA RAMAN: Measles is one of the most contagious viruses we know of.

MARTÍNEZ: Why is the count probably higher?

RAMAN: Some families are reluctant to come into a clinic at all.
"""


@pytest.mark.parametrize(
    ("label", "given"),
    [("A MARTÍNEZ, HOST", ("A",)), ("A MARTÍNEZ", None), ("A LOOK", None)],
)
def test_one_letter_given_name_needs_a_host_role(label: str, given: tuple[str, ...] | None) -> None:
    info = classify_label(label)
    got = info.name.given if info is not None and info.name is not None else None
    assert got == given


def test_npr_one_letter_host_and_opening_before_a_soundbite() -> None:
    rows = turn_rows(NPR)
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("other", "A Martínez"),  # the opening plays a recording in: no one is asked yet
        ("statement", "Brian Hollis"),
        ("question", "A Martínez"),
        ("answer", "Kavita Raman"),
        ("question", "A Martínez"),
        ("answer", "Kavita Raman"),
    ]


MTP = """\
Meet the Press — April 13, 2025

KRISTEN WELKER: This Sunday: whiplash. The president pauses most of his new tariffs.

[START TAPE]

PRESIDENT DONALD TRUMP: I thought that people were jumping a little bit out of line.

[END TAPE]

KRISTEN WELKER: And joining me now is Congresswoman Harmon. Welcome back to Meet the Press.

REP. ELISE HARMON: Good morning, Kristen.

KRISTEN WELKER: Was he listening to people like you, or to the bond market?

REP. HARMON: I think he was listening to a lot of people, frankly.

KRISTEN WELKER: Congresswoman Elise Harmon, thank you very much. Stay with us.

Kristen Welker

Kristen Welker is moderator of "Meet the Press."

Related
Meet the Press — April 6, 2025
"""


def test_tape_block_and_moderator_bio_box() -> None:
    rows = turn_rows(MTP)
    # A cold open's clip before "And joining me now is …" is a statement (rounds 50–51);
    # inside [START TAPE] … [END TAPE] later in the show a clip stays other.
    assert rows[1][:2] == ("statement", "Donald Trump")
    assert rows[-1][1:] == (
        "Kristen Welker",
        "Congresswoman Elise Harmon, thank you very much. Stay with us.",
    )


STATE = """\
Secretary of State Marco Rubio With Clay Travis and Buck Sexton of The Clay Travis and Buck \
Sexton Show

Interview

Marco Rubio, Secretary of State

Washington, D.C.

May 2, 2025QUESTION: We are joined now by the Secretary of State. How many jobs is that now?

SECRETARY RUBIO: I think it's four, if you count archivist.

QUESTION: Mr. Secretary, it's Buck. Are we close to a ceasefire?

SECRETARY RUBIO: We're closer than we've ever been.

QUESTION: Would you actually walk away?

SECRETARY RUBIO: The President is not going to wait forever.

QUESTION: Secretary of State Marco Rubio, thank you so much.

SECRETARY RUBIO: Thank you, guys. God bless.

Related Articles
May 1, 2025
Secretary Rubio's Call with Indian External Affairs Minister Jaishankar
"""


def test_cohost_says_who_asks_and_closing_thanks() -> None:
    rows = turn_rows(STATE)
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("question", None),  # two hosts share the label: the page does not say which
        ("answer", "Marco Rubio"),
        ("question", "Buck Sexton"),  # "it's Buck": the one header host with that name
        ("answer", "Marco Rubio"),
        ("question", None),
        ("answer", "Marco Rubio"),
        ("other", None),  # thanks after an office-and-name vocative
        ("answer", "Marco Rubio"),
    ]


def test_cover_date_below_menu_lines_not_a_related_articles_date() -> None:
    menus = "An official website\nHere's how you know\nDepartment of State\nMenu\nSearch\n"
    assert run(menus + STATE).meta.date == "2025-05-02"


PBS = """\
Geoff Bennett:

House Republicans narrowly adopted a budget framework. Lisa, what changed overnight?

Lisa Desjardins:

The speaker and the Senate leader made a promise. Here's how the speaker described it after \
the vote.

Rep. Mike Johnson (R-LA), Speaker of the House:

We had some members who had legitimate concerns, and we listened.

Lisa Desjardins:

Now, Memorial Day is ambitious, to put it kindly.

Geoff Bennett:

Laura, how involved was the president?

Laura Barrón-López:

Very involved. He was on the phone with holdouts until late last night.
"""


def test_soundbite_played_in_by_a_correspondent_answers_nobody() -> None:
    rows = turn_rows(PBS)
    assert rows[2][:2] == ("statement", "Mike Johnson")
    assert rows[1][0] == rows[3][0] == "answer"


REV = """\
Dale Brennan (06:10):
How long before people can go back home?

Jen Alvarado (06:15):
I wish I could give you a date. Thanks, everybody.

Rev.com uses cookies to give you the best experience on our website.

Hungry For More?
Luckily for you, we deliver. Subscribe to our blog today.

Related Content
Governor Polis Holds Wildfire Preparedness Briefing Transcript
"""


def test_rev_cookie_notice_and_newsletter_box_are_trailing() -> None:
    rows = turn_rows(REV)
    assert rows[-1][2] == "I wish I could give you a date. Thanks, everybody."
