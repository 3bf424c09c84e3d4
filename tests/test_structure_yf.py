"""Round 59, batch WQ WR WX: a site's notice on its comment section under the last turn, a
briefer thanking her guest off as the page's last word, a prime minister's own call of the last
reporter under a label of its own, and a committee chair's closing thanks after a sentence that
puts a topic off."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_COMMENTS = (
    "Interview\n\n"
    "{lead}\n\n"
    "By Anna Petrova\n\n"
    "{outlet}: {guest_title}, how long has the strike lasted?\n\n"
    "{guest}: Nine days now, and our members are ready for more.\n\n"
    "{outlet}: What would end it?\n\n"
    "{guest}: A wage that keeps up with prices, nothing else.\n\n"
    "{outlet}: {guest_title}, thank you.\n\n"
    "{pitch}\n\n"
    "{notice}\n\n"
    "Podcasts\n"
)


@pytest.mark.parametrize(
    ("outlet", "guest", "guest_title", "lead", "pitch", "notice"),
    [
        (
            "RT",
            "Petrou",
            "Mr. Petrou",
            "Ferry crews in Patras have stopped work for a second week.",
            "Subscribe to RT newsletter to get stories the mainstream media won't tell you.",
            "Dear readers and commenters,\nWe have moved our comment section to a new platform.",
        ),
        (
            "TV",
            "Lindqvist",
            "Ms. Lindqvist",
            "Nurses in Malmo walked out on Monday over staffing levels.",
            "Subscribe to our daily newsletter for the stories that matter.",
            "We have updated the rules for our comments section.",
        ),
    ],
)
def test_comment_section_notice_ends_the_last_turn(
    outlet: str, guest: str, guest_title: str, lead: str, pitch: str, notice: str
) -> None:
    """The site's notice on its comment section, in its own "we", is the page's: the closing
    thanks above it stays a thanks of its own (`other`), the pitch and notice not in it."""
    text = _COMMENTS.format(
        outlet=outlet, guest=guest, guest_title=guest_title, lead=lead, pitch=pitch, notice=notice
    )
    label, _, body = turn_rows(text)[-1]
    assert (label, body.strip()) == ("other", f"{guest_title}, thank you.")


_BRIEFING = (
    "Press Briefing by Press Secretary {briefer} and {guest_office} {guest}\n\n"
    "James S. Brady Press Briefing Room\n\n"
    "1:02 P.M. EDT\n\n"
    "{b_label}: Good afternoon, everybody. Today we have a special guest with an announcement "
    "for families across the country. Please welcome the {guest_office}. {title}.\n\n"
    "{g_label}: Thank you. Starting next month, every family will be able to apply online in "
    "ten minutes, and I'm happy to take a few questions.\n\n"
    "Q {title}, how much will it cost to run?\n\n"
    "{g_label}: About forty million dollars a year, paid from savings elsewhere.\n\n"
    "Q And when will it open in rural areas?\n\n"
    "{g_label}: At the same time as everywhere else.\n\n"
    "{b_label}: Thank you, {title}. {send_off}\n\n"
    "END 1:31 P.M. EDT\n"
)


@pytest.mark.parametrize(
    ("briefer", "b_label", "guest", "guest_office", "g_label", "title", "send_off"),
    [
        (
            "Karoline Leavitt",
            "MS. LEAVITT",
            "Brooke Rollins",
            "Agriculture Secretary",
            "SECRETARY ROLLINS",
            "Madam Secretary",
            "We'll let her get back to work.",
        ),
        (
            "Dana Ruiz",
            "MS. RUIZ",
            "Paul Hendry",
            "Administrator",
            "ADMINISTRATOR HENDRY",
            "Mr. Administrator",
            "We appreciate you coming out.",
        ),
    ],
)
def test_briefer_thanking_guest_off_last_is_other(
    briefer: str,
    b_label: str,
    guest: str,
    guest_office: str,
    g_label: str,
    title: str,
    send_off: str,
) -> None:
    """The briefer who opened and gave the guest the podium thanks him off by his title as the
    page's last word: a courtesy, no answer."""
    text = _BRIEFING.format(
        briefer=briefer,
        b_label=b_label,
        guest=guest,
        guest_office=guest_office,
        g_label=g_label,
        title=title,
        send_off=send_off,
    )
    label, _, body = turn_rows(text)[-1]
    assert body.strip().startswith(f"Thank you, {title}.")
    assert label == "other"


