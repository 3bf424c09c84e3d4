"""Small cases for batch LL (White House, state.gov, the Pentagon, CBS, the UN noon briefing):
the briefer who gave a guest the podium opens the floor in a brief turn ("We've got time for a
few questions.") and calls "Next." between answers, the chair's hand-over, as is the thanks
that sends the guest off before the guest's own last "Thank you all."; a cover's "Via
Teleconference" under the office names no holder; a surname that is also a title word ("KING:")
is the person the glued full label named ("…than that.GAYLE KING: …"); the UN's title line
"Noon briefing by …, with guest …." is header, no introduction turn."""

import pytest

from structure_support import run, turn_rows

_PENTAGON = (
    "U.S. Department of Defense\n"
    "Home  News  Transcripts\n"
    "Pentagon Press Secretary and Brig. Gen. Dana Ortiz Hold a Press Briefing\n"
    "March 4, 2025\n"
    "\n"
    "MR. HOLLOWAY:  Good afternoon.  The department has moved two engineer battalions to "
    "support the flood response along the Ohio River this week.  At the direction of the "
    "Secretary, more than two thousand service members are now supporting FEMA, including "
    "active-duty engineers, rotary-wing aviation and a field hospital team from Fort Campbell.\n"
    "\n"
    "With me is Brigadier General Dana Ortiz, who will walk you through the details.  Ma'am.\n"
    "BRIG. GEN. DANA ORTIZ:  Thanks, Ray.  We have six hundred soldiers on the ground and "
    "twelve helicopters flying resupply missions out of Louisville.\n"
    "MR. HOLLOWAY:  {opener}\n"
    "Q:  Thank you.  General, how long do you expect the battalions to stay?\n"
    "GEN. ORTIZ:  As long as the states need us.  We plan in two-week blocks.\n"
    "MR. HOLLOWAY:  {call}\n"
    "Q:  Are any of these units coming off the border mission?\n"
    "GEN. ORTIZ:  No.  These are units that train for exactly this mission.\n"
    "MR. HOLLOWAY:  Thanks, everybody.  We'll do another update Friday.\n"
)


@pytest.mark.parametrize(
    ("opener", "call"),
    [
        ("All right, we've got time for a few questions.", "Next."),
        ("The General has a few minutes for questions.", "Next question."),
        ("OK, we have time for a couple of questions.", "Okay, next."),
    ],
)
def test_briefer_opens_floor_and_calls_next(opener: str, call: str) -> None:
    rows = turn_rows(_PENTAGON.format(opener=opener, call=call))
    labels = [r[0] for r in rows]
    assert labels == [
        "statement",
        "statement",
        "other",
        "question",
        "answer",
        "other",
        "question",
        "answer",
        "other",
    ], labels


_WH = (
    "The White House\n"
    "Press Briefing by Press Secretary Karoline Leavitt and Secretary of Agriculture Brooke "
    "Rollins\n"
    "May 6, 2025\n"
    "\n"
    "MS. LEAVITT:  Good afternoon, everybody.  It is a busy week at the White House.  To talk "
    "about the farm economy, I'm pleased to welcome the Secretary of Agriculture.  Madam "
    "Secretary.\n"
    "SECRETARY ROLLINS:  Thank you, Karoline.  Farm income is up and exports are recovering.\n"
    "MS. LEAVITT:  The Secretary has a few minutes for questions.  Go ahead.\n"
    "Q    Madam Secretary, are egg prices coming down?\n"
    "SECRETARY ROLLINS:  They are, and they will keep coming down.  Yes, in the back.\n"
    "Q    Madam Secretary, Dana Whitfield with Bloomberg.  Will farmers get more aid?\n"
    "SECRETARY ROLLINS:  We have nothing to announce today.\n"
    "MS. LEAVITT:  {close}\n"
    "SECRETARY ROLLINS:  {parting}\n"
)


@pytest.mark.parametrize(
    ("close", "parting", "want"),
    [
        ("Thank you, Madam Secretary.  We'll let her get back to work.", "Thank you all.", "other"),
        ("Thank you, Madam Secretary.", "Thanks, everyone.", "other"),
        # (a guest who goes on at length after the thanks answers something: no parting word)
        (
            "Thank you, Madam Secretary.",
            "And one more thing on eggs, the prices will come down by summer.",
            "answer",
        ),
    ],
)
def test_chairs_thanks_before_guests_parting_word(close: str, parting: str, want: str) -> None:
    rows = turn_rows(_WH.format(close=close, parting=parting))
    assert rows[-2][1] == "Karoline Leavitt"
    assert rows[-2][0] == want


