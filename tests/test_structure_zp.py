"""Check AB, batch YI YJ: government and international-organisation press conferences. Labels
in capitals closed by a period, an office-holder labelled by post and surname, a spokesperson's
welcome that gives the principal the floor, an asker the moderator announces, a press office's
foot, a town before its country on the date line, a holder styled "H.E." after the post, and a
briefing note's summary notice. Each case table crosses the layout with other parts (names,
outlets, furniture, blank lines) so that the rule is shown to hold beyond one page."""

from __future__ import annotations

import itertools

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text


def _doc(text: str):
    return build_pipeline(["metadata", "sentences", "turns"])(read_text(text))


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = _doc(text)
    return [(t.label, t.attrs.get("speaker"), doc.span_text(t)) for t in doc.layer("turns")]


# People: (chair's office and surname, chair's full name, press officer, two reporters with
# their outlets).
_PEOPLE = [
    (
        "Powell",
        "Jerome Powell",
        "Michelle Smith",
        ("Howard Schneider", "Reuters"),
        ("Colby Smith", "Financial Times"),
    ),
    (
        "Barr",
        "Michael Barr",
        "Laura Price",
        ("Jean Yung", "Bloomberg"),
        ("Edward Lawrence", "Fox Business"),
    ),
]
_GAPS = ["\n\n", "\n\n\n"]
_FOOTERS = ["", "\n\nPage 3 of 3\n"]


def _caps(name: str) -> str:
    return name.upper()


# --- Labels in capitals closed by a period ------------------------------------------------


@pytest.mark.parametrize(
    ("people", "gap", "footer"), list(itertools.product(_PEOPLE, _GAPS, _FOOTERS))
)
def test_caps_period_labels(people, gap, footer):
    chair, _, officer, (r1, o1), (r2, o2) = people
    c, m = f"CHAIR {_caps(chair)}.", f"{_caps(officer)}."
    text = (
        f"Transcript of Chair {chair}'s Press Conference\nMarch 18, 2026\n\n"
        f"{c} Good afternoon. The Committee decided today to hold the policy rate steady, "
        "and I look forward to your questions."
        f"{gap}{m} {r1.split()[0]}."
        f"{gap}{_caps(r1)}. {r1} with {o1}. Thank you. Is the labor market cooling faster "
        "than you expected?"
        f"{gap}{c} So, we watch it closely. Hiring is slow but layoffs remain low."
        f"{gap}{m} {r2.split()[0]}."
        f"{gap}{_caps(r2)}. Thanks. {r2}, {o2}. Does that open the door to a cut in June?"
        f"{gap}{c} I'm not going to give you a date. We decide meeting by meeting." + footer
    )
    got = turns(text)
    assert [(label, speaker) for label, speaker, _ in got] == [
        ("statement", f"Chair {chair}"),
        ("other", officer),
        ("question", r1),
        ("answer", f"Chair {chair}"),
        ("other", officer),
        ("question", r2),
        ("answer", f"Chair {chair}"),
    ]
    assert got[-1][2].endswith("meeting by meeting.")


# --- An office-holder labelled by post and surname takes the full name ---------------------

_HOLDERS = [
    # (the header's post and full name, the label's post in capitals)
    ("Deputy Prosecutor", "Mame Mandiaye Niang", "DEPUTY PROSECUTOR"),
    ("Prosecutor", "Karim Asad Ahmad", "PROSECUTOR"),
]
_SPOKES = [("Fadi El Abdallah", "MR EL ABDALLAH"), ("Sonia Robla", "MS ROBLA")]
_OUTLETS = [("Marieke de Wit", "NOS"), ("Karim Benslimane", "Al-Ahrar TV")]