_PRESSER = (
    "PM remarks at press conference on {topic}: 3 March 2026\n\n"
    "Prime Minister Keir Starmer: Good afternoon. Today we are announcing {topic}, which will "
    "help working families across the country. I'll take some questions. {r1}, {o1}.\n\n"
    "{r1}, {o1}: Thank you, Prime Minister. How will you pay for it?\n\n"
    "Prime Minister: It is fully funded from savings in the department's budget.\n\n"
    "Prime Minister: {lead_in} {r2}, {o2}.\n\n"
    "{r2}, {o2}: Thank you. Will it apply across the whole United Kingdom?\n\n"
    "Prime Minister: That is a matter for the devolved governments. Thank you all.\n"
)


@pytest.mark.parametrize(
    ("topic", "r1", "o1", "r2", "o2", "lead_in"),
    [
        ("a rail fare freeze", "Laura Kuenssberg", "BBC", "Ava Collins", "ITV News", "Final one."),
        (
            "free school breakfasts",
            "Tom Gilchrist",
            "the Times",
            "Maya Shah",
            "Sky News",
            "Last one.",
        ),
    ],
)
def test_principal_own_call_of_next_reporter_is_other(
    topic: str, r1: str, o1: str, r2: str, o2: str, lead_in: str
) -> None:
    """A principal's own label right after his answer that only calls the next reporter in
    full ("Last one. Ava Collins, ITV News.") answers nothing."""
    rows = turn_rows(_PRESSER.format(topic=topic, r1=r1, o1=o1, r2=r2, o2=o2, lead_in=lead_in))
    call = [r for r in rows if r[2].strip().startswith(lead_in)]
    assert [(label, speaker) for label, speaker, _ in call] == [("other", "Keir Starmer")]
    assert rows[-2][:2] == ("question", r2)


_COMMITTEE = (
    "Transport Committee\nOral evidence: {inquiry}, HC 701\n\n"
    "Members present: Ruth Cadbury (Chair); Olly Glover.\n\n"
    "Witnesses: {w1}, Network Rail; {w2}, Logistics UK.\n\n"
    "Q1 Chair: Good morning. What is the scale of the problem?\n\n"
    "{w1}: It has grown every year for five years, and the costs have doubled.\n\n"
    "Q2 Olly Glover: Whose job is it to fix it?\n\n"
    "{w2}: Everyone's, which in practice has meant nobody's.\n\n"
    "Q3 Chair: {defer} Thank you both very much; that has been extremely helpful.\n"
)


@pytest.mark.parametrize(
    ("inquiry", "w1", "w2", "defer"),
    [
        ("Level crossings", "Helen Marsh", "Martin Kelsey", "We will come back to the insurers."),
        ("Lorry parking", "Sarah Doyle", "Ian Booth", "We may have to return to the funding."),
    ],
)
def test_chair_puts_topic_off_then_thanks_is_other(
    inquiry: str, w1: str, w2: str, defer: str
) -> None:
    """A chair's sentence that puts a topic off before the closing thanks asks nothing: the
    session's close."""
    rows = turn_rows(_COMMITTEE.format(inquiry=inquiry, w1=w1, w2=w2, defer=defer))
    label, speaker, body = rows[-1]
    assert body.strip().startswith(defer)
    assert (label, speaker) == ("other", "Ruth Cadbury")
