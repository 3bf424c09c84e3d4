"""Check AA, batch XW XX YA YB YC: turns lost or swallowed at a page's edges (a reply's last
words over a contacts block, an author's "joined … and covers …" line, a helpline note, an
interviewee's fact box, a street-address footer, a clock glued to an answer's end, an event's
Title Case asking title, a newsletter's sign-up pitch) and the date and place a caption's
credit, a stamp's capitals town and a lead's "TOWN:" give."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_RADIO = (
    "{office}\nHome  Media releases  Transcripts\n\nInterview with {host}\n\n"
    "Transcript\nE&OE\nWednesday 14 January 2026\n\n"
    "{HOST}: Minister, good morning. What did you make of the talks?\n\n"
    "{GUEST}: They were constructive, and we agreed to meet again in March.\n\n"
    "{HOST}: {guest_first} {guest_last}, thanks for your time.\n\n"
    "{GUEST}: {last}\n\n{furniture}"
)


@pytest.mark.parametrize(
    ("host", "guest", "last", "furniture"),
    [
        (
            "Nadia Mitchell",
            "Penny Wong",
            "Thanks, Nadia.",
            "Media enquiries\nMinister's office: (02) 6277 7500\nDFAT Media Liaison: (02) 6261 "
            "1555\nShare   Print\n",
        ),
        (
            "Oliver Grant",
            "Richard Marles",
            "Thanks, Oliver.",
            "Media enquiries\nMinister's office: (02) 6277 7800\n",
        ),
        (
            "Sally Byrne",
            "Tim Watts",
            "Cheers, Sally.",
            "Media enquiries\n\nMinister's office: (02) 6277 4000\nDepartment media: (02) 6261 "
            "1555\nShare   Print\n",
        ),
    ],
)
def test_short_last_reply_over_contacts_block(
    host: str, guest: str, last: str, furniture: str
) -> None:
    """A reply closed by its stop right over the page's contacts block is no menu line: the
    walk over the block's furniture starts at the reply's own end, its stop kept."""
    g_first, g_last = guest.split()
    text = _RADIO.format(
        office="Minister for Foreign Affairs",
        host=host,
        HOST=host.split()[-1].upper(),
        GUEST=g_last.upper(),
        guest_first=g_first,
        guest_last=g_last,
        last=last,
        furniture=furniture,
    )
    rows = turn_rows(text)
    assert rows[-1][2] == last
    assert (rows[-1][1] or "").endswith(g_last)


_PAPER_QA = (
    "{paper}\n\n{headline}\n\nPublished: 9:00am, 3 Mar 2026\n\n"
    "{OUT}: When will the new line open?\n\n"
    "{Surname}: The first section opens next year, and the rest by 2029.\n\n"
    "{OUT}: Last question. Will fares rise?\n\n"
    "{Surname}: {last}\n\n{bios}\n\n{furniture}"
)


@pytest.mark.parametrize(
    ("paper", "out", "surname", "bios", "furniture"),
    [
        (
            "South China Morning Post",
            "SCMP",
            "Chan",
            "Oscar Liu is a reporter covering Hong Kong politics.\n\nHarvey Kong joined the "
            "Post in 2021 and covers transport and infrastructure.",
            "Advertisement\n\nMORE ON THIS\nToll review set for summer\n",
        ),
        (
            "The Harbour Times",
            "Harbour Times",
            "Okafor",
            "Grace Mbeki joined the Harbour Times in 2019 and writes about housing and planning.",
            "Related\nRents rise again in the city centre\n",
        ),
        (
            "Daily Ledger",
            "Ledger",
            "Novak",
            "Petra Lind joined the Ledger in 2024, and reports on the courts.",
            "",
        ),
    ],
)
def test_author_joined_and_covers_line_trails(
    paper: str, out: str, surname: str, bios: str, furniture: str
) -> None:
    """An author box's "Name joined the Paper in YEAR and covers …" line under the last answer
    is the page's, never the answer's (as "Name covers … for …" already is)."""
    last = "Fares stay frozen until the review reports. That is the commitment."
    text = _PAPER_QA.format(
        paper=paper,
        headline="Transport chief on the new rail line",
        OUT=out,
        Surname=surname,
        last=last,
        bios=bios,
        furniture=furniture,
    )
    assert turn_rows(text)[-1][2] == last


_INITIALS_QA = (
    "{paper}\n\n{headline}\n\nBy {writer}\n\n"
    "{W}: How many reservists have asked for help?\n\n"
    "{G}: Thousands, and the numbers keep rising every month.\n\n"
    "{W}: What would you tell someone who is hesitating?\n\n"
    "{G}: {last}\n\n{note}\n\n{furniture}"
)


@pytest.mark.parametrize(
    ("writer", "note", "furniture"),
    [
        (
            "Noa Lerner",
            "If you or someone you know is in distress, call the support line at *6360 or ERAN "
            "at 1201.",
            "Tags: reservists   mental health\n\nRelated Articles\nStudy on sleep problems\n",
        ),
        (
            "Dan Harel",
            "If you or someone you know has been affected, please contact the Samaritans on "
            "116 123.",
            "",
        ),
        (
            "Mira Cohen",
            "If you or someone you know needs support, text HOME to 741741 at any hour.",
            "Share   Print\n",
        ),
    ],
)
def test_helpline_note_under_last_answer_trails(writer: str, note: str, furniture: str) -> None:
    """The publisher's "If you or someone you know …, call …" note is addressed to the reader:
    no part of the last answer, whatever the helpline and the furniture below."""
    w = "".join(p[0] for p in writer.split())
    last = "Call. Asking for help is not a weakness, it is part of coming home."
    text = _INITIALS_QA.format(
        paper="The Jerusalem Post",
        headline="Reservists and the long road home",
        writer=writer,
        W=w,
        G="YS",
        last=last,
        note=note,
        furniture=furniture,
    )
    rows = turn_rows(text)
    assert rows[-1][2] == last


_FACT_QA = (
    "{outlet}\nFront page  Finland  Politics\n\n{headline}\n\n"
    "{Q}: Will the reform change the age limit?\n\n"
    "{surname}: Yes, the limit rises to 65 for all reservists.\n\n"
    "{Q}: Last question. Will the savings programme hit defence?\n\n"
    "{surname}: {last}\n\n{full}\n{posts}\n\n{furniture}"
)


@pytest.mark.parametrize(
    ("outlet", "full", "posts", "furniture"),
    [
        (
            "Yle News",
            "Antti Häkkänen",
            "Minister of Defence since 2023. Member of Parliament for Uusimaa (NCP).",
            "Read more:\nReserve training reform: what changes\n",
        ),
        (
            "ERR News",
            "Hanno Pevkur",
            "Minister of Defence since 2022.",
            "",
        ),
        (
            "LSM",
            "Andris Sprūds",
            "Former Minister of Defence. Member of the Saeima since 2010.",
            "Related\nBudget talks resume\n",
        ),
    ],
)
def test_interviewee_fact_box_trails(outlet: str, full: str, posts: str, furniture: str) -> None:
    """A fact box under the last answer, the interviewee's bare name over verbless posts
    ("Minister of Defence since 2023. Member of Parliament …"), is the page's."""
    last = "No. Defence is outside the cuts, and it will stay that way."
    text = _FACT_QA.format(
        outlet=outlet,
        headline="Minister on reserve training",
        Q=outlet,
        surname=full.split()[-1],
        last=last,
        full=full,
        posts=posts,
        furniture=furniture,
    )
    assert turn_rows(text)[-1][2] == last