def _icc_page(holder, spokes, asker, footer: str) -> str:
    post, full, label_post = holder
    spoke, spoke_label = spokes
    surname = full.split()[-1]
    label = f"{label_post} {surname.upper()}"
    name, outlet = asker
    return (
        "International Criminal Court\n\n"
        f"Transcript: Press conference by {post} {full} on the situation in Libya\n\n"
        "The Hague, 21 January 2026\n\n"
        f"Speakers: {post} {full}; ICC Spokesperson {spoke}\n\n"
        f"{spoke_label}: Good afternoon, ladies and gentlemen, and welcome to the seat of the "
        f"Court. Today the {post} will present an update on the investigation, after which we "
        f"will take your questions. Mr {post}, you have the floor.\n\n"
        f"{label}: Thank you. I can announce today that two further warrants of arrest have "
        "been issued in the Libya situation.\n\n"
        f"{spoke_label}: Thank you. We will now take questions. Please introduce yourselves "
        "before asking.\n\n"
        f"QUESTION: Thank you. {name}, {outlet}. Are the two suspects currently in Libya?\n\n"
        f"{label}: I will not go into the whereabouts of the suspects.\n\n"
        f"{spoke_label}: We have a question online from Jorge Alvarado of EFE.\n\n"
        "QUESTION: Thank you. Have the sanctions affected this investigation?\n\n"
        f"{label}: They have created real difficulties, but they have not stopped our work.\n\n"
        f"{spoke_label}: Thank you all for attending. Press materials are available on the "
        "Court's website." + footer
    )


_ICC_FOOTERS = [
    "",
    "\n\nFor further information, please contact the Spokesperson, by telephone at: "
    "+31 (0)70 515-9152 or by e-mail at: press@icc-cpi.int\n\n"
    "You can also follow the Court's activities on X, Instagram, Facebook and YouTube\n\n"
    "ICC-OTP-20260121-TRN | Situation: Libya\n",
]


@pytest.mark.parametrize(
    ("holder", "spokes", "asker", "footer"),
    list(itertools.product(_HOLDERS, _SPOKES, _OUTLETS, _ICC_FOOTERS)),
)
def test_post_and_surname_label_takes_full_name(holder, spokes, asker, footer):
    full, spoke = holder[1], spokes[0]
    got = turns(_icc_page(holder, spokes, asker, footer))
    assert [(label, speaker) for label, speaker, _ in got] == [
        ("other", spoke),
        ("statement", full),
        ("other", spoke),
        ("question", asker[0]),
        ("answer", full),
        ("other", spoke),
        ("question", "Jorge Alvarado"),
        ("answer", full),
        ("other", spoke),
    ]
    assert got[-1][2].endswith("on the Court's website.")


# --- "DG" for Director-General; a welcome that starts with questions in the room ----------

_DGS = [("Ngozi", "Okonjo-Iweala"), ("Pascal", "Lamy")]
_JOURNALISTS = [("Hélène Marchal", "AFP"), ("Tobias Wendt", "Handelsblatt")]
_CLOSINGS = [
    "",
    "\n\nShare\n\nContact us  |  Site map  |  © World Trade Organization 2026\n",
]


@pytest.mark.parametrize(
    ("dg", "journalist", "closing"), list(itertools.product(_DGS, _JOURNALISTS, _CLOSINGS))
)
def test_dg_abbreviation_and_spokesperson(dg, journalist, closing):
    given, surname = dg
    name, outlet = journalist
    text = (
        "WTO | 2026 News items\n\n"
        f"DG {surname}: “Members must deliver”\n\n2 April 2026\n\n"
        f"Director-General {given} {surname} told journalists on 2 April that members had no "
        "time to lose.\n\n"
        "Ismaila Dieng (WTO Spokesperson): Good afternoon and welcome to this press briefing. "
        "The Director-General will make some opening remarks and then we will take your "
        "questions. DG, the floor is yours.\n\n"
        f"Director-General {given} {surname}: Thank you, Ismaila. We came away from the "
        "ministerial conference with real outcomes.\n\n"
        "Ismaila Dieng: Thank you, DG. We will start with questions in the room. Yes, please, "
        "in the second row.\n\n"
        f"Journalist: Hi, {name} from {outlet}. Are you confident there will be a functioning "
        "appeal mechanism by the end of the year?\n\n"
        f"DG {surname}: I am confident that members want a functioning system.\n\n"
        "Ismaila Dieng: We have a question online, from the chat.\n\n"
        "Journalist: Good afternoon. What happens to the agriculture negotiations now?\n\n"
        f"DG {surname}: Agriculture is the hardest file we have.\n\n"
        "Ismaila Dieng: Thank you all. This concludes today's briefing. The audio file will be "
        "available on the website shortly." + closing
    )
    full = f"{given} {surname}"
    got = [(label, speaker) for label, speaker, _ in turns(text)]
    assert got[1:] == [
        ("other", "Ismaila Dieng"),
        ("statement", full),
        ("other", "Ismaila Dieng"),
        ("question", name),
        ("answer", full),
        ("other", "Ismaila Dieng"),
        ("question", None),
        ("answer", full),
        ("other", "Ismaila Dieng"),
    ]


