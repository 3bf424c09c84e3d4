"""Small cases for batch LJ (English print and think-tank Q&A): a trade magazine's ampersand
initials label spelling its print title below the web masthead ("RW&MT:" under "Rail Week
& Metro Technology"), a caption over its "Credit:" line above the lead, a regional paper's
byline with its staff post ("By Jane Roe Courier Staff Writer") and a jurisdiction before the
office in the headline ("Q&A with Polk County Sheriff …"), "Story continues below video", an
institution's "School" in a dek, a label that writes out the whole masthead with its article
("The Weekly Round:"), a "You might also like" box and a record's "… is out now on …" note,
floor questioners introduced by embassy or as retired, a bold question under "ADVERTISEMENT",
an "About the Author" box, a newsletter's sign-off over the writer's note, and an event's
venue before its street address."""

import pytest

from rhetoscope.structure.metadata import _place_line
from structure_support import run, turn_rows

_TRADE = (
    "Rail Week Network\n"
    "Rolling Stock   Signalling   Events\n"
    "Interview: Tramline CEO On Why The Fleet Order Slipped\n"
    "Karin Holm   March 3, 2025\n"
    "Rail Week & Metro Technology\n"
    "A prototype tram on the test track outside the depot.\n"
    "Credit: Tramline AB\n"
    "Malmo-based Tramline has pushed back its first deliveries by a year. Chief executive Olof "
    "Strand spoke about suppliers, certification and money.\n"
    "RW&MT: Why the delay?\n"
    "Strand: Mostly certification. We underestimated the paperwork.\n"
    "RW&MT: Are the customers still on board?\n"
    "Strand: Yes. We talk to them every week and they have their own timelines.\n"
    "RW&MT: How much more money do you need?\n"
    "Strand: Enough to reach production. We are in talks now.\n"
)


def test_ampersand_initials_spell_the_print_title_under_the_masthead() -> None:
    rows = turn_rows(_TRADE)
    assert [r[:2] for r in rows] == [
        ("other", None),
        *[("question", "Karin Holm"), ("answer", "Olof Strand")] * 3,
    ]
    # the caption over its credit line is the page's, the intro starts at the lead
    assert rows[0][2].startswith("Malmo-based Tramline")
    assert rows[1][2] == "Why the delay?"


_REGIONAL = (
    "Lakeland Courier\n"
    "News   Sports   Opinion\n"
    "Q&A with Polk County Sheriff Ana Reyes on staffing and the jail\n"
    "By Tom Becker Courier Staff Writer\n"
    "Mar 9, 2025\n"
    "The county has grown fast, and the sheriff's office says its deputies have not kept up. "
    "Sheriff Ana Reyes sat down with the Courier last week.\n"
    "Q: How short-staffed is the office?\n"
    "A: We have nine openings. Detention is worse than patrol.\n"
    "Story continues below video\n"
    "Q: Why is it so hard to hire?\n"
    "A: Housing, first and last. A decent wage does not buy a house here.\n"
    "Q: Anything else?\n"
    "A: We're hiring. Come talk to us.\n"
)


def test_staff_post_byline_and_county_office_name_both_sides() -> None:
    rows = turn_rows(_REGIONAL)
    assert [r[1] for r in rows[1:]] == ["Tom Becker", "Ana Reyes"] * 3
    assert rows[2][2].endswith("Detention is worse than patrol.")


_ITALIC = (
    "Campus Now\n"
    "Health & Medicine\n"
    "Why Calorie Labels Miss the Point\n"
    "A Harwell School nutrition scientist argues that the label is less useful than it sounds\n"
    "By Ruth Moreno\n"
    "January 15, 2025\n"
    "Nadia Karimi, an associate professor at the Harwell School of Nutrition, in her lab. "
    "Photo: Sam Lee\n"
    "Nadia Karimi has spent a decade studying how food structure affects digestion. Campus Now "
    "spoke with her about what the research does and does not show.\n"
    "*What does the label actually mean?*\n"
    "It comes from a classification system that sorts foods into four groups.\n"
    "*So why is it the wrong fight?*\n"
    "The associations are real, but the label does not explain them.\n"
    "*What would you measure instead?*\n"
    "Energy density and how fast a food can be eaten.\n"
)


def test_institution_noun_is_no_surname_for_her() -> None:
    rows = turn_rows(_ITALIC)
    assert {r[1] for r in rows if r[0] == "answer"} == {"Nadia Karimi"}


_MASTHEAD = (
    "The Weekly Round\n"
    "Buy a subscription   Find a vendor\n"
    "Culture > Music\n"
    "Ana Price: 'I wrote the whole album on trains'\n"
    "By Lucy Hart\n"
    "14 Apr 2025\n"
    "Ana Price's second album was written on late trains between two towns. We met in a cafe "
    "near the station to talk about money and home.\n"
    "The Weekly Round: Was it really all written on trains?\n"
    "Price: Most of it. I had a notes app and headphones.\n"
    "The Weekly Round: Does that change how you look at the money now?\n"
    "Price: Completely. I keep checking the bank app.\n"
    "The Weekly Round: What would you tell your younger self?\n"
    "Price: Tell someone. It doesn't have to be a song.\n"
    "{tail}"
)