_EVENT = (
    "{org}\nEvents\n\n{title}\n{when}\n\n"
    "The {org_short} hosted a discussion on {topic} with two former officials and a "
    "moderator from its research staff.\n\n"
    "{CHAIR}: Welcome, everyone. What should the next budget fund first?\n\n"
    "{GUEST}: Ships, and the crews to sail them. Everything else follows.\n\n"
    "{CHAIR}: On that note, please join me in thanking our panel.\n\n"
    "{rule}{footer}"
)


@pytest.mark.parametrize(
    ("org", "footer", "rule"),
    [
        (
            "The Heritage Foundation",
            "The Heritage Foundation | 214 Massachusetts Ave NE, Washington, DC 20002\n"
            "heritage.org/events\n",
            "(Applause.)\n\n* * *\n\n",
        ),
        (
            "The Hudson Institute",
            "Hudson Institute | 1201 Pennsylvania Ave NW, Washington, DC 20004\n",
            "",
        ),
        (
            "The Policy Exchange",
            "Policy Exchange | 1 Old Queen Street, Westminster, City of London SW1H 9JA\n"
            "policyexchange.org.uk\n",
            "(Applause.)\n\n",
        ),
    ],
)
def test_street_address_footer_trails(org: str, footer: str, rule: str) -> None:
    """The publisher's footer that sets its street address after a bar, the postcode closing
    the line, ends the record: the chair's closing thanks stay alone in the last turn."""
    text = _EVENT.format(
        org=org,
        title="Polar Icebreakers",
        when="Tuesday, February 10, 2026",
        org_short=org.split()[-1],
        topic="polar icebreakers",
        CHAIR="MS. COLE",
        GUEST="DR. HOLLIS",
        rule=rule,
        footer=footer,
    )
    assert turn_rows(text)[-1][2] == "On that note, please join me in thanking our panel."


