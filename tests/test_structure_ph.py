"""Small cases for batch PH (round 54): an outlet's web Q&A whose lead says the outlet asked
its expert ("… News asked Dr. …, a …, what …") under the writer's dotted byline, a video box
inside an answer; a radio programme's summary that names its guests only by trade ("… speaks
to an economist and a historian"), and the host's opening that teases the subject and brings
them in; a speech's moderator under her own name who puts the first question herself and then
takes the room's labelled questions; a programme page's "Next story in …" pointer and its
headline at the foot; a media player's embed box over the lead."""

import pytest

from structure_support import turn_rows

_OUTLET_QA = (
    "Health\n"
    "Flu season is arriving early. A respiratory specialist answers your questions\n"
    "Hospital visits have doubled since September\n"
    "Marta Lindqvist · Northern Daily News · Posted: Oct 02, 2025 5:00 AM EDT | Last Updated: "
    "October 2\n"
    "Flu activity is rising weeks ahead of the usual season, with emergency rooms across the "
    "region reporting long waits.\n"
    "{outlet} asked Dr. Tomas Okoro, a respiratory specialist at Lakeside General Hospital, "
    "what families need to know.\n"
    "This interview has been edited for length and clarity.\n"
    "\n"
    "Why is the season starting so early?\n"
    "\n"
    "We are seeing the virus circulate earlier because people travelled a lot over the summer "
    "and immunity from last winter has waned.\n"
    "\n"
    "Who should get a shot first?\n"
    "\n"
    "People over 65, pregnant people and anyone with a chronic lung or heart condition should "
    "go first.\n"
    "\n"
    "WATCH | What the early flu season means for hospitals:\n"
    "Hospitals brace for early flu season\n"
    "3 days ago\n"
    "Duration 1:58\n"
    "Emergency departments are already reporting longer waits.\n"
    "But everyone over six months old is eligible, and pharmacies have plenty of doses.\n"
    "\n"
    "Is it too late if I already had a cold?\n"
    "\n"
    "No, a cold is a different virus, so you can still get vaccinated right away.\n"
    "\n"
    "How long does protection last?\n"
    "\n"
    "About six months, which is why we recommend a shot every autumn.\n"
    "\n"
    "ABOUT THE AUTHOR\n"
    "Marta Lindqvist is a health reporter for Northern Daily News.\n"
)


@pytest.mark.parametrize(
    ("outlet", "asker", "answerer"),
    [
        # The outlet of the writer's dotted byline asks the expert: she asks, he answers.
        ("Northern Daily News", "Marta Lindqvist", "Tomas Okoro"),
    ],
)
def test_outlet_asked_expert(outlet: str, asker: str, answerer: str) -> None:
    rows = [r for r in turn_rows(_OUTLET_QA.format(outlet=outlet)) if r[0] != "other"]
    questions = [r for r in rows if r[0] == "question"]
    answers = [r for r in rows if r[0] == "answer"]
    assert len(questions) == 4 and len(answers) == 4
    assert {r[1] for r in questions} == {asker}
    assert {r[1] for r in answers} == {answerer}
    # The video box's dek stays inside the answer it interrupts.
    vaccine = next(body for _, _, body in answers if body.startswith("People over 65"))
    assert vaccine.endswith("plenty of doses.")


_RADIO = (
    "Radio National\n"
    "Money Matters\n"
    "Program: Why rents keep rising\n"
    "Broadcast Tue 4 Mar 2025 at 5:30pm\n"
    "\n"
    "Rents have risen faster than wages for three years running. Jane Porter speaks to "
    "{guests} about what is driving the rises.\n"
    "\n"
    "Transcript\n"
    "\n"
    "Jane Porter: Hello, and welcome to Money Matters with me, Jane Porter. Why are rents "
    "still climbing? And will they ever come down? Dr Alan Reyes is an economist at the "
    "University of Tasmania. Ruth Kingsley is a historian of housing in Hobart. Welcome to you "
    "both.\n"
    "\n"
    "Alan Reyes: Thanks, Jane.\n"
    "\n"
    "Ruth Kingsley: Glad to be here.\n"
    "\n"
    "Jane Porter: Alan, what is the main driver?\n"
    "\n"
    "Alan Reyes: Mostly supply. We have not built enough homes where the jobs are.\n"
    "\n"
    "Jane Porter: Ruth, have we been here before?\n"
    "\n"
    "Ruth Kingsley: Yes, in the 1950s, and the answer then was public building on a big "
    "scale.\n"
    "\n"
    "Jane Porter: Alan Reyes and Ruth Kingsley, thank you both.\n"
)


