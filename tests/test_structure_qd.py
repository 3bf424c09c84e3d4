"""Small cases for batch QD (a gov.uk speech, an LBC phone-in on a party site, a Commons
committee, a Times Radio write-up): a "Delivered on:" field line longer than the header's search
window; a venue named after its town ("Location: Leeds First Direct Arena"); an electoral imprint
and a station's plug at a page's foot; a host's question put to the caller by name as she is put
through; a committee chair's greeting under the first question number, the session suspended at
the end, and the record's title run into one footer line over its date."""

import pytest

from structure_support import run, turn_rows

_SPEECH = (
    "Cookies on GOV.UK\n"
    "We use some essential cookies to make this website work.\n"
    "Accept additional cookies   Reject additional cookies   View cookies\n"
    "\n"
    "Home  >  Education, training and skills\n"
    "\n"
    "Speech\n"
    "Education Secretary's speech at the National Apprenticeships Conference\n"
    "Dana Whitlock sets out plans to double degree apprenticeships in the next parliament.\n"
    "\n"
    "From: Department for Education and The Rt Hon Dana Whitlock MP\n"
    "Published 4 February 2026\n"
    "\n"
    "Location: {venue}\n"
    "Delivered on: 4 February 2026 (Transcript of the speech, exactly as it was delivered)\n"
    "\n"
    "Good afternoon, and thank you to everyone here in {town} for having me.\n"
    "\n"
    "It is good to be in {town}, a city that has always made things and trained the people who "
    "make them. Apprenticeships are how this country builds the skills it needs.\n"
    "\n"
    "Thank you.\n"
    "\n"
    "(Applause)\n"
    "\n"
    "Updates to this page\n"
    "Published 4 February 2026\n"
)