# --- An asker the moderator announces by name before an unnamed "Question:" ---------------

_CALLS = [
    "We have a question online from {name} of {outlet}.",
    "Next, a question from {name} of {outlet}.",
    "Next we have {name} from {outlet}, who is joining us online.",
]
_ASKERS = [("Hanna Kowalczyk", "Bloomberg"), ("Anna Weiss", "ORF")]
_LABELS = [("Moderator", "Question"), ("MODERATOR", "QUESTION")]


@pytest.mark.parametrize(
    ("call", "asker", "labels"), list(itertools.product(_CALLS, _ASKERS, _LABELS))
)
def test_moderator_announces_asker(call, asker, labels):
    name, outlet = asker
    mod, q = labels
    text = (
        "OECD Interim Economic Outlook press conference\n\n17 March 2026\n\n"
        f"{mod}: Good morning and welcome. We will hear first from the Secretary-General and "
        "then take your questions.\n\n"
        "Secretary-General Mathias Cormann: Thank you. Global growth is holding up, but the "
        "outlook is fragile.\n\n"
        f"{mod}: Thank you. The first question goes to Paul Hannon of the Wall Street "
        "Journal.\n\n"
        f"{q}: Secretary-General, is the slowdown in trade already visible in the data?\n\n"
        "Secretary-General Mathias Cormann: Yes, in the first quarter.\n\n"
        f"{mod}: {call.format(name=name, outlet=outlet)}\n\n"
        f"{q}: Thank you. Secretary-General, which economies worry you most?\n\n"
        "Secretary-General Mathias Cormann: Those with high public debt and little room.\n"
    )
    askers = [speaker for label, speaker, _ in turns(text) if label == "question"]
    assert askers == ["Paul Hannon", name]


# --- A press office's foot under the last words --------------------------------------------

_LAST_WORDS = [
    "That concludes today's news conference. Thank you.",
    "We'll have plenty of time for that. Thank you all.",
]
_FEET = [
    # A city's contact box, share row, copyright and trademark notice.
    "###\n\nMedia Contact\npressoffice@cityhall.example.gov\n(212) 788-2958\n\n"
    "Share  Facebook  X  Email  Print\n\n"
    "City of Westbrook. 2026 All Rights Reserved.\n"
    "Westbrook is a trademark and service mark of the City of Westbrook\n",
    # A space agency's editor over its update stamp, its related terms and footer row.
    "Editor: Jennifer M. Dooren\nLast Updated: Jan 30, 2026\n\nRelated Terms\n"
    "Artemis  Orion Spacecraft  Kennedy Space Center\n\n"
    "National Aeronautics and Space Administration\n"
    "Agency Official: Brian Dunbar  Privacy Policy  Accessibility\n",
    # A union's press office line, its fields between bars.
    "Tags: Assembly   Peace and Security\n\n"
    "Directorate of Information and Communication | African Union Commission | "
    "E-mail: dic@example.org\n\nCopyright © 2026 African Union\n",
]


@pytest.mark.parametrize(
    ("last", "foot", "gap"), list(itertools.product(_LAST_WORDS, _FEET, _GAPS))
)
def test_press_office_foot(last, foot, gap):
    text = (
        "Transcript: Mayor Holds Media Availability\n\nFebruary 3, 2026\n\n"
        "Mayor Dana Whitfield: Good morning. Our crews worked around the clock to clear the "
        "snow, and every primary street is passable.\n\n"
        "Question: Why are the bus stops still blocked?\n\n"
        "Mayor Dana Whitfield: That's a fair criticism. Laborers are clearing them now.\n\n"
        "Question: How much has this storm cost?\n\n"
        f"Mayor Dana Whitfield: {last}{gap}{foot}"
    )
    got = turns(text)
    assert got[-1][2] == last