_STAMPED = (
    "{show}\n\n{episode}\n\n"
    "{s0} {host2}: Welcome to the show. We're joined today by the Foreign Secretary.\n\n"
    "{s1} {host}: Let's start with aid. How do you defend the cut?\n\n"
    "{s2} {guest}: It was a hard decision, and I'm not going to pretend otherwise.{glued} "
    "{host2}: And what surprised you most in the job?\n\n"
    "{s3} {guest}: How personal it all is. So much depends on the phone.\n"
)


@pytest.mark.parametrize(
    ("host", "host2", "guest", "stamps"),
    [
        (
            "Rory Stewart",
            "Alastair Campbell",
            "Yvette Cooper",
            ("[00:00:07]", "[00:00:31]", "[00:02:01]", "[00:02:07]"),
        ),
        (
            "Emma Barnett",
            "Nick Robinson",
            "David Lammy",
            ("[00:12]", "[00:45]", "[01:30]", "[01:41]"),
        ),
        (
            "Sam Coates",
            "Beth Rigby",
            "Rachel Reeves",
            ("[01:02:10]", "[01:02:40]", "[01:04:02]", "[01:04:09]"),
        ),
    ],
)
def test_clock_glued_before_inline_label_is_no_ones(
    host: str, host2: str, guest: str, stamps: tuple[str, str, str, str]
) -> None:
    """A bracketed clock glued to an answer's end, the next label after it on the same line
    ("… otherwise.[00:02:01] Alastair Campbell: …"), opens the next entry: no part of the
    answer, where the page's labels stand after such clocks at line starts."""
    text = _STAMPED.format(
        show="The Rest Is Politics: Leading",
        episode="Episode 212",
        s0="[00:00:00]",
        s1=stamps[0],
        s2=stamps[1],
        glued=stamps[2],
        s3=stamps[3],
        host=host,
        host2=host2,
        guest=guest,
    )
    rows = turn_rows(text)
    answer = next(r for r in rows if r[2].startswith("It was a hard decision"))
    assert answer[2].endswith("pretend otherwise.")
    assert [r[1] for r in rows if r[1] is not None] == [host2, host, guest, host2, guest]


_PANEL_PAGE = (
    "Skip to main content\n{org}\nResearch   Fellows   Events\n\nEvents\n{title}\n{when}\n"
    "{venue}\n\nShare\nFacebook   X   LinkedIn   Email\n\nTranscript\n\n"
    "The {org} hosted a conversation on {topic}. {chair} moderated a discussion with "
    "{guest}, a former commissioner.\n\n"
    "{chair}: Welcome, everybody. Why should anyone believe that is about to change?\n\n"
    "{guest}: Skepticism is the right starting point, and I share a good deal of it.\n\n"
    "{chair}: Is the workforce there?\n\n"
    "{guest}: No, it is not there yet, and that is the part I worry about most.\n\n"
    "{chair}: Thank you both.\n"
)


