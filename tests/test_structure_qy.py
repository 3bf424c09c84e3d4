"""Small cases for batch QY RB (final check G): a bold-question web interview whose lead names
the interviewee after an organisation and a post in capitals ("spoke with Naftogaz CFO …"), so
the one byline author asks; a broadcaster's newsletter box under a transcript ("Get all the
stories … delivered first thing every morning to your inbox"); a programme's slot by the clock
("Newsnight is on BBC Two on weekdays at 22:30 …"); and a lead that tells who was interviewed
before "The following transcript … may contain errors.", which is the introduction."""

import pytest

from structure_support import turn_rows

_BOLD = (
    "Business\n"
    "\n"
    "{org} chief: 'We will finish the line this year'\n"
    "\n"
    "by {author}\n"
    "March 3, 2026 4:10 PM\n"
    "5 min read\n"
    "\n"
    "{who}, {post} of {org}, at the company's office in Kyiv on Feb. 27, 2026. (Photo by "
    "Anna Koval / The Kyiv Independent)\n"
    "\n"
    "The company has kept working through three winters of strikes on its plants and lines, "
    "and it is now preparing for a very different kind of change: laying new track of the "
    "narrower European gauge that could one day let a train from Kyiv run straight into Poland "
    "without a stop at the border.\n"
    "\n"
    "The Kyiv Independent spoke with {org} {post} {who} about the new line, the attacks on "
    "the network, and why he thinks customers will pay more.\n"
    "\n"
    "This interview has been edited for length and clarity.\n"
    "\n"
    "**Where does the new line stand?**\n"
    "\n"
    "About two thirds of it is built. We expect to open it at the end of the year.\n"
    "\n"
    "**Who is paying for it?**\n"
    "\n"
    "The European Union covers most of the cost, and we contribute the rest.\n"
    "\n"
    "**Prices went up in January. Why now?**\n"
    "\n"
    "Because we lose money every year and cannot go on like that forever.\n"
)


@pytest.mark.parametrize(
    ("org", "post", "who", "author"),
    [
        ("Ukrzaliznytsia", "CEO", "Oleksandr Pertsovskyi", "Maryna Tkachenko"),
        ("Naftogaz", "CFO", "Ihor Hrytsenko", "Olena Savchuk"),
        ("Ukrenergo", "CEO", "Vitalii Zaichenko", "Dmytro Koval"),
    ],
)
def test_capitals_post_between_organisation_and_name(
    org: str, post: str, who: str, author: str
) -> None:
    rows = turn_rows(_BOLD.format(org=org, post=post, who=who, author=author))
    assert [(lab, spk) for lab, spk, _ in rows] == [
        ("question", author),
        ("answer", who),
    ] * 3


_FOX = (
    "Transcript\n"
    "\n"
    "BRET BAIER, FOX NEWS ANCHOR: The secretary joins us now. Thanks for being here.\n"
    "\n"
    "SEAN DUFFY, TRANSPORTATION SECRETARY: Good to be with you.\n"
    "\n"
    "BAIER: What happened at Newark on Sunday?\n"
    "\n"
    "DUFFY: Two storms and a short staff. We are hiring as fast as we can.\n"
    "\n"
    "BAIER: Secretary, thanks for your time.\n"
    "\n"
    "DUFFY: {last}\n"
    "\n"
    "Content and Programming Copyright 2026 Fox News Network, LLC. ALL RIGHTS RESERVED.\n"
    "\n"
    "Related Topics\n"
    "Transportation\n"
    "Aviation\n"
    "\n"
    "{box}\n"
    "{pitch}\n"
    "Subscribe\n"
)


@pytest.mark.parametrize(
    ("last", "box", "pitch"),
    [
        (
            "Thank you.",
            "Fox News First",
            "Get all the stories you need-to-know from the most powerful name in news "
            "delivered first thing every morning to your inbox",
        ),
        (
            "Thanks, Bret.",
            "Fox News First",
            "Get all the stories you need-to-know from the newsroom America trusts most "
            "delivered first thing every morning to your inbox",
        ),
        (
            "Thank you very much.",
            "Morning Headlines",
            "Get all the news you need-to-know from our reporters and correspondents around "
            "the world delivered first thing every morning to your inbox",
        ),
    ],
)
def test_newsletter_pitch_under_the_transcript_is_page_tail(
    last: str, box: str, pitch: str
) -> None:
    rows = turn_rows(_FOX.format(last=last, box=box, pitch=pitch))
    assert rows[-1] == ("answer", "Sean Duffy", last)


_NEWSNIGHT = (
    "Newsnight\n"
    "\n"
    "Transcript: {host} interviews {guest} on prisons\n"
    "\n"
    "The Justice Secretary {guest} was interviewed by {host} on BBC Two's Newsnight on "
    "Tuesday 3 February 2026, after figures showed prisons were again almost full. {note}\n"
    "\n"
    "{HOST}: {guest}, thank you for coming in. The prisons are full again, aren't they?\n"
    "\n"
    "{GUEST}: We stopped them from collapsing, and we are building new places.\n"
    "\n"
    "{HOST}: Who is responsible for the prisoners released in error?\n"
    "\n"
    "{GUEST}: I am responsible for the system, and it is unacceptable.\n"
    "\n"
    "{HOST}: {guest}, thank you.\n"
    "\n"
    "{slot}\n"
    "\n"
    "Copyright 2026 BBC. The BBC is not responsible for the content of external sites.\n"
)


@pytest.mark.parametrize(
    ("host", "guest", "note", "slot"),
    [
        (
            "Victoria Derbyshire",
            "David Lammy",
            "The following transcript was produced from the broadcast and may contain errors.",
            "Newsnight is on BBC Two on weekdays at 22:30 and on BBC iPlayer.",
        ),
        (
            "Kirsty Wark",
            "Shabana Mahmood",
            "This transcript was made from the broadcast and may contain errors.",
            "Newsnight is on BBC Two on weeknights at 22:45.",
        ),
        (
            "Faisal Islam",
            "Rachel Reeves",
            "The transcript below may not be fully accurate.",
            "The Briefing Room is on Radio 4 every Thursday at 20:00 and on BBC Sounds.",
        ),
    ],
)
def test_transcript_note_after_the_lead_and_programme_slot(
    host: str, guest: str, note: str, slot: str
) -> None:
    text = _NEWSNIGHT.format(
        host=host, guest=guest, HOST=host.upper(), GUEST=guest.upper(), note=note, slot=slot
    )
    rows = turn_rows(text)
    assert rows[0][0] == "other" and rows[0][1] is None
    assert rows[0][2].startswith("The Justice Secretary") and rows[0][2].endswith(note)
    assert rows[-1] == ("other", host, f"{guest}, thank you.")