_STATE = (
    "U.S. Department of State\n"
    "Senior State Department Official On the Secretary's Travel to {place}\n"
    "Special Briefing\n"
    "Senior State Department Official\n"
    "{medium}\n"
    "June 20, 2025\n"
    "\n"
    "MODERATOR:  Thank you, and good afternoon.  I'll turn it over to our official.\n"
    "SENIOR STATE DEPARTMENT OFFICIAL:  Thanks.  The Secretary departs Monday.\n"
    "MODERATOR:  Let's go to the line of Owen Calloway with Reuters.\n"
    "QUESTION:  Will the Secretary meet his counterpart there?\n"
    "SENIOR STATE DEPARTMENT OFFICIAL:  I would expect so, yes.\n"
)


@pytest.mark.parametrize(
    ("place", "medium"),
    [
        ("Brussels", "Via Teleconference"),
        ("Tokyo", "Via Telephone"),
        ("Rome", "Via Videoconference"),
    ],
)
def test_medium_line_under_office_names_no_holder(place: str, medium: str) -> None:
    rows = turn_rows(_STATE.format(place=place, medium=medium))
    assert {r[1] for r in rows if r[0] == "answer"} == {None}


_CBS = (
    "CBS News\n"
    'Transcript: Sen. Dana Kessler on "CBS Mornings," July 8, 2025\n'
    "\n"
    "TONY DOKOUPIL: Senator Kessler, good morning.\n"
    "SEN. DANA KESSLER: Good morning, Tony.\n"
    "DOKOUPIL: Is the budget office's number wrong?\n"
    "KESSLER: I think it has been wrong before.{full}: Senator, let me ask about tariffs. "
    "Have you told the president?\n"
    "KESSLER: I have, and he knows where I stand.\n"
    "{short}: And what did he say?\n"
    "KESSLER: He said he'd take it under advisement.\n"
    "DOKOUPIL: Senator, thank you.\n"
)


@pytest.mark.parametrize(
    ("full", "short", "who"),
    [
        ("GAYLE KING", "KING", "Gayle King"),
        ("MARY BISHOP", "BISHOP", "Mary Bishop"),
    ],
)
def test_title_word_surname_joins_the_full_label(full: str, short: str, who: str) -> None:
    rows = turn_rows(_CBS.format(full=full, short=short))
    asked = [r for r in rows if r[1] == who]
    assert [r[0] for r in asked] == ["question", "question"]
    assert asked[0][2].startswith("Senator, let me ask")


_UN = (
    "United Nations\n"
    "Press Briefings\n"
    "Noon briefing of 22 July 2025\n"
    "{title}\n"
    "22 July 2025\n"
    "Spokesperson:  Good afternoon.  In a short while I will be joined by our guest, who is "
    "here to brief you on the nutrition emergency in the central Sahel.  But first, a couple "
    "of notes.\n"
    "\n"
    "On Sudan, our humanitarian colleagues tell us that fighting around El Fasher continues to "
    "displace families, with more than 5,000 people arriving in Tawila over the weekend alone."
    "  Okay, I will now hand over to Ms. Okonjo.\n"
    "Ms. Okonjo:  Thank you, Stéphane.  Admissions for severe malnutrition are up sharply.\n"
    "Spokesperson:  Thank you.  Let's take questions for Ms. Okonjo.  Edie.\n"
    "Question:  Has the funding gap grown this year?\n"
    "Ms. Okonjo:  Yes, it has.\n"
    "Spokesperson:  Thank you very much, Grace.  We will let you go.\n"
)


@pytest.mark.parametrize(
    ("title", "spokesperson"),
    [
        (
            "Noon briefing by Stéphane Dujarric, Spokesperson for the Secretary-General, with "
            "guest Grace Okonjo, UNICEF Regional Director for West and Central Africa.",
            "Stéphane Dujarric",
        ),
        # (the guest the title names is no holder of the office: the label stays the office)
        (
            "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General, "
            "with guest Grace Okonjo.",
            None,
        ),
    ],
)
def test_briefing_title_line_is_header(title: str, spokesperson: str | None) -> None:
    rows = turn_rows(_UN.format(title=title))
    assert rows[0][2].startswith("Good afternoon.")
    assert rows[0][1] == spokesperson
    assert {r[1] for r in rows if r[0] == "answer"} == {"Grace Okonjo"}
    assert [r[0] for r in rows] == [
        "statement",
        "statement",
        "other",
        "question",
        "answer",
        "other",
    ]


def test_briefing_title_keeps_a_dek_in_the_first_person() -> None:
    text = _UN.format(title="Briefing by our team: we were in Niger last week.")
    assert run(text).text.startswith("United Nations")