# --- A town before its country on the date's line -----------------------------------------

_TOWNS = [("Addis Ababa", "Ethiopia"), ("Nairobi", "Kenya"), ("Brasília", "Brazil")]
_DATES = ["16 February 2026", "February 16, 2026"]
_INTROS = [
    "The press conference was moderated by the Spokesperson.\n\n",
    "",
]


@pytest.mark.parametrize(
    ("town", "date", "intro"), list(itertools.product(_TOWNS, _DATES, _INTROS))
)
def test_town_before_country_on_date_line(town, date, intro):
    city, country = town
    text = (
        "Transcript of the Press Conference at the close of the Summit\n\n"
        f"{city}, {country}, {date}\n\n{intro}"
        "Spokesperson: Good evening. The Chairperson will make brief remarks.\n\n"
        "Chairperson: Thank you. The Assembly has concluded its work.\n\n"
        "Journalist: What will be different this time?\n\n"
        "Chairperson: We now have a single, coordinated track.\n"
    )
    assert _doc(text).meta.place == city


# --- A post's holder styled "H.E." after the post and its body ------------------------------

_EXCELLENCIES = [
    ("Mahmoud Ali Youssouf", "African Union Commission"),
    ("Omar Alieu Touray", "ECOWAS Commission"),
]
_SPOKESPEOPLE = ["Nuur Mohamud Sheekh", "Ebere Okafor"]
_TAILS = ["", "\n\nTags: Assembly   Peace and Security\n\nCopyright © 2026\n"]


@pytest.mark.parametrize(
    ("excellency", "spokes", "tail"), list(itertools.product(_EXCELLENCIES, _SPOKESPEOPLE, _TAILS))
)
def test_chairperson_styled_excellency(excellency, spokes, tail):
    name, body = excellency
    text = (
        f"Transcript of the Press Conference by the Chairperson of the {body}\n\n"
        "16 February 2026\n\n"
        f"The Chairperson of the {body}, H.E. {name}, accompanied by the Commissioner, briefed "
        f"members of the press. The press conference was moderated by {spokes}.\n\n"
        f"{spokes}: Good evening. The Chairperson will make brief remarks, and then we will "
        "take a few questions. Your Excellency.\n\n"
        f"H.E. {name}: Thank you. The Assembly has concluded its work with important "
        "decisions.\n\n"
        f"{spokes}: Thank you, Excellency. The first question goes to Addis Standard.\n\n"
        "Journalist (Addis Standard): Will the suspension be lifted?\n\n"
        "Chairperson: The question of suspension is for the Peace and Security Council.\n\n"
        f"{spokes}: Last question, please.\n\n"
        "Journalist: What about the reform of the Security Council?\n\n"
        "Chairperson: The Common African Position remains our position." + tail
    )
    answers = [(label, speaker) for label, speaker, _ in turns(text)][-1:]
    assert answers == [("answer", name)]


# --- A briefing note's summary notice over its lead -----------------------------------------

_SPOKESPERSONS = ["Daniela Kress", "William Spindler"]
_NOTICE_GAPS = ["\n\n", "\n\n\n"]
_AGENCIES = [("UNHCR", "UN Refugee Agency"), ("OHCHR", "UN Human Rights Office")]


@pytest.mark.parametrize(
    ("spokes", "gap", "agency"), list(itertools.product(_SPOKESPERSONS, _NOTICE_GAPS, _AGENCIES))
)
def test_briefing_note_summary_notice(spokes, gap, agency):
    short, long = agency
    lead = (
        f"{short}, the {long}, is alarmed by a sharp rise in the number of refugees crossing "
        "into eastern Chad."
    )
    text = (
        f"{short}\n\nBriefing notes  |  13 March 2026\n\n"
        f"This is a summary of what was said by {short} spokesperson {spokes} – to whom "
        "quoted text may be attributed – at today's press briefing at the Palais des Nations "
        f"in Geneva.{gap}{lead}{gap}"
        "Question – Pieter Vandenberg, Deutsche Welle: How many people are still at the "
        "border?\n\n"
        f"{spokes}: Around 60,000 people are staying in spontaneous sites along the border.\n"
    )
    first = turns(text)[0]
    assert first[0] == "other" and first[2] == lead


