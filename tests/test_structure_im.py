"""Round 43 (batch IM): WHO's padded initials column ("TJ          Hello …", no colon), its
initials completed from the moderator's own "My name is …" and a capitalised particle surname
("MK" for Maria Van Kerkhove), a welcome that introduces the panel still chairing; a radio Q&A
whose lead says "X spoke with <show> host Y"; its producer's credit trailing; NZ Hansard's bare
"SPEAKER:" and its "Topic—Aspect" subject headings."""

import pytest

from structure_support import turn_rows

_WHO = (
    "Virtual press conference transcript - 4 June 2025\n\n"
    "00:00:00\n\n"
    "RH          Good morning and welcome to headquarters in Geneva. My name is Rosa Halvorsen "
    "and it is Wednesday. Let me introduce the participants. We have with us Dr Pieter Van "
    "Aalst, Director of Outbreak Response, and Dr Ines Marchetti, Technical Lead. To ask a "
    "question, please use the raise your hand function. Interpretation is provided in the six "
    "official languages as well as in Portuguese. Without further delay, I hand over to Dr "
    "Van Aalst. Dr Pieter, please.\n\n"
    "00:01:10\n\n"
    "PA          Thank you, Rosa. Good morning. Cases of dengue have doubled this season in "
    "the region, and we are working with ministries on vector control.\n\n"
    "RH          Thank you, Dr Pieter. We open the floor. First, Jonas Berg from Reuters. "
    "Jonas, please unmute yourself.\n\n"
    "JB          Thank you, Rosa. How many deaths have been reported so far this year?\n\n"
    "00:03:02\n\n"
    "IM          Thank you, Jonas. Reporting is incomplete, but more than 900 deaths have "
    "been confirmed.\n\n"
    "RH          Thank you, Dr Ines. Next is Clara Moll from AFP. Clara, go ahead.\n\n"
    "CM          Thank you. Is funding for vector control running out?\n\n"
    "PA          Thank you, Clara. Funding is short, and we have appealed to donors.\n\n"
    "RH          Thank you, Dr Pieter, and thank you all. Have a nice day.\n"
)


@pytest.mark.parametrize(
    ("opening", "label", "speaker"),
    [
        ("Good morning and welcome", "other", "Rosa Halvorsen"),
        ("Thank you, Rosa. Good morning.", "statement", "Pieter Van Aalst"),
        ("Thank you, Rosa. How many", "question", "Jonas Berg"),
        ("Thank you, Jonas.", "answer", "Ines Marchetti"),
        ("Thank you. Is funding", "question", "Clara Moll"),
        ("Thank you, Dr Pieter, and", "other", "Rosa Halvorsen"),
    ],
)
def test_who_padded_initials(opening: str, label: str, speaker: str) -> None:
    rows = turn_rows(_WHO)
    row = next(r for r in rows if r[2].startswith(opening))
    assert (row[0], row[1]) == (label, speaker)
    assert not any(r[2].startswith(("RH", "PA", "JB")) for r in rows)


_CBC = (
    "As It Happens\n"
    "'We need that ferry': island reeve fights cut to winter service\n"
    "CBC Radio · Posted: Jan 8, 2025\n\n"
    "Marguerite Aucoin has run the island's general store for 30 years.\n\n"
    "Now the reeve says the province's plan to halve winter sailings will cut residents off.\n\n"
    "Aucoin spoke with As It Happens host Nil Köksal. Here is part of their conversation.\n\n"
    "Reeve Aucoin, when did you hear about the cut?\n\n"
    "A week before Christmas, in an email. Nobody phoned.\n\n"
    "Who depends on the winter ferry?\n\n"
    "Everyone. The nurse, the school bus, the fuel truck. There is no other way off.\n\n"
    "What will you do if it goes ahead?\n\n"
    "We'll fight it at every meeting until they listen.\n\n"
    "Interview produced by Dana Pruitt. Q&A edited for length and clarity.\n\n"
    "Related Stories\n"
)


def test_radio_qa_host_named_by_post_in_lead() -> None:
    rows = [r for r in turn_rows(_CBC) if r[0] in ("question", "answer")]
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Nil Köksal"),
        ("answer", "Marguerite Aucoin"),
    ] * 3
    assert rows[-1][2].endswith("until they listen.")


_NZ = (
    "New Zealand Parliament\nHansard (debates)\nQuestions for Oral Answer\n\n"
    "Housing—Supply\n\n"
    "1. Hon KIRI TAUROA (Leader—Labour) to the Minister of Housing: Does she stand by her "
    "statements?\n\n"
    "Hon TESS MARWOOD (Minister of Housing): Yes, and consents are up this year.\n\n"
    "Hon Kiri Tauroa: Why are rents still rising?\n\n"
    "SPEAKER: Order! The member will hear the answer.\n\n"
    "Hon TESS MARWOOD: Because supply takes time. Rents are now flat in most regions.\n\n"
    "Transport—Rail\n\n"
    "2. DAN WHITCOMBE (National—Hutt South) to the Minister of Transport: What reports has he "
    "seen on rail?\n\n"
    "Hon MARK ELLERY (Minister of Transport): Reports that patronage is at a record high.\n"
)


def test_nz_hansard_speaker_and_subject_heading() -> None:
    rows = turn_rows(_NZ)
    order = next(r for r in rows if r[2].startswith("Order!"))
    assert order[1] is None and order[0] == "other"  # the Speaker, whom the page never names
    flat = next(r for r in rows if r[2].startswith("Because supply"))
    assert flat[2].endswith("in most regions.")
