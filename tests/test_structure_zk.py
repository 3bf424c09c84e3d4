"""Check AA, batch XW YA YB YC: roles on new English-language publishers' layouts — a byline that
runs on as a sentence giving the writer's post, a headline's "X's Interview With <acronym>", a
dek's "X sits down with <outlet>'s <journalist>", a host relaying a viewer's question in reported
speech, an event host's welcome that turns the hall over to the moderator, and a press
conference host's thanks that calls the principal by post. Each table crosses the layout with
names, outlets and page furniture (blank lines or none)."""

from __future__ import annotations

import pytest

from structure_support import turn_rows


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(label, speaker) for label, speaker, _ in turn_rows(text) if speaker]


def _joined(blocks: list[str], blank: bool) -> str:
    return ("\n\n" if blank else "\n").join(blocks) + "\n"


# --- a byline that runs on as a sentence: "By Jane Roe, a staff writer at Outlet." -------------

_APPOSED_BYLINE = [
    "{menu}",
    "World Brief   Analysis   Podcasts   Magazine   Events",
    "INTERVIEW",
    "“{quote}”",
    "{country}’s {office} on ports, tankers and the northern flank.",
    "By {writer}, {post}.",
    "March 3, 2026, 6:00 AM",
    "{guest} speaks during a press conference in the capital on Jan. 14. Photo: Getty Images",
    "{lead} {outlet} spoke with {surname} by video link last week.",
    "{label}: You have said the north is no longer quiet. What changed?",
    "{surname}: Three things changed at once, and none of them will reverse soon.",
    "{label}: How many new ships will be built, and how fast?",
    "{surname}: The first two hulls will come from our own yards within four years.",
    "{label}: {office}, thank you.",
    "{surname}: Thank you.",
]


@pytest.mark.parametrize(
    ("menu", "writer", "post", "outlet", "label", "guest", "country", "office", "blank"),
    [
        (
            "Skip to main content\nForeign Policy\nSign In   Subscribe",
            "Elise Harnett",
            "a staff writer at Foreign Policy",
            "Foreign Policy",
            "FP",
            "Alexander Stubb",
            "Finland",
            "President",
            True,
        ),
        (
            "World   Business   Opinion\nThe Diplomat",
            "Ravi Menon",
            "a senior editor at The Diplomat",
            "The Diplomat",
            "TD",
            "Ingrid Solberg",
            "Norway",
            "Prime Minister",
            False,
        ),
        (
            "Menu   Search\nForeign Affairs",
            "Paula Ortega",
            "a contributing writer for Foreign Affairs",
            "Foreign Affairs",
            "FA",
            "Mette Larsen",
            "Denmark",
            "Foreign Minister",
            False,
        ),
    ],
)
def test_byline_sentence_with_post_names_the_asker(
    menu: str,
    writer: str,
    post: str,
    outlet: str,
    label: str,
    guest: str,
    country: str,
    office: str,
    blank: bool,
) -> None:
    """ "By Elise Harnett, a staff writer at Foreign Policy." is a byline (its full stop closes
    it), never the one interviewed: the outlet's label asks, the guest answers."""
    surname = guest.split()[-1]
    text = _joined(_APPOSED_BYLINE, blank).format(
        menu=menu,
        quote="The North Is No Longer Quiet",
        country=country,
        office=office,
        writer=writer,
        post=post,
        lead=f"Three years on, {office} {guest} wants allies to look north.",
        guest=guest,
        outlet=outlet,
        surname=surname,
        label=label,
    )
    roles = [label_ for label_, _ in _roles(text)]
    assert roles[:4] == ["question", "answer", "question", "answer"]
    assert roles[-1] == "answer"


# --- a headline "X's Interview With <acronym>": the outlet asks ------------------------------

_POSSESSED_INTERVIEW = [
    "{menu}",
    "Read the Full Transcript of {guest}'s Interview With {outlet}",
    "By {writer}",
    "February 5, 2026 7:00 AM EST",
    "{guest} sat down with {outlet} on Jan. 30 for a conversation about trade. "
    "Read the full transcript below.",
    "{outlet}: {title}, the review is due this summer. Do you expect the agreement to survive?",
    "{surname}: I expect there to be an agreement, though not the one we have today.",
    "{outlet}: What replaces the old relationship?",
    "{surname}: One that is still close, but no longer exclusive. We are building new routes.",
    "{outlet}: {title}, thank you.",
    "{surname}: Thank you very much.",
]