@pytest.mark.parametrize(
    ("org", "title", "venue", "chair", "guest"),
    [
        (
            "Hoover Institution",
            "Energy Security in an Age of Rising Demand: Can Nuclear Power Scale?",
            "Hoover Institution, Stanford University",
            "Nathaniel Ostrander",
            "Claire Whitfield",
        ),
        (
            "Brookings Institution",
            "Water Scarcity and the Western States: Can Farms Adapt?",
            "Washington, DC",
            "Maria Delgado",
            "Thomas Reed",
        ),
        (
            "Wilson Center",
            "Critical Minerals After the Boom: Who Will Refine Them?",
            "Online event",
            "Aisha Karimi",
            "Paul Lindqvist",
        ),
    ],
)
def test_title_case_event_title_with_short_question_is_header(
    org: str, title: str, venue: str, chair: str, guest: str
) -> None:
    """An event's Title Case title whose question after the colon is short is header, as the
    header reader has it: the introduction turn starts at the lead below it."""
    text = _PANEL_PAGE.format(
        org=org,
        title=title,
        when="Thursday, February 12, 2026",
        venue=venue,
        topic="the subject",
        chair=chair,
        guest=guest,
    )
    assert turn_rows(text)[0][2].startswith(f"The {org} hosted")


_SCOOP = (
    "{site}\nPolitics   Business   Technology   Newsletters\n{pitch}\n\n{headline}\n{writer}\n"
    "Updated Jan 22, 2026, 6:04am EST\n\n{second}\n\nTHE SCOOP\n\n"
    "{guest_full} told {site} that the new tariff is only a starting point for the "
    "administration.\n\n"
    "{site}: Is that a price you're willing to accept?\n\n"
    "{guest}: The tariff is the nudge. If you build here, you don't pay it.\n\n"
    "{site}: How high could it go?\n\n"
    "{guest}: It's a floor, not a ceiling. I want them guessing.\n\n"
    "{site}: Will you take stakes in more companies?\n\n"
    "{guest}: Where taxpayers put money in, taxpayers should get something back.\n"
)


@pytest.mark.parametrize(
    ("site", "pitch", "second", "guest_full"),
    [
        (
            "Semafor",
            "Sign up for Semafor Principals: What the White House is reading. Read it now.",
            "Sign up for Principals",
            "Commerce Secretary Howard Lutnick",
        ),
        (
            "Axios",
            "Subscribe to Axios AM: The news you need to know. Sign up now.",
            "",
            "Treasury Secretary Janet Okonjo",
        ),
        (
            "Punchbowl",
            "Sign up for The Morning: Your guide to Congress.",
            "Politics",
            "Senator Maria Ortega",
        ),
    ],
)
def test_newsletter_pitch_in_head_is_no_lead(
    site: str, pitch: str, second: str, guest_full: str
) -> None:
    """A newsletter's sign-up pitch over the headline ("Sign up for Semafor Principals: …
    Read it now.") is the site's: the introduction starts at the lead."""
    text = _SCOOP.format(
        site=site,
        pitch=pitch,
        headline="Tariffs are a floor, not a ceiling",
        writer="Shelby Talcott",
        second=second,
        guest_full=guest_full,
        guest=guest_full.split()[-1],
    )
    assert turn_rows(text)[0][2].startswith(guest_full)


_MAG = (
    "World   Politics   Business\n{rubric}\n\n{headline}\n\n{caption}\n\nBy {writer}\n"
    "{published}\n\n{guest} sat down with {outlet} for a conversation about trade. Read the "
    "full transcript below.\n\n"
    "{outlet}: Do you expect the agreement to survive?\n\n"
    "{surname}: I expect there to be an agreement, though not the one we have.\n"
)