@pytest.mark.parametrize(
    ("venue", "town"),
    [
        ("Leeds First Direct Arena", "Leeds"),
        ("Birmingham International Convention Centre", "Birmingham"),
    ],
)
def test_govuk_speech_long_delivered_line_and_town_venue(venue: str, town: str) -> None:
    text = _SPEECH.format(venue=venue, town=town)
    doc = run(text)
    rows = [(s.label, s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]
    assert len(rows) == 1
    label, speaker, body = rows[0]
    assert (label, speaker) == ("statement", "Dana Whitlock")
    assert body.startswith("Good afternoon, and thank you")
    assert body.endswith("Thank you.")
    assert doc.meta.to_dict().get("place") == town


_PHONE_IN = (
    "Marcus Oyelaran MP\n"
    "Labour MP for Eastfield\n"
    "\n"
    "News\n"
    "Marcus answers listeners' questions on the radio\n"
    "Posted on 12 January 2026\n"
    "\n"
    "This morning Marcus joined Sally Brennan to take listeners' calls on housing. You can read "
    "the transcript below.\n"
    "\n"
    "Sally Brennan: The Housing Secretary is with me this morning. Marcus Oyelaran, good "
    "morning. Will you hit your target of a million homes?\n"
    "\n"
    "Marcus Oyelaran: Good morning, Sally. Yes, we will, and we are already ahead of where the "
    "last government left it.\n"
    "\n"
    "Sally Brennan: Phil's in Wigan. Phil, you're a builder, aren't you?\n"
    "\n"
    "Caller (Phil, Wigan): I am, yeah, thirty years. Marcus, where are the bricklayers going to "
    "come from?\n"
    "\n"
    "Marcus Oyelaran: Phil, it's a fair question, and that's why we are funding ten thousand "
    "new construction apprenticeships this year.\n"
    "\n"
    "Sally Brennan: Marcus Oyelaran, thank you.\n"
    "\n"
    "{foot}"
    "Share this post:  Facebook  X  Email\n"
    "\n"
    "Tags: Housing, Radio\n"
    "Promoted by Ann Kellett on behalf of Marcus Oyelaran, both at 4 Sample Road, Eastfield "
    "EF1 2AB.\n"
)


def test_phone_in_hand_off_asking_the_caller_and_imprint_foot() -> None:
    rows = turn_rows(_PHONE_IN.format(foot=""))
    assert [(r[0], r[1]) for r in rows] == [
        ("other", None),
        ("question", "Sally Brennan"),
        ("answer", "Marcus Oyelaran"),
        ("other", "Sally Brennan"),
        ("question", "Phil"),
        ("answer", "Marcus Oyelaran"),
        ("other", "Sally Brennan"),
    ]
    assert rows[-1][2] == "Marcus Oyelaran, thank you."


def test_station_plug_at_the_foot() -> None:
    text = (
        "RADIO NORTH\n"
        "\n"
        "Minister: 'We will not raise fuel duty'\n"
        "\n"
        "Jo Ambler, Political Reporter\n"
        "Monday March 09 2026, 8.10am GMT\n"
        "\n"
        "Transport minister Ruth Hale told Radio North's Tom Pike that fuel duty would stay "
        "frozen. Here is the exchange in full.\n"
        "\n"
        "Pike: Minister, will you raise fuel duty this year?\n"
        "\n"
        "Hale: No. We have frozen it and it stays frozen.\n"
        "\n"
        "Pike: Not even for the biggest vans?\n"
        "\n"
        "Hale: Not for anyone, Tom. Good try.\n"
        "\n"
        "Listen to Radio North on the app, on DAB or at radionorth.co.uk\n"
        "\n"
        "Related articles\n"
        "Fuel prices fall for third month\n"
    )
    rows = turn_rows(text)
    assert rows[-1][0] == "answer"
    assert rows[-1][2] == "Not for anyone, Tom. Good try."


_COMMITTEE = (
    "Treasury Committee\n"
    "Oral evidence: Bank lending to small firms, HC 402\n"
    "Tuesday 3 March 2026\n"
    "\n"
    "Ordered by the House of Commons to be published on 3 March 2026.\n"
    "\n"
    "Watch the meeting\n"
    "\n"
    "Members present: Jan Ashby (Chair); Owen Reid; Priya Lal; Tom Barker.\n"
    "\n"
    "Questions 12-15\n"
    "\n"
    "Witnesses\n"
    "\n"
    "I: Mark Dunne MP, Minister for Care; and Ruth Imrie, Chief Dental Officer.\n"
    "\n"
    "Examination of witnesses\n"
    "\n"
    "Witnesses: Mark Dunne and Ruth Imrie.\n"
    "\n"
    "Q12 Chair: Good morning, and welcome to our second panel. Minister, thank you for "
    "coming back to the Committee.\n"
    "\n"
    "Mark Dunne: Thank you, Chair. I am glad to be here.\n"
    "\n"
    "Q13 Chair: How many people could not get a bank loan last year?\n"
    "\n"
    "Mark Dunne: Around four million, which is far too many. The new contract will change "
    "that, and we have put more money into it this year.\n"
    "\n"
    "Q14 Owen Reid: When will that number come down?\n"
    "\n"
    "Ruth Imrie: We expect to see it fall this year as the new contract comes in.\n"
    "\n"
    "Q15 Chair: Thank you both. We will now suspend briefly before our next witnesses.\n"
    "\n"
    "\n"
    "Treasury Committee: Oral evidence: Bank lending to small firms, HC 402\n"
    "3 March 2026\n"
)


def test_committee_welcome_suspension_and_title_footer() -> None:
    rows = turn_rows(_COMMITTEE)
    assert [(r[0], r[1]) for r in rows] == [
        ("other", "Jan Ashby"),
        ("answer", "Mark Dunne"),
        ("question", "Jan Ashby"),
        ("answer", "Mark Dunne"),
        ("question", "Owen Reid"),
        ("answer", "Ruth Imrie"),
        ("other", "Jan Ashby"),
    ]
    assert rows[-1][2].endswith("before our next witnesses.")