@pytest.mark.parametrize(
    ("menu", "outlet", "writer", "guest", "title", "blank"),
    [
        (
            "World   Politics   Business   Ideas",
            "TIME",
            "Naina Osei",
            "Mark Carney",
            "Prime Minister",
            True,
        ),
        (
            "Home   News   Video   Live TV",
            "WSJ",
            "Dana Whitlock",
            "Claudia Reyes",
            "Madam President",
            False,
        ),
        ("Sections   Podcasts   Newsletters", "NPR", "Tomas Berg", "Henrik Dahl", "Minister", True),
    ],
)
def test_possessed_interview_with_outlet_acronym(
    menu: str, outlet: str, writer: str, guest: str, title: str, blank: bool
) -> None:
    """ "Mark Carney's Interview With TIME": the acronym after the possessive's interview is the
    outlet that asked; its label asks and the guest answers (no turn is a statement)."""
    text = _joined(_POSSESSED_INTERVIEW, blank).format(
        menu=menu, outlet=outlet, writer=writer, guest=guest, title=title, surname=guest.split()[-1]
    )
    roles = _roles(text)
    assert [label for label, _ in roles] == [
        "question",
        "answer",
        "question",
        "answer",
        "other",
        "answer",
    ]
    assert roles[1][1] == guest


# --- a dek "X sits down with <outlet>'s <journalist>": the journalist asks --------------------

_SAT_DOWN = [
    "{guest} Interview on {outlet} About {topic}",
    "{office} {guest} sits down with {outlet}'s {host} to discuss {topic_lc}. "
    "Read the transcript here.",
    "{furniture}",
    "{host}{stamp1}:\n{first}, thanks for being with us. Is the deadline real or a negotiating "
    "position?",
    "{guest}{stamp2}:\nIt's real. I've looked at the numbers myself, and the money runs out in "
    "April.",
    "{host}{stamp3}:\nYour opponents say the system keeps coming back for more. What's "
    "different this time?",
    "{guest}{stamp4}:\nThis time the money comes with audits and targets that anyone can check.",
]


@pytest.mark.parametrize(
    ("outlet", "host", "guest", "office", "topic", "furniture", "stamps", "blank"),
    [
        (
            "PBS News Hour",
            "Geoff Bennett",
            "Josh Shapiro",
            "Pennsylvania Governor",
            "Transit Funding",
            "Rev\nTranscripts\nPolitical Transcripts\nMar 4, 2026",
            True,
            True,
        ),
        (
            "CBS Mornings",
            "Nora Ellison",
            "Marcus Hale",
            "Ohio Senator",
            "Rail Safety",
            "Transcripts   Politics\nApr 2, 2026",
            False,
            True,
        ),
        (
            "BBC Newsnight",
            "Victoria Derbyshire",
            "Helen Crowther",
            "Health Secretary",
            "Hospital Waiting Lists",
            "Home   Transcripts\n12 May 2026",
            True,
            False,
        ),
    ],
)
def test_sits_down_with_outlets_journalist(
    outlet: str,
    host: str,
    guest: str,
    office: str,
    topic: str,
    furniture: str,
    stamps: bool,
    blank: bool,
) -> None:
    """ "Governor Josh Shapiro sits down with PBS News Hour's Geoff Bennett": the one sat down
    with as an outlet's journalist asks, the governor answers (no turn is left "other")."""
    clocks = ["(00:00)", "(00:12)", "(00:41)", "(00:51)"] if stamps else ["", "", "", ""]
    text = _joined(_SAT_DOWN, blank).format(
        outlet=outlet,
        host=host,
        guest=guest,
        office=office,
        topic=topic,
        topic_lc=topic.lower(),
        furniture=furniture,
        first=office.split()[-1],
        stamp1=" " + clocks[0] if stamps else "",
        stamp2=" " + clocks[1] if stamps else "",
        stamp3=" " + clocks[2] if stamps else "",
        stamp4=" " + clocks[3] if stamps else "",
    )
    assert _roles(text) == [
        ("question", host),
        ("answer", guest),
        ("question", host),
        ("answer", guest),
    ]