@pytest.mark.parametrize(
    ("caption", "published", "iso"),
    [
        (
            "Prime Minister Mark Carney in his office, Ottawa, on Jan. 30, 2026. Photograph "
            "by Renaud Philippe for TIME",
            "February 5, 2026 7:00 AM EST",
            "2026-02-05",
        ),
        (
            "The minister at the port of Halifax on Dec. 12, 2025. Photo by Ana Silva for "
            "the magazine",
            "January 8, 2026 6:00 AM EST",
            "2026-01-08",
        ),
        (
            "The senator at the Capitol on March 2, 2026. Picture by Lee Park",
            "March 9, 2026 9:30 AM EDT",
            "2026-03-09",
        ),
    ],
)
def test_caption_with_plain_credit_dates_only_the_photo(
    caption: str, published: str, iso: str
) -> None:
    """A caption closed by an unbracketed credit sentence ("… on Jan. 30, 2026. Photograph by
    … for TIME") dates the picture; the page's date is the byline's."""
    text = _MAG.format(
        rubric="Canada",
        headline="Read the Full Transcript of the Interview",
        caption=caption,
        writer="Naina Osei",
        published=published,
        guest="The prime minister",
        outlet="TIME",
        surname="Carney",
    )
    assert run(text).meta.to_dict().get("date") == iso


_STAMP_TOWN = (
    "THE HINDU\nHome  /  News  /  National\n\n{headline}\n\n{writer}\n"
    "Published - April 16, 2026 {clock} - {TOWN}\n\n Listen to Story   Share   Print\n\n"
    "The department on Tuesday forecast an above normal monsoon for the second year in a "
    "row, and its chief spoke about the new forecasts.\n\nEdited excerpts:\n\n"
    "How confident are you in that number this early?\n\n"
    "The forecast comes with a model error, and we say that very clearly every year.\n"
)


@pytest.mark.parametrize(
    ("clock", "town", "want"),
    [
        ("09:12 pm IST", "NEW DELHI", "New Delhi"),
        ("07:40 am IST", "CHENNAI", "Chennai"),
        ("11:05 pm IST", "THIRUVANANTHAPURAM", "Thiruvananthapuram"),
    ],
)
def test_capitals_town_after_stamp_clock_is_the_place(clock: str, town: str, want: str) -> None:
    """A stamp's "Published - date clock zone - TOWN" line gives the town, recased."""
    text = _STAMP_TOWN.format(
        headline="Better placed to forecast", writer="Priya Raghavan", clock=clock, TOWN=town
    )
    assert run(text).meta.to_dict().get("place") == want


_COLON_LEAD = (
    "DAWN\nHome   Latest   Pakistan   Business\n\n{headline}\n\n{writer}\n"
    "Published January 11, 2026\n\n{caption}\n\n"
    "{TOWN}: The country reported 31 cases in 2025, down from 74 the year before, and the "
    "minister spoke to {outlet} about refusals and security. The conversation has been "
    "edited for length.\n\n"
    "{outlet}: Is the country finally turning the corner?\n\n"
    "{guest}: The numbers are encouraging, but I will not celebrate yet.\n\n"
    "{outlet}: Refusals remain high. What is the strategy there?\n\n"
    "{guest}: We have changed the approach and now work with local scholars.\n\n"
    "{outlet}: Can you guarantee the data?\n\n"
    "{guest}: I can guarantee that we will not hide a single case.\n"
)


@pytest.mark.parametrize(
    ("town", "caption", "outlet", "guest"),
    [
        (
            "ISLAMABAD",
            "The minister speaks during a meeting in Islamabad. — APP/File",
            "Dawn",
            "Mustafa Kamal",
        ),
        (
            "KARACHI",
            "The provincial health secretary at his office in Karachi.",
            "The News",
            "Saima Baig",
        ),
        (
            "PESHAWAR",
            "Vaccinators set out from a health centre in Peshawar on Monday.",
            "Express",
            "Imran Yousafzai",
        ),
    ],
)
def test_capitals_town_and_colon_opening_lead_is_the_place(
    town: str, caption: str, outlet: str, guest: str
) -> None:
    """A long lead opening on its town in capitals and a colon ("ISLAMABAD: …") gives the
    place where the page names the town again in mixed case; the dateline stays in the
    introduction turn, as the agency datelines do, and is no label."""
    text = _COLON_LEAD.format(
        headline="Minister vows transparency",
        writer="Amina Qureshi",
        caption=caption,
        TOWN=town,
        outlet=outlet,
        guest=guest,
    )
    assert run(text).meta.to_dict().get("place") == town.capitalize()
    assert any(f"{town}: The country" in r[2] for r in turn_rows(text))