@pytest.mark.parametrize(
    "tail",
    [
        "",
        "Last Trains is out now on Tinfoil Records. Ana Price tours from 2 May\n"
        "This article appears in the 14 April 2025 issue of The Weekly Round.\n"
        "You might also like\n"
        "Jo Bell: 'I was a product, now I'm a person'\n"
        "Letter To My Younger Self: Sam Reed\n",
    ],
)
def test_whole_masthead_label_asks_as_the_byline_writer(tail: str) -> None:
    rows = turn_rows(_MASTHEAD.format(tail=tail))
    assert [r[1] for r in rows[1:]] == ["Lucy Hart", "Ana Price"] * 3
    assert rows[-1][2] == "Tell someone. It doesn't have to be a song."


_EVENT = (
    "TRANSCRIPT\n"
    "Grid Security After the Switch\n"
    "Atlantic Policy Forum, 1200 K Street NW, Washington, DC\n"
    "March 12, 2025\n"
    "MEYER: Good morning. Let me open it up. Yes, in the front.\n"
    "QUESTION: Hi, Laima Petraityte with the Lithuanian embassy. Is the exclave a risk?\n"
    "KOPPEL: It is their problem now, not ours.\n"
    "QUESTION: Thank you. Paul Hayes, retired, formerly at the Department of Energy. What "
    "would you ask for?\n"
    "KOPPEL: Sensors for the seabed, honestly.\n"
    "MEYER: We're out of time. Thank you all.\n"
)


def test_floor_questioners_introduced_by_embassy_or_as_retired() -> None:
    rows = turn_rows(_EVENT)
    assert [r[1] for r in rows if r[0] == "question"] == ["Laima Petraityte", "Paul Hayes"]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Atlantic Policy Forum, 1200 K Street NW, Washington, DC", "Washington"),
        ("RUSI, 61 Whitehall, London", "London"),
    ],
)
def test_venue_before_its_street_address_gives_the_town(line: str, place: str) -> None:
    assert _place_line(line, bare_words=3) == place


_BOLD = (
    "The Monthly\n"
    "What the Floods Can Teach a City\n"
    "By Sam Osei\n"
    "March 4, 2025\n"
    "I spoke with Lind, a historian of water, about dikes and trust. Our conversation has been "
    "edited for clarity.\n"
    "**Sam Osei: Your book opens with an engineer. Who was he?**\n"
    "Eva Lind: A dike inspector, about as ordinary as they come.\n"
    "**Osei: So the messenger mattered?**\n"
    "Lind: The message mattered too, but nobody acted for years.\n"
    "ADVERTISEMENT\n"
    "**Osei: Is there anything in the toolkit that still works?**\n"
    "Lind: Money works, if it comes without a lecture.\n"
    "**Osei: Last question: what should readers take from it?**\n"
    "Lind: That the lowlands are not a museum of bad decisions.\n"
    "About the Author\n"
    "Sam Osei is a staff writer at The Monthly.\n"
)


def test_bold_question_under_an_ad_label_and_author_box_trailing() -> None:
    rows = turn_rows(_BOLD)
    assert [r[0] for r in rows[1:]] == ["question", "answer"] * 4
    assert rows[5][2] == "Is there anything in the toolkit that still works?"
    assert rows[-1][2] == "That the lowlands are not a museum of bad decisions."


_NEWSLETTER = (
    "Grid Letter\n"
    "Newsletter\n"
    "The Wire: A regulator on why more lines aren't a plan\n"
    "By Ida Berg\n"
    "6 February 2025\n"
    "Welcome back to The Wire, our Thursday newsletter. This week I called Leo Marsh, who "
    "chairs the state's utility commission.\n"
    "Ida Berg: What is holding the projects up?\n"
    "Leo Marsh: Much of the queue is speculative. Developers file early to hold a place.\n"
    "IB: And now?\n"
    "LM: Now they study in clusters, which is faster.\n"
    "IB: What about data centers?\n"
    "LM: We are getting calls too. The new customer should carry the cost.\n"
    "IB: Thanks for making time.\n"
    "LM: Any time. We read every comment.\n"
    "That's it for this week. If someone forwarded you this newsletter, you can sign up here.\n"
    "Ida Berg is a senior reporter at Grid Letter covering the power grid.\n"
    "Share this article   Republish\n"
)


def test_newsletter_sign_off_over_the_writers_note_trails() -> None:
    rows = turn_rows(_NEWSLETTER)
    assert rows[-1][1] == "Leo Marsh"
    assert rows[-1][2] == "Any time. We read every comment."


def test_byline_staff_post_is_no_part_of_the_name() -> None:
    doc = run(_REGIONAL)
    assert doc.meta.byline in (None, "Tom Becker")