# --- a host relaying a viewer's question in reported speech ----------------------------------

_WEBINAR = [
    "{lead} Below is an edited transcript of the conversation.",
    "{host}: Good evening and welcome to this webinar. {guest_full} is with us. {title}, welcome.",
    "{guest}: Thank you, and good evening to everyone joining us tonight.",
    "{host}: {title}, can you promise the cuts are over?",
    "{guest}: I will not make promises the engineers cannot keep, but the fleet is healthier.",
    "{host}: When will the first private company actually build a line?",
    "{guest}: The first proposals closed in August, and we expect a preferred bidder by March.",
    "[Audio drops briefly]",
    "{host}: Sorry, {title}, we lost you for a moment there. We have a question from {viewer} "
    "in {place}, {relay} her bill went up by 12% when the utility's went up by less.",
    "{guest}: That is a fair and painful question. Municipalities add their own margins.",
    "{host}: Another from the audience: are you keeping the coal plants open longer?",
    "{guest}: We are being pragmatic about the timing of every closure.",
    "{host}: {title}, we are out of time. Thank you very much for joining us.",
    "{guest}: Thank you.",
]


@pytest.mark.parametrize(
    ("host", "guest_full", "title", "viewer", "place", "relay", "blank"),
    [
        (
            "Grootes",
            "Minister Kgosientsho Ramokgopa",
            "Minister",
            "Thandeka",
            "Gqeberha",
            "who asks why",
            True,
        ),
        (
            "Haffajee",
            "Deputy Minister Lerato Dube",
            "Deputy Minister",
            "Pieter",
            "Kimberley",
            "who wants to know why",
            False,
        ),
        ("Mthembu", "Mayor Johan Pretorius", "Mayor", "Aisha", "Durban", "who wonders why", True),
    ],
)
def test_relayed_viewer_question_asks(
    host: str, guest_full: str, title: str, viewer: str, place: str, relay: str, blank: bool
) -> None:
    """ "We have a question from Thandeka in Gqeberha, who asks why …" puts the viewer's
    question to the guest, though the turn opens on "we lost you for a moment there"."""
    guest = guest_full.split()[-1]
    text = _joined(_WEBINAR, blank).format(
        lead=f"{guest_full} joined us for a webinar on the grid.",
        host=host,
        guest=guest,
        guest_full=guest_full,
        title=title,
        viewer=viewer,
        place=place,
        relay=relay,
    )
    rows = turn_rows(text)
    relayed = next(r for r in rows if r[2].startswith("Sorry,"))
    assert relayed[0] == "question"
    after = rows[rows.index(relayed) + 1]
    assert after[0] == "answer"


# --- an event host's welcome that turns the hall over to the moderator ------------------------

_EVENT = [
    "{institution_caps}",
    "{event}",
    "Tuesday, November 18, 2025",
    "WELCOME:\n{opener_caps}, Vice President, {program}",
    "MODERATOR:\n{moderator_caps}, Research Fellow",
    "{furniture}",
    "{opener_caps}: Good morning, and welcome to {institution}. We ask that you send your "
    "questions through the event page. To walk us through what can be done, {handover} "
    "my colleague {moderator}.",
    "(Applause.)",
    "{moderator_caps}: Thank you. Let me start with the basic question. How did we fall so far "
    "behind?",
    "{panelist_caps}: A series of decisions that each looked reasonable at the time.",
    "{moderator_caps}: What would you tell appropriators who say this can wait?",
    "{panelist_caps}: I would invite them to spend a week on the ship in February.",
]


