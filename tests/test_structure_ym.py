"""Check Y, batch XM XJ XG: an asker from the floor who names no outlet ("…, freelance, …",
"…, from a credit union in …"), who corrects a false start on another's name, and who says
the next question is a follow-up of her own; a moderator who cuts a broken-off question short
and calls the next outlet, or asks the hall for more questions."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_FLOOR_PAGE = (
    "Transcript of a press briefing\n\n"
    "May 5, 2026\n\n"
    "MS. LANE: Good morning, everyone. Maria will start with a few words, then we take "
    "questions. Over to you, Maria.\n\n"
    "MS. TORRES: Thank you, Ruth. The report is out today, and I am happy to take questions.\n\n"
    "{label}: {first}\n\n"
    "MS. TORRES: Thank you. We have looked at that closely, and the answer is yes, from next "
    "year, in every region that asked for it.\n\n"
    "{label}: {second}\n\n"
    "MS. TORRES: Not yet. The board has to approve it first, and that will take a month.\n\n"
    "MS. LANE: Thank you all for coming.\n"
)


@pytest.mark.parametrize(
    ("label", "first", "second", "who", "again"),
    [
        (
            "QUESTION",
            "Thank you. Omar Faris, freelance, writing for two papers in Jordan. Will the "
            "grants reach small towns?",
            "Is there a date for the next round?",
            "Omar Faris",
            None,
        ),
        (
            "AUDIENCE MEMBER",
            "Thanks. Ana Ruiz, from a credit union in Peru. Will the grants reach small lenders?",
            "Is there a date for the next round?",
            "Ana Ruiz",
            None,
        ),
        (
            "QUESTIONER",
            "Hi, Maria. Tom Reyes... no, sorry, this is Nadia Berg from Reuters. Will the "
            "grants reach small towns?",
            "Follow-up on Kenya. When will the money arrive?",
            "Nadia Berg",
            "Nadia Berg",
        ),
        (
            "QUESTIONER",
            "Thanks. Jonas Weber, Handelsblatt. Will the grants reach small towns?",
            "A follow-up on Kenya, if I may. When will the money arrive?",
            "Jonas Weber",
            "Jonas Weber",
        ),
    ],
)
def test_floor_asker_named_without_outlet_or_after_correction(
    label: str, first: str, second: str, who: str, again: str | None
) -> None:
    """The asker's own introduction names her, with no outlet's proper name or after a false
    start; her "Follow-up on …" under the same floor label is still hers."""
    rows = turn_rows(_FLOOR_PAGE.format(label=label, first=first, second=second))
    asks = [r for r in rows if r[0] == "question"]
    assert [r[1] for r in asks] == [who, again]


_CUT_OFF_PAGE = (
    "{org} Spokesperson Anna Berg: Good afternoon, and welcome. The Deputy Secretary General "
    "will start with a few words, and then we will take questions. Over to you.\n\n"
    "{org} Deputy Secretary General Pavel Novak: Thank you, Anna. Today ministers agreed new "
    "rules on military transport, and I am happy to take your questions.\n\n"
    "Question: Thank you. Lena Dahl, Reuters. Are the rules binding?\n\n"
    "{org} Deputy Secretary General: Yes, they are binding on all members from next year.\n\n"
    "Question: Just to be clear, is that -\n\n"
    "{org} Spokesperson: Sorry, we must move on, many hands are up. {outlet}, please.\n\n"
    "Question: Who pays for the new rail links?\n\n"
    "{org} Deputy Secretary General: The members pay, with some help from common funding.\n\n"
    "{org} Spokesperson: Thank you very much. This concludes the press conference.\n"
)


@pytest.mark.parametrize(
    ("org", "outlet"), [("NATO", "Euronews"), ("OSCE", "Anadolu"), ("EU", "Politico")]
)
def test_spokesperson_cutting_off_a_question_chairs(org: str, outlet: str) -> None:
    """A spokesperson who cuts a question broken off on a dash short and calls the next outlet
    chairs: the welcome, the call and the close are the chair's, no statement or answer."""
    rows = turn_rows(_CUT_OFF_PAGE.format(org=org, outlet=outlet))
    assert [(r[0], r[1]) for r in rows if r[1] == "Anna Berg"] == [("other", "Anna Berg")] * 3


_HALL_PAGE = (
    "Moderator: Good morning, and thank you for joining us. Please introduce yourselves. "
    "{guest}.\n\n"
    "{guest}: Thank you. Our report shows that attacks on reporters rose again this year.\n\n"
    "Moderator: We start in the front row.\n\n"
    "Question: Good morning, Eva Kraus, Die Presse. Which countries are the worst?\n\n"
    "{guest}: The report names them, and you can draw your own conclusions.\n\n"
    "Moderator: {call}\n\n"
    "Question: Thank you. Ivan Petrov, Ukrinform. What can you do about it?\n\n"
    "{guest}: We raise each case with the government concerned.\n"
)


@pytest.mark.parametrize(
    ("guest", "call"),
    [
        ("Mr Braathu", "Any other questions? Yes, please."),
        ("Ms Lindqvist", "Any more questions? In the back."),
        ("Mr Okafor", "Thank you. Are there any further questions? Yes, please."),
    ],
)
def test_moderator_asking_the_hall_for_questions_asks_nothing(guest: str, call: str) -> None:
    """The moderator's call for more questions before a reporter's label hands the floor over:
    "other", not a question put to the guest."""
    rows = turn_rows(_HALL_PAGE.format(guest=guest, call=call))
    assert [r[0] for r in rows if r[2].startswith(call.split("?")[0])] == ["other"]