@pytest.mark.parametrize(
    ("guests", "opening", "reply"),
    [
        # Guests named only by their trade: the host who speaks to them asks; her opening
        # that teases and brings them in is other, their thanks answer.
        ("an economist and a historian", "other", "answer"),
    ],
)
def test_host_speaks_to_unnamed_experts(guests: str, opening: str, reply: str) -> None:
    rows = turn_rows(_RADIO.format(guests=guests))
    by_start = {body[:20]: (lab, spk) for lab, spk, body in rows}
    assert by_start["Hello, and welcome t"] == (opening, "Jane Porter")
    assert by_start["Thanks, Jane."] == (reply, "Alan Reyes")
    assert by_start["Alan, what is the ma"] == ("question", "Jane Porter")
    assert by_start["Mostly supply. We ha"] == ("answer", "Alan Reyes")


_SPEECH = (
    "Speeches & transcripts\n"
    "Speech and moderated discussion by the Director General Elena Varga at the Policy Forum\n"
    "\n"
    "Director General Elena Varga: Good morning. Thank you for having me. Our supply chains "
    "are too slow, and we must fix them together. Thank you.\n"
    "\n"
    "Paul Hendry [Director, Atlantic Institute]: Thank you, Director General. Many "
    "governments say they cannot spend more. What do you say to them?\n"
    "\n"
    "Director General Elena Varga: I say that the cost of doing nothing is far higher.\n"
    "\n"
    "Paul Hendry: Let me take questions from the room. The lady in the front row.\n"
    "\n"
    "Question [Anna Kowal, Baltic Wire]: Director General, is joint buying working?\n"
    "\n"
    "Director General Elena Varga: It is starting to, and we need more of it.\n"
    "\n"
    "Paul Hendry: We are out of time. Please join me in thanking the Director General.\n"
    "\n"
    "Director General Elena Varga: Thank you.\n"
)


def test_speech_moderator_asks_first() -> None:
    rows = turn_rows(_SPEECH)
    by_start = {body[:20]: (lab, spk) for lab, spk, body in rows}
    assert by_start["Good morning. Thank "] == ("statement", "Elena Varga")
    assert by_start["Thank you, Director "] == ("question", "Paul Hendry")
    assert by_start["I say that the cost "] == ("answer", "Elena Varga")
    assert by_start["We are out of time. "] == ("other", "Paul Hendry")


_FOOTED = (
    "Radio New Zealand\n"
    "Nine To Noon\n"
    "Councils want a say in flood money\n"
    "\n"
    "Kim Tane: Thanks for joining us this morning.\n"
    "\n"
    "Mere Walker: Kia ora, Kim.\n"
    "\n"
    "Kim Tane: Is the fund big enough?\n"
    "\n"
    "Mere Walker: Not for the smaller councils, no.\n"
    "\n"
    "Kim Tane: Mere Walker, thank you.\n"
    "\n"
    "Mere Walker: Ngā mihi, Kim.\n"
    "\n"
    "Tags:\n"
    "Local Government\n"
    "Copyright © 2025, Radio New Zealand\n"
    "{pointer}\n"
    "Book review: The Long Winter by Jo Hale\n"
)


@pytest.mark.parametrize("pointer", ["Next story in Nine To Noon", "Previous story"])
def test_next_story_pointer_is_furniture(pointer: str) -> None:
    rows = turn_rows(_FOOTED.format(pointer=pointer))
    assert rows[-1][2] == "Ngā mihi, Kim."


_EMBED = (
    "Radio Liberty\n"
    "Programmes\n"
    "Empty towns: why the provinces are shrinking\n"
    "21 February 2025\n"
    "Share\n"
    "No media source currently available\n"
    "0:00 0:51:48 0:00\n"
    "Embed\n"
    "share\n"
    "The code has been copied to your clipboard.\n"
    "width\n"
    "px\n"
    "height\n"
    "px\n"
    "\n"
    "Thousands of villages have vanished in the last decade, and small towns are losing "
    "people every year. The programme's guests are the sociologist Olga Petrova and the "
    "geographer Ivan Sokolov.\n"
    "\n"
    "Mark Dorn: Ivan, why are the towns emptying?\n"
    "\n"
    "Ivan Sokolov: People go where the work is, and the work is in the big cities.\n"
    "\n"
    "Mark Dorn: Olga, who stays behind?\n"
    "\n"
    "Olga Petrova: Older people, teachers and doctors, mostly.\n"
)


def test_embed_box_over_the_lead() -> None:
    rows = turn_rows(_EMBED)
    assert rows[0][0] == "other"
    assert rows[0][2].startswith("Thousands of villages")