@pytest.mark.parametrize(
    ("institution", "opener", "moderator", "panelist", "handover", "furniture", "blank"),
    [
        (
            "The Heritage Foundation",
            "John Harrelson",
            "Victoria Cole",
            "Grant Hollis",
            "I am pleased to turn things over to",
            "Transcript provided by Capitol Verbatim Reporting\n\n* * *",
            True,
        ),
        (
            "The Hudson Institute",
            "Maria Kessler",
            "Daniel Ortiz",
            "Susan Pratt",
            "let me hand it over to",
            "* * *",
            True,
        ),
        (
            "The Stimson Center",
            "Peter Lang",
            "Amara Okafor",
            "Leo Brandt",
            "I'll pass it over to",
            "Event transcript",
            False,
        ),
    ],
)
def test_event_welcome_turned_over_to_moderator_is_other(
    institution: str,
    opener: str,
    moderator: str,
    panelist: str,
    handover: str,
    furniture: str,
    blank: bool,
) -> None:
    """An event's host who only welcomes the hall and turns it over to the moderator, who asks
    next, and never speaks again: the welcome is housekeeping ("other"), no statement."""
    text = _joined(_EVENT, blank).format(
        institution=institution,
        institution_caps=institution.upper(),
        event="BREAKING THE ICE: REBUILDING THE FLEET",
        opener_caps=opener.upper(),
        moderator=moderator,
        moderator_caps=moderator.upper(),
        panelist_caps=panelist.upper(),
        program="Foreign and Defense Policy",
        handover=handover,
        furniture=furniture,
    )
    assert _roles(text) == [
        ("other", opener),
        ("question", moderator),
        ("answer", panelist),
        ("question", moderator),
        ("answer", panelist),
    ]


# --- a press conference host's thanks that calls the principal by post -------------------------

_PRESSER = [
    "{site}",
    "Transcript",
    "Press conference - {place}",
    "Tuesday 17 February 2026",
    "{office_title}",
    "{principal}",
    "E&OE",
    "{host_caps}, {host_post}: Well, thank you very much for being here. I want to thank the "
    "{office_title} for coming so quickly after a very tough few days. {call}",
    "{office_caps}: Thanks very much. Today I have seen the damage myself, and I can announce "
    "new support for residents. Happy to take questions.",
    "JOURNALIST: {office_title}, how long until power is restored?",
    "{office_caps}: Crews are working around the clock. It will take days, not weeks.",
    "JOURNALIST: Will the payment be extended to the northern suburbs?",
    "{office_caps}: We are looking at the assessments as they come through.",
]


@pytest.mark.parametrize(
    ("site", "place", "office_title", "principal", "host", "host_post", "call", "blank"),
    [
        (
            "Prime Minister of Australia",
            "Darwin, NT",
            "Prime Minister",
            "The Hon Anthony Albanese MP",
            "Lia Finocchiaro",
            "CHIEF MINISTER OF THE NORTHERN TERRITORY",
            "Prime Minister.",
            True,
        ),
        (
            "Premier of Queensland",
            "Cairns, QLD",
            "Premier",
            "The Hon David Crisafulli MP",
            "Amy Eden",
            "MAYOR OF CAIRNS",
            "Over to you, Premier.",
            False,
        ),
        (
            "Minister for Emergency Management",
            "Hobart, TAS",
            "Minister",
            "The Hon Kristy McBain MP",
            "Anna Reynolds",
            "LORD MAYOR OF HOBART",
            "Minister.",
            True,
        ),
    ],
)
def test_presser_host_thanks_and_calls_principal_is_other(
    site: str,
    place: str,
    office_title: str,
    principal: str,
    host: str,
    host_post: str,
    call: str,
    blank: bool,
) -> None:
    """A host who opens a press conference by thanking the room and calls the principal last by
    the post their label gives ("… Prime Minister." before "PRIME MINISTER:") hands the floor
    over: "other", and the principal's opening stays the statement."""
    text = _joined(_PRESSER, blank).format(
        site=site,
        place=place,
        office_title=office_title,
        office_caps=office_title.upper(),
        principal=principal,
        host_caps=host.upper(),
        host_post=host_post,
        call=call,
    )
    roles = [label for label, _, _ in turn_rows(text)]
    spoken = [r for r in turn_rows(text) if r[2].startswith(("Well, thank", "Thanks very"))]
    assert [r[0] for r in spoken] == ["other", "statement"]
    assert spoken[0][1] == host
    assert "question" in roles