# --- A dateline alone on the header's last line, over the first label ----------------------

_DATELINE_TOWNS = [("WASHINGTON", "Washington"), ("SAN FRANCISCO", "San Francisco")]
_DATE_LINES = ["04/14/2026", "April 14, 2026"]
_PRINCIPALS = ["AMBASSADOR GREER", "SECRETARY LUTNICK"]


@pytest.mark.parametrize(
    ("town", "date", "principal"),
    list(itertools.product(_DATELINE_TOWNS, _DATE_LINES, _PRINCIPALS)),
)
def test_dateline_alone_over_first_label(town, date, principal):
    caps, place = town
    text = (
        "Home / Press Office / Press Releases / 2026 / April\n\n"
        "Transcript: Press Conference on Section 301 Shipbuilding Actions\n\n"
        f"{date}\n\n{caps} —\n\n"
        f"{principal}: Thank you for coming. Today we are announcing the next phase of our "
        "action on shipbuilding.\n\n"
        "QUESTION: When do the port fees step up?\n\n"
        f"{principal}: In October, as scheduled.\n\n"
        "QUESTION: Will allies be exempt?\n\n"
        f"{principal}: No, the fees apply to vessels, not flags.\n"
    )
    assert _doc(text).meta.place == place


# --- An opening statement over a thematic break, then plain questions and answers ---------

_BANKERS = [("Christine Lagarde", "President of the ECB"), ("Mario Draghi", "President of the ECB")]
_BREAKS = ["* * *", "***"]
_TOWN_LINES = [("Frankfurt am Main", "30 April 2026"), ("Halle an der Saale", "30 April 2026")]


@pytest.mark.parametrize(
    ("banker", "rule", "town"), list(itertools.product(_BANKERS, _BREAKS, _TOWN_LINES))
)
def test_statement_over_thematic_break(banker, rule, town):
    name, post = banker
    place, date = town
    text = (
        "European Central Bank\n\nPress conference\n\n"
        f"{name}, {post},\nLuis de Guindos, Vice-President of the ECB\n\n"
        f"{place}, {date}\n\n"
        "Jump to the transcript of the questions and answers\n\n"
        "Good afternoon, the Vice-President and I welcome you to our press conference.\n\n"
        "The Governing Council today decided to keep the three key interest rates unchanged.\n\n"
        "We are now ready to take your questions.\n\n"
        f"{rule}\n\n"
        f"President {name.split()[-1]}, markets had priced a small chance of a cut today. Was "
        "a cut discussed at all?\n\n"
        "The decision was unanimous. There was a very rich discussion about the balance of "
        "risks, as you would expect, and some members pointed to the possibility that "
        "inflation undershoots our target next year.\n\n"
        "New tariffs on European machinery were announced. How much of that is in your "
        "projections?\n\n"
        "The March staff projections included the tariffs that were in place at the time, not "
        "the measures announced since. Our staff have done some preliminary analysis.\n\n"
        "On the digital euro, are you worried that the holding limit will be set too low to "
        "make the project worthwhile?\n\n"
        "The decision on the legislation is for the co-legislators, and we respect that "
        "entirely. What we have said is that the limit should preserve financial stability.\n\n"
        "This is the Vice-President's last press conference. Can you say anything about the "
        "transition?\n\n"
        "Let me first say how grateful I am to Luis for eight years of extraordinary work.\n\n"
        "There is no transition issue for monetary policy.\n\n"
        "CONTACT\nEuropean Central Bank\nDirectorate General Communications\n"
        "+49 69 1344 7455\nmedia@example.europa.eu\n\n"
        "Reproduction is permitted provided that the source is acknowledged.\n"
    )
    doc = _doc(text)
    got = turns(text)
    assert got[0][:2] == ("statement", name)
    assert got[0][2].startswith("Good afternoon") and got[0][2].endswith("your questions.")
    assert got[-1][2].endswith("for monetary policy.")
    assert doc.meta.place == place
