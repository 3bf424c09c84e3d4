"""Check AC, batch YQ YR YS: a podcast page's credit line over lower-case name lines; a video
page's people list naming its HOST and GUEST; a broadcaster's "MORE <SHOW>" rail under the
copyright line; an assembly record's listed questions printed as reported paragraphs; a
chair's call for questions that names the next reporter; a
speaker whose surname is a common word, listed on the event's speakers line; a think tank's
recording note; a capitals town before its province and the date."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

# -- A podcast page's credit line ("Featuring …") over lower-case name lines --------------------

_PODCAST = (
    "{outlet}\nThe Daily\n\ntranscript\n\nFebruary 18, 2026\n\nWhy Insurers Are Leaving\n\n"
    "Hosted by {host}\n{credit} {guest}\nProduced by Rikki Novetsky\n\n"
    "Listen and follow\nApple Podcasts | Spotify\n{gap}"
    "{host_l}\n{first}, welcome to the show.\n{gap}"
    "{guest_l}\nThanks for having me.\n{gap}"
    "{host_l}\nSo why Omaha?\n{gap}"
    "{guest_l}\nBecause it is ground zero for hail claims this year.\n{gap}"
    "{host_l}\nWho sent those letters?\n{gap}"
    "{guest_l}\nThe big national carriers, mostly.\n"
)


@pytest.mark.parametrize("credit", ["Featuring", "With", "Guest"])
@pytest.mark.parametrize(
    ("host", "guest"),
    [
        ("Natalie Kitroeff", "Daniel Okafor"),
        ("Michael Barbaro", "Amara Okafor-Diallo"),
        ("Sabrina Tavernise", "Ingrid Solberg"),
    ],
)
@pytest.mark.parametrize("gap", ["\n", ""])
def test_podcast_credit_word_is_no_given_name(credit, host, guest, gap):
    text = _PODCAST.format(
        outlet="The New York Times",
        host=host,
        guest=guest,
        credit=credit,
        gap=gap,
        host_l=host.lower(),
        guest_l=guest.lower(),
        first=guest.split()[0],
    )
    speakers = [r[1] for r in turn_rows(text)]
    assert speakers == [host, guest, host, guest, host, guest]


# -- A video page's people list names HOST: and GUEST: ---------------------------------------

_VIDEO = (
    "C-SPAN\nVideo Library   Schedule   Congress\n\nWashington Journal\n{title}\n\n"
    "JANUARY 9, 2026 | Clip Of Washington Journal 01/09/2026\n\n{heading}\n{people}\n\n"
    "Transcript type: Closed Caption\n\n"
    "{host_label}: We're joined now by {guest}. Thanks for being with us. What is in the bill?\n\n"
    "GUEST: Good morning. The bill is about supply, pure and simple, and it passed 24 to 0.\n\n"
    "{host_label}: Let's get to calls. Doug is in Pensacola, Florida. Good morning, Doug.\n\n"
    "CALLER: Good morning. My son can't buy a house. What will you do about rates?\n\n"
    "GUEST: Doug, rates are set by the Fed, but we can bring down the cost of the house.\n\n"
    "{host_label}: {guest}, thank you for your time this morning.\n\n"
    "GUEST: Thank you.\n"
)


@pytest.mark.parametrize(
    ("host", "host_post", "guest", "guest_post"),
    [
        ("Mimi Geerges", "Host", "Tim Scott", "Senator, [R] South Carolina"),
        ("Greta Brawner", "Host", "Maria Elena Salazar", "Representative, [R] Florida"),
        ("Pedro Echevarria", "Anchor", "Anne-Marie Lindqvist", "Director, Urban Institute"),
        ("Jason Carroll", "Host", "Pieter van Dijk", "Economist, Brookings"),
    ],
)
@pytest.mark.parametrize("host_first", [True, False])
@pytest.mark.parametrize("heading", ["People in this video", "Participants"])
def test_people_list_names_host_and_guest(host, host_post, guest, guest_post, host_first, heading):
    lines = [f"{guest}, {guest_post}", f"{host}, {host_post}, C-SPAN"]
    if host_first:
        lines.reverse()
    label = "ANCHOR" if host_post == "Anchor" else "HOST"
    text = _VIDEO.format(
        title="Housing Affordability",
        heading=heading,
        people="\n".join(lines),
        host_label=label,
        guest=guest,
    )
    speakers = [r[1] for r in turn_rows(text)]
    assert speakers == [host, guest, host, "Doug", guest, host, guest]


# -- A broadcaster's "MORE <SHOW>" rail under the copyright line -----------------------------

_RAIL = (
    "NewsNation\n\n{dek}\n\nJanuary 21, 2026\n\n"
    '(NewsNation) — {guest_full} told "{show}" on Wednesday that the work will take years.\n\n'
    "{host_caps}: Secretary, thank you for joining us. Is it safe to fly right now?\n\n"
    "{guest_caps}: It is safe to fly. We are ripping out the old copper wire.\n\n"
    "{host_caps}: Did the new lines go in by the end of the year?\n\n"
    "{guest_caps}: The first two did, and the third is going in this month.\n\n"
    "{host_caps}: We will. Thank you. Come back and tell us when it is fixed.\n\n"
    "{guest_caps}: I'll be back. Thanks.\n\n"
    "Copyright 2026 Nexstar Media Inc. All rights reserved.\n{gap}"
    "MORE {show}\n{headline}\n{host_word}: {rail_line}\n\nTrending on NewsNation\n"
)


@pytest.mark.parametrize(
    ("show", "host_caps", "host_word"),
    [
        ("CUOMO", "CUOMO", "Cuomo"),
        ("BANFIELD", "BANFIELD", "Banfield"),
        ("ON BALANCE", "SMERCONISH", "Smerconish"),
    ],
)
@pytest.mark.parametrize(
    ("guest_full", "guest_caps"),
    [("Sean Duffy", "DUFFY"), ("Lena Kowalski-Brandt", "KOWALSKI-BRANDT")],
)
@pytest.mark.parametrize("gap", ["\n", ""])
def test_show_rail_under_copyright_is_no_turn(
    show, host_caps, host_word, guest_full, guest_caps, gap
):
    text = _RAIL.format(
        dek="Duffy: controller shortage will take years",
        show=show,
        host_caps=host_caps,
        host_word=host_word,
        guest_full=guest_full,
        guest_caps=guest_caps,
        gap=gap,
        headline="Air traffic controllers rally outside FAA headquarters",
        rail_line="Why your flight is late, and who's to blame",
    )
    rows = turn_rows(text)
    assert rows[-1][2] == "I'll be back. Thanks."


# -- An assembly record's listed questions, printed as reported paragraphs -------------------

_RECORD = (
    "Northern Ireland Assembly\nOfficial Report: Monday 02 February 2026\n\n"
    "The Assembly met at 12.00 noon (Mr Speaker in the Chair).\n\n"
    "Oral Answers to Questions\n\nInfrastructure\n{gap}"
    "1. {asker} asked the Minister for Infrastructure for an update on pothole repairs in "
    "the Foyle constituency. ({code} 2214/22-27)\n{gap}"
    "{minister} (The Minister for Infrastructure): I thank the Member for his question. There "
    "are 4,100 outstanding defects, and I have allocated £4 million more.\n{gap}"
    "{asker}: I thank the Minister. Will she commit to a permanent scheme before March?\n{gap}"
    "{minister}: I share the Member's frustration, and I will write to him with the detail.\n{gap}"
    "Mr Speaker: Question 2 has been withdrawn.\n{gap}"
    "3. {asker2} asked the Minister for Infrastructure whether her Department will extend "
    "the ferry winter timetable. ({code} 2230/22-27)\n{gap}"
    "{minister}: I have agreed that an additional Saturday sailing will run in February.\n{gap}"
    "{asker2}: I welcome that. Will the Minister look at the reliability of the service?\n{gap}"
    "{minister}: Most cancellations were weather-related, and I have asked for a report.\n"
)


@pytest.mark.parametrize(
    ("asker", "asker2", "minister"),
    [
        ("Mr Durkan", "Ms Hunter", "Ms Kimmins"),
        ("Dr Aiken", "Mrs Dodds", "Mr O'Dowd"),
        ("Ms Ní Chuilín", "Mr McGrath", "Ms Mallon"),
    ],
)
@pytest.mark.parametrize("code", ["AQO", "AQT"])
@pytest.mark.parametrize("gap", ["\n", ""])
def test_listed_question_paragraph_is_the_members_question(asker, asker2, minister, code, gap):
    rows = turn_rows(
        _RECORD.format(asker=asker, asker2=asker2, minister=minister, code=code, gap=gap)
    )
    spoken = [r for r in rows if r[1] is not None]
    assert [(r[0], r[1]) for r in spoken] == [
        ("question", asker),
        ("answer", minister),
        ("question", asker),
        ("answer", minister),
        ("question", asker2),
        ("answer", minister),
        ("question", asker2),
        ("answer", minister),
    ]
    assert spoken[0][2].startswith("1. ")
    assert spoken[4][2].startswith("3. ")


# -- A chair's call for the hall's questions that names the next reporter ---------------------

_BRIEFING = (
    "PRESS BRIEFING OF {chair_caps} WITH {guest_caps}\nManila\nFebruary 10, 2026\n\n"
    "{chair_label}: {greet} Kasama po natin ngayong umaga si {guest_post} {guest}. The floor "
    "is yours.\n\n"
    "{guest_label}: Maraming salamat. Our rice buffer stands at around 52 days this week.\n\n"
    "{chair_label}: {thanks} Questions from the MPC? {reporter}, {outlet}.\n\n"
    "{reporter_caps}/{outlet}: Good morning. Will the DA recommend lifting the ban after "
    "March?\n\n"
    "{guest_label}: The recommendation will depend on the harvest data we get in March.\n\n"
    "{reporter_caps}/{outlet}: Follow-up lang. What about the traders hoarding rice?\n\n"
    "{guest_label}: We have coordinated with the NBI, and three warehouses were inspected.\n\n"
    "HARLEY VALBUENA/DZME: Usec, is there an update on the President's trip to Tokyo?\n\n"
    "{chair_label}: We are still finalizing the itinerary with Foreign Affairs. Thank you, MPC.\n"
)


@pytest.mark.parametrize(
    ("greet", "thanks"),
    [
        ("Magandang umaga, Malacañang Press Corps.", "Salamat, ASec."),
        ("Good morning, everyone.", "Thank you, ASec."),
    ],
)
@pytest.mark.parametrize(
    ("reporter", "outlet"),
    [("Maricel Halili", "TV5"), ("Celerina Monte", "MANILA SHIMBUN"), ("Joseph Morong", "GMA")],
)
def test_call_for_questions_naming_reporter_hands_the_floor(greet, thanks, reporter, outlet):
    text = _BRIEFING.format(
        chair_caps="PCO UNDERSECRETARY CLAIRE CASTRO",
        guest_caps="ASSISTANT SECRETARY ARNEL DE MESA",
        chair_label="USEC. CASTRO",
        guest_label="ASEC. DE MESA",
        guest_post="Assistant Secretary",
        guest="Arnel de Mesa",
        greet=greet,
        thanks=thanks,
        reporter=reporter,
        reporter_caps=reporter.upper(),
        outlet=outlet,
    )
    rows = turn_rows(text)
    call = next(r for r in rows if "Questions from the MPC?" in r[2])
    assert call[0] == "other"


# -- A speaker whose surname is a common word, listed on the speakers line --------------------

_PANEL = (
    "RUSI\nEvents | Transcript\n\nProtecting the Seabed\n\nTranscript\n18 February 2026\n\n"
    "Speakers: {title} {name}; Dr Sidharth Kaushal, Senior Research Fellow, RUSI\n"
    "Chair: Professor Malcolm Chalmers, Deputy Director-General, RUSI\n\n"
    "Malcolm Chalmers: Good afternoon and welcome. Sidharth, how worried should we be?\n\n"
    "Sidharth Kaushal: Thank you, Malcolm. Worried, but not alarmed, frankly.\n\n"
    "Malcolm Chalmers: Why not alarmed?\n\n"
    "Sidharth Kaushal: Because repair ships exist, though there are too few of them.\n\n"
    "Malcolm Chalmers: {first}, you commanded at sea. Is the navy structured for this?\n\n"
    "{name}: Not yet, frankly. One ship does not make a capability.\n\n"
    "Malcolm Chalmers: Let's go to the floor.\n"
)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Vice Admiral (Retd) Sir", "Ben Key"),
        ("Dr", "Clare Best"),
        ("Professor", "Anne-Marie Key"),
        ("Ms", "Hannah Main"),
    ],
)
@pytest.mark.parametrize("org", ["RUSI", "Chatham House"])
def test_listed_speaker_with_common_word_surname_speaks(title, name, org):
    text = _PANEL.format(title=title, name=name, first=name.split()[0]).replace(
        "RUSI\n", org + "\n", 1
    )
    rows = turn_rows(text)
    assert [r[1] for r in rows] == [
        "Malcolm Chalmers",
        "Sidharth Kaushal",
        "Malcolm Chalmers",
        "Sidharth Kaushal",
        "Malcolm Chalmers",
        name,
        "Malcolm Chalmers",
    ]
    assert rows[5][0] == "answer"


# -- A think tank's note on where the event's recording is ---------------------------------

_EVENT = (
    "{org}\nEVENT TRANSCRIPT\n\nBuilding the grid\n\nDate: 4 February 2026\n\n"
    "{chair}: Welcome. How big is the investment gap?\n\n"
    "{panellist}: It is large, and it grows every year we wait.\n\n"
    "{chair}: On that note, thank you all for being with us.\n\n"
    "{note}\n\nRelated content\nPolicy brief: A European grid facility\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "The recording of this event is available on our YouTube channel.",
        "A full video recording of the event is available on our website.",
        "The recording of this webinar is available via our events page.",
    ],
)
@pytest.mark.parametrize(
    ("chair", "panellist"),
    [("Simone Tagliapietra", "Laurence Tubiana-Mercier"), ("Maria Demertzis", "Georg Zachmann")],
)
def test_recording_note_is_no_speech(note, chair, panellist):
    rows = turn_rows(_EVENT.format(org="Bruegel", chair=chair, panellist=panellist, note=note))
    assert rows[-1][2] == "On that note, thank you all for being with us."


# -- A capitals town before its province and the date -------------------------------------

_FORUM = (
    "HFX | Halifax International Security Forum\n\n2025 Forum — Plenary 6\n\n"
    '"Are the Democracies Ready?"\n\n{town}, {region}, November 22, 2025 —\n\n'
    "Moderator: Ali Velshi, MSNBC\n\n"
    "ALI VELSHI: Good morning. Senator, which theatre matters most this year?\n\n"
    "JEANNE SHAHEEN: I don't think we have the luxury of choosing, Ali.\n\n"
    "ALI VELSHI: Minister, do you agree with that?\n\n"
    "ANITA ANAND: I do, and Canada is investing in the Arctic.\n"
)


@pytest.mark.parametrize(
    ("town", "region", "place"),
    [
        ("HALIFAX", "Nova Scotia", "Halifax"),
        ("FREDERICTON", "New Brunswick", "Fredericton"),
        ("OTTAWA", "Ontario", "Ottawa"),
        ("PORTLAND", "Maine", "Portland"),
        ("SAN ANTONIO", "Texas", "San Antonio"),
    ],
)
def test_capitals_town_before_region_and_date_is_the_place(town, region, place):
    doc = run(_FORUM.format(town=town, region=region))
    assert doc.meta.to_dict().get("place") == place
